import fastifyMultipart from "@fastify/multipart";
import { checkReportSchema, checkRequestFieldsSchema, checkUploadMaxBytes, problemSchema } from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AppError } from "../../errors.ts";
import type { CheckService } from "../../services/check-service.ts";

/**
 * `POST /api/check`: anyone may check an agreement, without an account. The upload is read,
 * checked and forgotten; nothing is stored.
 */
export const checkRoutes: FastifyPluginAsyncZod<{ checks: CheckService }> = async (app, options) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: checkUploadMaxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
    throwFileSizeLimit: true,
  });

  app.post(
    "/api/check",
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        summary: "Check a processor agreement against Art. 28 GDPR",
        description:
          "multipart/form-data with one part `file` (PDF, DOCX, text, Markdown or HTML, at most 20 MB) and optionally " +
          "`language` (nl or en) to skip language detection. The document is not stored. The response includes the " +
          "extracted text (`documentText`) so the evidence can be shown in context.",
        tags: ["check"],
        consumes: ["multipart/form-data"],
        response: {
          200: checkReportSchema,
          413: problemSchema,
          415: problemSchema,
          422: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new AppError(
          "unsupported_media_type",
          "Send the document as multipart/form-data with a part named file.",
        );
      }
      let upload: { bytes: Uint8Array; fileName: string; mediaType: string } | undefined;
      const fields: Record<string, string> = {};
      for await (const part of request.parts()) {
        if (part.type === "file") {
          if (part.fieldname !== "file")
            throw new AppError("validation_failed", `Unexpected file part "${part.fieldname}".`);
          const buffer = await part.toBuffer();
          upload = {
            bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
            fileName: part.filename,
            mediaType: part.mimetype,
          };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
      if (!upload) {
        throw new AppError("validation_failed", "No document received.", {
          issues: [{ path: "file", message: "required" }],
        });
      }
      const parsedFields = checkRequestFieldsSchema.parse(fields);
      const { report, document } = await options.checks.checkDocument({ ...upload, language: parsedFields.language });
      return { ...report, documentText: document.text };
    },
  );
};
