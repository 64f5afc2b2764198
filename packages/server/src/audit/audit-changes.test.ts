import { describe, expect, it } from "vitest";
import { changedFields, snapshotOf } from "./audit-changes.ts";

describe("changedFields", () => {
  const before = { name: "Hosting", endsOn: "2027-01-31" as string | null, purposes: ["a"], updatedAt: new Date(1) };

  it("lists only the fields that differ, with both values", () => {
    const after = { ...before, endsOn: "2028-01-31", updatedAt: new Date(2) };
    expect(changedFields(before, after, ["name", "endsOn", "purposes"])).toEqual({
      endsOn: { from: "2027-01-31", to: "2028-01-31" },
    });
  });

  it("compares arrays by content and treats undefined as null", () => {
    const after = { ...before, purposes: ["a", "b"], endsOn: null };
    expect(changedFields(before, after, ["purposes", "endsOn"])).toEqual({
      purposes: { from: ["a"], to: ["a", "b"] },
      endsOn: { from: "2027-01-31", to: null },
    });
    expect(changedFields(before, { ...before, purposes: ["a"] }, ["purposes"])).toEqual({});
  });

  it("compares dates by moment", () => {
    const earlier = { at: new Date("2026-01-01T00:00:00Z") };
    expect(changedFields(earlier, { at: new Date("2026-01-01T00:00:00Z") }, ["at"])).toEqual({});
    expect(Object.keys(changedFields(earlier, { at: new Date("2026-01-02T00:00:00Z") }, ["at"]))).toEqual(["at"]);
  });
});

describe("snapshotOf", () => {
  it("keeps the named fields only, with null for missing values", () => {
    expect(snapshotOf({ name: "x", secret: "y", note: undefined as string | undefined }, ["name", "note"])).toEqual({
      name: "x",
      note: null,
    });
  });
});
