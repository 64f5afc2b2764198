import { createHash } from "node:crypto";
import { requirementIds } from "@art28/domain";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { createCounterpartyDataAccess } from "../src/data-access/counterparties.ts";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import type { Database } from "../src/database/connection.ts";
import {
  agreementDocuments,
  agreements,
  audits,
  breaches,
  certifications,
  processingSpecifications,
  relationships,
  securityMeasures,
  subProcessors,
} from "../src/database/schema.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { demoMunicipalityName } from "../src/demo/demo-data.ts";
import { resolveDocumentLimits } from "../src/documents/document-limits.ts";
import { openZipArchive } from "../src/documents/zip-archive.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { compliantCheckReport } from "./support/register-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** Monday 3 March 2031, 10:00 in Amsterdam: the day in every file name (in the future, so sessions stay valid). */
const now = new Date("2031-03-03T09:00:00Z");

/** Names that only the supplier's register holds; none may show up in the municipality's exports. */
const supplierSecrets = ["Geheime Klant B.V.", "Loonverwerking Geheim", "Geheime bewaartermijn"];
const documentMarker = "INHOUD-VAN-HET-GETEKENDE-DOCUMENT";
const formulaName = '=HYPERLINK("http://aanvaller.example","Klik hier")';

describeOnEachEngine(
  "exports of the register",
  (server) => {
    const database = (): Database => server().application.connection.database;
    const ids = { municipality: "", supplier: "", relationship: "" };

    beforeAll(async () => {
      const organisations = createOrganisationDataAccess(database());
      ids.municipality = (await organisations.findByName(demoMunicipalityName))!.id;
      ids.supplier = (await organisations.findByName("Salarisdienst Noord B.V."))!.id;

      // The municipality: one processor relationship with everything recorded under it.
      ids.relationship = await withOrganisationScope(database(), ids.municipality, async (transaction) => {
        const [salary] = await createCounterpartyDataAccess(transaction, ids.municipality).list({
          search: "Salarisdienst Noord",
        });
        const organisationId = ids.municipality;
        const [relationship] = await transaction
          .insert(relationships)
          .values({
            organisationId,
            counterpartyId: salary!.id,
            name: "Salarisadministratie export",
            role: "processor",
          })
          .returning();
        const relationshipId = relationship!.id;
        await transaction.insert(processingSpecifications).values({
          organisationId,
          relationshipId,
          subjectMatter: "Salarissen van medewerkers",
          nature: "Berekenen en betalen",
          purposes: ["Salarisbetaling"],
          dataCategories: ["Naam", "Bankrekeningnummer"],
          specialCategories: ["Gezondheid (verzuim)"],
          processesBsn: true,
          dataSubjectCategories: ["Medewerkers"],
          retention: "7 jaar",
          storageCountries: ["NL"],
          processingCountries: ["NL", "DE"],
          transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
        });
        await transaction
          .insert(securityMeasures)
          .values({ organisationId, relationshipId, description: "Tweefactorauthenticatie", reference: "Bijlage B" });
        await transaction.insert(certifications).values({
          organisationId,
          relationshipId,
          kind: "iso_27001",
          holder: "Salarisdienst Noord B.V.",
          issuedOn: "2025-01-01",
          expiresOn: "2033-01-01",
        });
        await transaction.insert(subProcessors).values({
          organisationId,
          relationshipId,
          name: "Rekenwolk Inc.",
          service: "Hosting",
          country: "US",
          authorisationStatus: "authorised",
        });
        const [agreement] = await transaction
          .insert(agreements)
          .values({
            organisationId,
            relationshipId,
            kind: "processor_agreement",
            standardName: "Model Verwerkersovereenkomst",
            standardVersion: "2025",
            status: "active",
            signedOn: "2025-01-15",
            effectiveOn: "2025-02-01",
            latestCheckReport: compliantCheckReport,
            latestCheckAt: new Date("2025-01-14T10:00:00Z"),
          })
          .returning();
        const content = Buffer.from(documentMarker);
        await transaction.insert(agreementDocuments).values({
          organisationId,
          agreementId: agreement!.id,
          purpose: "signed_agreement",
          fileName: "getekend.pdf",
          mediaType: "application/pdf",
          byteSize: content.length,
          sha256: createHash("sha256").update(content).digest("hex"),
          content,
        });
        await transaction.insert(audits).values({ organisationId, relationshipId, plannedOn: "2031-06-01" });
        const controllerAwareAt = new Date("2031-02-28T08:00:00Z");
        await transaction.insert(breaches).values({
          organisationId,
          relationshipId,
          controllerAwareAt,
          authorityDeadlineAt: new Date(controllerAwareAt.getTime() + 72 * 60 * 60 * 1000),
          authorityNotifiedAt: new Date("2031-03-01T08:00:00Z"),
          description: "Loonstrook naar verkeerde ontvanger",
        });
        return relationshipId;
      });

      // The supplier: a customer on whose behalf it processes (role left open).
      await withOrganisationScope(database(), ids.supplier, async (transaction) => {
        const customer = await createCounterpartyDataAccess(transaction, ids.supplier).insert({
          name: supplierSecrets[0]!,
          kvkNumber: "99887766",
          country: "NL",
          contactName: "Klaas Klant",
          contactEmail: "klaas@klant.example",
          category: "other",
        });
        const [relationship] = await transaction
          .insert(relationships)
          .values({ organisationId: ids.supplier, counterpartyId: customer.id, name: supplierSecrets[1]! })
          .returning();
        await transaction.insert(processingSpecifications).values({
          organisationId: ids.supplier,
          relationshipId: relationship!.id,
          purposes: ["Loonbetaling"],
          retention: supplierSecrets[2]!,
          transfers: [{ country: "CH", safeguard: "adequacy_decision" }],
        });
        await transaction.insert(securityMeasures).values({
          organisationId: ids.supplier,
          relationshipId: relationship!.id,
          description: "Versleutelde opslag",
        });
      });
    });

    const exportUrl = (organisationId: string, path = "") => `/api/organisations/${organisationId}/export${path}`;
    const expectNoSupplierSecrets = (text: string) => {
      for (const secret of supplierSecrets) expect(text).not.toContain(secret);
    };

    it("exports everything as one JSON document with a schema version, as a dated download, and nothing of another organisation", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({ method: "GET", url: exportUrl(organisationId) });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.headers["content-disposition"]).toBe(
        'attachment; filename="art28-register-gemeente-voorbeeld-2031-03-03.json"; ' +
          "filename*=UTF-8''art28-register-gemeente-voorbeeld-2031-03-03.json",
      );
      const body = response.json();
      expect(body).toMatchObject({ schemaVersion: 1, organisation: { id: organisationId, kind: "controller" } });
      expect(body.counterparties.map((counterparty: { name: string }) => counterparty.name)).toContain(
        "Salarisdienst Noord B.V.",
      );
      const relationship = body.relationships.find((item: { id: string }) => item.id === ids.relationship);
      expect(relationship).toMatchObject({
        name: "Salarisadministratie export",
        counterpartyName: "Salarisdienst Noord B.V.",
        role: "processor",
        status: { requiredAgreement: "processor_agreement", compliance: "compliant" },
      });
      const ofRelationship = (items: { relationshipId: string }[]) =>
        items.filter((item) => item.relationshipId === ids.relationship);
      expect(ofRelationship(body.processingSpecifications)[0]).toMatchObject({
        processesBsn: true,
        transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
      });
      expect(ofRelationship(body.securityMeasures)).toHaveLength(1);
      expect(ofRelationship(body.certifications)).toHaveLength(1);
      expect(ofRelationship(body.subProcessors)[0]).toMatchObject({ name: "Rekenwolk Inc.", country: "US" });
      expect(ofRelationship(body.audits)[0]).toMatchObject({ plannedOn: "2031-06-01", doneOn: null });
      expect(ofRelationship(body.breaches)[0]).toMatchObject({ authorityDeadlineAt: "2031-03-03T08:00:00.000Z" });
      expect(ofRelationship(body.agreements)[0]).toMatchObject({
        status: "active",
        signedDocument: { fileName: "getekend.pdf", byteSize: documentMarker.length },
        latestCheck: { compliant: true, mandatoryTotal: requirementIds.length, conflicts: 0 },
      });
      expect(response.body).not.toContain(documentMarker);
      expect(response.body).not.toContain("Artikel 1");
      expectNoSupplierSecrets(response.body);
    });

    it("exports XLSX with a sheet per table and Dutch and English headers", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({
        method: "GET",
        url: exportUrl(organisationId),
        query: { format: "xlsx" },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(response.headers["content-disposition"]).toContain("art28-register-gemeente-voorbeeld-2031-03-03.xlsx");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as never);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
        "Over - About",
        "Wederpartijen - Counterparties",
        "Relaties - Relationships",
        "Verwerkingen - Processing",
        "Maatregelen - Measures",
        "Certificaten - Certifications",
        "Subverwerkers - Sub-processors",
        "Overeenkomsten - Agreements",
        "Audits",
        "Datalekken - Breaches",
      ]);
      const relationshipsSheet = book.getWorksheet("Relaties - Relationships")!;
      expect(relationshipsSheet.getRow(1).getCell(3).value).toBe("Wederpartij / Counterparty");
      const texts: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
      expect(texts).toContain("Salarisadministratie export");
      expect(texts).toContain("Rekenwolk Inc.");
      expectNoSupplierSecrets(texts.join("\n"));
    });

    it("exports CSV as a ZIP with one UTF-8 file per table, and guards cells against formula injection", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
      const created = await client.request({
        method: "POST",
        url: `/api/organisations/${organisationId}/counterparties`,
        payload: { name: formulaName, country: "NL", category: "other", serviceDescription: "@SUM(1+1)" },
      });
      expect(created.statusCode).toBe(201);

      const response = await client.request({
        method: "GET",
        url: exportUrl(organisationId),
        query: { format: "csv" },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/zip");
      expect(response.headers["content-disposition"]).toContain("art28-register-gemeente-voorbeeld-2031-03-03.zip");
      const archive = await openZipArchive(response.rawPayload, resolveDocumentLimits());
      expect([...archive.names]).toEqual([
        "over-about.csv",
        "wederpartijen-counterparties.csv",
        "relaties-relationships.csv",
        "verwerkingen-processing.csv",
        "maatregelen-measures.csv",
        "certificaten-certifications.csv",
        "subverwerkers-sub-processors.csv",
        "overeenkomsten-agreements.csv",
        "audits.csv",
        "datalekken-breaches.csv",
      ]);
      const everything: string[] = [];
      for (const name of archive.names) {
        const bytes = (await archive.read(name))!;
        expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
        const rows = parseCsv(bytes.subarray(3).toString("utf8"), { delimiter: ";" }) as string[][];
        for (const cell of rows.flat()) {
          expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+@\t\r]/);
          everything.push(cell);
        }
      }
      archive.close();
      expect(everything).toContain(`'${formulaName}`);
      expect(everything).toContain("'@SUM(1+1)");
      expect(everything).toContain("Salarisadministratie export");
      expectNoSupplierSecrets(everything.join("\n"));

      const workbook = await client.request({
        method: "GET",
        url: exportUrl(organisationId),
        query: { format: "xlsx" },
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(workbook.rawPayload as never);
      let formulaCell: ExcelJS.Cell | undefined;
      book.getWorksheet("Wederpartijen - Counterparties")!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === formulaName) formulaCell = cell;
        }),
      );
      expect(formulaCell?.type).toBe(ExcelJS.ValueType.String);
    });

    it("generates the Art. 30(2) register for a supplier: its customers as controllers, with transfers and measures", async () => {
      const supplier = await loginAsDemo(server(), demoEmails.supplier);
      const response = await supplier.client.request({
        method: "GET",
        url: exportUrl(supplier.organisationId, "/processing-register"),
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-disposition"]).toContain(
        "art28-verwerkingsregister-art-30-2-salarisdienst-noord-b-v-2031-03-03.json",
      );
      const body = response.json();
      expect(body.processor).toMatchObject({ name: "Salarisdienst Noord B.V.", kind: "processor" });
      expect(body.entries).toHaveLength(1);
      expect(body.entries[0]).toMatchObject({
        activity: "Loonverwerking Geheim",
        controller: { name: "Geheime Klant B.V.", contactEmail: "klaas@klant.example" },
        purposes: ["Loonbetaling"],
        transfers: [{ country: "CH", safeguard: "adequacy_decision" }],
        securityMeasures: ["Versleutelde opslag"],
      });

      const csv = await supplier.client.request({
        method: "GET",
        url: exportUrl(supplier.organisationId, "/processing-register"),
        query: { format: "csv" },
      });
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
      expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.rawPayload.toString("utf8")).toContain("Geheime Klant B.V.");

      // The municipality is a controller: its Art. 30(2) register is empty and holds nothing of the supplier.
      const municipality = await loginAsDemo(server(), demoEmails.viewer);
      const own = await municipality.client.request({
        method: "GET",
        url: exportUrl(municipality.organisationId, "/processing-register"),
        query: { format: "xlsx" },
      });
      expect(own.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(own.rawPayload as never);
      expect(book.worksheets[0]!.rowCount).toBe(1);
    });

    it("generates the controller's list of recipients per processing activity", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({ method: "GET", url: exportUrl(organisationId, "/recipients") });
      expect(response.statusCode, response.body).toBe(200);
      const activity = response
        .json()
        .activities.find((item: { activity: string }) => item.activity === "Salarisadministratie export");
      expect(
        activity.recipients.map((recipient: { name: string; kind: string; outsideEea: boolean }) => [
          recipient.name,
          recipient.kind,
          recipient.outsideEea,
        ]),
      ).toEqual([
        ["Salarisdienst Noord B.V.", "processor", true],
        ["Rekenwolk Inc.", "sub_processor", true],
      ]);
      expectNoSupplierSecrets(response.body);
      const workbook = await client.request({
        method: "GET",
        url: exportUrl(organisationId, "/recipients"),
        query: { format: "xlsx" },
      });
      expect(workbook.headers["content-disposition"]).toContain("art28-ontvangers-gemeente-voorbeeld-2031-03-03.xlsx");
    });

    it("exports the register in DPV as JSON-LD with the DPV context and terms", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({ method: "GET", url: exportUrl(organisationId, "/dpv") });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^application\/ld\+json/);
      expect(response.headers["content-disposition"]).toContain(
        "art28-register-dpv-gemeente-voorbeeld-2031-03-03.jsonld",
      );
      const document = JSON.parse(response.body);
      expect(document["@context"]).toMatchObject({
        dpv: "https://w3id.org/dpv#",
        "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
        loc: "https://w3id.org/dpv/loc#",
      });
      const process = document["@graph"].find(
        (node: Record<string, unknown>) => node["@id"] === `urn:uuid:${ids.relationship}`,
      );
      expect(process).toMatchObject({
        "@type": "dpv:Process",
        "dcterms:title": "Salarisadministratie export",
        "dpv:hasDataController": { "@id": `urn:uuid:${organisationId}` },
        "dpv:hasPurpose": [{ "@type": "dpv:Purpose", "rdfs:label": "Salarisbetaling" }],
        "dpv:hasDataSubject": [{ "@type": "dpv:DataSubject", "rdfs:label": "Medewerkers" }],
        "dpv:hasLegalMeasure": [expect.objectContaining({ "@type": "dpv:ControllerProcessorAgreement" })],
      });
      expect(process["dpv:hasDataProcessor"][0]).toEqual({ "@id": expect.stringMatching(/^urn:uuid:/) });
      expect(process["dpv:hasProcess"][0]).toMatchObject({
        "dpv:hasThirdCountry": { "@id": "loc:US" },
        "dpv:hasLegalBasis": { "@id": "eu-gdpr:A46-2-c" },
      });
      expect(process["dpv:hasTechnicalOrganisationalMeasure"]).toEqual(
        expect.arrayContaining([expect.objectContaining({ "@type": "dpv:Certification" })]),
      );
      expectNoSupplierSecrets(response.body);
    });

    it("answers 422 for an unknown format, 403 for another organisation and 401 without login", async () => {
      const municipality = await loginAsDemo(server(), demoEmails.viewer);
      const supplier = await loginAsDemo(server(), demoEmails.supplier);
      const unknown = await municipality.client.request({
        method: "GET",
        url: exportUrl(municipality.organisationId),
        query: { format: "pdf" },
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().code).toBe("validation_failed");
      for (const path of ["", "/processing-register", "/recipients", "/dpv"]) {
        const foreign = await supplier.client.request({
          method: "GET",
          url: exportUrl(municipality.organisationId, path),
        });
        expect(foreign.statusCode, path).toBe(403);
        expect(foreign.json().code).toBe("forbidden");
        expect(foreign.body).not.toContain("Salarisadministratie export");
        const anonymous = await server().app.inject({
          method: "GET",
          url: exportUrl(municipality.organisationId, path),
        });
        expect(anonymous.statusCode, path).toBe(401);
      }
    });
  },
  {},
  { now: () => now },
);
