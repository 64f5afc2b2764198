import { parse as parseCsvText } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { resolveDocumentLimits } from "../documents/document-limits.ts";
import { openZipArchive } from "../documents/zip-archive.ts";
import { AppError } from "../errors.ts";
import { detectSpreadsheetFormat, type SpreadsheetInput } from "./spreadsheet-format.ts";
import { resolveSpreadsheetLimits, type SpreadsheetLimits } from "./spreadsheet-limits.ts";

/** One non-empty row, with the number the spreadsheet program shows for it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** The first sheet of a workbook, or a CSV file, as rows of text cells. */
export interface ParsedSheet {
  format: "csv" | "xlsx";
  sheetName: string | null;
  separator: ";" | "," | "\t" | null;
  /** The first non-empty row. */
  header: SheetRow;
  /** The non-empty rows under the header. */
  rows: SheetRow[];
}

const separators = [";", ",", "\t"] as const;

function tooManyRows(limits: SpreadsheetLimits): AppError {
  return new AppError(
    "validation_failed",
    `The file has more than ${limits.maxDataRows.toLocaleString("en")} rows under the header; import at most ${limits.maxDataRows.toLocaleString("en")} at a time.`,
    { issues: [{ path: "file", message: `at most ${limits.maxDataRows} rows` }] },
  );
}

function tooManyColumns(limits: SpreadsheetLimits): AppError {
  return new AppError("validation_failed", `The file has more than ${limits.maxColumns} columns.`, {
    issues: [{ path: "file", message: `at most ${limits.maxColumns} columns` }],
  });
}

/**
 * Decodes CSV bytes: a byte-order mark decides; otherwise UTF-8, falling back to Windows-1252,
 * which is what Dutch Excel writes when a sheet is saved as plain "CSV". Bytes that are not
 * text at all are refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 65_536);
  let controlBytes = 0;
  for (const byte of sample) {
    if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controlBytes++;
  }
  if (controlBytes > 0) {
    throw new AppError(
      "unsupported_media_type",
      "The file is not a text CSV file. Upload the list as an Excel workbook (.xlsx) or as CSV (.csv).",
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator of a CSV file: the one that occurs most often in its first line, outside quotes; `;` wins a tie. */
export function detectSeparator(text: string): ";" | "," | "\t" {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const counts = new Map<string, number>(separators.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best: ";" | "," | "\t" = ";";
  for (const separator of separators) {
    if (counts.get(separator)! > counts.get(best)!) best = separator;
  }
  return best;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** Keeps the non-empty rows, checks the limits and splits off the header. */
function toSheet(
  numbered: Iterable<SheetRow>,
  limits: SpreadsheetLimits,
  description: Pick<ParsedSheet, "format" | "sheetName" | "separator">,
): ParsedSheet {
  let header: SheetRow | undefined;
  const rows: SheetRow[] = [];
  for (const row of numbered) {
    if (isBlank(row.cells)) continue;
    if (row.cells.length > limits.maxColumns && !isBlank(row.cells.slice(limits.maxColumns))) {
      throw tooManyColumns(limits);
    }
    const cells = row.cells
      .slice(0, limits.maxColumns)
      .map((cell) => (cell.length > limits.maxCellCharacters ? cell.slice(0, limits.maxCellCharacters) : cell));
    if (!header) header = { row: row.row, cells };
    else {
      rows.push({ row: row.row, cells });
      if (rows.length > limits.maxDataRows) throw tooManyRows(limits);
    }
  }
  if (!header) throw new AppError("document_empty", "The file contains no rows.");
  if (rows.length === 0) {
    throw new AppError("document_empty", "The file contains a header row but no rows of data under it.");
  }
  return { ...description, header, rows };
}

/** Parses CSV bytes (`;`, `,` or tab separated; UTF-8 with or without BOM, or Windows-1252). */
export function parseCsv(bytes: Uint8Array, limits: SpreadsheetLimits): ParsedSheet {
  const text = decodeCsvBytes(bytes);
  if (text.trim() === "") throw new AppError("document_empty", "The file contains no rows.");
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parseCsvText(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: limits.maxCellCharacters * limits.maxColumns,
    }) as string[][];
  } catch (error) {
    throw new AppError("document_unreadable", "The CSV file cannot be read: a quote or a line is malformed.", {
      cause: error,
    });
  }
  // A spreadsheet program shows each record as one row, empty lines included: row number = position + 1.
  const numbered = records.map((cells, index) => ({ row: index + 1, cells }));
  return toSheet(numbered, limits, { format: "csv", sheetName: null, separator });
}

