import {
  auditSchema,
  breachSchema,
  certificationSchema,
  createAuditRequestSchema,
  createBreachRequestSchema,
  createCertificationRequestSchema,
  createSecurityMeasureRequestSchema,
  createSubProcessorRequestSchema,
  registerRecordPaths,
  relationshipParamsSchema,
  relationshipRecordParamsSchema,
  securityMeasureSchema,
  subProcessorSchema,
  updateAuditRequestSchema,
  updateBreachRequestSchema,
  updateCertificationRequestSchema,
  updateSecurityMeasureRequestSchema,
  updateSubProcessorRequestSchema,
  type RelationshipRecordSegment,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { Actor } from "../../../services/authorization.ts";
import type { RegisterService } from "../../../services/register-service.ts";
import { requireSession } from "../../plugins/authentication.ts";
import { noContent, placeholder, registerErrors } from "./route-support.ts";

const { organisationId, relationshipId, recordId } = placeholder;

/** The use cases every kind of record under a relationship offers. */
interface RecordUseCases {
  create(actor: Actor, organisationId: string, relationshipId: string, input: unknown): Promise<unknown>;
  update(
    actor: Actor,
    organisationId: string,
    relationshipId: string,
    recordId: string,
    input: unknown,
  ): Promise<unknown>;
  remove(actor: Actor, organisationId: string, relationshipId: string, recordId: string): Promise<void>;
}

/** One kind's routes; the response schema is the allow-list its records are serialised through. */
interface RecordRoutes {
  segment: RelationshipRecordSegment;
  /** Singular, for the summaries: "security measure". */
  noun: string;
  createBody: z.ZodType;
  updateBody: z.ZodType;
  response: z.ZodType;
  useCases: RecordUseCases;
}

/** Security measures, certifications, sub-processors, audits and breaches: create, change, delete. */
export const recordRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  const { register } = options;

  function declare(kind: RecordRoutes) {
    const tags = ["register"];
    app.post(
      registerRecordPaths.records(organisationId, relationshipId, kind.segment),
      {
        schema: {
          summary: `Add a ${kind.noun} to a relationship`,
          tags,
          params: relationshipParamsSchema,
          body: kind.createBody,
          response: { 201: kind.response, ...registerErrors },
        },
      },
      async (request, reply) => {
        const created = await kind.useCases.create(
          requireSession(request).actor,
          request.params.organisationId,
          request.params.relationshipId,
          request.body,
        );
        return reply.status(201).send(created);
      },
    );

    app.patch(
      registerRecordPaths.record(organisationId, relationshipId, kind.segment, recordId),
      {
        schema: {
          summary: `Change a ${kind.noun} (only the fields sent)`,
          tags,
          params: relationshipRecordParamsSchema,
          body: kind.updateBody,
          response: { 200: kind.response, ...registerErrors },
        },
      },
      async (request) =>
        kind.useCases.update(
          requireSession(request).actor,
          request.params.organisationId,
          request.params.relationshipId,
          request.params.recordId,
          request.body,
        ),
    );

    app.delete(
      registerRecordPaths.record(organisationId, relationshipId, kind.segment, recordId),
      {
        schema: {
          summary: `Delete a ${kind.noun}`,
          tags,
          params: relationshipRecordParamsSchema,
          response: { 204: noContent, ...registerErrors },
        },
      },
      async (request, reply) => {
        await kind.useCases.remove(
          requireSession(request).actor,
          request.params.organisationId,
          request.params.relationshipId,
          request.params.recordId,
        );
        return reply.status(204).send(null);
      },
    );
  }

  declare({
    segment: "security-measures",
    noun: "security measure",
    createBody: createSecurityMeasureRequestSchema,
    updateBody: updateSecurityMeasureRequestSchema,
    response: securityMeasureSchema,
    useCases: register.securityMeasures,
  });
  declare({
    segment: "certifications",
    noun: "certification",
    createBody: createCertificationRequestSchema,
    updateBody: updateCertificationRequestSchema,
    response: certificationSchema,
    useCases: register.certifications,
  });
  declare({
    segment: "sub-processors",
    noun: "sub-processor",
    createBody: createSubProcessorRequestSchema,
    updateBody: updateSubProcessorRequestSchema,
    response: subProcessorSchema,
    useCases: register.subProcessors,
  });
  declare({
    segment: "audits",
    noun: "audit",
    createBody: createAuditRequestSchema,
    updateBody: updateAuditRequestSchema,
    response: auditSchema,
    useCases: register.audits,
  });
  declare({
    segment: "breaches",
    noun: "breach",
    createBody: createBreachRequestSchema,
    updateBody: updateBreachRequestSchema,
    response: breachSchema,
    useCases: register.breaches,
  });
};
