import { authoringPaths, relationshipRecordSegments, type RelationshipRecordSegment } from "@art28/contract";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../src/database/connection.ts";
import { notifications } from "../src/database/schema.ts";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import {
  compliantAgreementMarkdown,
  createCounterparty,
  expectStatus,
  registerRequests,
  registerRowsOf,
  type RegisterRequests,
} from "./support/register-helpers.ts";
import { authoringAddresses } from "./support/authoring-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** The ids of one organisation's register records, all written through the API in the set-up. */
interface RegisterIds {
  counterpartyId: string;
  /** A counterparty without relationships, so deleting it would succeed if it were allowed. */
  looseCounterpartyId: string;
  relationshipId: string;
  records: Record<RelationshipRecordSegment, string>;
  /** A processor agreement with a signed document and a check report. */
  agreementId: string;
  draftAgreementId: string;
  /** A reminder the sweep produced for this organisation. */
  notificationId: string;
  /** An authored agreement version (negotiating, no supplier organisation) with one open deviation. */
  versionId: string;
  deviationId: string;
  /** An authored version prepared for signing, so its signing document exists. */
  signingVersionId: string;
}

const createBodies: Record<RelationshipRecordSegment, object> = {
  "security-measures": { description: "Versleutelde opslag" },
  certifications: { kind: "iso_27001", holder: "Leverancier" },
  "sub-processors": { name: "Rekencentrum", country: "NL", authorisationStatus: "authorised" },
  audits: { plannedOn: "2026-10-01" },
  breaches: { description: "Verkeerd verzonden bestand", controllerAwareAt: "2026-04-01T10:00:00Z" },
};
const changeBodies: Record<RelationshipRecordSegment, object> = {
  "security-measures": { reference: "Bijlage 9" },
  certifications: { holder: "Overgenomen" },
  "sub-processors": { authorisationStatus: "refused" },
  audits: { findings: "Overgenomen" },
  breaches: { measures: "Overgenomen" },
};

const markdownPart = (name: string) => ({
  name,
  fileName: "overeenkomst.md",
  contentType: "text/markdown",
  content: compliantAgreementMarkdown,
});

/**
 * Every endpoint of the register's records, with a request that would succeed for the
 * owner. `path` is the route as OpenAPI names it, so the table can be compared with the
 * routes the server actually has.
 */
interface Endpoint {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  call(api: RegisterRequests, ids: RegisterIds): Promise<LightMyRequestResponse>;
  /**
   * For bulk uploads the ids travel in the body: the answer is 200 with a per-file not_found.
   * Organisation-level endpoints (lists, dashboard, import, exports) carry no record id, so
   * there is no foreign id to try under one's own path; their own answers are checked for the
   * other organisation's data instead.
   */
  foreignIdsAnswer?: "per_file_not_found" | "no_record_ids";
}

