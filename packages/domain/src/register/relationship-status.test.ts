import { describe, expect, it } from "vitest";
import type { RoleOutcome } from "../role-assessment/outcomes.ts";
import {
  relationshipStatus,
  requiredAgreementKind,
  type AgreementFacts,
  type RelationshipFacts,
  type RelationshipFlagId,
} from "./relationship-status.ts";

// Noon in Amsterdam on Sunday 1 June 2025; "today" is 2025-06-01.
const now = new Date("2025-06-01T10:00:00Z");

function activeProcessorAgreement(overrides: Partial<AgreementFacts> = {}): AgreementFacts {
  return {
    id: "agreement-1",
    kind: "processor_agreement",
    status: "active",
    effectiveOn: "2024-01-01",
    endsOn: null,
    reviewOn: null,
    latestCheck: { compliant: true, checkedAt: new Date("2024-01-02T09:00:00Z") },
    ...overrides,
  };
}

function facts(overrides: Partial<RelationshipFacts> = {}): RelationshipFacts {
  return {
    role: "processor",
    latestRoleAssessment: { outcome: "processor" },
    agreements: [activeProcessorAgreement()],
    certifications: [],
    audits: [],
    breaches: [],
    ...overrides,
  };
}

const flagIds = (input: RelationshipFacts, at: Date = now) =>
  relationshipStatus(input, at).flags.map((flag) => flag.flag);
const flagOf = (input: RelationshipFacts, id: RelationshipFlagId, at: Date = now) =>
  relationshipStatus(input, at).flags.find((flag) => flag.flag === id);

describe("required agreement", () => {
  it.each<[RoleOutcome | null, RoleOutcome | null, string | null]>([
    ["processor", null, "processor_agreement"],
    [null, "processor", "processor_agreement"],
    ["independent_controller", "processor", "processor_agreement"],
    ["processor", "joint_controllers", "processor_agreement"],
    ["joint_controllers", null, "art26_arrangement"],
    ["internal", null, "none_needed"],
    ["not_applicable", "undetermined", "none_needed"],
    ["undetermined", null, null],
    [null, null, null],
  ])("role %s with assessment %s needs %s", (role, assessed, required) => {
    expect(requiredAgreementKind({ role, latestRoleAssessment: assessed ? { outcome: assessed } : null })).toBe(
      required,
    );
  });
});

