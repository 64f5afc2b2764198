import { checkAgreement, type CheckLanguage, type StructuredDocument } from "@art28/domain";
import type { CheckReport } from "@art28/contract";
import type { DocumentInput } from "../documents/index.ts";

export interface CheckDocumentInput extends DocumentInput {
  /** Read the document as this language instead of detecting it. */
  language?: CheckLanguage | undefined;
}

interface Dependencies {
  /** Turns an upload into a structured document; the default isolates parsing in a child process. */
  readDocument: (input: DocumentInput) => Promise<StructuredDocument>;
}

/** Presenter: the domain's result with the file it came from, as the CLI and the API show it. */
export function presentCheckReport(
  fileName: string,
  document: StructuredDocument,
  result: ReturnType<typeof checkAgreement>,
): CheckReport {
  return {
    file: fileName,
    format: document.format,
    pageCount: document.pageCount,
    language: result.language,
    languageDetected: result.languageDetected,
    isProcessorAgreement: result.isProcessorAgreement,
    processorAgreementReason: result.processorAgreementReason,
    parties: result.parties,
    requirements: result.requirements,
    summary: result.summary,
  };
}

/**
 * The agreement check as a use case: read the upload, check it, present the result. Nothing
 * is stored; keeping a result is a separate, explicit step.
 */
export function createCheckService(dependencies: Dependencies) {
  return {
    async checkDocument(input: CheckDocumentInput): Promise<{ report: CheckReport; document: StructuredDocument }> {
      const document = await dependencies.readDocument(input);
      const result = checkAgreement(document, input.language ? { language: input.language } : {});
      return { report: presentCheckReport(input.fileName, document, result), document };
    },
  };
}
export type CheckService = ReturnType<typeof createCheckService>;