const base = "/api/organisations/{organisationId}";
const endpoints: Endpoint[] = [
  {
    method: "POST",
    path: `${base}/relationships`,
    call: (api, ids) =>
      api.post(api.paths.relationships(), { counterpartyId: ids.counterpartyId, name: "Overgenomen" }),
  },
  {
    method: "GET",
    path: `${base}/relationships/{relationshipId}`,
    call: (api, ids) => api.get(api.paths.relationship(ids.relationshipId)),
  },
  {
    method: "PATCH",
    path: `${base}/relationships/{relationshipId}`,
    call: (api, ids) => api.patch(api.paths.relationship(ids.relationshipId), { name: "Overgenomen" }),
  },
  {
    method: "DELETE",
    path: `${base}/relationships/{relationshipId}`,
    call: (api, ids) => api.delete(api.paths.relationship(ids.relationshipId)),
  },
  {
    method: "PUT",
    path: `${base}/relationships/{relationshipId}/specification`,
    call: (api, ids) => api.put(api.paths.specification(ids.relationshipId), { nature: "Overgenomen" }),
  },
  ...relationshipRecordSegments.flatMap((segment): Endpoint[] => [
    {
      method: "POST",
      path: `${base}/relationships/{relationshipId}/${segment}`,
      call: (api, ids) => api.post(api.paths.records(ids.relationshipId, segment), createBodies[segment]),
    },
    {
      method: "PATCH",
      path: `${base}/relationships/{relationshipId}/${segment}/{recordId}`,
      call: (api, ids) =>
        api.patch(api.paths.record(ids.relationshipId, segment, ids.records[segment]), changeBodies[segment]),
    },
    {
      method: "DELETE",
      path: `${base}/relationships/{relationshipId}/${segment}/{recordId}`,
      call: (api, ids) => api.delete(api.paths.record(ids.relationshipId, segment, ids.records[segment])),
    },
  ]),
  {
    method: "POST",
    path: `${base}/relationships/{relationshipId}/agreements`,
    call: (api, ids) => api.post(api.paths.agreements(ids.relationshipId), { kind: "processor_agreement" }),
  },
  {
    method: "PATCH",
    path: `${base}/agreements/{agreementId}`,
    call: (api, ids) => api.patch(api.paths.agreement(ids.agreementId), { reviewOn: "2030-01-01" }),
  },
  {
    method: "POST",
    path: `${base}/agreements/{agreementId}/status`,
    call: (api, ids) => api.post(api.paths.agreementStatus(ids.agreementId), { status: "ended" }),
  },
  {
    method: "DELETE",
    path: `${base}/agreements/{agreementId}`,
    call: (api, ids) => api.delete(api.paths.agreement(ids.draftAgreementId)),
  },
  {
    method: "POST",
    path: `${base}/agreements/{agreementId}/document`,
    call: (api, ids) => api.upload(api.paths.document(ids.agreementId), [markdownPart("file")]),
  },
  {
    method: "GET",
    path: `${base}/agreements/{agreementId}/document`,
    call: (api, ids) => api.get(api.paths.document(ids.agreementId)),
  },
  {
    method: "GET",
    path: `${base}/agreements/{agreementId}/check-report`,
    call: (api, ids) => api.get(api.paths.checkReport(ids.agreementId)),
  },
  {
    method: "POST",
    path: `${base}/agreements/bulk-documents`,
    call: (api, ids) =>
      api.upload(api.paths.bulkDocuments(), [
        { ...markdownPart("files"), fileName: "nieuw.md" },
        { ...markdownPart("files"), fileName: "bestaand.md" },
        {
          name: "assignments",
          value: JSON.stringify([
            { fileName: "nieuw.md", relationshipId: ids.relationshipId },
            { fileName: "bestaand.md", agreementId: ids.agreementId },
          ]),
        },
      ]),
    foreignIdsAnswer: "per_file_not_found",
  },
  {
    method: "GET",
    path: `${base}/history/{entityType}/{entityId}`,
    call: (api, ids) => api.get(api.paths.history("relationship", ids.relationshipId)),
  },
  {
    method: "PATCH",
    path: `${base}/counterparties/{counterpartyId}`,
    call: (api, ids) => api.patch(api.paths.counterparty(ids.counterpartyId), { name: "Overgenomen B.V." }),
  },
  {
    method: "DELETE",
    path: `${base}/counterparties/{counterpartyId}`,
    call: (api, ids) => api.delete(api.paths.counterparty(ids.looseCounterpartyId)),
  },
  {
    method: "POST",
    path: `${base}/notifications/{notificationId}/read`,
    call: (api, ids) => api.post(`${organisationPath(api)}/notifications/${ids.notificationId}/read`, {}),
  },
  // Authoring: generation from a relationship, the versions, negotiation and signing.
  {
    method: "GET",
    path: `${base}/relationships/{relationshipId}/generation-preview`,
    call: (api, ids) => api.get(authoringPaths.generationPreview(api.organisationId, ids.relationshipId)),
  },
  {
    method: "POST",
    path: `${base}/relationships/{relationshipId}/authored-agreements`,
    call: (api, ids) =>
      api.post(authoringPaths.generate(api.organisationId, ids.relationshipId), { variables: authoringAddresses }),
  },
  {
    method: "GET",
    path: `${base}/authored-agreements/{versionId}`,
    call: (api, ids) => api.get(authoringPaths.version(api.organisationId, ids.versionId)),
  },
  {
    method: "GET",
    path: `${base}/authored-agreements/{versionId}/render`,
    call: (api, ids) => api.get(`${authoringPaths.render(api.organisationId, ids.versionId)}?format=html`),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/deviations`,
    call: (api, ids) => api.post(authoringPaths.deviations(api.organisationId, ids.versionId), deviationBody),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/deviations/{deviationId}/response`,
    call: (api, ids) =>
      api.post(authoringPaths.deviationResponse(api.organisationId, ids.versionId, ids.deviationId), {
        decision: "reject",
      }),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/deviations/{deviationId}/withdrawal`,
    call: (api, ids) =>
      api.post(authoringPaths.deviationWithdrawal(api.organisationId, ids.versionId, ids.deviationId), {}),
  },
  {
    method: "GET",
    path: `${base}/authored-agreements/{versionId}/deviation-report`,
    call: (api, ids) => api.get(`${authoringPaths.deviationReport(api.organisationId, ids.versionId)}?format=json`),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/signing`,
    call: (api, ids) => api.post(authoringPaths.prepareSigning(api.organisationId, ids.versionId), {}),
  },
  {
    method: "GET",
    path: `${base}/authored-agreements/{versionId}/signing/document`,
    call: (api, ids) => api.get(authoringPaths.signingDocument(api.organisationId, ids.signingVersionId)),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/signatures`,
    call: (api, ids) =>
      api.post(authoringPaths.signatures(api.organisationId, ids.signingVersionId), {
        signatoryName: "Overgenomen",
        signatoryRole: "Directeur",
        documentSha256: "0".repeat(64),
      }),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/signed-scan`,
    call: (api, ids) =>
      api.upload(authoringPaths.signedScan(api.organisationId, ids.signingVersionId), [
        { name: "file", fileName: "getekend.pdf", contentType: "application/pdf", content: "%PDF-1.4" },
      ]),
  },
  {
    method: "POST",
    path: `${base}/authored-agreements/{versionId}/reissue`,
    call: (api, ids) => api.post(authoringPaths.reissue(api.organisationId, ids.versionId), {}),
  },
  // Organisation-level endpoints: the register list, dashboard, import, exports and reminders.
  ...organisationLevel("GET", "/relationships"),
  ...organisationLevel("GET", "/dashboard"),
  ...organisationLevel("GET", "/export", "?format=json"),
  ...organisationLevel("GET", "/export/processing-register", "?format=json"),
  ...organisationLevel("GET", "/export/recipients", "?format=json"),
  ...organisationLevel("GET", "/export/dpv"),
  ...organisationLevel("GET", "/notifications"),
  ...organisationLevel("GET", "/notifications/unread-count"),
  ...organisationLevel("GET", "/outbox"),
  ...organisationLevel("POST", "/counterparties/import/preview"),
  ...organisationLevel("POST", "/counterparties/import"),
  ...organisationLevel("GET", "/authored-agreements"),
  ...organisationLevel("GET", "/templates"),
  {
    method: "POST",
    path: `${base}/templates`,
    call: (api) =>
      api.post(authoringPaths.templates(api.organisationId), { name: "Overgenomen model", changeNote: "Overgenomen" }),
    foreignIdsAnswer: "no_record_ids",
  },
];

