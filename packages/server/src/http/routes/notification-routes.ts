import {
  notificationListQuerySchema,
  notificationListResponseSchema,
  notificationParamsSchema,
  notificationSchema,
  organisationParamsSchema,
  outboxQuerySchema,
  outboxResponseSchema,
  problemSchema,
  unreadCountResponseSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ReminderService } from "../../services/reminder-service.ts";
import { requireSession } from "../plugins/authentication.ts";

const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };

export const notificationRoutes: FastifyPluginAsyncZod<{ reminders: ReminderService }> = async (app, options) => {
  app.get(
    "/api/organisations/:organisationId/notifications",
    {
      schema: {
        summary: "Reminders of register deadlines, newest first",
        tags: ["notifications"],
        params: organisationParamsSchema,
        querystring: notificationListQuerySchema,
        response: { 200: notificationListResponseSchema, ...errors },
      },
    },
    async (request) =>
      options.reminders.list(requireSession(request).actor, request.params.organisationId, request.query),
  );

  app.get(
    "/api/organisations/:organisationId/notifications/unread-count",
    {
      schema: {
        summary: "How many reminders nobody in the organisation has marked read",
        tags: ["notifications"],
        params: organisationParamsSchema,
        response: { 200: unreadCountResponseSchema, ...errors },
      },
    },
    async (request) => options.reminders.unreadCount(requireSession(request).actor, request.params.organisationId),
  );

  app.post(
    "/api/organisations/:organisationId/notifications/:notificationId/read",
    {
      schema: {
        summary: "Mark a reminder read for the whole organisation",
        tags: ["notifications"],
        params: notificationParamsSchema,
        response: { 200: notificationSchema, ...errors },
      },
    },
    async (request) =>
      options.reminders.markRead(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.notificationId,
      ),
  );

  app.get(
    "/api/organisations/:organisationId/outbox",
    {
      schema: {
        summary: "Reminders with their e-mail delivery (admins and privacy officers)",
        tags: ["notifications"],
        params: organisationParamsSchema,
        querystring: outboxQuerySchema,
        response: { 200: outboxResponseSchema, ...errors },
      },
    },
    async (request) =>
      options.reminders.outbox(requireSession(request).actor, request.params.organisationId, request.query),
  );
};
