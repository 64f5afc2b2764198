import {
  dpvExportSchema,
  processingRegisterSchema,
  recipientsListSchema,
  registerExportSchema,
  type RegisterExport,
} from "@art28/contract";
import type { OrganisationKind, RoleOutcome } from "@art28/domain";
import { describe, expect, it } from "vitest";
import { buildProcessingRegister, buildRecipientsList } from "./article-30-records.ts";
import { buildDpvExport, dpvContext } from "./dpv-export.ts";
import { registerExportTables } from "./export-tables.ts";

const times = { createdAt: "2026-01-05T09:00:00.000Z", updatedAt: "2026-01-05T09:00:00.000Z" };
const organisationId = "00000000-0000-4000-8000-000000000001";
const id = (number: number) => `00000000-0000-4000-8000-${String(number).padStart(12, "0")}`;

/** A small register of our own making: two counterparties, one relationship each. */
function register(kind: OrganisationKind, roles: [RoleOutcome | null, RoleOutcome | null]): RegisterExport {
  const counterparty = (number: number, name: string, country: string) => ({
    id: id(number),
    organisationId,
    name,
    kvkNumber: "12345678",
    country,
    contactName: "Cora Contact",
    contactEmail: "cora@example.org",
    category: "cloud_hosting" as const,
    serviceDescription: "",
    roleAssessment: null,
    ...times,
  });
  const status = { requiredAgreement: null, compliance: "undetermined" as const, flags: [], deadlines: [] };
  return {
    schemaVersion: 1,
    generatedAt: "2026-03-01T10:00:00.000Z",
    organisation: { id: organisationId, name: "Organisatie Test", kind },
    counterparties: [counterparty(11, "Wolkendienst B.V.", "NL"), counterparty(12, "Gemeente Elders", "NL")],
    relationships: [
      {
        id: id(21),
        counterpartyId: id(11),
        counterpartyName: "Wolkendienst B.V.",
        name: "Opslag dossiers",
        role: roles[0],
        notes: "",
        status,
        ...times,
      },
      {
        id: id(22),
        counterpartyId: id(12),
        counterpartyName: "Gemeente Elders",
        name: "Opslag dossiers",
        role: roles[1],
        notes: "",
        status,
        ...times,
      },
    ],
    processingSpecifications: [
      {
        relationshipId: id(21),
        subjectMatter: "Bewaren van zaakdossiers",
        nature: "Opslag en back-up",
        purposes: ["Archivering"],
        dataCategories: ["Naam", "Adres"],
        specialCategories: ["Gezondheid"],
        processesBsn: true,
        dataSubjectCategories: ["Inwoners"],
        retention: "20 jaar",
        storageCountries: ["NL"],
        processingCountries: ["NL", "IE"],
        transfers: [
          { country: "US", safeguard: "standard_contractual_clauses" },
          { country: "IN", safeguard: "none" },
        ],
        updatedAt: times.updatedAt,
      },
    ],
    securityMeasures: [
      { id: id(31), relationshipId: id(21), description: "Versleuteling in rust", reference: "Bijlage 2", ...times },
    ],
    certifications: [
      {
        id: id(41),
        relationshipId: id(21),
        kind: "iso_27001",
        name: "",
        holder: "Wolkendienst B.V.",
        issuedOn: "2025-01-01",
        expiresOn: "2028-01-01",
        reportReference: null,
        ...times,
      },
    ],
    subProcessors: [
      {
        id: id(51),
        relationshipId: id(21),
        name: "Rekencentrum Inc.",
        service: "Back-up",
        country: "US",
        authorisationStatus: "authorised",
        authorisedAt: null,
        ...times,
      },
    ],
    agreements: [
      {
        id: id(61),
        relationshipId: id(21),
        kind: "processor_agreement",
        standardName: "Model Verwerkersovereenkomst",
        standardVersion: "2025",
        status: "active",
        signedOn: "2025-02-01",
        effectiveOn: "2025-02-01",
        endsOn: null,
        reviewOn: null,
        signedDocument: null,
        latestCheck: null,
        ...times,
      },
    ],
    audits: [],
    breaches: [],
  };
}

describe("the processor's register (Art. 30(2))", () => {
  it("lists the relationships of a supplier in which it processes for the counterparty, with controller, transfers and measures", () => {
    const result = buildProcessingRegister(register("processor", [null, "processor"]));
    expect(processingRegisterSchema.parse(result)).toEqual(result);
    expect(result.entries.map((entry) => entry.controller.name)).toEqual(["Wolkendienst B.V."]);
    const [entry] = result.entries;
    expect(entry).toMatchObject({
      activity: "Opslag dossiers",
      controller: { contactName: "Cora Contact", contactEmail: "cora@example.org" },
      purposes: ["Archivering"],
      securityMeasures: ["Versleuteling in rust (Bijlage 2)"],
      subProcessors: [{ name: "Rekencentrum Inc.", country: "US" }],
      agreement: { kind: "processor_agreement", status: "active" },
    });
    expect(entry!.transfers.map((transfer) => [transfer.country, transfer.safeguardLabel.en])).toEqual([
      ["US", "Standard contractual clauses (Art. 46(2)(c) GDPR)"],
      ["IN", "No safeguard recorded"],
    ]);
  });

  it("is empty for a controller, and says why", () => {
    const result = buildProcessingRegister(register("controller", [null, "processor"]));
    expect(result.entries).toEqual([]);
    expect(result.scope.en).toContain("controller");
  });
});