/** The register records no addresses; generation asks for them. */
const deviationBody = { clauseId: "liability.cap", proposedText: "Beperkt tot € 1.", reason: "Overgenomen" };

function organisationPath(api: RegisterRequests): string {
  return `/api/organisations/${api.organisationId}`;
}

const importCsv = {
  name: "file",
  fileName: "partijen.csv",
  contentType: "text/csv",
  content: Buffer.from("Naam;Land;Categorie\nOvergenomen B.V.;NL;cloud_hosting\n", "utf8"),
};

function organisationLevel(method: "GET" | "POST", suffix: string, query = ""): Endpoint[] {
  return [
    {
      method,
      path: `${base}${suffix}`,
      call: (api) =>
        method === "GET"
          ? api.get(`${organisationPath(api)}${suffix}${query}`)
          : api.upload(`${organisationPath(api)}${suffix}`, [importCsv, { name: "skipInvalid", value: "true" }]),
      foreignIdsAnswer: "no_record_ids",
    },
  ];
}

/** Organisation routes that are not the register's (the organisation itself, role assessments, the counterparty list). */
const outsideTheRegister = new Set([
  `GET ${base}`,
  `PATCH ${base}`,
  `GET ${base}/counterparties`,
  `POST ${base}/counterparties`,
  `GET ${base}/counterparties/{counterpartyId}`,
]);

