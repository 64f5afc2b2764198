import { describe, expect, it } from "vitest";
import {
  apiQueryOf,
  emptyFilters,
  filtersFromSearch,
  isFiltered,
  relationshipListPath,
  searchOfFilters,
} from "./list-filters.ts";

describe("register list filters in the address", () => {
  it("reads known filters and drops unknown values instead of failing", () => {
    const filters = filtersFromSearch(
      new URLSearchParams("zoek=%20salaris%20&naleving=missing&signaal=bogus&rol=processor&pagina=3"),
    );
    expect(filters).toEqual({ q: "salaris", compliance: "missing", flag: undefined, role: "processor", page: 3 });
    expect(filtersFromSearch(new URLSearchParams("pagina=-2")).page).toBe(1);
    expect(filtersFromSearch(new URLSearchParams("pagina=abc")).page).toBe(1);
  });

  it("writes only what narrows the list, so a plain register link stays plain", () => {
    expect(searchOfFilters(emptyFilters)).toBe("");
    expect(searchOfFilters({ compliance: "missing", page: 1 })).toBe("?naleving=missing");
    expect(searchOfFilters({ q: "a b", flag: "audit_overdue", page: 2 })).toBe(
      "?zoek=a+b&signaal=audit_overdue&pagina=2",
    );
  });

  it("survives a round trip through the address", () => {
    const filters = {
      q: "Noord",
      compliance: "incomplete",
      flag: "review_overdue",
      role: "processor",
      page: 4,
    } as const;
    expect(filtersFromSearch(new URLSearchParams(searchOfFilters(filters)))).toEqual(filters);
  });

  it("links to the register of an organisation with filters", () => {
    expect(relationshipListPath("org-1", { flag: "check_missing" })).toBe(
      "/organisaties/org-1/register?signaal=check_missing",
    );
  });

  it("asks the API for the same filters and the page", () => {
    expect(apiQueryOf({ ...emptyFilters, compliance: "compliant", page: 2 }, 10)).toEqual({
      compliance: "compliant",
      page: 2,
      pageSize: 10,
    });
  });

  it("knows when a list is filtered", () => {
    expect(isFiltered({ ...emptyFilters, page: 5 })).toBe(false);
    expect(isFiltered({ ...emptyFilters, role: "internal" })).toBe(true);
  });
});
