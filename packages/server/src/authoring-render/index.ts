/**
 * Renderers of an authored agreement: one document model (`AuthoredDocument` from the domain),
 * three outputs. DOCX for people who work in Word, PDF with embedded fonts for signing and
 * archiving, and a standalone HTML page.
 */
import type { AuthoredDocument } from "@art28/domain";
import { renderAgreementDocx } from "./docx-renderer.ts";
import { renderAgreementHtml } from "./html-renderer.ts";
import { renderAgreementPdf, type PdfRenderOptions } from "./pdf-renderer.ts";

export { renderAgreementDocx, renderAgreementHtml, renderAgreementPdf, type PdfRenderOptions };

export const agreementRenderFormats = ["docx", "pdf", "html"] as const;
export type AgreementRenderFormat = (typeof agreementRenderFormats)[number];

export interface RenderedAgreement {
  bytes: Buffer;
  /** Content type for an HTTP response. */
  mediaType: string;
  /** File name extension, without the dot. */
  extension: AgreementRenderFormat;
}

const mediaTypes: Record<AgreementRenderFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
};

/** Renders the agreement in one of the three formats, with what a download needs to label it. */
export async function renderAgreement(
  document: AuthoredDocument,
  format: AgreementRenderFormat,
  options: PdfRenderOptions = {},
): Promise<RenderedAgreement> {
  const bytes =
    format === "docx"
      ? await renderAgreementDocx(document)
      : format === "pdf"
        ? await renderAgreementPdf(document, options)
        : Buffer.from(renderAgreementHtml(document), "utf8");
  return { bytes, mediaType: mediaTypes[format], extension: format };
}