/** Whether an OpenAPI route is one of the organisation's register endpoints this table must cover. */
function isRegisterEndpoint(method: string, path: string): boolean {
  return (
    (path === base || path.startsWith(`${base}/`)) &&
    !outsideTheRegister.has(`${method} ${path}`) &&
    !path.includes("role-assessments")
  );
}

/** Writes a complete register entry for the organisation through the API and returns its ids. */
async function firstNotificationOf(database: Database, organisationId: string): Promise<string> {
  const [notification] = await database
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.organisationId, organisationId))
    .limit(1);
  if (!notification) throw new Error(`The sweep made no reminder for organisation ${organisationId}`);
  return notification.id;
}

async function writeRegister(
  api: RegisterRequests,
  label: string,
  supplierOrganisationId: string,
): Promise<Omit<RegisterIds, "notificationId">> {
  const counterparty = await createCounterparty(api, `${label} Leverancier B.V.`);
  const loose = await createCounterparty(api, `${label} Losse Partij B.V.`);
  const relationship = expectStatus<{ id: string }>(
    await api.post(api.paths.relationships(), {
      counterpartyId: counterparty.id,
      name: `${label} Salarisadministratie`,
      role: "processor",
    }),
    201,
  );
  // A complete specification, so an agreement can be generated for the relationship.
  expectStatus(
    await api.put(api.paths.specification(relationship.id), {
      subjectMatter: `${label} salarissen`,
      nature: "berekenen en uitbetalen",
      purposes: ["Salarisbetaling"],
      dataCategories: ["Salarisgegevens"],
      dataSubjectCategories: ["Medewerkers"],
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    }),
    200,
  );
  const records = {} as Record<RelationshipRecordSegment, string>;
  for (const segment of relationshipRecordSegments) {
    records[segment] = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationship.id, segment), createBodies[segment]),
      201,
    ).id;
  }
  const agreement = expectStatus<{ id: string }>(
    await api.post(api.paths.agreements(relationship.id), { kind: "processor_agreement" }),
    201,
  );
  expectStatus(await api.upload(api.paths.document(agreement.id), [markdownPart("file")]), 201);
  const draft = expectStatus<{ id: string }>(
    await api.post(api.paths.agreements(relationship.id), { kind: "art26_arrangement" }),
    201,
  );
  const generate = async () =>
    expectStatus<{ id: string }>(
      await api.post(authoringPaths.generate(api.organisationId, relationship.id), {
        variables: authoringAddresses,
        counterpartyOrganisationId: supplierOrganisationId,
      }),
      201,
    ).id;
  const versionId = await generate();
  const negotiated = expectStatus<{ deviations: { id: string }[] }>(
    await api.post(authoringPaths.deviations(api.organisationId, versionId), deviationBody),
    201,
  );
  const signingVersionId = await generate();
  expectStatus(await api.post(authoringPaths.prepareSigning(api.organisationId, signingVersionId), {}), 200);
  return {
    counterpartyId: counterparty.id,
    looseCounterpartyId: loose.id,
    relationshipId: relationship.id,
    records,
    agreementId: agreement.id,
    draftAgreementId: draft.id,
    versionId,
    deviationId: negotiated.deviations[0]!.id,
    signingVersionId,
  };
}