describe("compliance", () => {
  it("is compliant with an active, checked, compliant processor agreement, without flags", () => {
    const status = relationshipStatus(facts(), now);
    expect(status).toEqual({
      requiredAgreement: "processor_agreement",
      compliance: "compliant",
      flags: [],
      deadlines: [],
    });
  });

  it("is missing for a processor without agreement, with the missing_agreement flag", () => {
    const status = relationshipStatus(facts({ agreements: [] }), now);
    expect(status.compliance).toBe("missing");
    expect(status.flags).toEqual([{ flag: "missing_agreement", on: null, at: null, subject: null }]);
  });

  it("is missing when the role assessment says processor although the relationship says otherwise", () => {
    const input = facts({ role: "independent_controller", agreements: [] });
    expect(relationshipStatus(input, now).compliance).toBe("missing");
  });

  it.each(["draft", "negotiating", "ended"] as const)("counts a %s agreement as missing", (status) => {
    expect(flagIds(facts({ agreements: [activeProcessorAgreement({ status })] }))).toContain("missing_agreement");
  });

  it("counts an agreement of another kind as missing", () => {
    const input = facts({ agreements: [activeProcessorAgreement({ kind: "art26_arrangement" })] });
    expect(relationshipStatus(input, now).compliance).toBe("missing");
  });

  it("is incomplete, not missing, with a signed agreement not yet active", () => {
    const status = relationshipStatus(facts({ agreements: [activeProcessorAgreement({ status: "signed" })] }), now);
    expect(status.compliance).toBe("incomplete");
    expect(status.flags.map((flag) => flag.flag)).not.toContain("missing_agreement");
  });

  it("is incomplete with an active agreement whose effective date lies ahead", () => {
    const input = facts({ agreements: [activeProcessorAgreement({ effectiveOn: "2025-06-02" })] });
    expect(relationshipStatus(input, now).compliance).toBe("incomplete");
    const today = facts({ agreements: [activeProcessorAgreement({ effectiveOn: "2025-06-01" })] });
    expect(relationshipStatus(today, now).compliance).toBe("compliant");
  });

  it("is incomplete with an active agreement that was never checked, with check_missing", () => {
    const input = facts({ agreements: [activeProcessorAgreement({ latestCheck: null })] });
    const status = relationshipStatus(input, now);
    expect(status.compliance).toBe("incomplete");
    expect(status.flags).toEqual([
      { flag: "check_missing", on: null, at: null, subject: { type: "agreement", id: "agreement-1" } },
    ]);
  });

  it("is compliant for joint controllers with an active Art. 26 arrangement, which needs no check", () => {
    const input = facts({
      role: "joint_controllers",
      latestRoleAssessment: null,
      agreements: [activeProcessorAgreement({ kind: "art26_arrangement", latestCheck: null })],
    });
    const status = relationshipStatus(input, now);
    expect(status).toMatchObject({ requiredAgreement: "art26_arrangement", compliance: "compliant", flags: [] });
    expect(relationshipStatus({ ...input, agreements: [] }, now).compliance).toBe("missing");
  });

  it("is not_required for an independent controller, and never flags a missing agreement", () => {
    const input = facts({ role: "independent_controller", latestRoleAssessment: null, agreements: [] });
    expect(relationshipStatus(input, now)).toMatchObject({ compliance: "not_required", flags: [] });
  });

  it("is undetermined without a role", () => {
    const input = facts({ role: null, latestRoleAssessment: { outcome: "undetermined" }, agreements: [] });
    expect(relationshipStatus(input, now)).toMatchObject({
      requiredAgreement: null,
      compliance: "undetermined",
      flags: [],
    });
  });
});

describe("agreement flags", () => {
  it("flags an agreement ending in exactly 90 days as expiring, and not one ending in 91", () => {
    const in90 = facts({ agreements: [activeProcessorAgreement({ endsOn: "2025-08-30" })] });
    expect(flagOf(in90, "agreement_expiring")).toEqual({
      flag: "agreement_expiring",
      on: "2025-08-30",
      at: null,
      subject: { type: "agreement", id: "agreement-1" },
    });
    const in91 = facts({ agreements: [activeProcessorAgreement({ endsOn: "2025-08-31" })] });
    expect(flagIds(in91)).toEqual([]);
  });

  it("flags an agreement ending today as expiring and still counts it", () => {
    const input = facts({ agreements: [activeProcessorAgreement({ endsOn: "2025-06-01" })] });
    const status = relationshipStatus(input, now);
    expect(status.compliance).toBe("compliant");
    expect(status.flags.map((flag) => flag.flag)).toEqual(["agreement_expiring"]);
  });

  it("flags an agreement past its end date as expired and no longer counts it", () => {
    const input = facts({ agreements: [activeProcessorAgreement({ endsOn: "2025-05-31" })] });
    const status = relationshipStatus(input, now);
    expect(status.compliance).toBe("missing");
    expect(status.flags.map((flag) => [flag.flag, flag.on])).toEqual([
      ["missing_agreement", null],
      ["agreement_expired", "2025-05-31"],
    ]);
  });

  it("does not flag the end date of an ended agreement", () => {
    const input = facts({
      agreements: [
        activeProcessorAgreement(),
        activeProcessorAgreement({ id: "old", status: "ended", endsOn: "2025-06-15", reviewOn: "2024-01-01" }),
      ],
    });
    expect(flagIds(input)).toEqual([]);
  });

  it("flags a review date before today as overdue, not one due today", () => {
    const overdue = facts({ agreements: [activeProcessorAgreement({ reviewOn: "2025-05-31" })] });
    expect(flagOf(overdue, "review_overdue")?.on).toBe("2025-05-31");
    const dueToday = facts({ agreements: [activeProcessorAgreement({ reviewOn: "2025-06-01" })] });
    expect(flagIds(dueToday)).toEqual([]);
  });

  it("flags a failed check of an active agreement with the day of the check", () => {
    const input = facts({
      agreements: [
        activeProcessorAgreement({ latestCheck: { compliant: false, checkedAt: new Date("2025-05-20T23:30:00Z") } }),
      ],
    });
    const status = relationshipStatus(input, now);
    expect(status.compliance).toBe("incomplete");
    expect(status.flags).toEqual([
      { flag: "check_failed", on: "2025-05-21", at: null, subject: { type: "agreement", id: "agreement-1" } },
    ]);
  });

  it("does not flag the check of an agreement that is not active", () => {
    const failed = { compliant: false, checkedAt: new Date("2025-05-20T10:00:00Z") };
    const input = facts({ agreements: [activeProcessorAgreement({ status: "negotiating", latestCheck: failed })] });
    expect(flagIds(input)).toEqual(["missing_agreement"]);
  });
});

