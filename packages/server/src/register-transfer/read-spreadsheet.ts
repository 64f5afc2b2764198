import { runIsolated } from "../isolation/run-isolated.ts";
import { parseCsv, refuseOversizedSpreadsheet, type ParsedSheet } from "./parse-spreadsheet.ts";
import { detectSpreadsheetFormat, type SpreadsheetInput } from "./spreadsheet-format.ts";
import { resolveSpreadsheetLimits, type SpreadsheetLimits } from "./spreadsheet-limits.ts";
import type { SpreadsheetWorkerReply, SpreadsheetWorkerRequest } from "./spreadsheet-worker.ts";

const workerUrl = new URL("./spreadsheet-worker.ts", import.meta.url);

/**
 * Reads the first sheet of an uploaded XLSX workbook or a CSV file as rows of text. The cheap
 * checks (size, empty, format) run here. A CSV file is parsed here too: its size is capped and
 * the parser is a single linear pass without decompression, so the size bounds the time. A
 * workbook is a ZIP of XML handed to a third-party parser, so it is parsed in a child process
 * with a capped heap and a wall-clock timeout. Throws `AppError` with `payload_too_large`, `unsupported_media_type`,
 * `document_empty`, `document_encrypted`, `document_unreadable`, `document_too_complex` or
 * `validation_failed` (too many rows or columns).
 */
export async function readSpreadsheet(
  input: SpreadsheetInput,
  limits: Partial<SpreadsheetLimits> = {},
): Promise<ParsedSheet> {
  const resolved = resolveSpreadsheetLimits(limits);
  refuseOversizedSpreadsheet(input, resolved);
  if (detectSpreadsheetFormat(input) === "csv") return parseCsv(input.bytes, resolved);
  const request = { bytes: input.bytes, fileName: input.fileName, mediaType: input.mediaType, limits: resolved };
  const reply = await runIsolated<SpreadsheetWorkerRequest, SpreadsheetWorkerReply>({
    workerUrl,
    what: "spreadsheet",
    limits: resolved,
    request,
  });
  return reply.sheet;
}
