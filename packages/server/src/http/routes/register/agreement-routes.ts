import {
  agreementParamsSchema,
  agreementSchema,
  changeAgreementStatusRequestSchema,
  createAgreementRequestSchema,
  registerRecordPaths,
  relationshipParamsSchema,
  updateAgreementRequestSchema,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { RegisterService } from "../../../services/register-service.ts";
import { requireSession } from "../../plugins/authentication.ts";
import { noContent, placeholder, registerErrors } from "./route-support.ts";

const { organisationId, relationshipId, agreementId } = placeholder;
const tags = ["register"];

/** Agreements: create as draft, change fields, move the status, delete a draft. */
export const agreementRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  const agreements = options.register.agreements;

  app.post(
    registerRecordPaths.agreementsOfRelationship(organisationId, relationshipId),
    {
      schema: {
        summary: "Record an agreement for a relationship; it starts as a draft",
        tags,
        params: relationshipParamsSchema,
        body: createAgreementRequestSchema,
        response: { 201: agreementSchema, ...registerErrors },
      },
    },
    async (request, reply) => {
      const created = await agreements.create(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.relationshipId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    registerRecordPaths.agreement(organisationId, agreementId),
    {
      schema: {
        summary: "Change an agreement's fields (only the fields sent; the status has its own endpoint)",
        description:
          "From `signed` on, kind, standardName and standardVersion are fixed (409 `conflict` for a different " +
          "value); the dates may still be corrected.",
        tags,
        params: agreementParamsSchema,
        body: updateAgreementRequestSchema,
        response: { 200: agreementSchema, ...registerErrors },
      },
    },
    async (request) =>
      agreements.update(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.post(
    registerRecordPaths.agreementStatus(organisationId, agreementId),
    {
      schema: {
        summary: "Move an agreement to another status",
        description:
          "Follows the domain's transition rules; a refused change answers 409 `transition_not_allowed` with the " +
          "reason, and the refusal key in `issues[0].message`.",
        tags,
        params: agreementParamsSchema,
        body: changeAgreementStatusRequestSchema,
        response: { 200: agreementSchema, ...registerErrors },
      },
    },
    async (request) =>
      agreements.changeStatus(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.delete(
    registerRecordPaths.agreement(organisationId, agreementId),
    {
      schema: {
        summary: "Delete a draft agreement",
        description: "Only drafts without a stored document; anything else is ended instead (409).",
        tags,
        params: agreementParamsSchema,
        response: { 204: noContent, ...registerErrors },
      },
    },
    async (request, reply) => {
      await agreements.remove(requireSession(request).actor, request.params.organisationId, request.params.agreementId);
      return reply.status(204).send(null);
    },
  );
};