describe("audit flags", () => {
  const audit = { id: "audit-1", plannedOn: null, doneOn: null, followUpDueOn: null, followUpDoneOn: null };

  it("flags an audit planned before today and not done", () => {
    expect(flagOf(facts({ audits: [{ ...audit, plannedOn: "2025-05-31" }] }), "audit_overdue")).toEqual({
      flag: "audit_overdue",
      on: "2025-05-31",
      at: null,
      subject: { type: "audit", id: "audit-1" },
    });
    expect(flagIds(facts({ audits: [{ ...audit, plannedOn: "2025-06-01" }] }))).toEqual([]);
    expect(flagIds(facts({ audits: [{ ...audit, plannedOn: "2025-05-01", doneOn: "2025-05-03" }] }))).toEqual([]);
  });

  it("flags a follow-up due before today and not done", () => {
    const due = { ...audit, plannedOn: "2025-03-01", doneOn: "2025-03-01", followUpDueOn: "2025-05-01" };
    expect(flagOf(facts({ audits: [due] }), "audit_follow_up_overdue")?.on).toBe("2025-05-01");
    expect(flagIds(facts({ audits: [{ ...due, followUpDoneOn: "2025-04-28" }] }))).toEqual([]);
  });
});

describe("certification flags", () => {
  const certificate = {
    id: "cert-1",
    kind: "iso_27001" as const,
    holder: "Salarisdienst Noord B.V.",
    expiresOn: "2025-05-31",
  };

  it("flags a certificate that expired yesterday, not one that expires today", () => {
    expect(flagOf(facts({ certifications: [certificate] }), "certification_expired")).toEqual({
      flag: "certification_expired",
      on: "2025-05-31",
      at: null,
      subject: { type: "certification", id: "cert-1" },
    });
    expect(flagIds(facts({ certifications: [{ ...certificate, expiresOn: "2025-06-01" }] }))).toEqual([]);
    expect(flagIds(facts({ certifications: [{ ...certificate, expiresOn: null }] }))).toEqual([]);
  });

  it("does not flag an expired certificate that was renewed for the same holder", () => {
    const renewed = { ...certificate, id: "cert-2", holder: " salarisdienst noord b.v.", expiresOn: "2028-05-31" };
    expect(flagIds(facts({ certifications: [certificate, renewed] }))).toEqual([]);
    const otherKind = { ...renewed, kind: "nen_7510" as const };
    expect(flagIds(facts({ certifications: [certificate, otherKind] }))).toEqual(["certification_expired"]);
  });
});

