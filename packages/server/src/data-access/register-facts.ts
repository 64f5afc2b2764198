import type { RelationshipFacts } from "@art28/domain";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../database/connection.ts";
import { agreements, audits, breaches, certifications, relationships } from "../database/schema.ts";
import { createRoleAssessmentDataAccess } from "./role-assessments.ts";

/** A relationship with the facts its computed status depends on. */
export interface RelationshipWithFacts {
  relationshipId: string;
  counterpartyId: string;
  facts: RelationshipFacts;
}

function grouped<Row extends { relationshipId: string }, Value>(
  rows: readonly Row[],
  map: (row: Row) => Value,
): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const group = groups.get(row.relationshipId);
    if (group) group.push(map(row));
    else groups.set(row.relationshipId, [map(row)]);
  }
  return groups;
}

/** What the loader needs of a relationship row itself; the list query already has it. */
export interface RelationshipKey {
  id: string;
  counterpartyId: string;
  role: RelationshipFacts["role"];
}

/**
 * Loads, for many relationships of one organisation at once, everything `relationshipStatus`
 * needs: one query per table, whatever the number of relationships, and only the columns the
 * status uses (the stored check report stays in the database; only its verdict is read).
 * Shared by the relationship list, the detail view, the dashboard, reminders and exports.
 */
export function createRegisterFactsDataAccess(database: Executor, organisationId: string) {
  const scoped = (organisationColumn: AnyPgColumn, relationshipColumn: AnyPgColumn, ids?: readonly string[]) =>
    ids
      ? and(eq(organisationColumn, organisationId), inArray(relationshipColumn, [...ids]))
      : eq(organisationColumn, organisationId);

  /**
   * The facts of relationships whose own row the caller has already read. With
   * `allOfOrganisation` the child tables are read by organisation alone (no list of ids in the
   * query); rows of relationships that are not in `relationshipRows` are then ignored.
   */
  async function factsOf(
    relationshipRows: readonly RelationshipKey[],
    options: { allOfOrganisation?: boolean } = {},
  ): Promise<RelationshipWithFacts[]> {
    if (relationshipRows.length === 0) return [];
    const ids = options.allOfOrganisation ? undefined : relationshipRows.map((row) => row.id);

    // One after the other: a transaction has one connection, so the queries would queue anyway.
    const agreementRows = await database
      .select({
        id: agreements.id,
        relationshipId: agreements.relationshipId,
        kind: agreements.kind,
        status: agreements.status,
        effectiveOn: agreements.effectiveOn,
        endsOn: agreements.endsOn,
        reviewOn: agreements.reviewOn,
        checkedAt: agreements.latestCheckAt,
        checkCompliant: sql<boolean | null>`(${agreements.latestCheckReport} -> 'summary' ->> 'compliant')::boolean`,
      })
      .from(agreements)
      .where(scoped(agreements.organisationId, agreements.relationshipId, ids));
    const certificationRows = await database
      .select({
        id: certifications.id,
        relationshipId: certifications.relationshipId,
        kind: certifications.kind,
        holder: certifications.holder,
        expiresOn: certifications.expiresOn,
      })
      .from(certifications)
      .where(scoped(certifications.organisationId, certifications.relationshipId, ids));
    const auditRows = await database
      .select({
        id: audits.id,
        relationshipId: audits.relationshipId,
        plannedOn: audits.plannedOn,
        doneOn: audits.doneOn,
        followUpDueOn: audits.followUpDueOn,
        followUpDoneOn: audits.followUpDoneOn,
      })
      .from(audits)
      .where(scoped(audits.organisationId, audits.relationshipId, ids));
    const breachRows = await database
      .select({
        id: breaches.id,
        relationshipId: breaches.relationshipId,
        controllerAwareAt: breaches.controllerAwareAt,
        authorityNotificationRequired: breaches.authorityNotificationRequired,
        authorityNotifiedAt: breaches.authorityNotifiedAt,
      })
      .from(breaches)
      .where(scoped(breaches.organisationId, breaches.relationshipId, ids));
    const latestAssessments = await createRoleAssessmentDataAccess(database, organisationId).latestByCounterparty(
      ids ? [...new Set(relationshipRows.map((row) => row.counterpartyId))] : undefined,
    );

    const agreementsOf = grouped(agreementRows, ({ relationshipId: _, checkedAt, checkCompliant, ...agreement }) => ({
      ...agreement,
      latestCheck: checkedAt && checkCompliant !== null ? { compliant: checkCompliant, checkedAt } : null,
    }));
    const certificationsOf = grouped(certificationRows, ({ relationshipId: _, ...row }) => row);
    const auditsOf = grouped(auditRows, ({ relationshipId: _, ...row }) => row);
    const breachesOf = grouped(breachRows, ({ relationshipId: _, ...row }) => row);

    return relationshipRows.map((relationship) => {
      const assessment = latestAssessments.get(relationship.counterpartyId);
      return {
        relationshipId: relationship.id,
        counterpartyId: relationship.counterpartyId,
        facts: {
          role: relationship.role,
          latestRoleAssessment: assessment ? { outcome: assessment.outcome } : null,
          agreements: agreementsOf.get(relationship.id) ?? [],
          certifications: certificationsOf.get(relationship.id) ?? [],
          audits: auditsOf.get(relationship.id) ?? [],
          breaches: breachesOf.get(relationship.id) ?? [],
        },
      };
    });
  }

  return {
    /** All relationships of the organisation when `relationshipIds` is left out. */
    async load(relationshipIds?: readonly string[]): Promise<RelationshipWithFacts[]> {
      if (relationshipIds?.length === 0) return [];
      const relationshipRows = await database
        .select({ id: relationships.id, counterpartyId: relationships.counterpartyId, role: relationships.role })
        .from(relationships)
        .where(scoped(relationships.organisationId, relationships.id, relationshipIds) as SQL)
        .orderBy(asc(relationships.id));
      return factsOf(relationshipRows, { allOfOrganisation: relationshipIds === undefined });
    },

    factsOf,
  };
}
export type RegisterFactsDataAccess = ReturnType<typeof createRegisterFactsDataAccess>;
