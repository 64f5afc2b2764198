import type { EmailStatus, Locale, NotificationView, ReminderKind } from "@art28/contract";
import type { MessageKey } from "../i18n/messages.ts";
import { formatCalendarDate, formatMoment } from "../register/register-time.ts";

// Breach deadlines run to the hour (72 elapsed hours); every other deadline is a calendar date.
const momentKinds: ReadonlySet<ReminderKind> = new Set([
  "breach_deadline_started",
  "breach_deadline_approaching",
  "breach_deadline_missed",
]);

/**
 * The deadline as people read it: "31 maart 2027", or with the time for a breach's 72-hour
 * deadline ("24 november 2026 om 14:30"), in the register's time zone.
 */
export function formatDue(locale: Locale, notification: Pick<NotificationView, "kind" | "dueAt" | "dueOn">): string {
  return momentKinds.has(notification.kind)
    ? formatMoment(locale, notification.dueAt)
    : formatCalendarDate(locale, notification.dueOn);
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
