import fastifyMultipart from "@fastify/multipart";
import {
  agreementParamsSchema,
  agreementSchema,
  bulkDocumentResultSchema,
  checkReportSchema,
  checkUploadMaxBytes,
  organisationParamsSchema,
  problemSchema,
  registerRecordPaths,
} from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { RegisterService } from "../../../services/register-service.ts";
import { attachmentHeader } from "../../attachment-header.ts";
import { requireSession } from "../../plugins/authentication.ts";
import { readBulkUpload, readDocumentUpload } from "./multipart-upload.ts";
import { placeholder, registerErrors } from "./route-support.ts";

const { organisationId, agreementId } = placeholder;
const tags = ["register"];
const uploadErrors = { ...registerErrors, 413: problemSchema, 415: problemSchema };

/** Signed documents: upload one, download it, read the stored report, upload many. */
export const documentRoutes: FastifyPluginAsyncZod<{ register: RegisterService }> = async (app, options) => {
  const documents = options.register.documents;
  // Per-route limits are given where the parts are read; these are the outer bounds.
  await app.register(fastifyMultipart, {
    limits: { fileSize: checkUploadMaxBytes },
    throwFileSizeLimit: true,
  });

  app.post(
    registerRecordPaths.agreementDocument(organisationId, agreementId),
    {
      schema: {
        summary: "Store the signed document of an agreement; the server checks it and attaches its own report",
        description:
          "multipart/form-data with one part `file` (PDF, DOCX, text, Markdown or HTML, at most 20 MB). A file " +
          "that cannot be read answers with the same codes as POST /api/check and stores nothing. The check " +
          "report is attached to processor agreements only.",
        tags,
        consumes: ["multipart/form-data"],
        params: agreementParamsSchema,
        response: { 201: agreementSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const agreement = await documents.attachDocument(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.agreementId,
        () => readDocumentUpload(request),
      );
      return reply.status(201).send(agreement);
    },
  );

  app.get(
    registerRecordPaths.agreementDocument(organisationId, agreementId),
    {
      schema: {
        summary: "Download the agreement's signed document (the newest upload)",
        tags,
        params: agreementParamsSchema,
        response: {
          200: z.unknown().describe("The document's bytes, with the media type it was stored with"),
          ...registerErrors,
        },
      },
    },
    async (request, reply) => {
      const document = await documents.downloadDocument(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.agreementId,
      );
      return (
        reply
          .header("content-type", document.mediaType)
          .header("content-disposition", attachmentHeader(document.fileName))
          // An uploaded HTML file must never run as a page of this site.
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "default-src 'none'; sandbox")
          .header("cache-control", "private, no-store")
          .send(document.content)
      );
    },
  );

  app.get(
    registerRecordPaths.agreementCheckReport(organisationId, agreementId),
    {
      schema: {
        summary: "The full report of the latest check the server ran on the agreement's document",
        tags,
        params: agreementParamsSchema,
        response: { 200: checkReportSchema, ...registerErrors },
      },
    },
    async (request) =>
      documents.checkReport(requireSession(request).actor, request.params.organisationId, request.params.agreementId),
  );

  app.post(
    registerRecordPaths.bulkDocuments(organisationId),
    {
      schema: {
        summary: "Upload existing signed agreements in bulk; each is stored, checked and attached",
        description:
          "multipart/form-data: up to 50 parts `files` and a part `assignments` with the JSON text " +
          "`[{ fileName, relationshipId }]` (a new processor agreement with status signed is created) or " +
          "`[{ fileName, agreementId }]` (an existing agreement gets the document). Files are independent: the " +
          "answer (200) has one item per file, and a file that fails creates nothing.",
        tags,
        consumes: ["multipart/form-data"],
        params: organisationParamsSchema,
        response: { 200: bulkDocumentResultSchema, ...uploadErrors },
      },
    },
    async (request) =>
      documents.bulkAttachDocuments(requireSession(request).actor, request.params.organisationId, () =>
        readBulkUpload(request),
      ),
  );
};
