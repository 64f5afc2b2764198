import { organisationParamsSchema, organisationSchema, problemSchema } from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { OrganisationService } from "../../services/organisation-service.ts";
import { requireSession } from "../plugins/authentication.ts";

export const organisationRoutes: FastifyPluginAsyncZod<{ organisations: OrganisationService }> = async (
  app,
  options,
) => {
  app.get(
    "/api/organisations/:organisationId",
    {
      schema: {
        summary: "One organisation the user belongs to, with its theme",
        tags: ["organisations"],
        params: organisationParamsSchema,
        response: { 200: organisationSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => options.organisations.get(requireSession(request).actor, request.params.organisationId),
  );
};
