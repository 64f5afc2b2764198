import type {
  NotificationListFilter,
  NotificationListResponse,
  NotificationView,
  OutboxFilter,
  OutboxItem,
  OutboxResponse,
  UnreadCountResponse,
} from "@art28/contract";
import { calendarDateOf } from "@art28/domain";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createNotificationDataAccess, type NotificationRecord } from "../data-access/notifications.ts";
import { AppError } from "../errors.ts";
import { sendPendingEmails, type Mailer, type SendResult } from "../reminders/email-sender.ts";
import { sweepReminders, type SweepResult } from "../reminders/sweep.ts";
import { authorize, type Actor } from "./authorization.ts";
import type { RegisterDependencies } from "./register-dependencies.ts";

/** Presenter: a notification as every member sees it. */
export function presentNotification(record: NotificationRecord): NotificationView {
  return {
    id: record.id,
    kind: record.kind,
    relationshipId: record.relationshipId,
    subject: { type: record.entityType, id: record.entityId },
    dueAt: record.dueAt.toISOString(),
    dueOn: calendarDateOf(record.dueAt),
    content: record.content,
    createdAt: record.createdAt.toISOString(),
    read: record.readAt !== null,
    readAt: record.readAt?.toISOString() ?? null,
    emailStatus: record.emailStatus,
  };
}

function presentOutboxItem(record: NotificationRecord): OutboxItem {
  return {
    ...presentNotification(record),
    emailAttempts: record.emailAttempts,
    emailLastAttemptAt: record.emailedAt?.toISOString() ?? null,
    emailError: record.emailError,
  };
}

export interface ReminderServiceOptions {
  /** Set when SMTP is configured; without it reminders stay in the app and the outbox page. */
  mailer?: Mailer;
}

/**
 * Reminders of register deadlines: the scheduler's sweep into the notifications outbox, the
 * e-mail sender, and the notification list, unread count and outbox of an organisation.
 */
export function createReminderService(dependencies: RegisterDependencies, options: ReminderServiceOptions = {}) {
  const { database, now } = dependencies;
  const { mailer } = options;
  const emailConfigured = mailer !== undefined;

  const service = {
    /** Stores every reminder due at `at` that has not fired before, for all organisations. */
    async sweepReminders(at: Date = now()): Promise<SweepResult> {
      return sweepReminders(database, { now: at, emailStatus: emailConfigured ? "pending" : "not_configured" });
    },

    /** Sends pending reminder e-mail (nothing to do without SMTP). */
    async sendPendingEmails(at?: Date): Promise<SendResult> {
      if (!mailer) return { sent: 0, failed: 0 };
      return sendPendingEmails(database, mailer, { now: at ? () => at : now });
    },

    /**
     * One run of the scheduler, also callable without it (tests, a future CLI command): the
     * sweep, then the sender. The sender runs even when the sweep failed, so stored e-mail
     * still goes out. Never throws: what went wrong is returned in `errors` for the caller to log.
     */
    async runOnce(at?: Date): Promise<{ sweep: SweepResult; email: SendResult; errors: unknown[] }> {
      const errors: unknown[] = [];
      let sweep: SweepResult = { organisations: 0, created: 0, failures: [] };
      let email: SendResult = { sent: 0, failed: 0 };
      try {
        sweep = await service.sweepReminders(at ?? now());
        errors.push(...sweep.failures.map((failure) => failure.error));
      } catch (error) {
        errors.push(error);
      }
      try {
        email = await service.sendPendingEmails(at);
      } catch (error) {
        errors.push(error);
      }
      return { sweep, email, errors };
    },

    emailConfigured,

    async list(
      actor: Actor,
      organisationId: string,
      filter: NotificationListFilter,
    ): Promise<NotificationListResponse> {
      authorize(actor, organisationId, "register.read");
      const { unread, page, pageSize } = filter;
      const { records, total } = await withOrganisationScope(database, organisationId, (transaction) =>
        createNotificationDataAccess(transaction, organisationId).list({
          unreadOnly: unread === true,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        }),
      );
      return { items: records.map(presentNotification), total, page, pageSize };
    },

    async unreadCount(actor: Actor, organisationId: string): Promise<UnreadCountResponse> {
      authorize(actor, organisationId, "register.read");
      const unread = await withOrganisationScope(database, organisationId, (transaction) =>
        createNotificationDataAccess(transaction, organisationId).countUnread(),
      );
      return { unread };
    },

    /** Marks a notification read for the whole organisation: any member who dealt with it may say so. */
    async markRead(actor: Actor, organisationId: string, notificationId: string): Promise<NotificationView> {
      authorize(actor, organisationId, "register.read");
      const record = await withOrganisationScope(database, organisationId, (transaction) =>
        createNotificationDataAccess(transaction, organisationId).markRead(notificationId, now()),
      );
      if (!record) throw new AppError("not_found", "Notification not found in this organisation.");
      return presentNotification(record);
    },

    /** The outbox: notifications with their e-mail delivery, for admins and privacy officers. */
    async outbox(actor: Actor, organisationId: string, filter: OutboxFilter): Promise<OutboxResponse> {
      const role = authorize(actor, organisationId, "register.read");
      if (role !== "admin" && role !== "privacy_officer") {
        throw new AppError("forbidden", "Only admins and privacy officers see the e-mail outbox.");
      }
      const { emailStatus, page, pageSize } = filter;
      const { records, total } = await withOrganisationScope(database, organisationId, (transaction) =>
        createNotificationDataAccess(transaction, organisationId).listOutbox({
          ...(emailStatus ? { emailStatus } : {}),
          limit: pageSize,
          offset: (page - 1) * pageSize,
        }),
      );
      return { emailConfigured, items: records.map(presentOutboxItem), total, page, pageSize };
    },
  };
  return service;
}
export type ReminderService = ReturnType<typeof createReminderService>;
