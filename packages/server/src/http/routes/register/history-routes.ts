import { historyResponseSchema, registerRecordPaths } from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedEntityTypes } from "../../../services/audit-trail.ts";
import type { RegisterService } from "../../../services/register-service.ts";
import { requireSession } from "../../plugins/authentication.ts";
import { registerErrors } from "./route-support.ts";

const historyParamsSchema = z.object({
  organisationId: z.uuid(),
  entityType: z.enum(auditedEntityTypes),
  entityId: z.uuid(),
});

/** The history of one register record. */
export const historyRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  app.get(
    registerRecordPaths.history(":organisationId", ":entityType", ":entityId"),
    {
      schema: {
        summary: "The audit events of one register record, oldest first",
        description:
          "A processing specification's history is under its relationship's id. A deleted record keeps its history.",
        tags: ["register"],
        params: historyParamsSchema,
        response: { 200: historyResponseSchema, ...registerErrors },
      },
    },
    async (request) =>
      options.register.history(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.entityType,
        request.params.entityId,
      ),
  );
};
