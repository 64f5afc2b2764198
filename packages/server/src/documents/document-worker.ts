/**
 * The child process that parses one document for `readDocument`: it receives the upload over
 * IPC, reads it, sends back the structured document or the error, and exits. The parent
 * caps its heap and kills it at the deadline, so whatever a parser does stays in here.
 */
import type { DocumentLimits } from "./document-limits.ts";
import { readDocumentInProcess, toWorkerReply, type WorkerReply } from "./read-document-in-process.ts";

/** What `readDocument` sends to the worker. */
export interface DocumentWorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string;
  limits: DocumentLimits;
}

// Without a parent there is nobody to answer: stop rather than linger.
process.on("disconnect", () => process.exit(0));

process.once("message", (request: DocumentWorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      const input = { bytes: request.bytes, fileName: request.fileName, mediaType: request.mediaType };
      reply = { ok: true, document: await readDocumentInProcess(input, request.limits) };
    } catch (error) {
      reply = toWorkerReply(error);
    }
    process.send?.(reply, () => process.exit(0));
  })();
});
