import type { NotificationContent, ReminderKind, ReminderSubjectType } from "@art28/contract";
import {
  authorityNotificationDeadline,
  calendarDateOf,
  daysBetween,
  registerTimeZone,
  timeZoneOffsetMinutes,
  type AgreementFacts,
  type CalendarDate,
  type CertificationFacts,
  type RelationshipFacts,
} from "@art28/domain";
import { reminderContent, type ReminderTextDetails } from "./reminder-text.ts";

/** Days before an agreement's end date at which a reminder fires; each stage once. */
export const agreementExpiryStages = [90, 30, 7] as const;
/** Days before a certificate expires at which a reminder fires. */
export const certificationExpiryStages = [90, 30] as const;
/** Days before a review, an audit or an audit follow-up at which the "due" reminder fires. */
export const upcomingStages = [30] as const;
/** The breach reminder fires again when this many hours or fewer remain before the 72-hour deadline. */
export const breachFinalHours = 24;

const minuteInMilliseconds = 60 * 1000;
const hourInMilliseconds = 60 * minuteInMilliseconds;

/**
 * The moment without its seconds and milliseconds. Breach reminder keys use it: the app's forms
 * show and send moments to the minute, so saving a breach unchanged through a form may cut off
 * the seconds of a moment entered elsewhere (the API, the demo data). The same deadline must
 * keep the same key then, or its reminder would fire a second time.
 */
export function toMinute(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / minuteInMilliseconds) * minuteInMilliseconds);
}

/** A relationship as the reminders see it: its facts and the names its texts need. */
export interface ReminderRelationship {
  relationshipId: string;
  relationshipName: string;
  counterpartyName: string;
  facts: RelationshipFacts;
}

/** One reminder that is due now; `key` is the same at every sweep, so storing it once is enough. */
export interface DueReminder {
  /** Unique within the organisation: kind, record, the deadline itself and, ahead of a date, the stage. */
  key: string;
  kind: ReminderKind;
  relationshipId: string;
  subject: { type: ReminderSubjectType; id: string };
  /** The deadline: the start of the calendar day in the register's time zone, or the exact moment. */
  dueAt: Date;
  content: NotificationContent;
}

/** The moment a calendar day begins in `timeZone` (how the outbox stores a date as `due_at`). */
export function startOfDay(date: CalendarDate, timeZone: string = registerTimeZone): Date {
  const [year, month, day] = date.split("-").map(Number);
  const midnightAsUtc = Date.UTC(year!, month! - 1, day!);
  // Twice: the offset at the first guess may differ from the offset at the answer near a clock change.
  const guess = midnightAsUtc - timeZoneOffsetMinutes(new Date(midnightAsUtc), timeZone) * minuteInMilliseconds;
  return new Date(midnightAsUtc - timeZoneOffsetMinutes(new Date(guess), timeZone) * minuteInMilliseconds);
}

/**
 * The stage of a dated deadline today: the most urgent stage reached (e.g. 30 when 20 days are
 * left), `overdue` once the date has passed, or nothing while it is further away than every
 * stage. Only the most urgent stage fires, so a record entered late does not produce a burst of
 * reminders for stages that are already history.
 */
function stageOf(daysLeft: number, stages: readonly number[]): number | "overdue" | undefined {
  if (daysLeft < 0) return "overdue";
  const reached = stages.filter((stage) => daysLeft <= stage);
  return reached.length === 0 ? undefined : Math.min(...reached);
}

const signedStatuses: readonly AgreementFacts["status"][] = ["signed", "active"];

/** A certificate whose successor (same kind and holder, expiring later or never) is recorded: its expiry is no news. */
function isSucceeded(certification: CertificationFacts, all: readonly CertificationFacts[]): boolean {
  const holder = certification.holder.trim().toLowerCase();
  return all.some(
    (other) =>
      other.id !== certification.id &&
      other.kind === certification.kind &&
      other.holder.trim().toLowerCase() === holder &&
      (other.expiresOn === null || (certification.expiresOn !== null && other.expiresOn > certification.expiresOn)),
  );
}

/**
 * Every reminder that is due at `now` for the given relationships. Pure: the same facts and
 * clock give the same reminders with the same keys, which is what lets the sweep store each one
 * exactly once (`on conflict do nothing`). A changed date gives a new key, so a new reminder;
 * a breach deadline counts to the minute, so only a change of a minute or more is a new date.
 *
 * - Agreements (signed or active): ending within 90, 30 and 7 days; ended but still recorded
 *   as signed or active; review within 30 days and overdue.
 * - Audits not done: planned within 30 days and overdue; the same for their follow-up.
 * - Certificates without successor: expiring within 90 and 30 days, and expired.
 * - Breaches the authority must hear of and has not: the 72 hours started, 24 hours or less
 *   left, deadline missed.
 */
