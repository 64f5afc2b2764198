import type { RoleOutcome } from "@art28/domain";
import { and, asc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { counterparties, relationships } from "../database/schema.ts";
import { containsPattern } from "./search-pattern.ts";

/** A relationship as lists show it: its own columns and the counterparty it is with. */
export interface RelationshipListRow {
  id: string;
  organisationId: string;
  counterpartyId: string;
  name: string;
  role: RoleOutcome | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
  counterparty: { id: string; name: string; country: string; kvkNumber: string | null };
}

/** What the database can filter on; filters on the computed status are applied afterwards. */
export interface RelationshipListFilter {
  /** Part of the relationship name, the counterparty name or the KvK number. */
  search?: string | undefined;
  role?: RoleOutcome | undefined;
  counterpartyId?: string | undefined;
}

/**
 * The relationship list of one organisation, joined with the counterparties, in a stable order
 * (counterparty name, relationship name, id). Every query filters on the organisation given at
 * creation; callers run it inside `withOrganisationScope`, whose row-level security is the
 * second line of defence.
 */
export function createRelationshipListDataAccess(database: Executor, organisationId: string) {
  return {
    /** Whether the filter narrows the list, or returns every relationship of the organisation. */
    narrows(filter: RelationshipListFilter): boolean {
      return Boolean(filter.search) || filter.role !== undefined || filter.counterpartyId !== undefined;
    },

    async list(filter: RelationshipListFilter = {}): Promise<RelationshipListRow[]> {
      // Both sides carry the organisation, so either table's (organisation_id, …) index can lead.
      const conditions: SQL[] = [
        eq(relationships.organisationId, organisationId),
        eq(counterparties.organisationId, organisationId),
      ];
      if (filter.search) {
        const pattern = containsPattern(filter.search);
        conditions.push(
          or(
            ilike(relationships.name, pattern),
            ilike(counterparties.name, pattern),
            ilike(counterparties.kvkNumber, pattern),
          )!,
        );
      }
      if (filter.role !== undefined) conditions.push(eq(relationships.role, filter.role));
      if (filter.counterpartyId !== undefined) conditions.push(eq(relationships.counterpartyId, filter.counterpartyId));

      return database
        .select({
          id: relationships.id,
          organisationId: relationships.organisationId,
          counterpartyId: relationships.counterpartyId,
          name: relationships.name,
          role: relationships.role,
          notes: relationships.notes,
          createdAt: relationships.createdAt,
          updatedAt: relationships.updatedAt,
          counterparty: {
            id: counterparties.id,
            name: counterparties.name,
            country: counterparties.country,
            kvkNumber: counterparties.kvkNumber,
          },
        })
        .from(relationships)
        .innerJoin(
          counterparties,
          and(
            eq(counterparties.organisationId, relationships.organisationId),
            eq(counterparties.id, relationships.counterpartyId),
          ),
        )
        .where(and(...conditions))
        .orderBy(asc(counterparties.name), asc(relationships.name), asc(relationships.id));
    },
  };
}
export type RelationshipListDataAccess = ReturnType<typeof createRelationshipListDataAccess>;
