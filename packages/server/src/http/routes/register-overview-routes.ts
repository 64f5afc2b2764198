import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterOverviewService } from "../../services/register-overview-service.ts";

export const registerOverviewRoutes: FastifyPluginAsyncZod<{ registerOverview: RegisterOverviewService }> = async (
  app,
  options,
) => {
  void app;
  void options;
};