describe("breach flags", () => {
  const breach = {
    id: "breach-1",
    controllerAwareAt: new Date("2025-05-30T10:00:00Z"),
    authorityNotificationRequired: true,
    authorityNotifiedAt: null,
  };
  const deadline = new Date("2025-06-02T10:00:00Z");

  it("runs while the 72 hours last, up to and including the deadline itself", () => {
    expect(flagOf(facts({ breaches: [breach] }), "breach_deadline_running")).toEqual({
      flag: "breach_deadline_running",
      on: "2025-06-02",
      at: deadline,
      subject: { type: "breach", id: "breach-1" },
    });
    expect(flagIds(facts({ breaches: [breach] }), deadline)).toEqual(["breach_deadline_running"]);
  });

  it("is missed one millisecond after the deadline while the authority is not notified", () => {
    const later = new Date(deadline.getTime() + 1);
    expect(flagOf(facts({ breaches: [breach] }), "breach_deadline_missed", later)).toMatchObject({ at: deadline });
    expect(flagIds(facts({ breaches: [breach] }), later)).toEqual(["breach_deadline_missed"]);
  });

  it("raises nothing once the authority is notified, when no notification is needed, or before the controller knows", () => {
    const later = new Date("2025-06-10T10:00:00Z");
    const notified = { ...breach, authorityNotifiedAt: new Date("2025-06-01T08:00:00Z") };
    expect(flagIds(facts({ breaches: [notified] }), later)).toEqual([]);
    expect(flagIds(facts({ breaches: [{ ...breach, authorityNotificationRequired: false }] }), later)).toEqual([]);
    expect(flagIds(facts({ breaches: [{ ...breach, controllerAwareAt: null }] }), later)).toEqual([]);
  });
});

describe("deadlines of the coming 90 days", () => {
  it("lists what falls from today up to 90 days ahead, in date order, and nothing beyond or before", () => {
    const input = facts({
      agreements: [activeProcessorAgreement({ endsOn: "2025-08-30", reviewOn: "2025-06-01" })],
      audits: [
        { id: "audit-1", plannedOn: "2025-07-01", doneOn: null, followUpDueOn: null, followUpDoneOn: null },
        { id: "audit-2", plannedOn: "2025-05-01", doneOn: null, followUpDueOn: "2025-09-01", followUpDoneOn: null },
      ],
      certifications: [{ id: "cert-1", kind: "soc_2", holder: "X", expiresOn: "2025-06-20" }],
      breaches: [
        {
          id: "breach-1",
          controllerAwareAt: new Date("2025-05-31T23:00:00Z"),
          authorityNotificationRequired: true,
          authorityNotifiedAt: null,
        },
      ],
    });
    const deadlines = relationshipStatus(input, now).deadlines;
    expect(deadlines.map((deadline) => [deadline.deadline, deadline.on, deadline.subject.id])).toEqual([
      ["agreement_review", "2025-06-01", "agreement-1"],
      // 23:00 UTC is 01:00 the next day in Amsterdam.
      ["breach_authority_notification", "2025-06-04", "breach-1"],
      ["certification_expiry", "2025-06-20", "cert-1"],
      ["audit", "2025-07-01", "audit-1"],
      ["agreement_end", "2025-08-30", "agreement-1"],
    ]);
    expect(deadlines[1]!.at).toEqual(new Date("2025-06-03T23:00:00Z"));
    const wider = relationshipStatus(input, now, { withinDays: 120 }).deadlines.map((deadline) => deadline.deadline);
    expect(wider).toContain("audit_follow_up");
  });

  it("orders flags with undated ones first", () => {
    const input = facts({
      agreements: [activeProcessorAgreement({ endsOn: "2025-05-01", reviewOn: "2025-04-01" })],
    });
    expect(flagIds(input)).toEqual(["missing_agreement", "review_overdue", "agreement_expired"]);
  });
});
