import fastifyMultipart from "@fastify/multipart";
import {
  counterpartyImportFormSchema,
  counterpartyImportLimits,
  counterpartyImportPreviewSchema,
  counterpartyImportResultSchema,
  dpvExportSchema,
  organisationParamsSchema,
  problemSchema,
  processingRegisterSchema,
  recipientsListSchema,
  registerExportQuerySchema,
  registerExportSchema,
} from "@art28/contract";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ExportFile } from "../../register-transfer/export-files.ts";
import type { ImportUpload, RegisterTransferService } from "../../services/register-transfer-service.ts";
import { attachmentHeader } from "../attachment-header.ts";
import { requireSession } from "../plugins/authentication.ts";
import { readSingleFileForm } from "./register/multipart-upload.ts";

const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };
const uploadErrors = { ...errors, 400: problemSchema, 413: problemSchema, 415: problemSchema };

const importDescription =
  "multipart/form-data with one part `file` (.xlsx or .csv, at most 5 MB and 5,000 rows; the first sheet is read; " +
  "CSV may use ; or , and UTF-8 with or without BOM) and optionally `mapping`: JSON " +
  '`{ "columns": { "name": 0, "kvkNumber": 1, … }, "defaultCategory": "other" | null, "defaultCountry": "NL" | null }` ' +
  "with 0-based column numbers.";

/** The import form's bounds: one file of at most 5 MB and the few text fields beside it. */
const importFormLimits = {
  files: 1,
  fileSize: counterpartyImportLimits.maxBytes,
  fields: 4,
  fieldSize: 32 * 1024,
  parts: 6,
};

/** Reads the import form (called by the service once the actor is authorised) and checks its text fields. */
async function readImportForm(request: FastifyRequest): Promise<ImportUpload> {
  const { file, fields } = await readSingleFileForm(request, {
    what: "the file with a part named file",
    limits: importFormLimits,
  });
  const form = counterpartyImportFormSchema.parse(fields);
  return { file, mappingText: form.mapping, skipInvalid: form.skipInvalid === "true" };
}

/**
 * Sends an export as a download, named in `Content-Disposition`. A JSON value goes through the
 * route's 200 schema (the allow-list); a Buffer (CSV, ZIP, XLSX) is sent as it is, which Fastify
 * does for Buffers without serialising.
 */
function sendExport<Json>(reply: FastifyReply, file: ExportFile<Json>): never {
  reply.header("content-disposition", attachmentHeader(file.fileName)).type(file.mediaType);
  // Typed as the schema's document; the Buffer is the other answer the description names.
  return file.body as never;
}

/**
 * Import of counterparties from a spreadsheet (preview and import) and the exports of the
 * register. The routes only read the request and call one service function.
 */
export const registerTransferRoutes: FastifyPluginAsyncZod<{ registerTransfer: RegisterTransferService }> = async (
  app,
  options,
) => {
  await app.register(fastifyMultipart, { limits: importFormLimits, throwFileSizeLimit: true });

  app.post(
    "/api/organisations/:organisationId/counterparties/import/preview",
    {
      schema: {
        summary: "Preview an import of counterparties: headers, suggested mapping and a dry run; nothing is written",
        description: importDescription,
        tags: ["counterparties"],
        consumes: ["multipart/form-data"],
        params: organisationParamsSchema,
        response: { 200: counterpartyImportPreviewSchema, ...uploadErrors },
      },
    },
    async (request) =>
      options.registerTransfer.previewCounterpartyImport(
        requireSession(request).actor,
        request.params.organisationId,
        () => readImportForm(request),
      ),
  );

  app.post(
    "/api/organisations/:organisationId/counterparties/import",
    {
      schema: {
        summary: "Import counterparties from a spreadsheet in one transaction",
        description:
          `${importDescription} Also \`skipInvalid\` (true or false, default false): without it, any invalid row ` +
          "refuses the whole import (422, rows listed in `issues`); with it, the valid rows are imported and the others reported.",
        tags: ["counterparties"],
        consumes: ["multipart/form-data"],
        params: organisationParamsSchema,
        response: { 201: counterpartyImportResultSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const result = await options.registerTransfer.importCounterparties(
        requireSession(request).actor,
        request.params.organisationId,
        () => readImportForm(request),
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    "/api/organisations/:organisationId/export",
    {
      schema: {
        summary: "Export the whole register",
        description:
          "`format=json` (default): one document with `schemaVersion`; `xlsx`: a sheet per table; `csv`: a ZIP with a " +
          "CSV file per table (UTF-8 with BOM, `;`-separated). Sent as a download.",
        tags: ["register"],
        params: organisationParamsSchema,
        querystring: registerExportQuerySchema,
        response: { 200: registerExportSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendExport(
        reply,
        await options.registerTransfer.exportRegister(
          requireSession(request).actor,
          request.params.organisationId,
          request.query.format,
        ),
      ),
  );

  app.get(
    "/api/organisations/:organisationId/export/processing-register",
    {
      schema: {
        summary: "The processor's record of processing activities (Art. 30(2) GDPR)",
        description: "`format=json` (default), `xlsx` or `csv` (one table). Sent as a download.",
        tags: ["register"],
        params: organisationParamsSchema,
        querystring: registerExportQuerySchema,
        response: { 200: processingRegisterSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendExport(
        reply,
        await options.registerTransfer.exportProcessingRegister(
          requireSession(request).actor,
          request.params.organisationId,
          request.query.format,
        ),
      ),
  );

  app.get(
    "/api/organisations/:organisationId/export/recipients",
    {
      schema: {
        summary: "The controller's list of recipients (Art. 30(1)(d) GDPR)",
        description: "`format=json` (default), `xlsx` or `csv` (one table). Sent as a download.",
        tags: ["register"],
        params: organisationParamsSchema,
        querystring: registerExportQuerySchema,
        response: { 200: recipientsListSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendExport(
        reply,
        await options.registerTransfer.exportRecipients(
          requireSession(request).actor,
          request.params.organisationId,
          request.query.format,
        ),
      ),
  );

  app.get(
    "/api/organisations/:organisationId/export/dpv",
    {
      schema: {
        summary: "The register in the W3C Data Privacy Vocabulary (DPV 2.x), as JSON-LD",
        tags: ["register"],
        params: organisationParamsSchema,
        response: { 200: dpvExportSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendExport(
        reply,
        await options.registerTransfer.exportDpv(requireSession(request).actor, request.params.organisationId),
      ),
  );
};
