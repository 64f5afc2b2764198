/**
 * A signed authored agreement enters the owner's register the way an uploaded signed document
 * does: the PDF is kept as the agreement's signed document, the server checks it and attaches
 * its own report, with the same `document_attached` and `check_attached` events; and the
 * agreement itself becomes signed.
 */
import { createHash } from "node:crypto";
import type { CheckReport } from "@art28/contract";
import { calendarDateOf, explainTransition } from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { createAgreementDocumentDataAccess } from "../../data-access/agreement-documents.ts";
import { createAgreementDataAccess, type AgreementRecord } from "../../data-access/agreements.ts";
import { AppError } from "../../errors.ts";
import type { AuditTrail } from "../audit-trail.ts";
import type { CheckService } from "../check-service.ts";
import { requireAgreement } from "../register/agreement-use-cases.ts";
import { checkAttachedChanges, documentAttachedChanges } from "../register/document-use-cases.ts";

export const pdfMediaType = "application/pdf";

/** A signed PDF with the report of the server's own check of it (`null`: the check could not read it, e.g. a scan without text). */
export interface CheckedSignedPdf {
  content: Buffer;
  fileName: string;
  sha256: string;
  report: CheckReport | null;
}

/** What the check answers for a PDF it cannot read as text: a scan of paper is still a valid signed document. */
const unreadableScanCodes = new Set(["document_without_text", "document_empty"]);

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Whether the bytes are a PDF (by their signature, not by the name a client gave them). */
export function looksLikePdf(content: Uint8Array): boolean {
  return (
    Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 5)).toString("latin1") === "%PDF-"
  );
}

/**
 * Runs the agreement check on a signed PDF. It reads the file in a child process, so callers
 * run it outside any transaction; a file that is no PDF answers like an upload does. With
 * `allowWithoutText` (a scanned paper copy), a PDF the check finds no text in is kept without
 * a report instead of being refused.
 */
export async function checkSignedPdf(
  checks: CheckService,
  content: Buffer,
  fileName: string,
  options: { allowWithoutText?: boolean } = {},
): Promise<CheckedSignedPdf> {
  if (!looksLikePdf(content)) {
    throw new AppError("unsupported_media_type", "Upload the signed agreement as a PDF.");
  }
  const sha256 = sha256Of(content);
  let report: CheckReport;
  try {
    ({ report } = await checks.checkDocument({
      bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
      fileName,
      mediaType: pdfMediaType,
    }));
  } catch (error) {
    if (options.allowWithoutText && error instanceof AppError && unreadableScanCodes.has(error.code)) {
      return { content, fileName, sha256, report: null };
    }
    throw error;
  }
  if (report.format !== "pdf") throw new AppError("unsupported_media_type", "Upload the signed agreement as a PDF.");
  return { content, fileName, sha256, report };
}

/**
 * In the owner's scope: marks the register agreement signed on `now`'s Dutch calendar day
 * (along the domain's transitions; an agreement already signed or in force keeps its status),
 * stores the PDF as its signed document and attaches the check report (when the check could
 * read it), each with its event.
 */
export async function fileSignedAgreement(
  transaction: Transaction,
  trail: AuditTrail,
  ownerOrganisationId: string,
  agreementId: string,
  uploadedBy: string | null,
  signed: CheckedSignedPdf,
  now: Date,
): Promise<AgreementRecord> {
  const agreements = createAgreementDataAccess(transaction, ownerOrganisationId);
  const stored = await requireAgreement(transaction, ownerOrganisationId, agreementId, { lock: true });
  let current = stored;
  if (stored.status === "draft" || stored.status === "negotiating") {
    const verdict = explainTransition(stored.status, "signed");
    if (!verdict.allowed) {
      throw new AppError("transition_not_allowed", `The agreement cannot become signed: ${verdict.reason.en}`);
    }
    current = (await agreements.setStatus(agreementId, "signed"))!;
    await trail.updated(stored, current, {
      entityType: "agreement",
      entityId: agreementId,
      fields: ["status"],
      action: "status_changed",
    });
  } else if (stored.status === "ended") {
    throw new AppError("transition_not_allowed", "The agreement has ended; a new agreement is needed.");
  }
  const beforeDate = current;
  current = (await agreements.update(agreementId, { signedOn: calendarDateOf(now) }))!;
  await trail.updated(beforeDate, current, { entityType: "agreement", entityId: agreementId, fields: ["signedOn"] });

  const document = await createAgreementDocumentDataAccess(transaction, ownerOrganisationId).insert({
    agreementId,
    purpose: "signed_agreement",
    fileName: signed.fileName,
    mediaType: pdfMediaType,
    byteSize: signed.content.byteLength,
    sha256: signed.sha256,
    content: signed.content,
    uploadedBy,
  });
  await trail.recorded("agreement", agreementId, "document_attached", documentAttachedChanges(document));
  if (signed.report === null) return current;
  const updated = (await agreements.attachCheckReport(agreementId, signed.report, now))!;
  await trail.recorded(
    "agreement",
    agreementId,
    "check_attached",
    checkAttachedChanges(document.id, now, signed.report),
  );
  return updated;
}
