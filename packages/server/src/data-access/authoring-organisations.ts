import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { organisations } from "../database/schema.ts";

/**
 * What authoring needs to know about organisations other than the one acting: the other
 * party's name, the association a member belongs to, and which suppliers are on this
 * installation. Organisations carry no tenant data, so the tenant role may read them.
 */
export function createAuthoringOrganisationDataAccess(database: Executor) {
  return {
    async findById(
      id: string,
    ): Promise<{ id: string; name: string; kind: string; associationId: string | null } | undefined> {
      const [row] = await database
        .select({
          id: organisations.id,
          name: organisations.name,
          kind: organisations.kind,
          associationId: organisations.associationId,
        })
        .from(organisations)
        .where(eq(organisations.id, id))
        .limit(1);
      return row;
    },

    /** Names by id, for the organisations asked for. */
    async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await database
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(ids)]));
      return new Map(rows.map((row) => [row.id, row.name]));
    },

    /** The other organisations of this installation that act as processor, by name: who an agreement can be negotiated with. */
    async processorPartnersOf(organisationId: string): Promise<Array<{ id: string; name: string }>> {
      return database
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.kind, "processor"), ne(organisations.id, organisationId)))
        .orderBy(asc(organisations.name), asc(organisations.id));
    },
  };
}
export type AuthoringOrganisationDataAccess = ReturnType<typeof createAuthoringOrganisationDataAccess>;
