import { createHash } from "node:crypto";
import {
  bulkDocumentAssignmentsSchema,
  type Agreement,
  type BulkDocumentAssignment,
  type BulkDocumentResult,
  type BulkDocumentResultItem,
  type CheckReport,
} from "@art28/contract";
import type { DocumentFormat } from "@art28/domain";
import { ZodError } from "zod";
import type { Transaction } from "../../database/connection.ts";
import {
  createAgreementDocumentDataAccess,
  type AgreementDocumentSummaryRecord,
} from "../../data-access/agreement-documents.ts";
import { createAgreementDataAccess, type AgreementRecord } from "../../data-access/agreements.ts";
import { AppError, isAppError } from "../../errors.ts";
import type { AuditTrail } from "../audit-trail.ts";
import { authorize, type Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { agreementAuditedFields, loadAgreementView, requireAgreement } from "./agreement-use-cases.ts";
import { createRegisterScopes, invalidFields, requireRelationship } from "./register-context.ts";
import { presentLatestCheck } from "./register-presenters.ts";

/** One uploaded file as the route received it. */
export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string;
  /** The media type the client sent; the stored one follows from what the file turned out to be. */
  mediaType: string;
}

/** A bulk upload as the route received it: the files and the unparsed `assignments` part. */
export interface BulkUpload {
  files: readonly UploadedFile[];
  /** The text of the `assignments` part; undefined when it was not sent. */
  assignments: string | undefined;
}

