import type { StructuredDocument } from "@art28/domain";
import { AppError } from "../errors.ts";
import { runIsolated } from "../isolation/run-isolated.ts";
import { type DocumentLimits, resolveDocumentLimits } from "./document-limits.ts";
import type { DocumentWorkerRequest } from "./document-worker.ts";
import { type DocumentInput, refuseOversized, type WorkerReply } from "./read-document-in-process.ts";

const workerUrl = new URL("./document-worker.ts", import.meta.url);

/**
 * Reads an uploaded document into a `StructuredDocument`. Parsing runs in a child process
 * with a capped heap and a wall-clock timeout, so a hostile or pathological file costs at
 * most one killed process. Throws `AppError` with `payload_too_large`, `unsupported_media_type`,
 * `document_unreadable`, `document_encrypted`, `document_without_text`, `document_empty` or
 * `document_too_complex`.
 */
export async function readDocument(
  input: DocumentInput,
  limits: Partial<DocumentLimits> = {},
): Promise<StructuredDocument> {
  const resolved = resolveDocumentLimits(limits);
  // Checked here too, so an oversized upload never reaches a child process.
  refuseOversized(input, resolved);
  if (input.bytes.byteLength === 0) throw new AppError("document_empty", "The uploaded file is empty (0 bytes).");
  const request = { bytes: input.bytes, fileName: input.fileName, mediaType: input.mediaType, limits: resolved };
  const reply = await runIsolated<DocumentWorkerRequest, WorkerReply>({
    workerUrl,
    what: "document",
    limits: resolved,
    request,
  });
  return reply.document;
}
