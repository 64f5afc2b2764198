import type { Dashboard } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  axisMaximum,
  complianceCounts,
  complianceSegments,
  dashboardToday,
  deadlineWeeks,
  flagBars,
} from "./dashboard-view.ts";

const relationship = {
  relationshipId: "0b8f0a4e-8f5d-4f9e-9a51-3c1f9f3f2a10",
  relationshipName: "Salarisadministratie",
  counterpartyName: "Salarisdienst Noord B.V.",
};

describe("dashboard charts", () => {
  it("stacks the compliance counts worst first, with shares adding up to the whole bar", () => {
    const segments = complianceSegments({ compliant: 6, missing: 2, incomplete: 2, not_required: 0, undetermined: 0 });
    expect(segments.map((segment) => segment.state)).toEqual([
      "missing",
      "incomplete",
      "compliant",
      "not_required",
      "undetermined",
    ]);
    expect(segments[0]).toEqual({ state: "missing", count: 2, share: 0.2, start: 0 });
    expect(segments[2]).toMatchObject({ count: 6, share: 0.6, start: 0.4 });
    expect(complianceSegments({}).every((segment) => segment.share === 0)).toBe(true);
    expect(complianceCounts({ missing: 3 })).toContainEqual({ state: "compliant", count: 0 });
  });

  it("shows the flags that are on, most frequent first, relative to the longest", () => {
    const bars = flagBars([
      { flag: "missing_agreement", count: 2, relationships: [] },
      { flag: "review_overdue", count: 0, relationships: [] },
      { flag: "audit_overdue", count: 4, relationships: [] },
      { flag: "check_missing", count: 2, relationships: [] },
    ]);
    expect(bars).toEqual([
      { flag: "audit_overdue", count: 4, length: 1 },
      { flag: "missing_agreement", count: 2, length: 0.5 },
      { flag: "check_missing", count: 2, length: 0.5 },
    ]);
  });

  it("counts deadlines per week from today up to day 90, breach notifications apart", () => {
    const deadlines: Dashboard["deadlines"] = [
      {
        ...relationship,
        deadline: "agreement_end",
        on: "2026-11-22",
        at: null,
        subject: { type: "agreement", id: relationship.relationshipId },
      },
      {
        ...relationship,
        deadline: "breach_authority_notification",
        on: "2026-11-28",
        at: "2026-11-28T09:00:00.000Z",
        subject: { type: "breach", id: relationship.relationshipId },
      },
      {
        ...relationship,
        deadline: "audit",
        on: "2026-11-29",
        at: null,
        subject: { type: "audit", id: relationship.relationshipId },
      },
      {
        ...relationship,
        deadline: "audit",
        on: "2027-02-20",
        at: null,
        subject: { type: "audit", id: relationship.relationshipId },
      },
      {
        ...relationship,
        deadline: "audit",
        on: "2027-02-21",
        at: null,
        subject: { type: "audit", id: relationship.relationshipId },
      },
    ];
    const weeks = deadlineWeeks(deadlines, "2026-11-22");
    expect(weeks).toHaveLength(13);
    expect(weeks[0]).toEqual({ from: "2026-11-22", to: "2026-11-28", count: 2, urgent: 1 });
    expect(weeks[1]).toMatchObject({ from: "2026-11-29", count: 1, urgent: 0 });
    // Day 90 is 20 February 2027, the last day of the last (short) week; the day after is out.
    expect(weeks[12]).toEqual({ from: "2027-02-14", to: "2027-02-20", count: 1, urgent: 0 });
  });

  it("takes today in Amsterdam and rounds axes up", () => {
    expect(dashboardToday({ generatedAt: "2026-11-22T23:30:00.000Z" })).toBe("2026-11-23");
    expect([0, 1, 3, 7, 12, 48, 101].map(axisMaximum)).toEqual([1, 1, 5, 10, 20, 50, 200]);
  });
});