/** A signed document to download. */
export interface StoredDocument {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** The media type a document is stored and served with, from the format the reader recognised in its bytes. */
const mediaTypes: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** Bulk files are read and checked a few at a time; the reader itself allows no more child processes than that. */
const bulkConcurrency = 4;

/** The file's own name, without any folder a client put in front of it. */
function baseName(fileName: string): string {
  const name = fileName.split(/[/\\]/).pop()?.trim() ?? "";
  return (name === "" ? "document" : name).slice(0, 255);
}

/**
 * What the `document_attached` event on the agreement records of a stored document. Exported
 * so the demo data files its documents exactly as an upload does.
 */
export function documentAttachedChanges(
  document: Pick<AgreementDocumentSummaryRecord, "id" | "fileName" | "mediaType" | "byteSize" | "sha256">,
): Record<string, unknown> {
  return {
    documentId: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    sha256: document.sha256,
  };
}

/** What the `check_attached` event on the agreement records of the server's check of a document. */
export function checkAttachedChanges(
  documentId: string,
  checkedAt: Date,
  report: CheckReport,
): Record<string, unknown> {
  const { summary } = report;
  return {
    documentId,
    checkedAt: checkedAt.toISOString(),
    compliant: summary.compliant,
    mandatoryPresent: summary.mandatoryPresent,
    mandatoryTotal: summary.mandatoryTotal,
    missing: summary.missing,
    conflicts: summary.conflicts,
  };
}

/** Only processor agreements are checked against Art. 28; other kinds keep the document without a report. */
function takesCheckReport(agreement: AgreementRecord): boolean {
  return agreement.kind === "processor_agreement";
}

/** A `none_needed` record documents a conclusion, not a contract: there is nothing signed to keep. */
function refuseWithoutDocument(agreement: AgreementRecord): void {
  if (agreement.kind === "none_needed") {
    throw new AppError(
      "validation_failed",
      "An agreement of kind none_needed records that no agreement is needed; it has no document.",
      {
        issues: [{ path: "kind", message: "No document for none_needed" }],
      },
    );
  }
}

/**
 * Signed documents: upload (stored, checked by the server, the server's own report attached),
 * download, the stored report, and the bulk upload of existing signed agreements.
 */
export function createDocumentUseCases(dependencies: RegisterDependencies) {
  const scopes = createRegisterScopes(dependencies);

  /** Reads and checks a file outside any transaction (it takes a child process); unreadable files throw the check's codes. */
  async function check(file: UploadedFile): Promise<{ report: CheckReport; mediaType: string; fileName: string }> {
    const fileName = baseName(file.fileName);
    const { report } = await dependencies.checks.checkDocument({
      bytes: file.bytes,
      fileName,
      mediaType: file.mediaType,
    });
    return { report, mediaType: mediaTypes[report.format], fileName };
  }

  /** Stores the document with the agreement and attaches the report, each with its event, in the caller's transaction. */
  async function store(
    transaction: Transaction,
    trail: AuditTrail,
    organisationId: string,
    actor: Actor,
    agreement: AgreementRecord,
    file: UploadedFile,
    checked: { report: CheckReport; mediaType: string; fileName: string },
  ): Promise<AgreementRecord> {
    const content = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const document = await createAgreementDocumentDataAccess(transaction, organisationId).insert({
      agreementId: agreement.id,
      purpose: "signed_agreement",
      fileName: checked.fileName,
      mediaType: checked.mediaType,
      byteSize: content.byteLength,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedBy: actor.userId,
    });
    await trail.recorded("agreement", agreement.id, "document_attached", documentAttachedChanges(document));
    if (!takesCheckReport(agreement)) return agreement;
    const checkedAt = dependencies.now();
    const updated = (await createAgreementDataAccess(transaction, organisationId).attachCheckReport(
      agreement.id,
      checked.report,
      checkedAt,
    ))!;
    await trail.recorded(
      "agreement",
      agreement.id,
      "check_attached",
      checkAttachedChanges(document.id, checkedAt, checked.report),
    );
    return updated;
  }

  /** One file of a bulk upload, from start to end; throws what went wrong for this file only. */
  async function attachOne(
    actor: Actor,
    organisationId: string,
    file: UploadedFile,
    assignment: BulkDocumentAssignment,
  ): Promise<BulkDocumentResultItem> {
    await scopes.read(actor, organisationId, async (transaction) => {
      if (assignment.agreementId) {
        refuseWithoutDocument(await requireAgreement(transaction, organisationId, assignment.agreementId));
      } else {
        await requireRelationship(transaction, organisationId, assignment.relationshipId!);
      }
    });
    const checked = await check(file);
    return scopes.write(actor, organisationId, async (transaction, trail) => {
      let agreement: AgreementRecord;
      if (assignment.agreementId) {
        agreement = await requireAgreement(transaction, organisationId, assignment.agreementId, { lock: true });
        refuseWithoutDocument(agreement);
      } else {
        await requireRelationship(transaction, organisationId, assignment.relationshipId!);
        // An existing signed agreement being recorded: it enters the register as signed.
        agreement = await createAgreementDataAccess(transaction, organisationId).insert({
          relationshipId: assignment.relationshipId!,
          kind: "processor_agreement",
          status: "signed",
        });
        await trail.created(agreement, {
          entityType: "agreement",
          entityId: agreement.id,
          fields: agreementAuditedFields,
        });
      }
      const updated = await store(transaction, trail, organisationId, actor, agreement, file, checked);
      return {
        fileName: file.fileName,
        outcome: "attached",
        relationshipId: updated.relationshipId,
        agreementId: updated.id,
        agreementCreated: !assignment.agreementId,
        check: presentLatestCheck(updated),
        error: null,
      };
    });
  }

  function failed(
    fileName: string,
    assignment: BulkDocumentAssignment | undefined,
    error: AppError,
  ): BulkDocumentResultItem {
    return {
      fileName,
      outcome: "failed",
      relationshipId: assignment?.relationshipId ?? null,
      agreementId: assignment?.agreementId ?? null,
      agreementCreated: false,
      check: null,
      error: { code: error.code, message: error.message },
    };
  }

  return {
    /**
     * Stores a signed document with an agreement, checks it and attaches the server's own
     * report. `receive` reads the upload; it is called only after the actor is authorised and
     * the agreement found. A file that cannot be read stores nothing.
     */
    async attachDocument(
      actor: Actor,
      organisationId: string,
      agreementId: string,
      receive: () => Promise<UploadedFile>,
    ): Promise<Agreement> {
      authorize(actor, organisationId, "register.write");
      await scopes.read(actor, organisationId, async (transaction) =>
        refuseWithoutDocument(await requireAgreement(transaction, organisationId, agreementId)),
      );
      const file = await receive();
      const checked = await check(file);
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const agreement = await requireAgreement(transaction, organisationId, agreementId, { lock: true });
        // Asked again under the lock: the kind may have changed while the file was being checked.
        refuseWithoutDocument(agreement);
        const updated = await store(transaction, trail, organisationId, actor, agreement, file, checked);
        return loadAgreementView(transaction, organisationId, updated);
      });
    },

