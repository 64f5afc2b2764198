import {
  counterpartyParamsSchema,
  createRoleAssessmentRequestSchema,
  problemSchema,
  roleAssessmentListResponseSchema,
  roleAssessmentPaths,
  roleAssessmentResultSchema,
  roleAssessmentSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RoleAssessmentService } from "../../services/role-assessment-service.ts";
import { requireSession } from "../plugins/authentication.ts";

const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };

export const roleAssessmentRoutes: FastifyPluginAsyncZod<{ roleAssessments: RoleAssessmentService }> = async (
  app,
  options,
) => {
  app.post(
    roleAssessmentPaths.evaluate,
    {
      schema: {
        summary: "Assess whether a party is a processor, and which paperwork follows",
        description:
          "Evaluates the answers with decision model v1. Without `counterpartyId` anyone may evaluate (a CSRF token " +
          "from /api/csrf is still required) and nothing is stored: 200 with the evaluation. With `counterpartyId` " +
          "and `organisationId` the assessment is stored for that counterparty, which needs a login with " +
          "`counterparties.write` in that organisation: 201 with the stored assessment.",
        tags: ["role assessments"],
        body: createRoleAssessmentRequestSchema,
        response: { 200: roleAssessmentResultSchema, 201: roleAssessmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await options.roleAssessments.evaluate(request.authentication?.actor, request.body);
      return outcome.stored ? reply.status(201).send(outcome.assessment) : reply.status(200).send(outcome.evaluation);
    },
  );

  app.get(
    roleAssessmentPaths.ofCounterparty(":organisationId", ":counterpartyId"),
    {
      schema: {
        summary: "Role assessments of a counterparty, newest first",
        tags: ["role assessments"],
        params: counterpartyParamsSchema,
        response: { 200: roleAssessmentListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const items = await options.roleAssessments.listForCounterparty(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.counterpartyId,
      );
      return { items, total: items.length };
    },
  );
};