describeOnEachEngine("register isolation between organisations", (server) => {
  const database = (): Database => server().application.connection.database;
  let ownApi: RegisterRequests;
  let foreignPathApi: RegisterRequests;
  let own: RegisterIds;
  let foreign: RegisterIds;
  let foreignOrganisationId: string;

  beforeAll(async () => {
    // A: the municipality's privacy officer. B: the supplier's administrator, with a register of its own.
    const municipality = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    ownApi = registerRequests(municipality.client, municipality.organisationId);
    foreignOrganisationId = supplier.organisationId;
    // A third organisation, the supplier both negotiate with: not A or B, so sharing with it opens nothing between them.
    const negotiatingSupplier = await createOrganisationDataAccess(database()).insert({
      name: "Isolatietest Leverancier B.V.",
      kind: "processor",
    });
    const foreignRegister = await writeRegister(
      registerRequests(supplier.client, supplier.organisationId),
      "Noord",
      negotiatingSupplier.id,
    );
    const ownRegister = await writeRegister(ownApi, "Voorbeeld", negotiatingSupplier.id);
    // Reminders for both registers (the breaches written above are past their deadline).
    await server().application.services.reminders.sweepReminders();
    foreign = { ...foreignRegister, notificationId: await firstNotificationOf(database(), supplier.organisationId) };
    own = { ...ownRegister, notificationId: await firstNotificationOf(database(), municipality.organisationId) };
    // A's client, but addressing B's organisation in the path.
    foreignPathApi = registerRequests(municipality.client, supplier.organisationId);
  }, 120_000);

  it("lists every register endpoint the server has under an organisation in the table below", async () => {
    const document = (await server().app.swagger()) as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .map((method) => method.toUpperCase())
        .filter((method) => isRegisterEndpoint(method, path))
        .map((method) => `${method} ${path}`),
    );
    const listed = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...served].sort());
  });

  it("answers 403 for every endpoint under another organisation's path, and changes nothing there", async () => {
    const before = await registerRowsOf(database(), foreignOrganisationId);
    for (const endpoint of endpoints) {
      const response = await endpoint.call(foreignPathApi, foreign);
      const label = `${endpoint.method} ${endpoint.path}`;
      expect(response.statusCode, label).toBe(403);
      expect(response.json().code, label).toBe("forbidden");
      expect(response.body, label).not.toContain("Noord");
    }
    expect(await registerRowsOf(database(), foreignOrganisationId)).toEqual(before);
  });

  it("answers 404 for another organisation's record ids under one's own path, and changes nothing anywhere", async () => {
    const foreignBefore = await registerRowsOf(database(), foreignOrganisationId);
    const ownBefore = await registerRowsOf(database(), ownApi.organisationId);
    for (const endpoint of endpoints.filter((candidate) => candidate.foreignIdsAnswer !== "no_record_ids")) {
      const response = await endpoint.call(ownApi, foreign);
      const label = `${endpoint.method} ${endpoint.path}`;
      expect(response.body, label).not.toContain("Noord Salarisadministratie");
      if (endpoint.foreignIdsAnswer === "per_file_not_found") {
        expect(response.statusCode, label).toBe(200);
        const result = response.json<{ attached: number; items: { error: { code: string } | null }[] }>();
        expect(result.attached, label).toBe(0);
        expect(
          result.items.map((item) => item.error?.code),
          label,
        ).toEqual(["not_found", "not_found"]);
      } else {
        expect(response.statusCode, label).toBe(404);
        expect(response.json().code, label).toBe("not_found");
      }
    }
    expect(await registerRowsOf(database(), foreignOrganisationId)).toEqual(foreignBefore);
    expect(await registerRowsOf(database(), ownApi.organisationId)).toEqual(ownBefore);
  });

  it("answers 404 for another organisation's record under one's own relationship", async () => {
    const before = await registerRowsOf(database(), foreignOrganisationId);
    for (const segment of relationshipRecordSegments) {
      const url = ownApi.paths.record(own.relationshipId, segment, foreign.records[segment]);
      for (const response of [await ownApi.patch(url, changeBodies[segment]), await ownApi.delete(url)]) {
        expect(response.statusCode, segment).toBe(404);
      }
    }
    expect(await registerRowsOf(database(), foreignOrganisationId)).toEqual(before);
  });

  it("shows none of the other organisation's data in one's own lists, dashboard, exports and reminders", async () => {
    for (const endpoint of endpoints.filter(
      (candidate) => candidate.foreignIdsAnswer === "no_record_ids" && candidate.method === "GET",
    )) {
      const response = await endpoint.call(ownApi, own);
      const label = `${endpoint.method} ${endpoint.path}`;
      expect(response.statusCode, label).toBe(200);
      // A count has no names; every other answer shows the organisation's own register.
      if (!endpoint.path.endsWith("/unread-count")) expect(response.body, label).toContain("Voorbeeld");
      expect(response.body, label).not.toContain("Noord Salarisadministratie");
      expect(response.body, label).not.toContain(foreign.relationshipId);
    }
  });

  it("still lets the owner reach its own records through the same endpoints", async () => {
    for (const endpoint of endpoints.filter((candidate) => candidate.method === "GET")) {
      const response = await endpoint.call(ownApi, own);
      expect(response.statusCode, `${endpoint.method} ${endpoint.path}`).toBe(200);
    }
  });
});
