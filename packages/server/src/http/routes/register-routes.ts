import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterService } from "../../services/register-service.ts";

export const registerRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  void app;
  void options;
};
