import {
  dashboardSchema,
  organisationParamsSchema,
  problemSchema,
  relationshipListQuerySchema,
  relationshipListResponseSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterOverviewService } from "../../services/register-overview-service.ts";
import { requireSession } from "../plugins/authentication.ts";

const errors = { 401: problemSchema, 403: problemSchema, 422: problemSchema };

/** The register's read side: the relationship list with computed statuses, and the dashboard. */
export const registerOverviewRoutes: FastifyPluginAsyncZod<{ registerOverview: RegisterOverviewService }> = async (
  app,
  options,
) => {
  app.get(
    "/api/organisations/:organisationId/relationships",
    {
      schema: {
        summary: "Relationships with their counterparty and computed status; filtered, searched and paged",
        tags: ["register"],
        params: organisationParamsSchema,
        querystring: relationshipListQuerySchema,
        response: { 200: relationshipListResponseSchema, ...errors },
      },
    },
    async (request) =>
      options.registerOverview.listRelationships(
        requireSession(request).actor,
        request.params.organisationId,
        request.query,
      ),
  );

  app.get(
    "/api/organisations/:organisationId/dashboard",
    {
      schema: {
        summary: "The register's dashboard: compliance counts, coverage, flags and the deadlines of the coming 90 days",
        tags: ["register"],
        params: organisationParamsSchema,
        response: { 200: dashboardSchema, ...errors },
      },
    },
    async (request) => options.registerOverview.dashboard(requireSession(request).actor, request.params.organisationId),
  );
};