/** The text a person sees in a cell; formulas give their stored result and are never evaluated. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === "string" ? text : cellText(text as ExcelJS.CellValue);
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? "" : cellText(result as ExcelJS.CellValue);
  }
  if ("error" in value) return String(value.error);
  return "";
}

function workbookProblem(code: "document_unreadable" | "document_too_complex", cause: unknown): AppError {
  return code === "document_too_complex"
    ? new AppError(
        "document_too_complex",
        "The Excel workbook is too large or has too many parts when unpacked; save the list in a new, smaller workbook.",
        { cause },
      )
    : new AppError("document_unreadable", "The Excel workbook is damaged and cannot be read.", { cause });
}

/**
 * Parses the first sheet of an XLSX workbook. Before the workbook goes to ExcelJS, its ZIP
 * directory is checked against the limits (number of entries, declared unpacked size, zip-bomb
 * compression ratio), so a hostile archive is refused before anything is inflated.
 */
export async function parseXlsx(bytes: Uint8Array, limits: SpreadsheetLimits): Promise<ParsedSheet> {
  let hasWorkbook: boolean;
  try {
    const archive = await openZipArchive(
      bytes,
      resolveDocumentLimits({
        maxBytes: limits.maxBytes,
        maxUnpackedBytes: limits.maxUnpackedBytes,
        maxArchiveEntries: limits.maxArchiveEntries,
        maxCompressionRatio: limits.maxCompressionRatio,
      }),
    );
    hasWorkbook = archive.names.has("xl/workbook.xml");
    archive.close();
  } catch (error) {
    // The shared ZIP reader words its errors for Word documents; keep the code, say what this file is.
    if (error instanceof AppError && error.code === "document_too_complex") throw workbookProblem(error.code, error);
    throw workbookProblem("document_unreadable", error);
  }
  if (!hasWorkbook) {
    throw new AppError(
      "unsupported_media_type",
      "The file is a ZIP archive but not an Excel workbook. Upload the list as .xlsx or .csv.",
    );
  }

  // Loaded here, not at the top: only the child process that reads a workbook needs it.
  const { default: ExcelJSModule } = await import("exceljs");
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw workbookProblem("document_unreadable", error);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError("document_empty", "The workbook has no sheets.");

  const numbered: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (numbered.length > limits.maxDataRows + 1) throw tooManyRows(limits);
    // `row.values` is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    if (values.length > limits.maxColumns && values.slice(limits.maxColumns).some((value) => cellText(value) !== "")) {
      throw tooManyColumns(limits);
    }
    numbered.push({ row: rowNumber, cells: values.slice(0, limits.maxColumns).map((value) => cellText(value)) });
  });
  return toSheet(numbered, limits, { format: "xlsx", sheetName: sheet.name, separator: null });
}

/**
 * Reads a spreadsheet in this process. Uploads go through `readSpreadsheet`, which parses a
 * workbook in a child process (where a hostile file costs at most one killed process); this
 * function is what that child runs, and what tests use.
 */
export async function parseSpreadsheetInProcess(
  input: SpreadsheetInput,
  limits: Partial<SpreadsheetLimits> = {},
): Promise<ParsedSheet> {
  const resolved = resolveSpreadsheetLimits(limits);
  refuseOversizedSpreadsheet(input, resolved);
  const format = detectSpreadsheetFormat(input);
  return format === "csv" ? parseCsv(input.bytes, resolved) : parseXlsx(input.bytes, resolved);
}

/** Refuses an upload over the byte limit before anything reads it. */
export function refuseOversizedSpreadsheet(input: SpreadsheetInput, limits: SpreadsheetLimits): void {
  if (input.bytes.byteLength > limits.maxBytes) {
    const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
    throw new AppError(
      "payload_too_large",
      `The file is ${megabytes(input.bytes.byteLength)} MB; lists of at most ${megabytes(limits.maxBytes)} MB can be imported.`,
    );
  }
}
