import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { subProcessors } from "../database/schema.ts";

export type SubProcessorRecord = typeof subProcessors.$inferSelect;
export type NewSubProcessor = Omit<
  typeof subProcessors.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;
export type SubProcessorChanges = Partial<Omit<NewSubProcessor, "relationshipId">>;

/**
 * Sub-processors (and the controller's authorisation of them), for one organisation's relationships. Every query filters on the
 * organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createSubProcessorDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(subProcessors.organisationId, organisationId);
  return {
    async listForRelationship(relationshipId: string): Promise<SubProcessorRecord[]> {
      return database
        .select()
        .from(subProcessors)
        .where(and(ofOrganisation, eq(subProcessors.relationshipId, relationshipId)))
        .orderBy(asc(subProcessors.createdAt), asc(subProcessors.id));
    },

    /** One sub-processor, only when it belongs to the relationship; `lock` holds the row until the transaction ends. */
    async findInRelationship(
      relationshipId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<SubProcessorRecord | undefined> {
      const query = database
        .select()
        .from(subProcessors)
        .where(and(ofOrganisation, eq(subProcessors.relationshipId, relationshipId), eq(subProcessors.id, id)))
        .limit(1);
      const [subProcessor] = options.lock ? await query.for("update") : await query;
      return subProcessor;
    },

    async insert(values: NewSubProcessor): Promise<SubProcessorRecord> {
      const [subProcessor] = await database
        .insert(subProcessors)
        .values({ ...values, organisationId })
        .returning();
      return subProcessor!;
    },

    async update(id: string, changes: SubProcessorChanges): Promise<SubProcessorRecord | undefined> {
      const [subProcessor] = await database
        .update(subProcessors)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(subProcessors.id, id)))
        .returning();
      return subProcessor;
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(subProcessors)
        .where(and(ofOrganisation, eq(subProcessors.id, id)))
        .returning({ id: subProcessors.id });
      return deleted.length > 0;
    },
  };
}
export type SubProcessorDataAccess = ReturnType<typeof createSubProcessorDataAccess>;
