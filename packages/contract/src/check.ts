import { checkLanguages, conflictIds, documentFormats, requirementIds, requirementStatuses } from "@art28/domain";
import { z } from "zod";

/**
 * The result of checking one document against Art. 28 GDPR, as the CLI (`--format json`)
 * and `POST /api/check` return it. Documented in docs/check-output.md; fields are only ever
 * added, never renamed or removed.
 */
export const checkEvidenceSchema = z.object({
  text: z.string(),
  location: z.string(),
});

export const checkConflictSchema = z.object({
  id: z.enum(conflictIds),
  text: z.string(),
  location: z.string(),
});

export const requirementResultSchema = z.object({
  id: z.enum(requirementIds),
  mandatory: z.boolean(),
  status: z.enum(requirementStatuses),
  evidence: z.array(checkEvidenceSchema),
  explanation: z.string(),
  conflicts: z.array(checkConflictSchema).optional(),
});
export type RequirementResultView = z.infer<typeof requirementResultSchema>;

export const checkSummarySchema = z.object({
  compliant: z.boolean(),
  mandatoryTotal: z.number().int(),
  mandatoryPresent: z.number().int(),
  missing: z.array(z.enum(requirementIds)),
  conflicts: z.array(z.enum(requirementIds)),
  advisoryMissing: z.array(z.enum(requirementIds)),
});

export const checkReportSchema = z.object({
  file: z.string(),
  format: z.enum(documentFormats),
  pageCount: z.number().int().nullable(),
  language: z.enum(checkLanguages),
  languageDetected: z.boolean(),
  isProcessorAgreement: z.boolean(),
  processorAgreementReason: z.string(),
  parties: z.object({
    processorTerms: z.array(z.string()),
    controllerTerms: z.array(z.string()),
  }),
  requirements: z.array(requirementResultSchema),
  summary: checkSummarySchema,
  /** The document's extracted text, so a client can show the evidence in context. Only in API responses. */
  documentText: z.string().optional(),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

/** Form fields of `POST /api/check` besides the file itself. */
export const checkRequestFieldsSchema = z.object({
  language: z.enum(checkLanguages).optional(),
});

/** Upload limit of the check, in bytes. */
export const checkUploadMaxBytes = 20 * 1024 * 1024;
