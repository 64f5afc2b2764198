import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ReminderService } from "../../services/reminder-service.ts";

export const notificationRoutes: FastifyPluginAsyncZod<{ reminders: ReminderService }> = async (app, options) => {
  void app;
  void options;
};