export function dueReminders(
  relationships: readonly ReminderRelationship[],
  now: Date,
  options: { timeZone?: string } = {},
): DueReminder[] {
  const timeZone = options.timeZone ?? registerTimeZone;
  const today = calendarDateOf(now, timeZone);
  const reminders: DueReminder[] = [];

  for (const relationship of relationships) {
    const names = { counterpartyName: relationship.counterpartyName, relationshipName: relationship.relationshipName };

    /** Adds the reminder of one dated deadline, if a stage is reached today. */
    const dated = (
      date: CalendarDate,
      stages: readonly number[],
      kinds: { ahead: ReminderKind; overdue: ReminderKind },
      subject: DueReminder["subject"],
      details: Partial<ReminderTextDetails> = {},
    ) => {
      const daysLeft = daysBetween(today, date);
      const stage = stageOf(daysLeft, stages);
      if (stage === undefined) return;
      const kind = stage === "overdue" ? kinds.overdue : kinds.ahead;
      reminders.push({
        key: stage === "overdue" ? `${kind}:${subject.id}:${date}` : `${kind}:${subject.id}:${date}:${stage}d`,
        kind,
        relationshipId: relationship.relationshipId,
        subject,
        dueAt: startOfDay(date, timeZone),
        content: reminderContent(kind, {
          ...names,
          ...details,
          date,
          ...(stage === "overdue" ? {} : { daysLeft }),
        }),
      });
    };

    for (const agreement of relationship.facts.agreements) {
      if (!signedStatuses.includes(agreement.status)) continue;
      const subject = { type: "agreement", id: agreement.id } as const;
      const details = { agreementKind: agreement.kind };
      if (agreement.endsOn !== null) {
        dated(
          agreement.endsOn,
          agreementExpiryStages,
          { ahead: "agreement_expiring", overdue: "agreement_expired" },
          subject,
          details,
        );
      }
      if (agreement.reviewOn !== null) {
        dated(agreement.reviewOn, upcomingStages, { ahead: "review_due", overdue: "review_overdue" }, subject, details);
      }
    }

    for (const audit of relationship.facts.audits) {
      const subject = { type: "audit", id: audit.id } as const;
      if (audit.doneOn === null && audit.plannedOn !== null) {
        dated(audit.plannedOn, upcomingStages, { ahead: "audit_due", overdue: "audit_overdue" }, subject);
      }
      if (audit.followUpDoneOn === null && audit.followUpDueOn !== null) {
        dated(
          audit.followUpDueOn,
          upcomingStages,
          { ahead: "audit_follow_up_due", overdue: "audit_follow_up_overdue" },
          subject,
        );
      }
    }

    const certifications = relationship.facts.certifications;
    for (const certification of certifications) {
      if (certification.expiresOn === null || isSucceeded(certification, certifications)) continue;
      dated(
        certification.expiresOn,
        certificationExpiryStages,
        { ahead: "certification_expiring", overdue: "certification_expired" },
        { type: "certification", id: certification.id },
        { certification: { kind: certification.kind, holder: certification.holder } },
      );
    }

    for (const breach of relationship.facts.breaches) {
      if (!breach.authorityNotificationRequired || breach.authorityNotifiedAt !== null) continue;
      // Not yet aware (or awareness recorded ahead of the clock): the 72 hours have not started.
      if (breach.controllerAwareAt === null || breach.controllerAwareAt.getTime() > now.getTime()) continue;
      const deadline = authorityNotificationDeadline(breach.controllerAwareAt);
      const left = deadline.getTime() - now.getTime();
      const kind: ReminderKind =
        left < 0
          ? "breach_deadline_missed"
          : left <= breachFinalHours * hourInMilliseconds
            ? "breach_deadline_approaching"
            : "breach_deadline_started";
      reminders.push({
        key: `${kind}:${breach.id}:${toMinute(deadline).toISOString()}`,
        kind,
        relationshipId: relationship.relationshipId,
        subject: { type: "breach", id: breach.id },
        dueAt: deadline,
        content: reminderContent(kind, { ...names, moment: deadline }),
      });
    }
  }

  // One order for every sweep, so concurrent sweeps insert in the same order and cannot deadlock.
  return reminders.sort((one, other) => (one.key < other.key ? -1 : one.key > other.key ? 1 : 0));
}
