import { asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { memberships, organisations } from "../database/schema.ts";

export type OrganisationRecord = typeof organisations.$inferSelect;
export type MembershipRecord = typeof memberships.$inferSelect;

/**
 * Organisations and memberships. Reading a user's memberships crosses organisations by
 * nature (it decides which organisations the user may enter), so it runs outside the tenant
 * scope, keyed on the user.
 */
export function createOrganisationDataAccess(database: Executor) {
  return {
    async findById(id: string): Promise<OrganisationRecord | undefined> {
      const [organisation] = await database.select().from(organisations).where(eq(organisations.id, id)).limit(1);
      return organisation;
    },

    async findByName(name: string): Promise<OrganisationRecord | undefined> {
      const [organisation] = await database.select().from(organisations).where(eq(organisations.name, name)).limit(1);
      return organisation;
    },

    async insert(
      values: Pick<OrganisationRecord, "name" | "kind"> & { theme?: Record<string, string> },
    ): Promise<OrganisationRecord> {
      const [organisation] = await database.insert(organisations).values(values).returning();
      return organisation!;
    },

    async count(): Promise<number> {
      return database.$count(organisations);
    },

    /** Changes the settings given (theme, association membership); undefined when the organisation does not exist. */
    async updateSettings(
      id: string,
      changes: { theme?: Record<string, string>; associationId?: string | null },
    ): Promise<OrganisationRecord | undefined> {
      const [organisation] = await database
        .update(organisations)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(organisations.id, id))
        .returning();
      return organisation;
    },

    async insertMembership(
      values: Pick<MembershipRecord, "organisationId" | "userId" | "role">,
    ): Promise<MembershipRecord> {
      const [membership] = await database.insert(memberships).values(values).returning();
      return membership!;
    },

    async membershipsOfUser(
      userId: string,
    ): Promise<Array<{ membership: MembershipRecord; organisation: OrganisationRecord }>> {
      return database
        .select({ membership: memberships, organisation: organisations })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(organisations.name));
    },
  };
}
export type OrganisationDataAccess = ReturnType<typeof createOrganisationDataAccess>;
