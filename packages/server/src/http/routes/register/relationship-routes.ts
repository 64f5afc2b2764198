import {
  createRelationshipRequestSchema,
  organisationParamsSchema,
  processingSpecificationSchema,
  registerRecordPaths,
  relationshipDetailSchema,
  relationshipParamsSchema,
  saveProcessingSpecificationRequestSchema,
  updateRelationshipRequestSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterService } from "../../../services/register-service.ts";
import { requireSession } from "../../plugins/authentication.ts";
import { noContent, placeholder, registerErrors } from "./route-support.ts";

const { organisationId, relationshipId } = placeholder;
const tags = ["register"];

/** Relationships: create, read with everything under them, change, delete; and the processing specification. */
export const relationshipRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  const relationships = options.register.relationships;

  app.post(
    registerRecordPaths.relationships(organisationId),
    {
      schema: {
        summary: "Add a relationship (a service or processing activity with a counterparty)",
        description: "Without `role`, the counterparty's latest role-assessment outcome is taken (null when none).",
        tags,
        params: organisationParamsSchema,
        body: createRelationshipRequestSchema,
        response: { 201: relationshipDetailSchema, ...registerErrors },
      },
    },
    async (request, reply) => {
      const created = await relationships.create(
        requireSession(request).actor,
        request.params.organisationId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    registerRecordPaths.relationship(organisationId, relationshipId),
    {
      schema: {
        summary: "One relationship with everything recorded under it and its computed status",
        tags,
        params: relationshipParamsSchema,
        response: { 200: relationshipDetailSchema, ...registerErrors },
      },
    },
    async (request) =>
      relationships.get(requireSession(request).actor, request.params.organisationId, request.params.relationshipId),
  );

  app.patch(
    registerRecordPaths.relationship(organisationId, relationshipId),
    {
      schema: {
        summary: "Change a relationship's name, role or notes (only the fields sent)",
        tags,
        params: relationshipParamsSchema,
        body: updateRelationshipRequestSchema,
        response: { 200: relationshipDetailSchema, ...registerErrors },
      },
    },
    async (request) =>
      relationships.update(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.relationshipId,
        request.body,
      ),
  );

  app.delete(
    registerRecordPaths.relationship(organisationId, relationshipId),
    {
      schema: {
        summary: "Delete a relationship (with its processing specification)",
        description: "Refused with 409 `still_referenced` while agreements, breaches or other records hang under it.",
        tags,
        params: relationshipParamsSchema,
        response: { 204: noContent, ...registerErrors },
      },
    },
    async (request, reply) => {
      await relationships.remove(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.relationshipId,
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    registerRecordPaths.specification(organisationId, relationshipId),
    {
      schema: {
        summary: "Write the relationship's processing specification, replacing what was there",
        tags,
        params: relationshipParamsSchema,
        body: saveProcessingSpecificationRequestSchema,
        response: { 200: processingSpecificationSchema, ...registerErrors },
      },
    },
    async (request) =>
      relationships.saveSpecification(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.relationshipId,
        request.body,
      ),
  );
};
