import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterTransferService } from "../../services/register-transfer-service.ts";

export const registerTransferRoutes: FastifyPluginAsyncZod<{ registerTransfer: RegisterTransferService }> = async (
  app,
  options,
) => {
  void app;
  void options;
};
