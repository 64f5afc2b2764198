import { describe, expect, it } from "vitest";
import { dueLabelKey, formatDue, notificationText } from "./notification-view.ts";

describe("how a notification is shown", () => {
  it("writes a calendar deadline out in Dutch or English, on its own date", () => {
    const expiring = { kind: "agreement_expiring" as const, dueAt: "2027-03-30T22:00:00.000Z", dueOn: "2027-03-31" };
    expect(formatDue("nl", expiring)).toBe("31 maart 2027");
    expect(formatDue("en", expiring)).toBe("31 March 2027");
  });

  it("gives a breach deadline its time of day in Dutch time, also across the change to winter time", () => {
    // 72 hours after 24 October 2026 12:30 (summer time) is 27 October 11:30 winter time.
    const breach = { kind: "breach_deadline_started" as const, dueAt: "2026-10-27T10:30:00.000Z", dueOn: "2026-10-27" };
    expect(formatDue("nl", breach)).toBe("27 oktober 2026 om 11:30");
    expect(formatDue("en", breach)).toBe("27 October 2026 at 11:30");
  });

  it("says 'passed' for the overdue, expired and missed kinds only", () => {
    expect(dueLabelKey({ kind: "review_overdue" })).toBe("tools.notifications.duePassed");
    expect(dueLabelKey({ kind: "certification_expired" })).toBe("tools.notifications.duePassed");
    expect(dueLabelKey({ kind: "breach_deadline_missed" })).toBe("tools.notifications.duePassed");
    expect(dueLabelKey({ kind: "audit_due" })).toBe("tools.notifications.due");
    expect(dueLabelKey({ kind: "breach_deadline_approaching" })).toBe("tools.notifications.due");
  });

  it("takes subject and body in the interface language", () => {
    const content = {
      nl: { subject: "Overeenkomst loopt af", body: "Verleng op tijd." },
      en: { subject: "Agreement ends", body: "Renew in time." },
    };
    expect(notificationText({ content }, "en")).toEqual({ subject: "Agreement ends", body: "Renew in time." });
  });
});
