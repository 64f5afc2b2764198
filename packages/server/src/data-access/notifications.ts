import {
  emailStatuses,
  notificationContentSchema,
  reminderKinds,
  reminderSubjectTypes,
  type EmailStatus,
  type NotificationContent,
  type ReminderKind,
  type ReminderSubjectType,
} from "@art28/contract";
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../database/connection.ts";
import { counterparties, memberships, notifications, organisations, relationships, users } from "../database/schema.ts";
import { AppError } from "../errors.ts";

type NotificationRow = typeof notifications.$inferSelect;

/** A stored notification with its JSON content, kind and subject checked. */
export interface NotificationRecord extends Omit<NotificationRow, "kind" | "entityType" | "content" | "emailStatus"> {
  kind: ReminderKind;
  entityType: ReminderSubjectType;
  content: NotificationContent;
  emailStatus: EmailStatus;
}

export interface NewNotification {
  reminderKey: string;
  kind: ReminderKind;
  relationshipId: string;
  entityType: ReminderSubjectType;
  entityId: string;
  dueAt: Date;
  content: NotificationContent;
  emailStatus: Extract<EmailStatus, "pending" | "not_configured">;
}

/** A stored row that does not fit the contract is a defect, not user input. */
function checked(row: NotificationRow): NotificationRecord {
  const content = notificationContentSchema.safeParse(row.content);
  const kind = reminderKinds.find((candidate) => candidate === row.kind);
  const entityType = reminderSubjectTypes.find((candidate) => candidate === row.entityType);
  const emailStatus = emailStatuses.find((candidate) => candidate === row.emailStatus);
  if (!content.success || !kind || !entityType || !emailStatus) {
    throw new AppError("internal_error", `Notification ${row.id} is stored in a shape this version does not know.`, {
      cause: content.error,
    });
  }
  return { ...row, kind, entityType, emailStatus, content: content.data };
}

/**
 * The notifications (reminders) of one organisation. Every query filters on the organisation
 * given at creation; callers run it inside `withOrganisationScope`.
 */
export function createNotificationDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(notifications.organisationId, organisationId);
  const newestFirst = [desc(notifications.createdAt), asc(notifications.dueAt), asc(notifications.reminderKey)];

  async function page(where: SQL, limit: number, offset: number) {
    const [rows, [total]] = await Promise.all([
      database
        .select()
        .from(notifications)
        .where(where)
        .orderBy(...newestFirst)
        .limit(limit)
        .offset(offset),
      database.select({ value: count() }).from(notifications).where(where),
    ]);
    return { records: rows.map(checked), total: total!.value };
  }

  return {
    /**
     * Stores the reminders that are not stored yet and returns those. A reminder key that
     * exists (fired before, or just now by a concurrent sweep) is skipped by the unique index,
     * which is what makes each reminder fire exactly once.
     */
    async insertNew(values: readonly NewNotification[], createdAt: Date): Promise<NotificationRecord[]> {
      if (values.length === 0) return [];
      const rows = await database
        .insert(notifications)
        .values(values.map((value) => ({ ...value, organisationId, createdAt })))
        .onConflictDoNothing({ target: [notifications.organisationId, notifications.reminderKey] })
        .returning();
      return rows.map(checked);
    },

    async list(options: { unreadOnly?: boolean; limit: number; offset: number }) {
      const where = options.unreadOnly ? and(ofOrganisation, isNull(notifications.readAt))! : ofOrganisation;
      return page(where, options.limit, options.offset);
    },

    async listOutbox(options: { emailStatus?: EmailStatus; limit: number; offset: number }) {
      const where = options.emailStatus
        ? and(ofOrganisation, eq(notifications.emailStatus, options.emailStatus))!
        : ofOrganisation;
      return page(where, options.limit, options.offset);
    },

    async countUnread(): Promise<number> {
      const [result] = await database
        .select({ value: count() })
        .from(notifications)
        .where(and(ofOrganisation, isNull(notifications.readAt)));
      return result!.value;
    },

    /** Marks read for the whole organisation; a second call keeps the first moment. */
    async markRead(id: string, at: Date): Promise<NotificationRecord | undefined> {
      const [row] = await database
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
        .where(and(ofOrganisation, eq(notifications.id, id)))
        .returning();
      return row && checked(row);
    },

    /** The names a reminder's text needs, per relationship. */
    async relationshipNames(): Promise<Map<string, { relationshipName: string; counterpartyName: string }>> {
      const rows = await database
        .select({ id: relationships.id, relationshipName: relationships.name, counterpartyName: counterparties.name })
        .from(relationships)
        .innerJoin(
          counterparties,
          and(
            eq(counterparties.organisationId, relationships.organisationId),
            eq(counterparties.id, relationships.counterpartyId),
          ),
        )
        .where(eq(relationships.organisationId, organisationId));
      return new Map(rows.map(({ id, ...names }) => [id, names]));
    },
  };
}
export type NotificationDataAccess = ReturnType<typeof createNotificationDataAccess>;

