import fs from "node:fs";
import { registerRecordPaths, type CheckReport } from "@art28/contract";
import { requirementIds } from "@art28/domain";
import { asc, eq } from "drizzle-orm";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { LightMyRequestResponse } from "fastify";
import type { Database } from "../../src/database/connection.ts";
import {
  agreementDeviations,
  agreementDocuments,
  agreementSignatures,
  agreementTemplates,
  authoredAgreementVersions,
  notifications,
  agreements,
  auditEvents,
  audits,
  breaches,
  certifications,
  counterparties,
  processingSpecifications,
  relationships,
  roleAssessments,
  securityMeasures,
  subProcessors,
} from "../../src/database/schema.ts";
import type { HttpClient } from "./http-client.ts";
import { multipartBody, type MultipartPart } from "./multipart.ts";

/** Our own processor agreement (Markdown) that passes the check. */
export const compliantAgreementMarkdown = fs.readFileSync(
  new URL("../fixtures/verwerkersovereenkomst-volledig.md", import.meta.url),
);

/** The same agreement as a Word document, written with the `docx` package: headings and plain paragraphs. */
export async function compliantAgreementDocx(): Promise<Uint8Array> {
  const paragraphs = compliantAgreementMarkdown
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      if (line.startsWith("## ")) return new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_1 });
      if (line.startsWith("# ")) return new Paragraph({ text: line.slice(2), heading: HeadingLevel.TITLE });
      return new Paragraph(line);
    });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

export const docxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A PNG header: a file the check refuses as an image. */
export const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Requests against the register of one organisation, as one logged-in user. */
export function registerRequests(client: HttpClient, organisationId: string) {
  const send = (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: unknown) =>
    client.request(payload === undefined ? { method, url } : { method, url, payload: payload as object });
  return {
    organisationId,
    paths: {
      relationships: () => registerRecordPaths.relationships(organisationId),
      relationship: (id: string) => registerRecordPaths.relationship(organisationId, id),
      specification: (id: string) => registerRecordPaths.specification(organisationId, id),
      records: (relationshipId: string, segment: Parameters<typeof registerRecordPaths.records>[2]) =>
        registerRecordPaths.records(organisationId, relationshipId, segment),
      record: (relationshipId: string, segment: Parameters<typeof registerRecordPaths.records>[2], id: string) =>
        registerRecordPaths.record(organisationId, relationshipId, segment, id),
      agreements: (relationshipId: string) =>
        registerRecordPaths.agreementsOfRelationship(organisationId, relationshipId),
      agreement: (id: string) => registerRecordPaths.agreement(organisationId, id),
      agreementStatus: (id: string) => registerRecordPaths.agreementStatus(organisationId, id),
      document: (id: string) => registerRecordPaths.agreementDocument(organisationId, id),
      checkReport: (id: string) => registerRecordPaths.agreementCheckReport(organisationId, id),
      bulkDocuments: () => registerRecordPaths.bulkDocuments(organisationId),
      history: (entityType: string, id: string) => registerRecordPaths.history(organisationId, entityType, id),
      counterparties: () => `/api/organisations/${organisationId}/counterparties`,
      counterparty: (id: string) => `/api/organisations/${organisationId}/counterparties/${id}`,
    },
    get: (url: string) => send("GET", url),
    post: (url: string, payload: unknown) => send("POST", url, payload),
    put: (url: string, payload: unknown) => send("PUT", url, payload),
    patch: (url: string, payload: unknown) => send("PATCH", url, payload),
    delete: (url: string) => send("DELETE", url),
    upload: (url: string, parts: readonly MultipartPart[]) => {
      const { payload, headers } = multipartBody(parts);
      return client.request({ method: "POST", url, payload, headers });
    },
  };
}
export type RegisterRequests = ReturnType<typeof registerRequests>;

/** The JSON body of a response, after checking its status (with the body in the message when it differs). */
export function expectStatus<Body = Record<string, unknown>>(response: LightMyRequestResponse, status: number): Body {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  return (response.body === "" ? null : response.json()) as Body;
}

/** A counterparty of the organisation, written through the API. */
export async function createCounterparty(api: RegisterRequests, name: string): Promise<{ id: string }> {
  return expectStatus(
    await api.post(api.paths.counterparties(), { name, country: "NL", category: "cloud_hosting" }),
    201,
  );
}

/** The organisation's audit events, oldest first, read as the database owner. */
export async function auditEventsOf(database: Database, organisationId: string) {
  return database
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(asc(auditEvents.sequence));
}

const ownedTables = {
  counterparties,
  roleAssessments,
  relationships,
  processingSpecifications,
  securityMeasures,
  certifications,
  subProcessors,
  agreements,
  audits,
  breaches,
  agreementDocuments,
  auditEvents,
  notifications,
  agreementTemplates,
  authoredAgreementVersions,
  agreementDeviations,
  agreementSignatures,
} as const;

/**
 * Every row the organisation owns in the register's tables (authored agreements included, as
 * their owner), read as the database owner
 * (row-level security does not apply), so a test can compare before and after.
 */
export async function registerRowsOf(database: Database, organisationId: string) {
  const snapshot: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(ownedTables)) {
    snapshot[name] = await database
      .select()
      .from(table)
      .where(eq(table.organisationId, organisationId))
      .orderBy(asc(table.id));
  }
  return snapshot;
}

/** How many rows the organisation has per register table. */
export async function registerRowCounts(database: Database, organisationId: string): Promise<Record<string, number>> {
  const rows = await registerRowsOf(database, organisationId);
  return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));
}

/** A compliant check report of our own making, in the shape the checker stores, for writing agreements directly. */
export const compliantCheckReport: CheckReport = {
  file: "verwerkersovereenkomst-salaris.docx",
  format: "docx",
  pageCount: null,
  language: "nl",
  languageDetected: true,
  isProcessorAgreement: true,
  processorAgreementReason: "Names a processor and a controller.",
  parties: { processorTerms: ["Verwerker"], controllerTerms: ["Verwerkingsverantwoordelijke"] },
  requirements: requirementIds.map((id) => ({
    id,
    mandatory: true,
    status: "present" as const,
    evidence: [{ text: "Artikel 1", location: "1" }],
    explanation: "Found.",
  })),
  summary: {
    compliant: true,
    mandatoryTotal: requirementIds.length,
    mandatoryPresent: requirementIds.length,
    missing: [],
    conflicts: [],
    advisoryMissing: [],
  },
};
