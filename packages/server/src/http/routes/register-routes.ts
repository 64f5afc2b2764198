import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterService } from "../../services/register-service.ts";
import { agreementRoutes } from "./register/agreement-routes.ts";
import { documentRoutes } from "./register/document-routes.ts";
import { historyRoutes } from "./register/history-routes.ts";
import { recordRoutes } from "./register/record-routes.ts";
import { relationshipRoutes } from "./register/relationship-routes.ts";

/**
 * The register's record endpoints under `/api/organisations/:organisationId` (see
 * docs/register-api.md): relationships, their specification and records, agreements with
 * their status and signed documents, and record history. The relationship list and the
 * dashboard are in `register-overview-routes.ts`.
 */
export const registerRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  await app.register(relationshipRoutes, options);
  await app.register(recordRoutes, options);
  await app.register(agreementRoutes, options);
  await app.register(documentRoutes, options);
  await app.register(historyRoutes, options);
};
