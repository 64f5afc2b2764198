import type { AgreementFacts, AuditFacts, BreachFacts, CertificationFacts, RelationshipFacts } from "@art28/domain";
import { describe, expect, it } from "vitest";
import { dueReminders, startOfDay, type ReminderRelationship } from "./due-reminders.ts";

/** Monday 2 March 2026, 10:00 in Amsterdam (CET). */
const now = new Date("2026-03-02T09:00:00Z");

const agreementId = "00000000-0000-4000-8000-00000000000a";
const certificationId = "00000000-0000-4000-8000-00000000000c";
const auditId = "00000000-0000-4000-8000-0000000000ad";
const breachId = "00000000-0000-4000-8000-0000000000b1";

function relationship(facts: Partial<RelationshipFacts>): ReminderRelationship {
  return {
    relationshipId: "00000000-0000-4000-8000-000000000001",
    relationshipName: "Salarisadministratie",
    counterpartyName: "Salarisdienst Oost B.V.",
    facts: {
      role: "processor",
      latestRoleAssessment: null,
      agreements: [],
      certifications: [],
      audits: [],
      breaches: [],
      ...facts,
    },
  };
}

function agreement(values: Partial<AgreementFacts>): AgreementFacts {
  return {
    id: agreementId,
    kind: "processor_agreement",
    status: "active",
    effectiveOn: "2024-01-01",
    endsOn: null,
    reviewOn: null,
    latestCheck: null,
    ...values,
  };
}

function certification(values: Partial<CertificationFacts>): CertificationFacts {
  return { id: certificationId, kind: "iso_27001", holder: "Salarisdienst Oost B.V.", expiresOn: null, ...values };
}

function audit(values: Partial<AuditFacts>): AuditFacts {
  return { id: auditId, plannedOn: null, doneOn: null, followUpDueOn: null, followUpDoneOn: null, ...values };
}

function breach(values: Partial<BreachFacts>): BreachFacts {
  return {
    id: breachId,
    controllerAwareAt: null,
    authorityNotificationRequired: true,
    authorityNotifiedAt: null,
    ...values,
  };
}

const keysOf = (facts: Partial<RelationshipFacts>, at: Date = now) =>
  dueReminders([relationship(facts)], at).map((reminder) => reminder.key);

