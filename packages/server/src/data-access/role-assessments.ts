import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { roleAssessments } from "../database/schema.ts";

export type RoleAssessmentRecord = typeof roleAssessments.$inferSelect;
export type NewRoleAssessment = Omit<typeof roleAssessments.$inferInsert, "id" | "organisationId" | "createdAt">;

/** The latest conclusion about one counterparty, for the counterparty list. */
export interface LatestRoleAssessment {
  outcome: RoleAssessmentRecord["outcome"];
  agreement: RoleAssessmentRecord["agreement"];
  createdAt: Date;
}

/**
 * Role assessments of one organisation. Every query filters on the organisation given at
 * creation; callers run it inside `withOrganisationScope`, whose row-level security is the
 * second line of defence.
 */
export function createRoleAssessmentDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(roleAssessments.organisationId, organisationId);
  return {
    /** Assessments of one counterparty, newest first. */
    async listForCounterparty(counterpartyId: string): Promise<RoleAssessmentRecord[]> {
      return (
        database
          .select()
          .from(roleAssessments)
          .where(and(ofOrganisation, eq(roleAssessments.counterpartyId, counterpartyId)))
          // Rows written in one transaction share created_at; the id keeps the order stable.
          .orderBy(desc(roleAssessments.createdAt), desc(roleAssessments.id))
      );
    },

    /** The newest assessment per counterparty; all counterparties of the organisation when no ids are given. */
    async latestByCounterparty(counterpartyIds?: readonly string[]): Promise<Map<string, LatestRoleAssessment>> {
      if (counterpartyIds?.length === 0) return new Map();
      const rows = await database
        .selectDistinctOn([roleAssessments.counterpartyId], {
          counterpartyId: roleAssessments.counterpartyId,
          outcome: roleAssessments.outcome,
          agreement: roleAssessments.agreement,
          createdAt: roleAssessments.createdAt,
        })
        .from(roleAssessments)
        .where(
          counterpartyIds
            ? and(ofOrganisation, inArray(roleAssessments.counterpartyId, [...counterpartyIds]))
            : ofOrganisation,
        )
        .orderBy(roleAssessments.counterpartyId, desc(roleAssessments.createdAt), desc(roleAssessments.id));
      return new Map(rows.map(({ counterpartyId, ...latest }) => [counterpartyId, latest]));
    },

    async insert(values: NewRoleAssessment): Promise<RoleAssessmentRecord> {
      const [record] = await database
        .insert(roleAssessments)
        .values({ ...values, organisationId })
        .returning();
      return record!;
    },

    async insertMany(values: readonly NewRoleAssessment[]): Promise<number> {
      if (values.length === 0) return 0;
      const inserted = await database
        .insert(roleAssessments)
        .values(values.map((value) => ({ ...value, organisationId })))
        .returning({ id: roleAssessments.id });
      return inserted.length;
    },
  };
}
export type RoleAssessmentDataAccess = ReturnType<typeof createRoleAssessmentDataAccess>;
