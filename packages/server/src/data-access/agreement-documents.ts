import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { agreementDocuments } from "../database/schema.ts";

export type AgreementDocumentRecord = typeof agreementDocuments.$inferSelect;
export type NewAgreementDocument = Omit<typeof agreementDocuments.$inferInsert, "id" | "organisationId" | "createdAt">;
/** A stored document without its content, for listings and summaries. */
export type AgreementDocumentSummaryRecord = Omit<AgreementDocumentRecord, "content">;

const summaryColumns = {
  id: agreementDocuments.id,
  organisationId: agreementDocuments.organisationId,
  agreementId: agreementDocuments.agreementId,
  purpose: agreementDocuments.purpose,
  fileName: agreementDocuments.fileName,
  mediaType: agreementDocuments.mediaType,
  byteSize: agreementDocuments.byteSize,
  sha256: agreementDocuments.sha256,
  uploadedBy: agreementDocuments.uploadedBy,
  createdAt: agreementDocuments.createdAt,
};

/**
 * Documents kept with one organisation's agreements. Rows are only added: a new upload is a
 * new row and the newest signed one is the agreement's signed document. Every query filters
 * on the organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createAgreementDocumentDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(agreementDocuments.organisationId, organisationId);
  const signed = eq(agreementDocuments.purpose, "signed_agreement");
  return {
    async insert(values: NewAgreementDocument): Promise<AgreementDocumentSummaryRecord> {
      const [document] = await database
        .insert(agreementDocuments)
        .values({ ...values, organisationId })
        .returning(summaryColumns);
      return document!;
    },

    /** The agreement's signed document with its content; undefined when none was uploaded. */
    async newestSigned(agreementId: string): Promise<AgreementDocumentRecord | undefined> {
      const [document] = await database
        .select()
        .from(agreementDocuments)
        .where(and(ofOrganisation, signed, eq(agreementDocuments.agreementId, agreementId)))
        .orderBy(desc(agreementDocuments.createdAt), desc(agreementDocuments.id))
        .limit(1);
      return document;
    },

    /** Per agreement, its newest signed document without content (one query for many agreements). */
    async newestSignedSummaries(agreementIds: readonly string[]): Promise<Map<string, AgreementDocumentSummaryRecord>> {
      if (agreementIds.length === 0) return new Map();
      const rows = await database
        .selectDistinctOn([agreementDocuments.agreementId], summaryColumns)
        .from(agreementDocuments)
        .where(and(ofOrganisation, signed, inArray(agreementDocuments.agreementId, [...agreementIds])))
        .orderBy(agreementDocuments.agreementId, desc(agreementDocuments.createdAt), desc(agreementDocuments.id));
      return new Map(rows.map((row) => [row.agreementId, row]));
    },

    /** How many documents (of any purpose) the agreement keeps. */
    async countForAgreement(agreementId: string): Promise<number> {
      const [row] = await database
        .select({ value: count() })
        .from(agreementDocuments)
        .where(and(ofOrganisation, eq(agreementDocuments.agreementId, agreementId)));
      return row?.value ?? 0;
    },
  };
}
export type AgreementDocumentDataAccess = ReturnType<typeof createAgreementDocumentDataAccess>;
