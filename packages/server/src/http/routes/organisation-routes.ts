import {
  organisationParamsSchema,
  organisationSchema,
  problemSchema,
  updateOrganisationRequestSchema,
} from "@art28/contract";
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

  app.patch(
    "/api/organisations/:organisationId",
    {
      schema: {
        summary: "Change an organisation's settings (administrators): its design-token overrides and its association",
        description:
          "Fields left out stay as they are. `associationId` must name an organisation of kind `association` other than this one (422 otherwise); null ends the membership. The organisation then starts from that association's template when it has published none of its own.",
        tags: ["organisations"],
        params: organisationParamsSchema,
        body: updateOrganisationRequestSchema,
        response: {
          200: organisationSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) =>
      options.organisations.update(requireSession(request).actor, request.params.organisationId, request.body),
  );
};
