import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { securityMeasures } from "../database/schema.ts";

export type SecurityMeasureRecord = typeof securityMeasures.$inferSelect;
export type NewSecurityMeasure = Omit<
  typeof securityMeasures.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;
export type SecurityMeasureChanges = Partial<Omit<NewSecurityMeasure, "relationshipId">>;

/**
 * Security measures of one organisation's relationships. Every query filters on the
 * organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createSecurityMeasureDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(securityMeasures.organisationId, organisationId);
  return {
    async listForRelationship(relationshipId: string): Promise<SecurityMeasureRecord[]> {
      return database
        .select()
        .from(securityMeasures)
        .where(and(ofOrganisation, eq(securityMeasures.relationshipId, relationshipId)))
        .orderBy(asc(securityMeasures.createdAt), asc(securityMeasures.id));
    },

    /** One measure, only when it belongs to the relationship; `lock` holds the row until the transaction ends. */
    async findInRelationship(
      relationshipId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<SecurityMeasureRecord | undefined> {
      const query = database
        .select()
        .from(securityMeasures)
        .where(and(ofOrganisation, eq(securityMeasures.relationshipId, relationshipId), eq(securityMeasures.id, id)))
        .limit(1);
      const [measure] = options.lock ? await query.for("update") : await query;
      return measure;
    },

    async insert(values: NewSecurityMeasure): Promise<SecurityMeasureRecord> {
      const [measure] = await database
        .insert(securityMeasures)
        .values({ ...values, organisationId })
        .returning();
      return measure!;
    },

    async update(id: string, changes: SecurityMeasureChanges): Promise<SecurityMeasureRecord | undefined> {
      const [measure] = await database
        .update(securityMeasures)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(securityMeasures.id, id)))
        .returning();
      return measure;
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(securityMeasures)
        .where(and(ofOrganisation, eq(securityMeasures.id, id)))
        .returning({ id: securityMeasures.id });
      return deleted.length > 0;
    },
  };
}
export type SecurityMeasureDataAccess = ReturnType<typeof createSecurityMeasureDataAccess>;
