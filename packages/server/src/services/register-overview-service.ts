import {
  relationshipListQuerySchema,
  type Dashboard,
  type RelationshipListQuery,
  type RelationshipListResponse,
} from "@art28/contract";
import {
  complianceStates,
  relationshipFlagIds,
  relationshipStatus,
  type ComplianceState,
  type RelationshipFlagId,
  type RelationshipStatus,
} from "@art28/domain";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createRegisterFactsDataAccess } from "../data-access/register-facts.ts";
import { createRelationshipListDataAccess, type RelationshipListRow } from "../data-access/relationship-list.ts";
import { authorize, type Actor } from "./authorization.ts";
import type { RegisterDependencies } from "./register-dependencies.ts";
import { presentRelationshipSummary } from "./register/register-presenters.ts";
import { presentRelationshipStatus } from "./relationship-status-presenter.ts";

/**
 * How many relationships the dashboard names per flag; `count` gives the full number and the
 * relationship list filtered on the flag shows them all.
 */
export const dashboardFlagListLimit = 20;

interface RowWithStatus {
  row: RelationshipListRow;
  status: RelationshipStatus;
}

/** Order of the dashboard's lists when dates are equal: counterparty, then relationship. */
function byName(one: RelationshipListRow, other: RelationshipListRow): number {
  return (
    one.counterparty.name.localeCompare(other.counterparty.name) ||
    one.name.localeCompare(other.name) ||
    one.id.localeCompare(other.id)
  );
}

/** Undated first (they apply now), then by date. */
function byDate(one: string | null, other: string | null): number {
  if (one === other) return 0;
  if (one === null) return -1;
  if (other === null) return 1;
  return one.localeCompare(other);
}

/** Counts, coverage, flags and deadlines over every relationship of the organisation. */
function summarise(rows: readonly RowWithStatus[], now: Date): Dashboard {
  const compliance = Object.fromEntries(complianceStates.map((state) => [state, 0])) as Record<ComplianceState, number>;
  let needingAgreement = 0;
  let covered = 0;
  const flagged = new Map<RelationshipFlagId, Array<{ row: RelationshipListRow; on: string | null }>>(
    relationshipFlagIds.map((flag) => [flag, []]),
  );
  const deadlines: Array<{ row: RelationshipListRow; deadline: RelationshipStatus["deadlines"][number] }> = [];

  for (const { row, status } of rows) {
    compliance[status.compliance] += 1;
    if (status.requiredAgreement === "processor_agreement" || status.requiredAgreement === "art26_arrangement") {
      needingAgreement += 1;
      if (status.compliance === "compliant") covered += 1;
    }
    // A relationship counts once per flag, at its earliest date (flags are ordered by date).
    const seen = new Set<RelationshipFlagId>();
    for (const flag of status.flags) {
      if (seen.has(flag.flag)) continue;
      seen.add(flag.flag);
      flagged.get(flag.flag)!.push({ row, on: flag.on });
    }
    for (const deadline of status.deadlines) deadlines.push({ row, deadline });
  }

  const reference = (row: RelationshipListRow) => ({
    relationshipId: row.id,
    relationshipName: row.name,
    counterpartyName: row.counterparty.name,
  });
  return {
    generatedAt: now.toISOString(),
    relationships: rows.length,
    compliance,
    coveragePercentage: needingAgreement === 0 ? null : Math.round((covered / needingAgreement) * 1000) / 10,
    flags: relationshipFlagIds.map((flag) => {
      const entries = flagged.get(flag)!.sort((one, other) => byDate(one.on, other.on) || byName(one.row, other.row));
      return {
        flag,
        count: entries.length,
        relationships: entries.slice(0, dashboardFlagListLimit).map(({ row, on }) => ({ ...reference(row), on })),
      };
    }),
    deadlines: deadlines
      .sort(
        (one, other) =>
          one.deadline.on.localeCompare(other.deadline.on) ||
          (one.deadline.at?.getTime() ?? 0) - (other.deadline.at?.getTime() ?? 0) ||
          byName(one.row, other.row) ||
          one.deadline.deadline.localeCompare(other.deadline.deadline),
      )
      .map(({ row, deadline }) => ({
        ...reference(row),
        deadline: deadline.deadline,
        on: deadline.on,
        at: deadline.at?.toISOString() ?? null,
        subject: deadline.subject,
      })),
  };
}

/**
 * The register's read side: the relationship list with computed statuses, and the dashboard.
 * Statuses are computed on every read from the stored facts and the clock (decision 0016), for
 * all of an organisation's relationships in one pass: one query per table.
 */
export function createRegisterOverviewService(dependencies: RegisterDependencies) {
  const { database, now } = dependencies;

  return {
    /**
     * Relationships matching the query, a page at a time. Filters on compliance or a flag need
     * the status of every candidate; without them only the page's statuses are computed.
     */
    async listRelationships(
      actor: Actor,
      organisationId: string,
      query: RelationshipListQuery = {},
    ): Promise<RelationshipListResponse> {
      authorize(actor, organisationId, "register.read");
      const { q, compliance, flag, role, counterpartyId, page, pageSize } = relationshipListQuerySchema.parse(query);
      const moment = now();
      const filteredByStatus = compliance !== undefined || flag !== undefined;

      const { matching, loaded } = await withOrganisationScope(database, organisationId, async (transaction) => {
        const list = createRelationshipListDataAccess(transaction, organisationId);
        const filter = { search: q, role, counterpartyId };
        const rows = await list.list(filter);
        const needed = filteredByStatus ? rows : rows.slice((page - 1) * pageSize, page * pageSize);
        return {
          matching: rows,
          loaded: await createRegisterFactsDataAccess(transaction, organisationId).factsOf(needed, {
            allOfOrganisation: filteredByStatus && !list.narrows(filter),
          }),
        };
      });
      // Computed after the transaction: it holds the embedded engine's only connection.
      const statuses = new Map(loaded.map((entry) => [entry.relationshipId, relationshipStatus(entry.facts, moment)]));

      const candidates = filteredByStatus
        ? matching.filter((row) => {
            const status = statuses.get(row.id)!;
            return (
              (compliance === undefined || status.compliance === compliance) &&
              (flag === undefined || status.flags.some((raised) => raised.flag === flag))
            );
          })
        : matching;
      // Without a status filter the statuses computed are exactly those of this slice.
      const onPage = candidates.slice((page - 1) * pageSize, page * pageSize);
      return {
        items: onPage.map((row) =>
          presentRelationshipSummary(row, row.counterparty, presentRelationshipStatus(statuses.get(row.id)!)),
        ),
        total: candidates.length,
        page,
        pageSize,
      };
    },

    /** Counts per compliance state, coverage, flags and the deadlines of the coming 90 days. */
    async dashboard(actor: Actor, organisationId: string): Promise<Dashboard> {
      authorize(actor, organisationId, "register.read");
      const moment = now();
      const { listed, loaded } = await withOrganisationScope(database, organisationId, async (transaction) => {
        const rows = await createRelationshipListDataAccess(transaction, organisationId).list();
        const facts = createRegisterFactsDataAccess(transaction, organisationId);
        return { listed: rows, loaded: await facts.factsOf(rows, { allOfOrganisation: true }) };
      });
      // `factsOf` keeps the order of the rows it is given.
      return summarise(
        listed.map((row, index) => ({ row, status: relationshipStatus(loaded[index]!.facts, moment) })),
        moment,
      );
    },
  };
}
export type RegisterOverviewService = ReturnType<typeof createRegisterOverviewService>;
