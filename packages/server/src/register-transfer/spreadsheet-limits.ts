import { counterpartyImportLimits } from "@art28/contract";

/** What reading one uploaded spreadsheet may cost. Every limit protects the server from a hostile file. */
export interface SpreadsheetLimits {
  /** Size of the upload in bytes. */
  maxBytes: number;
  /** Non-empty rows under the header row. */
  maxDataRows: number;
  maxColumns: number;
  /** Characters in one cell; longer cells are cut here (the row validation refuses them anyway). */
  maxCellCharacters: number;
  /** Bytes an XLSX may unpack to, as its central directory declares them. */
  maxUnpackedBytes: number;
  /** Entries in an XLSX (ZIP) archive. */
  maxArchiveEntries: number;
  /** Compression ratio above which a large archive entry is taken for a zip bomb. */
  maxCompressionRatio: number;
  /** Wall-clock time for parsing in the child process, start-up included. */
  timeoutMilliseconds: number;
  /** V8 heap of the child process. */
  memoryMegabytes: number;
}

export const defaultSpreadsheetLimits: SpreadsheetLimits = {
  maxBytes: counterpartyImportLimits.maxBytes,
  maxDataRows: counterpartyImportLimits.maxDataRows,
  maxColumns: counterpartyImportLimits.maxColumns,
  maxCellCharacters: 10_000,
  maxUnpackedBytes: 60 * 1024 * 1024,
  maxArchiveEntries: 500,
  maxCompressionRatio: 200,
  timeoutMilliseconds: 20_000,
  memoryMegabytes: 384,
};

/** The defaults with the given limits replaced. */
export function resolveSpreadsheetLimits(limits: Partial<SpreadsheetLimits> = {}): SpreadsheetLimits {
  const resolved = { ...defaultSpreadsheetLimits };
  for (const [name, value] of Object.entries(limits) as [keyof SpreadsheetLimits, number | undefined][]) {
    if (value !== undefined) resolved[name] = value;
  }
  return resolved;
}