/** How often the sender tries one e-mail, and the wait after the n-th failure (5, 15, 45, 135 minutes). */
export const maximumEmailAttempts = 5;
export const emailRetryBaseMinutes = 5;

/**
 * Left on a notification while its e-mail is being handed to the SMTP server. If the process
 * stops before the outcome is written, the notification keeps this error and is not tried
 * again: the sender prefers a missing e-mail (the reminder is still in the app) to a double one.
 */
export const unconfirmedSendError =
  "Sending started but was not confirmed (the process stopped during delivery); not retried, so that nobody receives it twice.";

/** An e-mail taken by this sender: nobody else will send it. */
export interface ClaimedEmail {
  id: string;
  organisationId: string;
  organisationName: string;
  /** Undefined when the stored content does not fit this version; the sender reports that as a failure. */
  content: NotificationContent | undefined;
  /** The e-mail addresses of the organisation's admins and privacy officers. */
  recipients: string[];
}

/**
 * The e-mail side of the outbox. This is system work across organisations, like listing the
 * organisations to sweep, so it runs as the database owner and not inside a tenant scope; it
 * reads and writes only the e-mail columns of notifications and the recipients' addresses.
 */
export function createNotificationOutboxDataAccess(database: Database) {
  return {
    /** Organisations with at least one relationship: the only ones a sweep can find reminders for. */
    async organisationsToSweep(): Promise<string[]> {
      const rows = await database
        .selectDistinct({ organisationId: relationships.organisationId })
        .from(relationships)
        .orderBy(asc(relationships.organisationId));
      return rows.map((row) => row.organisationId);
    },

    /**
     * Takes up to `limit` e-mails to send: pending ones, and failed ones whose back-off has
     * passed. `for update skip locked` lets concurrent senders take disjoint sets; in the same
     * transaction each taken row is marked with `unconfirmedSendError` and its attempt counted,
     * so after the commit no sender (in this or another process) takes it again.
     */
    async claim(limit: number, now: Date): Promise<ClaimedEmail[]> {
      return database.transaction(async (transaction) => {
        const retryAfter = sql`${notifications.emailedAt} + make_interval(mins => ${sql.raw(String(emailRetryBaseMinutes))} * power(3, ${notifications.emailAttempts} - 1)::int)`;
        const rows = await transaction
          .select({
            id: notifications.id,
            organisationId: notifications.organisationId,
            content: notifications.content,
          })
          .from(notifications)
          .where(
            or(
              eq(notifications.emailStatus, "pending"),
              and(
                eq(notifications.emailStatus, "failed"),
                sql`${notifications.emailedAt} is not null`,
                sql`${notifications.emailAttempts} < ${maximumEmailAttempts}`,
                sql`${retryAfter} <= ${now.toISOString()}::timestamptz`,
              ),
            ),
          )
          .orderBy(asc(notifications.createdAt), asc(notifications.id))
          .limit(limit)
          .for("update", { of: notifications, skipLocked: true });
        if (rows.length === 0) return [];
        const ids = rows.map((row) => row.id);
        await transaction
          .update(notifications)
          .set({
            emailStatus: "failed",
            emailAttempts: sql`${notifications.emailAttempts} + 1`,
            emailedAt: null,
            emailError: unconfirmedSendError,
          })
          .where(inArray(notifications.id, ids));

        const organisationIds = [...new Set(rows.map((row) => row.organisationId))];
        const people = await transaction
          .select({ organisationId: memberships.organisationId, email: users.email })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(
            and(
              inArray(memberships.organisationId, organisationIds),
              inArray(memberships.role, ["admin", "privacy_officer"]),
            ),
          )
          .orderBy(asc(users.email));
        const names = await transaction
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, organisationIds));
        const nameOf = new Map(names.map((organisation) => [organisation.id, organisation.name]));

        return rows.map((row) => {
          const content = notificationContentSchema.safeParse(row.content);
          return {
            id: row.id,
            organisationId: row.organisationId,
            organisationName: nameOf.get(row.organisationId) ?? "",
            content: content.success ? content.data : undefined,
            recipients: people
              .filter((person) => person.organisationId === row.organisationId)
              .map((person) => person.email),
          };
        });
      });
    },

    async markSent(id: string, at: Date): Promise<void> {
      await database
        .update(notifications)
        .set({ emailStatus: "sent", emailedAt: at, emailError: null })
        .where(eq(notifications.id, id));
    },

    /** Records a failed attempt; the back-off counts from `at`. */
    async markFailed(id: string, at: Date, error: string): Promise<void> {
      await database
        .update(notifications)
        .set({ emailStatus: "failed", emailedAt: at, emailError: error.slice(0, 1000) })
        .where(eq(notifications.id, id));
    },
  };
}
export type NotificationOutboxDataAccess = ReturnType<typeof createNotificationOutboxDataAccess>;
