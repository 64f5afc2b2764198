import type { RelationshipListQuery } from "@art28/contract";
import {
  complianceStates,
  relationshipFlagIds,
  roleOutcomes,
  type ComplianceState,
  type RelationshipFlagId,
  type RoleOutcome,
} from "@art28/domain";
import { routePath, routes } from "../paths.ts";

/** The filters of the register list as they live in the page address, so links and Back work. */
export interface RelationshipFilters {
  q: string;
  compliance: ComplianceState | undefined;
  flag: RelationshipFlagId | undefined;
  role: RoleOutcome | undefined;
  page: number;
}

/** Dutch parameter names in the address, like the paths; the values are the API's stable keys. */
export const filterParameters = {
  q: "zoek",
  compliance: "naleving",
  flag: "signaal",
  role: "rol",
  page: "pagina",
} as const satisfies Record<keyof RelationshipFilters, string>;

/** Relationships per page of the list. */
export const relationshipPageSize = 25;

export const emptyFilters: RelationshipFilters = {
  q: "",
  compliance: undefined,
  flag: undefined,
  role: undefined,
  page: 1,
};

function oneOf<Value extends string>(values: readonly Value[], text: string | null): Value | undefined {
  return text !== null && (values as readonly string[]).includes(text) ? (text as Value) : undefined;
}

/**
 * Reads the filters from the address. Unknown values are dropped instead of reported: an old
 * bookmark or a mistyped link should still show the register.
 */
export function filtersFromSearch(search: URLSearchParams): RelationshipFilters {
  const page = Number.parseInt(search.get(filterParameters.page) ?? "", 10);
  return {
    q: (search.get(filterParameters.q) ?? "").trim().slice(0, 200),
    compliance: oneOf(complianceStates, search.get(filterParameters.compliance)),
    flag: oneOf(relationshipFlagIds, search.get(filterParameters.flag)),
    role: oneOf(roleOutcomes, search.get(filterParameters.role)),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address query for the filters (`?naleving=missing`), leaving out what is empty or the default. */
export function searchOfFilters(filters: Partial<RelationshipFilters>): string {
  const search = new URLSearchParams();
  if (filters.q?.trim()) search.set(filterParameters.q, filters.q.trim());
  if (filters.compliance) search.set(filterParameters.compliance, filters.compliance);
  if (filters.flag) search.set(filterParameters.flag, filters.flag);
  if (filters.role) search.set(filterParameters.role, filters.role);
  if (filters.page !== undefined && filters.page > 1) search.set(filterParameters.page, String(filters.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The register list of an organisation with these filters, e.g. for a count on the dashboard. */
export function relationshipListPath(organisationId: string, filters: Partial<RelationshipFilters> = {}): string {
  return `${routePath(routes.relationships, { organisationId })}${searchOfFilters(filters)}`;
}

/** The API query for the filters. */
export function apiQueryOf(
  filters: RelationshipFilters,
  pageSize: number = relationshipPageSize,
): RelationshipListQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.compliance ? { compliance: filters.compliance } : {}),
    ...(filters.flag ? { flag: filters.flag } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    page: filters.page,
    pageSize,
  };
}

/** Whether any filter narrows the list (the page number does not). */
export function isFiltered(filters: RelationshipFilters): boolean {
  return Boolean(filters.q || filters.compliance || filters.flag || filters.role);
}