describe("startOfDay", () => {
  it("is midnight in Amsterdam, in winter and in summer time, also on the days the clock changes", () => {
    expect(startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2025-10-26").toISOString()).toBe("2025-10-25T22:00:00.000Z");
  });
});

describe("agreement end date", () => {
  it("reminds at 90, 30 and 7 days ahead, each stage with its own key, and once the date has passed", () => {
    const endsIn = (days: number) => {
      const date = new Date(Date.UTC(2026, 2, 2 + days)).toISOString().slice(0, 10);
      return keysOf({ agreements: [agreement({ endsOn: date })] });
    };
    expect(endsIn(91)).toEqual([]);
    expect(endsIn(90)).toEqual([`agreement_expiring:${agreementId}:2026-05-31:90d`]);
    expect(endsIn(31)).toEqual([`agreement_expiring:${agreementId}:2026-04-02:90d`]);
    expect(endsIn(30)).toEqual([`agreement_expiring:${agreementId}:2026-04-01:30d`]);
    expect(endsIn(8)).toEqual([`agreement_expiring:${agreementId}:2026-03-10:30d`]);
    expect(endsIn(7)).toEqual([`agreement_expiring:${agreementId}:2026-03-09:7d`]);
    expect(endsIn(0)).toEqual([`agreement_expiring:${agreementId}:2026-03-02:7d`]);
    expect(endsIn(-1)).toEqual([`agreement_expired:${agreementId}:2026-03-01`]);
  });

  it("gives a new key when the end date changes", () => {
    const before = keysOf({ agreements: [agreement({ endsOn: "2026-03-20" })] });
    const after = keysOf({ agreements: [agreement({ endsOn: "2026-03-27" })] });
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });

  it("ignores drafts, agreements in negotiation and ended agreements", () => {
    for (const status of ["draft", "negotiating", "ended"] as const) {
      expect(keysOf({ agreements: [agreement({ status, endsOn: "2026-03-05", reviewOn: "2026-01-01" })] })).toEqual([]);
    }
  });

  it("counts days from today in Amsterdam: at 00:30 Dutch time it is already the next day", () => {
    // 1 March 2026 23:30 UTC is 2 March 00:30 in Amsterdam: 30 days before 1 April.
    const lateEvening = new Date("2026-03-01T23:30:00Z");
    expect(keysOf({ agreements: [agreement({ endsOn: "2026-04-01" })] }, lateEvening)).toEqual([
      `agreement_expiring:${agreementId}:2026-04-01:30d`,
    ]);
  });

  it("names the counterparty, the relationship and the date in Dutch and English, and stores the date as its start in Amsterdam", () => {
    const [reminder] = dueReminders([relationship({ agreements: [agreement({ endsOn: "2026-03-22" })] })], now);
    expect(reminder).toMatchObject({
      kind: "agreement_expiring",
      subject: { type: "agreement", id: agreementId },
      dueAt: new Date("2026-03-21T23:00:00Z"),
    });
    expect(reminder!.content.nl.subject).toBe(
      "Verwerkersovereenkomst met Salarisdienst Oost B.V. loopt af op 22 maart 2026",
    );
    expect(reminder!.content.nl.body).toContain("'Salarisadministratie'");
    expect(reminder!.content.nl.body).toContain("over 20 dagen");
    expect(reminder!.content.en.subject).toBe("Processor agreement with Salarisdienst Oost B.V. ends on 22 March 2026");
    expect(reminder!.content.en.body).toContain("in 20 days");
  });
});

describe("agreement review", () => {
  it("reminds 30 days ahead and when overdue", () => {
    expect(keysOf({ agreements: [agreement({ reviewOn: "2026-04-02" })] })).toEqual([]);
    expect(keysOf({ agreements: [agreement({ reviewOn: "2026-04-01" })] })).toEqual([
      `review_due:${agreementId}:2026-04-01:30d`,
    ]);
    expect(keysOf({ agreements: [agreement({ reviewOn: "2026-02-01" })] })).toEqual([
      `review_overdue:${agreementId}:2026-02-01`,
    ]);
  });
});

describe("audits", () => {
  it("remind of a planned audit and its follow-up until they are done", () => {
    expect(keysOf({ audits: [audit({ plannedOn: "2026-03-15" })] })).toEqual([`audit_due:${auditId}:2026-03-15:30d`]);
    expect(keysOf({ audits: [audit({ plannedOn: "2026-02-15" })] })).toEqual([`audit_overdue:${auditId}:2026-02-15`]);
    expect(keysOf({ audits: [audit({ plannedOn: "2026-02-15", doneOn: "2026-02-16" })] })).toEqual([]);
    expect(
      keysOf({ audits: [audit({ plannedOn: "2026-01-10", doneOn: "2026-01-10", followUpDueOn: "2026-02-27" })] }),
    ).toEqual([`audit_follow_up_overdue:${auditId}:2026-02-27`]);
    expect(keysOf({ audits: [audit({ doneOn: "2026-01-10", followUpDueOn: "2026-03-31" })] })).toEqual([
      `audit_follow_up_due:${auditId}:2026-03-31:30d`,
    ]);
    expect(
      keysOf({ audits: [audit({ doneOn: "2026-01-10", followUpDueOn: "2026-02-27", followUpDoneOn: "2026-02-26" })] }),
    ).toEqual([]);
  });
});

describe("certifications", () => {
  it("remind at 90 and 30 days ahead and when expired", () => {
    expect(keysOf({ certifications: [certification({ expiresOn: "2026-05-31" })] })).toEqual([
      `certification_expiring:${certificationId}:2026-05-31:90d`,
    ]);
    expect(keysOf({ certifications: [certification({ expiresOn: "2026-03-31" })] })).toEqual([
      `certification_expiring:${certificationId}:2026-03-31:30d`,
    ]);
    expect(keysOf({ certifications: [certification({ expiresOn: "2026-02-28" })] })).toEqual([
      `certification_expired:${certificationId}:2026-02-28`,
    ]);
  });

  it("stay silent about a certificate whose successor of the same kind and holder is recorded", () => {
    const renewed = certification({
      id: "00000000-0000-4000-8000-0000000000c2",
      holder: " salarisdienst oost b.v.",
      expiresOn: "2029-02-28",
    });
    expect(keysOf({ certifications: [certification({ expiresOn: "2026-02-28" }), renewed] })).toEqual([]);
    const otherKind = { ...renewed, kind: "nen_7510" as const };
    expect(keysOf({ certifications: [certification({ expiresOn: "2026-02-28" }), otherKind] })).toHaveLength(1);
  });

  it("name the certificate and its holder", () => {
    const [reminder] = dueReminders(
      [relationship({ certifications: [certification({ expiresOn: "2026-03-31" })] })],
      now,
    );
    expect(reminder!.content.nl.subject).toBe(
      "Certificaat ISO/IEC 27001 van Salarisdienst Oost B.V. verloopt op 31 maart 2026",
    );
    expect(reminder!.content.en.subject).toBe(
      "ISO/IEC 27001 certificate of Salarisdienst Oost B.V. expires on 31 March 2026",
    );
  });
});

describe("breach notification deadline", () => {
  const awareAt = new Date("2026-03-02T06:00:00Z");
  const deadline = "2026-03-05T06:00:00.000Z";
  const keysAt = (at: Date, values: Partial<BreachFacts> = {}) =>
    keysOf({ breaches: [breach({ controllerAwareAt: awareAt, ...values })] }, at);

  it("reminds when the 72 hours start, when 24 hours or less remain, and when the deadline is missed", () => {
    expect(keysAt(new Date("2026-03-02T06:00:00Z"))).toEqual([`breach_deadline_started:${breachId}:${deadline}`]);
    expect(keysAt(new Date("2026-03-04T05:59:59Z"))).toEqual([`breach_deadline_started:${breachId}:${deadline}`]);
    expect(keysAt(new Date("2026-03-04T06:00:00Z"))).toEqual([`breach_deadline_approaching:${breachId}:${deadline}`]);
    expect(keysAt(new Date("2026-03-05T06:00:00Z"))).toEqual([`breach_deadline_approaching:${breachId}:${deadline}`]);
    expect(keysAt(new Date("2026-03-05T06:00:01Z"))).toEqual([`breach_deadline_missed:${breachId}:${deadline}`]);
  });

  it("keeps the key when the moment loses its seconds (a form works in minutes), and changes it for another minute", () => {
    const at = new Date("2026-03-03T12:00:00Z");
    const precise = keysAt(at, { controllerAwareAt: new Date("2026-03-02T06:00:42.517Z") });
    const cutToTheMinute = keysAt(at, { controllerAwareAt: new Date("2026-03-02T06:00:00Z") });
    expect(precise).toEqual([`breach_deadline_started:${breachId}:${deadline}`]);
    expect(cutToTheMinute).toEqual(precise);
    expect(keysAt(at, { controllerAwareAt: new Date("2026-03-02T06:01:00Z") })).toEqual([
      `breach_deadline_started:${breachId}:2026-03-05T06:01:00.000Z`,
    ]);
  });

  it("stays silent when the authority was notified, need not be, or the controller is not aware yet", () => {
    const later = new Date("2026-03-04T12:00:00Z");
    expect(keysAt(later, { authorityNotifiedAt: new Date("2026-03-03T10:00:00Z") })).toEqual([]);
    expect(keysAt(later, { authorityNotificationRequired: false })).toEqual([]);
    expect(keysAt(later, { controllerAwareAt: null })).toEqual([]);
    expect(keysAt(new Date("2026-03-02T05:00:00Z"))).toEqual([]);
  });

  it("counts 72 elapsed hours across the end of summer time (last Sunday of October)", () => {
    // Friday 24 October 2025, 10:00 summer time in Amsterdam; the clocks go back on Sunday 26 October.
    const aware = new Date("2025-10-24T08:00:00Z");
    const reminders = (at: Date) =>
      dueReminders([relationship({ breaches: [breach({ controllerAwareAt: aware })] })], at);
    const [started] = reminders(new Date("2025-10-24T09:00:00Z"));
    expect(started!.dueAt.toISOString()).toBe("2025-10-27T08:00:00.000Z");
    // 72 hours later the wall clock shows 09:00, not 10:00.
    expect(started!.content.nl.subject).toBe(
      "Datalek bij Salarisdienst Oost B.V.: meld uiterlijk 27 oktober 2025 om 09:00",
    );
    expect(started!.content.en.body).toContain("by 27 October 2025 at 09:00 (Amsterdam time)");
    expect(reminders(new Date("2025-10-26T07:59:59Z"))[0]!.kind).toBe("breach_deadline_started");
    expect(reminders(new Date("2025-10-26T08:00:00Z"))[0]!.kind).toBe("breach_deadline_approaching");
  });

  it("counts 72 elapsed hours across the start of summer time (last Sunday of March)", () => {
    // Friday 27 March 2026, 10:00 winter time; the clocks go forward on Sunday 29 March.
    const aware = new Date("2026-03-27T09:00:00Z");
    const [reminder] = dueReminders(
      [relationship({ breaches: [breach({ controllerAwareAt: aware })] })],
      new Date("2026-03-27T10:00:00Z"),
    );
    expect(reminder!.dueAt.toISOString()).toBe("2026-03-30T09:00:00.000Z");
    expect(reminder!.content.nl.body).toContain("uiterlijk 30 maart 2026 om 11:00");
  });
});

describe("the whole register", () => {
  it("gives the same reminders, in the same order, at every sweep", () => {
    const facts: Partial<RelationshipFacts> = {
      agreements: [agreement({ endsOn: "2026-03-20", reviewOn: "2026-02-01" })],
      certifications: [certification({ expiresOn: "2026-02-28" })],
      audits: [audit({ plannedOn: "2026-03-10" })],
      breaches: [breach({ controllerAwareAt: new Date("2026-03-01T12:00:00Z") })],
    };
    const first = dueReminders([relationship(facts)], now);
    expect(first.map((reminder) => reminder.kind).sort()).toEqual([
      "agreement_expiring",
      "audit_due",
      "breach_deadline_started",
      "certification_expired",
      "review_overdue",
    ]);
    expect(dueReminders([relationship(facts)], now)).toEqual(first);
    const keys = first.map((reminder) => reminder.key);
    expect(keys).toEqual([...keys].sort());
  });
});
