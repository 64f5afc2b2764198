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
export type BreachChanges = Partial<Omit<NewBreach, "relationshipId">>;

/** The stored deadline for a controller-aware moment: 72 elapsed hours later, or none while unaware. */
function deadlineFor(controllerAwareAt: Date | null | undefined): Date | null {
  return controllerAwareAt ? authorityNotificationDeadline(controllerAwareAt) : null;
}

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
      const authorityDeadlineAt = deadlineFor(values.controllerAwareAt);
      const [breach] = await database
        .insert(breaches)
        .values({ ...values, authorityDeadlineAt, organisationId })
        .returning();
      return breach!;
    },

    /** One breach, only when it belongs to the relationship; `lock` holds the row until the transaction ends. */
    async findInRelationship(
      relationshipId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<BreachRecord | undefined> {
      const query = database
        .select()
        .from(breaches)
        .where(and(ofOrganisation, eq(breaches.relationshipId, relationshipId), eq(breaches.id, id)))
        .limit(1);
      const [breach] = options.lock ? await query.for("update") : await query;
      return breach;
    },

    /** Changes a breach; when `controllerAwareAt` is among the changes, the deadline moves with it. */
    async update(id: string, changes: BreachChanges): Promise<BreachRecord | undefined> {
      const deadline =
        "controllerAwareAt" in changes && changes.controllerAwareAt !== undefined
          ? { authorityDeadlineAt: deadlineFor(changes.controllerAwareAt) }
          : {};
      const [breach] = await database
        .update(breaches)
        .set({ ...changes, ...deadline, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(breaches.id, id)))
        .returning();
      return breach;
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(breaches)
        .where(and(ofOrganisation, eq(breaches.id, id)))
        .returning({ id: breaches.id });
      return deleted.length > 0;
    },
  };
}
export type BreachDataAccess = ReturnType<typeof createBreachDataAccess>;