describe("the controller's recipients (Art. 30(1)(d))", () => {
  it("lists per activity the processors with their sub-processors and the other recipients", () => {
    const result = buildRecipientsList(register("controller", ["processor", "independent_controller"]));
    expect(recipientsListSchema.parse(result)).toEqual(result);
    expect(result.activities).toHaveLength(1);
    expect(
      result.activities[0]!.recipients.map((recipient) => [
        recipient.name,
        recipient.kind,
        recipient.via,
        recipient.outsideEea,
      ]),
    ).toEqual([
      ["Wolkendienst B.V.", "processor", null, true],
      ["Rekencentrum Inc.", "sub_processor", "Wolkendienst B.V.", true],
      ["Gemeente Elders", "independent_controller", null, false],
    ]);
  });

  it("leaves out internal relationships and those without personal data", () => {
    const result = buildRecipientsList(register("controller", ["internal", "not_applicable"]));
    expect(result.activities).toEqual([]);
  });
});

describe("DPV JSON-LD", () => {
  it("describes each relationship as a dpv:Process with controller, processor, data, locations, transfers and measures", () => {
    const result = buildDpvExport(register("controller", ["processor", "joint_controllers"]));
    expect(dpvExportSchema.parse(JSON.parse(JSON.stringify(result)))).toBeTruthy();
    expect(result["@context"]).toMatchObject({ dpv: "https://w3id.org/dpv#", "eu-gdpr": dpvContext["eu-gdpr"] });
    const graph = result["@graph"] as Record<string, unknown>[];
    const process = graph.find((node) => node["@id"] === `urn:uuid:${id(21)}`)!;
    expect(process).toMatchObject({
      "@type": "dpv:Process",
      "dpv:hasDataController": { "@id": `urn:uuid:${organisationId}` },
      "dpv:hasPurpose": [{ "@type": "dpv:Purpose", "rdfs:label": "Archivering" }],
      "dpv:hasDataSubject": [{ "@type": "dpv:DataSubject", "rdfs:label": "Inwoners" }],
    });
    expect(process["dpv:hasDataProcessor"]).toEqual([
      { "@id": `urn:uuid:${id(11)}` },
      expect.objectContaining({ "@type": "dpv:DataSubProcessor", "dpv:hasCountry": { "@id": "loc:US" } }),
    ]);
    expect(process["dpv:hasPersonalData"]).toEqual(
      expect.arrayContaining([
        { "@type": "dpv:SpecialCategoryPersonalData", "rdfs:label": "Gezondheid" },
        { "@type": "dpv:IdentifyingPersonalData", "rdfs:label": "Burgerservicenummer (BSN)" },
      ]),
    );
    expect(process["dpv:hasProcess"]).toEqual([
      {
        "@type": "dpv:Process",
        "dpv:hasProcessing": { "@id": "dpv:Transfer" },
        "dpv:hasThirdCountry": { "@id": "loc:US" },
        "dpv:hasLegalBasis": { "@id": "eu-gdpr:A46-2-c" },
      },
      expect.objectContaining({ "dpv:hasThirdCountry": { "@id": "loc:IN" }, "rdfs:comment": "No safeguard recorded" }),
    ]);
    expect(process["dpv:hasLegalMeasure"]).toEqual([
      expect.objectContaining({
        "@type": "dpv:ControllerProcessorAgreement",
        "dcterms:title": "Model Verwerkersovereenkomst 2025",
      }),
    ]);
    const joint = graph.find((node) => node["@id"] === `urn:uuid:${id(22)}`)!;
    expect(joint["dpv:hasJointDataControllers"]).toMatchObject({ "@type": "dpv:JointDataControllers" });
  });

  it("makes the counterparty the controller where a supplier processes on its behalf", () => {
    const result = buildDpvExport(register("processor", [null, null]));
    const process = (result["@graph"] as Record<string, unknown>[]).find(
      (node) => node["@id"] === `urn:uuid:${id(21)}`,
    )!;
    expect(process["dpv:hasDataController"]).toEqual({ "@id": `urn:uuid:${id(11)}` });
    expect(process["dpv:hasDataProcessor"]).toEqual(expect.arrayContaining([{ "@id": `urn:uuid:${organisationId}` }]));
  });
});

describe("export tables", () => {
  it("has a table per kind of record with Dutch and English headers, and fits Excel's sheet names", () => {
    const document = register("controller", ["processor", null]);
    expect(registerExportSchema.parse(document)).toEqual(document);
    const tables = registerExportTables(document);
    expect(tables.map((table) => table.fileStem)).toEqual([
      "over-about",
      "wederpartijen-counterparties",
      "relaties-relationships",
      "verwerkingen-processing",
      "maatregelen-measures",
      "certificaten-certifications",
      "subverwerkers-sub-processors",
      "overeenkomsten-agreements",
      "audits",
      "datalekken-breaches",
    ]);
    for (const table of tables) {
      expect(table.sheetName.length).toBeLessThanOrEqual(31);
      for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    }
    const counterparties = tables[1]!;
    expect(counterparties.headers[1]).toBe("Naam / Name");
    expect(counterparties.rows.map((row) => row[1])).toEqual(["Wolkendienst B.V.", "Gemeente Elders"]);
    const processing = tables[3]!;
    expect(processing.rows[0]!.slice(0, 3)).toEqual([id(21), "Opslag dossiers", "Wolkendienst B.V."]);
  });
});
