import fastifyMultipart from "@fastify/multipart";
import {
  authoredVersionDetailSchema,
  authoredVersionListSchema,
  authoredVersionParamsSchema,
  authoringPaths,
  checkUploadMaxBytes,
  deviationParamsSchema,
  deviationReportQuerySchema,
  generateAgreementRequestSchema,
  generationPreviewSchema,
  organisationParamsSchema,
  problemSchema,
  proposeDeviationRequestSchema,
  publishTemplateRequestSchema,
  relationshipParamsSchema,
  renderQuerySchema,
  respondDeviationRequestSchema,
  signRequestSchema,
  templatesOverviewSchema,
  templateSummarySchema,
} from "@art28/contract";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AuthoringService } from "../../services/authoring-service.ts";
import type { SignedScanUpload } from "../../services/authoring/signing-use-cases.ts";
import { deviationReportSchema, type AuthoringFile } from "../../services/authoring/version-use-cases.ts";
import { attachmentHeader } from "../attachment-header.ts";
import { requireSession } from "../plugins/authentication.ts";
import { readSingleFileForm } from "./register/multipart-upload.ts";

const tags = ["authoring"];
const errors = {
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const uploadErrors = { ...errors, 413: problemSchema, 415: problemSchema };

const placeholder = {
  organisationId: ":organisationId",
  relationshipId: ":relationshipId",
  versionId: ":versionId",
  deviationId: ":deviationId",
} as const;
const { organisationId, relationshipId, versionId, deviationId } = placeholder;

/** A signed scan: one PDF part `file` and the four signatory fields. */
async function readSignedScan(request: FastifyRequest): Promise<SignedScanUpload> {
  return readSingleFileForm(request, {
    what: "the signed PDF with a part named file and the signatory fields",
    limits: { files: 1, fileSize: checkUploadMaxBytes, fields: 8, fieldSize: 1024, parts: 10 },
  });
}

/** Sends a file as a download; rendered HTML never runs as a page of this site. */
function sendFile(reply: FastifyReply, file: AuthoringFile): FastifyReply {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", attachmentHeader(file.fileName))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
    .header("cache-control", "private, no-store")
    .send(file.content);
}

const fileResponse = z.unknown().describe("The file's bytes, sent as a download");

/**
 * The authoring endpoints under `/api/organisations/:organisationId` (docs/authoring-api.md):
 * templates, generation from the register, authored versions with their renderings,
 * negotiation and signing. The routes read the request and call one service function.
 */
export const authoringRoutes: FastifyPluginAsyncZod<{ authoring: AuthoringService }> = async (app, options) => {
  const { templates, generation, versions, negotiation, signing } = options.authoring;
  await app.register(fastifyMultipart, { limits: { fileSize: checkUploadMaxBytes }, throwFileSizeLimit: true });

  // --- Templates ------------------------------------------------------------------------------

  app.get(
    authoringPaths.templates(organisationId),
    {
      schema: {
        summary: "The template the organisation starts from, with its clauses, and its own published versions",
        tags,
        params: organisationParamsSchema,
        response: { 200: templatesOverviewSchema, ...errors },
      },
    },
    async (request) => templates.overview(requireSession(request).actor, request.params.organisationId),
  );

  app.post(
    authoringPaths.templates(organisationId),
    {
      schema: {
        summary: "Publish a new version of the organisation's own template (templates.publish)",
        description:
          "Based on the current standard. `clauseTexts` names clauses of the standard by id; an unknown id or an " +
          "unknown `{{placeholder}}` answers 422 with the path.",
        tags,
        params: organisationParamsSchema,
        body: publishTemplateRequestSchema,
        response: { 201: templateSummarySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await templates.publish(requireSession(request).actor, request.params.organisationId, request.body)),
  );

  // --- Generation ----------------------------------------------------------------------------

  app.get(
    authoringPaths.generationPreview(organisationId, relationshipId),
    {
      schema: {
        summary: "What an agreement for the relationship would be generated from, and what is still missing",
        tags,
        params: relationshipParamsSchema,
        response: { 200: generationPreviewSchema, ...errors },
      },
    },
    async (request) =>
      generation.preview(requireSession(request).actor, request.params.organisationId, request.params.relationshipId),
  );

  app.post(
    authoringPaths.generate(organisationId, relationshipId),
    {
      schema: {
        summary: "Generate version 1 of a processor agreement for the relationship",
        description:
          "Creates the register agreement (negotiating with a supplier organisation, else draft) and the version. " +
          "Missing values answer 422 `generation_inputs_missing` with one issue per value (`path` = field code) and " +
          "write nothing.",
        tags,
        params: relationshipParamsSchema,
        body: generateAgreementRequestSchema,
        response: { 201: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await generation.generate(
            requireSession(request).actor,
            request.params.organisationId,
            request.params.relationshipId,
            request.body,
          ),
        ),
  );

  // --- Versions ------------------------------------------------------------------------------

  app.get(
    authoringPaths.versions(organisationId),
    {
      schema: {
        summary: "Every authored agreement version the organisation is a party to, on either side",
        tags,
        params: organisationParamsSchema,
        response: { 200: authoredVersionListSchema, ...errors },
      },
    },
    async (request) => versions.list(requireSession(request).actor, request.params.organisationId),
  );

  app.get(
    authoringPaths.version(organisationId, versionId),
    {
      schema: {
        summary: "One version: values, clauses as they stand, deviations, signatures and the document model",
        tags,
        params: authoredVersionParamsSchema,
        response: { 200: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request) =>
      versions.detail(requireSession(request).actor, request.params.organisationId, request.params.versionId),
  );

  app.get(
    authoringPaths.render(organisationId, versionId),
    {
      schema: {
        summary: "Download the version as PDF, DOCX or HTML",
        description:
          "`language` defaults to the version's. Once signing is prepared, the PDF in the version's language is " +
          "exactly the document prepared for signing.",
        tags,
        params: authoredVersionParamsSchema,
        querystring: renderQuerySchema,
        response: { 200: fileResponse, ...errors },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await versions.render(
          requireSession(request).actor,
          request.params.organisationId,
          request.params.versionId,
          request.query.format,
          request.query.language,
        ),
      ),
  );

  app.get(
    authoringPaths.deviationReport(organisationId, versionId),
    {
      schema: {
        summary: "The deviation report: every deviation from the standard, why, by whom and what became of it",
        description: "`format=csv` (default; UTF-8 with BOM, `;`-separated) or `json`. Sent as a download.",
        tags,
        params: authoredVersionParamsSchema,
        querystring: deviationReportQuerySchema,
        response: { 200: deviationReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const file = await versions.deviationReport(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.versionId,
        request.query.format,
      );
      reply
        .header("content-disposition", attachmentHeader(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .type(file.mediaType);
      // A Buffer (CSV) is sent as it is; the JSON report goes through the 200 schema.
      return file.body as never;
    },
  );

  // --- Negotiation ---------------------------------------------------------------------------

  app.post(
    authoringPaths.deviations(organisationId, versionId),
    {
      schema: {
        summary: "Propose a deviation from a clause, or counter the other side's proposal (`counterTo`)",
        description:
          "While the version is negotiating (else 409 `agreement_version_locked`) and only with a supplier " +
          "organisation on Art28. Refused steps answer 409 `negotiation_step_not_allowed` with the reason in " +
          "`issues[0].message`. Answers the version.",
        tags,
        params: authoredVersionParamsSchema,
        body: proposeDeviationRequestSchema,
        response: { 201: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await negotiation.propose(
            requireSession(request).actor,
            request.params.organisationId,
            request.params.versionId,
            request.body,
          ),
        ),
  );

  app.post(
    authoringPaths.deviationResponse(organisationId, versionId, deviationId),
    {
      schema: {
        summary: "Accept or reject the other side's open proposal",
        tags,
        params: deviationParamsSchema,
        body: respondDeviationRequestSchema,
        response: { 200: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request) =>
      negotiation.respond(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.versionId,
        request.params.deviationId,
        request.body,
      ),
  );

  app.post(
    authoringPaths.deviationWithdrawal(organisationId, versionId, deviationId),
    {
      schema: {
        summary: "Withdraw one's own open proposal",
        tags,
        params: deviationParamsSchema,
        response: { 200: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request) =>
      negotiation.withdraw(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.versionId,
        request.params.deviationId,
      ),
  );

  // --- Signing -------------------------------------------------------------------------------

  app.post(
    authoringPaths.prepareSigning(organisationId, versionId),
    {
      schema: {
        summary: "Freeze the version as the PDF to sign (owner only; no proposal may be open)",
        tags,
        params: authoredVersionParamsSchema,
        response: { 200: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request) =>
      signing.prepare(requireSession(request).actor, request.params.organisationId, request.params.versionId),
  );

  app.get(
    authoringPaths.signingDocument(organisationId, versionId),
    {
      schema: {
        summary: "The PDF prepared for signing, byte for byte; its SHA-256 in `x-document-sha256`",
        tags,
        params: authoredVersionParamsSchema,
        response: { 200: fileResponse, ...errors },
      },
    },
    async (request, reply) => {
      const file = await versions.signingDocument(
        requireSession(request).actor,
        request.params.organisationId,
        request.params.versionId,
      );
      return sendFile(reply.header("x-document-sha256", file.sha256), file);
    },
  );

  app.post(
    authoringPaths.signatures(organisationId, versionId),
    {
      schema: {
        summary: "Sign the prepared PDF for one's own side (agreements.sign)",
        description:
          "Only with a supplier organisation on Art28 (else 409 `negotiation_step_not_allowed`: upload the signed " +
          "copy). `documentSha256` must be the SHA-256 of the prepared PDF (409 `signed_document_mismatch`); one " +
          "signature per side (409 `conflict`). The second signature makes the version and the register agreement signed.",
        tags,
        params: authoredVersionParamsSchema,
        body: signRequestSchema,
        response: { 201: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await signing.sign(
            requireSession(request).actor,
            request.params.organisationId,
            request.params.versionId,
            request.body,
          ),
        ),
  );

  app.post(
    authoringPaths.signedScan(organisationId, versionId),
    {
      schema: {
        summary: "Record a signed paper copy (owner only): the scan becomes the signed document",
        description:
          "Only for a version without a supplier organisation on Art28 (else 409 `negotiation_step_not_allowed`: " +
          "both sign in the app). multipart/form-data with one part `file` (a PDF, at most 20 MB; a scan without " +
          "text layer is kept without a check report) and the fields `controllerSignatoryName`, " +
          "`controllerSignatoryRole`, `processorSignatoryName`, `processorSignatoryRole`.",
        tags,
        consumes: ["multipart/form-data"],
        params: authoredVersionParamsSchema,
        response: { 201: authoredVersionDetailSchema, ...uploadErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await signing.signedScan(
            requireSession(request).actor,
            request.params.organisationId,
            request.params.versionId,
            () => readSignedScan(request),
          ),
        ),
  );

  app.post(
    authoringPaths.reissue(organisationId, versionId),
    {
      schema: {
        summary: "Issue a new version with annexes fresh from the register (owner only)",
        description:
          "Keeps the template, values and agreed clauses; the old version becomes superseded unless it was signed.",
        tags,
        params: authoredVersionParamsSchema,
        response: { 201: authoredVersionDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await generation.reissue(
            requireSession(request).actor,
            request.params.organisationId,
            request.params.versionId,
          ),
        ),
  );
};
