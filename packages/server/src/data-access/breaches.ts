import { authorityNotificationDeadline } from "@art28/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { breaches } from "../database/schema.ts";

export type BreachRecord = typeof breaches.$inferSelect;
/** The authority deadline is not given: it is computed from `controllerAwareAt`. */
export type NewBreach = Omit<
  typeof breaches.$inferInsert,
  "id" | "organisationId" | "authorityDeadlineAt" | "createdAt" | "updatedAt"
>;

/**
 * Personal data breaches of one organisation's relationships. The stored authority deadline
 * always comes from the domain's 72-hour rule. Every query filters on the organisation given
 * at creation; callers run it inside `withOrganisationScope`.
 */
export function createBreachDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(breaches.organisationId, organisationId);
  return {
    async listForRelationship(relationshipId: string): Promise<BreachRecord[]> {
      return database
        .select()
        .from(breaches)
        .where(and(ofOrganisation, eq(breaches.relationshipId, relationshipId)))
        .orderBy(asc(breaches.createdAt), asc(breaches.id));
    },

    async insert(values: NewBreach): Promise<BreachRecord> {
      const controllerAwareAt = values.controllerAwareAt ?? null;
      const authorityDeadlineAt = controllerAwareAt && authorityNotificationDeadline(controllerAwareAt);
      const [breach] = await database
        .insert(breaches)
        .values({ ...values, authorityDeadlineAt, organisationId })
        .returning();
      return breach!;
    },
  };
}
export type BreachDataAccess = ReturnType<typeof createBreachDataAccess>;
