import { z } from "zod";

/**
 * Reminders of register deadlines, as the scheduler's sweep writes them into the
 * notifications outbox, and how the API presents them: the list every member sees, and the
 * outbox with the e-mail delivery that admins and privacy officers follow.
 */

/**
 * What a reminder is about. Dated deadlines remind ahead and when they have passed; the
 * breach notification deadline (72 hours) reminds when it starts, when 24 hours or less
 * remain, and when it is missed.
 */
export const reminderKinds = [
  "agreement_expiring",
  "agreement_expired",
  "review_due",
  "review_overdue",
  "audit_due",
  "audit_overdue",
  "audit_follow_up_due",
  "audit_follow_up_overdue",
  "certification_expiring",
  "certification_expired",
  "breach_deadline_started",
  "breach_deadline_approaching",
  "breach_deadline_missed",
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** The register records a reminder can be about. */
export const reminderSubjectTypes = ["agreement", "certification", "audit", "breach"] as const;
export type ReminderSubjectType = (typeof reminderSubjectTypes)[number];

/**
 * E-mail delivery of a notification: `not_configured` when no SMTP server was configured when
 * the reminder fired, `pending` until the sender takes it, then `sent` or `failed`.
 */
export const emailStatuses = ["not_configured", "pending", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatuses)[number];

const localisedMessageSchema = z.object({ subject: z.string(), body: z.string() });

/** Subject and body in Dutch and English, fixed when the reminder fired. Also validates the stored JSON on read. */
export const notificationContentSchema = z.object({ nl: localisedMessageSchema, en: localisedMessageSchema });
export type NotificationContent = z.infer<typeof notificationContentSchema>;

/** A notification as every member of the organisation sees it. */
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reminderKinds),
  /** The relationship the deadline belongs to, for a link to it. */
  relationshipId: z.uuid().nullable(),
  subject: z.object({ type: z.enum(reminderSubjectTypes), id: z.uuid() }),
  /** The deadline as a moment (a calendar date counts from its start in Europe/Amsterdam). */
  dueAt: z.iso.datetime(),
  /** The deadline's calendar date in Europe/Amsterdam. */
  dueOn: z.iso.date(),
  content: notificationContentSchema,
  createdAt: z.iso.datetime(),
  read: z.boolean(),
  readAt: z.iso.datetime().nullable(),
  emailStatus: z.enum(emailStatuses),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationParamsSchema = z.object({ organisationId: z.uuid(), notificationId: z.uuid() });

const booleanQuery = z.enum(["true", "false"]).transform((value) => value === "true");
const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const notificationListQuerySchema = z.object({
  /** `true`: only notifications nobody marked read yet. */
  unread: booleanQuery.optional(),
  ...pageQuery,
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;
/** The query as the server has it after parsing (defaults applied). */
export type NotificationListFilter = z.output<typeof notificationListQuerySchema>;

/** Newest first. */
export const notificationListResponseSchema = z.object({
  items: z.array(notificationSchema),
  /** Matching notifications over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;

export const unreadCountResponseSchema = z.object({ unread: z.number().int() });
export type UnreadCountResponse = z.infer<typeof unreadCountResponseSchema>;

/** A notification with the details of its e-mail delivery (outbox page). */
export const outboxItemSchema = notificationSchema.extend({
  emailAttempts: z.number().int(),
  /** When the last delivery attempt ended: for `sent` the moment it was sent. Null while none ended. */
  emailLastAttemptAt: z.iso.datetime().nullable(),
  emailError: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxQuerySchema = z.object({
  emailStatus: z.enum(emailStatuses).optional(),
  ...pageQuery,
});
export type OutboxQuery = z.input<typeof outboxQuerySchema>;
export type OutboxFilter = z.output<typeof outboxQuerySchema>;

export const outboxResponseSchema = z.object({
  /** Whether this installation sends e-mail (ART28_SMTP_URL); without it reminders stay in the app and here. */
  emailConfigured: z.boolean(),
  items: z.array(outboxItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OutboxResponse = z.infer<typeof outboxResponseSchema>;

/** The API paths of notifications and the outbox. */
export const notificationPaths = {
  list: (organisationId: string) => `/api/organisations/${organisationId}/notifications`,
  unreadCount: (organisationId: string) => `/api/organisations/${organisationId}/notifications/unread-count`,
  markRead: (organisationId: string, notificationId: string) =>
    `/api/organisations/${organisationId}/notifications/${notificationId}/read`,
  outbox: (organisationId: string) => `/api/organisations/${organisationId}/outbox`,
} as const;
