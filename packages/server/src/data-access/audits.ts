import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { audits } from "../database/schema.ts";

export type AuditRecord = typeof audits.$inferSelect;
export type NewAudit = Omit<typeof audits.$inferInsert, "id" | "organisationId" | "createdAt" | "updatedAt">;
export type AuditChanges = Partial<Omit<NewAudit, "relationshipId">>;

/**
 * Audits of the processor, for one organisation's relationships. Every query filters on the
 * organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createAuditDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(audits.organisationId, organisationId);
  return {
    async listForRelationship(relationshipId: string): Promise<AuditRecord[]> {
      return database
        .select()
        .from(audits)
        .where(and(ofOrganisation, eq(audits.relationshipId, relationshipId)))
        .orderBy(asc(audits.createdAt), asc(audits.id));
    },

    /** One audit, only when it belongs to the relationship; `lock` holds the row until the transaction ends. */
    async findInRelationship(
      relationshipId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<AuditRecord | undefined> {
      const query = database
        .select()
        .from(audits)
        .where(and(ofOrganisation, eq(audits.relationshipId, relationshipId), eq(audits.id, id)))
        .limit(1);
      const [audit] = options.lock ? await query.for("update") : await query;
      return audit;
    },

    async insert(values: NewAudit): Promise<AuditRecord> {
      const [audit] = await database
        .insert(audits)
        .values({ ...values, organisationId })
        .returning();
      return audit!;
    },

    async update(id: string, changes: AuditChanges): Promise<AuditRecord | undefined> {
      const [audit] = await database
        .update(audits)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(audits.id, id)))
        .returning();
      return audit;
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(audits)
        .where(and(ofOrganisation, eq(audits.id, id)))
        .returning({ id: audits.id });
      return deleted.length > 0;
    },
  };
}
export type AuditDataAccess = ReturnType<typeof createAuditDataAccess>;