    /** The newest signed document of an agreement, for download. */
    async downloadDocument(actor: Actor, organisationId: string, agreementId: string): Promise<StoredDocument> {
      return scopes.read(actor, organisationId, async (transaction) => {
        await requireAgreement(transaction, organisationId, agreementId);
        const document = await createAgreementDocumentDataAccess(transaction, organisationId).newestSigned(agreementId);
        if (!document) throw new AppError("not_found", "This agreement has no signed document yet.");
        return { fileName: document.fileName, mediaType: document.mediaType, content: document.content };
      });
    },

    /** The full report of the latest check the server ran on the agreement's document. */
    async checkReport(actor: Actor, organisationId: string, agreementId: string): Promise<CheckReport> {
      return scopes.read(actor, organisationId, async (transaction) => {
        const agreement = await requireAgreement(transaction, organisationId, agreementId);
        if (!agreement.latestCheckReport) throw new AppError("not_found", "This agreement has no check report yet.");
        return agreement.latestCheckReport;
      });
    },

    /**
     * Existing signed agreements in bulk: per file, a new processor agreement (status `signed`)
     * for the assigned relationship, or the assigned existing agreement, gets the document and
     * the server's check. Files are independent: one that fails creates nothing and does not
     * stop the others. The answer has one item per file.
     */
    async bulkAttachDocuments(
      actor: Actor,
      organisationId: string,
      receive: () => Promise<BulkUpload>,
    ): Promise<BulkDocumentResult> {
      authorize(actor, organisationId, "register.write");
      const upload = await receive();
      if (upload.assignments === undefined) {
        throw invalidFields([{ path: "assignments", message: "Required" }]);
      }
      let assignments: BulkDocumentAssignment[];
      try {
        assignments = bulkDocumentAssignmentsSchema.parse(JSON.parse(upload.assignments));
      } catch (error) {
        if (error instanceof ZodError) {
          throw invalidFields(
            error.issues.map((issue) => ({ path: ["assignments", ...issue.path].join("."), message: issue.message })),
          );
        }
        throw invalidFields([{ path: "assignments", message: "Not valid JSON" }]);
      }
      if (upload.files.length === 0) throw invalidFields([{ path: "files", message: "Required" }]);

      const assignmentOf = new Map(assignments.map((assignment) => [assignment.fileName, assignment]));
      const fileCounts = new Map<string, number>();
      for (const file of upload.files) fileCounts.set(file.fileName, (fileCounts.get(file.fileName) ?? 0) + 1);

      const items: BulkDocumentResultItem[] = new Array(upload.files.length);
      let next = 0;
      const worker = async () => {
        while (next < upload.files.length) {
          const index = next++;
          const file = upload.files[index]!;
          const assignment = assignmentOf.get(file.fileName);
          if ((fileCounts.get(file.fileName) ?? 0) > 1) {
            items[index] = failed(
              file.fileName,
              assignment,
              new AppError("validation_failed", "More than one file has this name; rename them and upload again."),
            );
          } else if (!assignment) {
            items[index] = failed(
              file.fileName,
              undefined,
              new AppError("validation_failed", "No assignment names this file."),
            );
          } else {
            try {
              items[index] = await attachOne(actor, organisationId, file, assignment);
            } catch (error) {
              items[index] = failed(
                file.fileName,
                assignment,
                isAppError(error)
                  ? error
                  : new AppError("internal_error", "This file could not be stored.", { cause: error }),
              );
            }
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(bulkConcurrency, upload.files.length) }, worker));

      for (const assignment of assignments) {
        if (!fileCounts.has(assignment.fileName)) {
          items.push(
            failed(
              assignment.fileName,
              assignment,
              new AppError("validation_failed", "No file with this name was uploaded."),
            ),
          );
        }
      }
      const attached = items.filter((item) => item.outcome === "attached").length;
      return { items, attached, failed: items.length - attached };
    },
  };
}
