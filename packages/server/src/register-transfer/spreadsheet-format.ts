import { AppError } from "../errors.ts";

export type SpreadsheetFormat = "csv" | "xlsx";

/** An uploaded spreadsheet: its bytes, the name it was uploaded under and the media type the client sent. */
export interface SpreadsheetInput {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string | undefined;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? (match[1] ?? "").toLowerCase() : "";
}

function unsupported(what: string): AppError {
  return new AppError(
    "unsupported_media_type",
    `${what} cannot be imported. Upload the list as an Excel workbook (.xlsx) or as CSV (.csv).`,
  );
}

/** Media types browsers send for CSV files (Windows labels .csv as an Excel type). */
const csvMediaTypes = new Set([
  "text/csv",
  "text/plain",
  "text/tab-separated-values",
  "application/csv",
  "application/vnd.ms-excel",
  "application/octet-stream",
  "",
]);

/**
 * Decides whether an upload is an XLSX workbook or a CSV file: by its bytes first (a workbook
 * renamed to .csv is still a workbook), then by its name. Refuses other formats with
 * `unsupported_media_type`, an encrypted workbook with `document_encrypted`, an empty file
 * with `document_empty`, and a file named .xlsx that is no workbook with `document_unreadable`.
 */
export function detectSpreadsheetFormat(input: SpreadsheetInput): SpreadsheetFormat {
  const { bytes } = input;
  if (bytes.byteLength === 0) throw new AppError("document_empty", "The uploaded file is empty (0 bytes).");
  const extension = extensionOf(input.fileName);
  const mediaType = (input.mediaType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

  if (startsWith(bytes, zipSignature) || startsWith(bytes, emptyZipSignature)) {
    if (extension === "ods") throw unsupported("An OpenDocument spreadsheet (.ods)");
    if (extension === "docx" || extension === "pptx") throw unsupported("A Word or PowerPoint file");
    return "xlsx";
  }
  if (startsWith(bytes, oleSignature)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (
      text.includes(Buffer.from("EncryptionInfo", "utf16le")) ||
      text.includes(Buffer.from("EncryptedPackage", "utf16le"))
    ) {
      throw new AppError(
        "document_encrypted",
        "The workbook is protected with a password. Remove the protection and upload it again.",
      );
    }
    throw unsupported("A legacy Excel 97–2003 file (.xls)");
  }
  if (extension === "xlsx" || extension === "xlsm") {
    throw new AppError(
      "document_unreadable",
      "The file is named .xlsx but is not a valid Excel workbook; it may be damaged.",
    );
  }
  if (extension === "xls") throw unsupported("A legacy Excel 97–2003 file (.xls)");
  if (["csv", "txt", "tsv", ""].includes(extension) && csvMediaTypes.has(mediaType)) return "csv";
  if (["csv", "txt", "tsv"].includes(extension)) return "csv";
  throw unsupported(extension ? `A .${extension} file` : "This file");
}
