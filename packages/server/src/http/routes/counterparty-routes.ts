import {
  counterpartyListQuerySchema,
  counterpartyListResponseSchema,
  counterpartyParamsSchema,
  counterpartySchema,
  createCounterpartyRequestSchema,
  organisationParamsSchema,
  problemSchema,
  updateCounterpartyRequestSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CounterpartyService } from "../../services/counterparty-service.ts";
import { requireSession } from "../plugins/authentication.ts";

const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };
const noContent = z.null().describe("No content");

export const counterpartyRoutes: FastifyPluginAsyncZod<{ counterparties: CounterpartyService }> = async (
  app,
  options,
) => {
  app.get(
    "/api/organisations/:organisationId/counterparties",
    {
      schema: {
        summary: "Counterparties of an organisation, optionally filtered by a search text",
        tags: ["counterparties"],
        params: organisationParamsSchema,
        querystring: counterpartyListQuerySchema,
        response: { 200: counterpartyListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const items = await options.counterparties.list(
        requireSession(request).actor,
        request.params.organisationId,
        request.query.q,
      );
      return { items, total: items.length };
    },
  );

  app.get(
    "/api/organisations/:organisationId/counterparties/:counterpartyId",
    {
      schema: {
        summary: "One counterparty",
        tags: ["counterparties"],
        params: counterpartyParamsSchema,
        response: { 200: counterpartySchema, ...errors },
      },
    },
    async (request) =>
      options.counterparties.get(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.counterpartyId,
      ),
  );

  app.post(
    "/api/organisations/:organisationId/counterparties",
    {
      schema: {
        summary: "Add a counterparty",
        tags: ["counterparties"],
        params: organisationParamsSchema,
        body: createCounterpartyRequestSchema,
        response: { 201: counterpartySchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await options.counterparties.create(
        requireSession(request).actor,
        request.params.organisationId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    "/api/organisations/:organisationId/counterparties/:counterpartyId",
    {
      schema: {
        summary: "Change a counterparty (only the fields sent)",
        tags: ["counterparties"],
        params: counterpartyParamsSchema,
        body: updateCounterpartyRequestSchema,
        response: { 200: counterpartySchema, ...errors },
      },
    },
    async (request) =>
      options.counterparties.update(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.counterpartyId,
        request.body,
      ),
  );

  app.delete(
    "/api/organisations/:organisationId/counterparties/:counterpartyId",
    {
      schema: {
        summary: "Delete a counterparty and its role assessments",
        description: "Refused with 409 `still_referenced` while relationships in the register refer to it.",
        tags: ["counterparties"],
        params: counterpartyParamsSchema,
        response: { 204: noContent, 409: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      await options.counterparties.remove(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.counterpartyId,
      );
      return reply.status(204).send(null);
    },
  );
};
