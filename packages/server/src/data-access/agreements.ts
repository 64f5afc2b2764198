import { checkReportSchema, type CheckReport } from "@art28/contract";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { agreements } from "../database/schema.ts";
import { AppError } from "../errors.ts";

export type AgreementRecord = typeof agreements.$inferSelect;
export type NewAgreement = Omit<typeof agreements.$inferInsert, "id" | "organisationId" | "createdAt" | "updatedAt">;
/**
 * What an edit may change: neither the relationship nor the status (see `setStatus`). The check
 * report can only be cleared here (both columns together), never set: see `attachCheckReport`.
 */
export type AgreementChanges = Partial<
  Omit<NewAgreement, "relationshipId" | "status" | "latestCheckReport" | "latestCheckAt">
> & { latestCheckReport?: null; latestCheckAt?: null };

/** The stored check report is JSON: one that does not fit `checkReportSchema` is a defect, not user input. */
function withValidReport(record: AgreementRecord): AgreementRecord {
  if (record.latestCheckReport === null) return record;
  const report = checkReportSchema.safeParse(record.latestCheckReport);
  if (!report.success) {
    throw new AppError("internal_error", `Agreement ${record.id} has a stored check report that is not valid.`, {
      cause: report.error,
    });
  }
  return { ...record, latestCheckReport: report.data };
}

/**
 * Agreements of one organisation. Status changes are the service's business (it asks the
 * domain's `assertTransition` first); this layer only stores. Every query filters on the
 * organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createAgreementDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(agreements.organisationId, organisationId);
  return {
    /** `lock` holds the row until the transaction ends, so a concurrent change waits for this one. */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<AgreementRecord | undefined> {
      const query = database
        .select()
        .from(agreements)
        .where(and(ofOrganisation, eq(agreements.id, id)))
        .limit(1);
      const [agreement] = options.lock ? await query.for("update") : await query;
      return agreement && withValidReport(agreement);
    },

    async listForRelationship(relationshipId: string): Promise<AgreementRecord[]> {
      const rows = await database
        .select()
        .from(agreements)
        .where(and(ofOrganisation, eq(agreements.relationshipId, relationshipId)))
        .orderBy(asc(agreements.createdAt), asc(agreements.id));
      return rows.map(withValidReport);
    },

    async insert(values: NewAgreement): Promise<AgreementRecord> {
      const latestCheckReport = values.latestCheckReport ? checkReportSchema.parse(values.latestCheckReport) : null;
      const [agreement] = await database
        .insert(agreements)
        .values({ ...values, latestCheckReport, organisationId })
        .returning();
      return withValidReport(agreement!);
    },

    async update(id: string, changes: AgreementChanges): Promise<AgreementRecord | undefined> {
      const [agreement] = await database
        .update(agreements)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(agreements.id, id)))
        .returning();
      return agreement && withValidReport(agreement);
    },

    /** Stores a new status; the service has checked the transition with the domain's rules. */
    async setStatus(id: string, status: AgreementRecord["status"]): Promise<AgreementRecord | undefined> {
      const [agreement] = await database
        .update(agreements)
        .set({ status, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(agreements.id, id)))
        .returning();
      return agreement && withValidReport(agreement);
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(agreements)
        .where(and(ofOrganisation, eq(agreements.id, id)))
        .returning({ id: agreements.id });
      return deleted.length > 0;
    },

    /** Attaches the report the server produced itself (never one sent by a client). */
    async attachCheckReport(id: string, report: CheckReport, checkedAt: Date): Promise<AgreementRecord | undefined> {
      const [agreement] = await database
        .update(agreements)
        .set({ latestCheckReport: checkReportSchema.parse(report), latestCheckAt: checkedAt, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(agreements.id, id)))
        .returning();
      return agreement && withValidReport(agreement);
    },
  };
}
export type AgreementDataAccess = ReturnType<typeof createAgreementDataAccess>;
