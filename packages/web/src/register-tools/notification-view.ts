import type { EmailStatus, Locale, NotificationView, ReminderKind } from "@art28/contract";
import type { MessageKey } from "../i18n/messages.ts";

const amsterdam = "Europe/Amsterdam";

// Breach deadlines run to the hour (72 elapsed hours); every other deadline is a calendar date.
const momentKinds: ReadonlySet<ReminderKind> = new Set([
  "breach_deadline_started",
  "breach_deadline_approaching",
  "breach_deadline_missed",
]);

/**
 * The deadline as people read it: "31 maart 2027", or with the time for a breach's 72-hour
 * deadline ("24 november 2026 om 14:30"), always in Dutch time.
 */
export function formatDue(notification: Pick<NotificationView, "kind" | "dueAt" | "dueOn">, locale: Locale): string {
  if (momentKinds.has(notification.kind)) {
    return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: amsterdam,
    }).format(new Date(notification.dueAt));
  }
  return formatCalendarDate(notification.dueOn, locale);
}

/** A `YYYY-MM-DD` date written out ("31 maart 2027"); the date itself, whatever the browser's time zone. */
export function formatCalendarDate(date: string, locale: Locale): string {
  // Noon UTC is the same calendar day in every time zone the formatter could apply.
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** A moment with date and time in Dutch time, e.g. when an e-mail was sent. */
export function formatMoment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: amsterdam,
  }).format(new Date(iso));
}

/** Subject and body in the interface language; the server fixed both languages when the reminder fired. */
export function notificationText(notification: Pick<NotificationView, "content">, locale: Locale) {
  return notification.content[locale];
}

/** The label of the deadline line: a deadline ahead is "due", one that passed is "was due". */
export function dueLabelKey(notification: Pick<NotificationView, "kind">): MessageKey {
  return notification.kind.endsWith("_expired") ||
    notification.kind.endsWith("_overdue") ||
    notification.kind === "breach_deadline_missed"
    ? "tools.notifications.duePassed"
    : "tools.notifications.due";
}

/** The e-mail status in words. */
export const emailStatusKeys: Record<EmailStatus, MessageKey> = {
  not_configured: "tools.outbox.status.not_configured",
  pending: "tools.outbox.status.pending",
  sent: "tools.outbox.status.sent",
  failed: "tools.outbox.status.failed",
};

/** Pages of a paged list: 1 when empty. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
