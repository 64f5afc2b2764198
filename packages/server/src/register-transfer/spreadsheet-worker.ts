/**
 * The child process that parses one uploaded spreadsheet for `readSpreadsheet`: it receives the
 * upload over IPC, parses it, sends back the rows or the error, and exits. The parent caps its
 * heap and kills it at the deadline, so whatever a parser does stays in here.
 */
import type { FieldIssue } from "@art28/contract";
import { AppError } from "../errors.ts";
import { parseSpreadsheetInProcess, type ParsedSheet } from "./parse-spreadsheet.ts";
import type { SpreadsheetLimits } from "./spreadsheet-limits.ts";

/** What `readSpreadsheet` sends to the worker. */
export interface SpreadsheetWorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string;
  limits: SpreadsheetLimits;
}

export type SpreadsheetWorkerReply =
  | { ok: true; sheet: ParsedSheet }
  | { ok: false; code: string; message: string; issues?: FieldIssue[]; detail?: string };

function replyFor(error: unknown): SpreadsheetWorkerReply {
  const cause = error instanceof AppError ? error.cause : error;
  const detail =
    cause === undefined
      ? undefined
      : (cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)).slice(0, 2000);
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: [...error.issues] } : {}),
      ...(detail ? { detail } : {}),
    };
  }
  return {
    ok: false,
    code: "document_unreadable",
    message: "The file could not be read; it may be damaged.",
    ...(detail ? { detail } : {}),
  };
}

// Without a parent there is nobody to answer: stop rather than linger.
process.on("disconnect", () => process.exit(0));

process.once("message", (request: SpreadsheetWorkerRequest) => {
  void (async () => {
    let reply: SpreadsheetWorkerReply;
    try {
      const input = { bytes: request.bytes, fileName: request.fileName, mediaType: request.mediaType };
      reply = { ok: true, sheet: await parseSpreadsheetInProcess(input, request.limits) };
    } catch (error) {
      reply = replyFor(error);
    }
    process.send?.(reply, () => process.exit(0));
  })();
});
