import {
  bulkDocumentMaxFiles,
  bulkDocumentMaxTotalBytes,
  checkUploadMaxBytes,
  counterpartyImportLimits,
} from "@art28/contract";
import { checkFileExtensions } from "../check/check-file.ts";
import type { MessageKey } from "../i18n/messages.ts";

/** What a file check needs: a name and a size, as `File` has them. */
export interface CandidateFile {
  name: string;
  size: number;
}

/** File name endings of a counterparty list. */
export const importFileExtensions = [".csv", ".xlsx"] as const;

/** The `accept` attribute of the import's file input. */
export const importFileAccept = importFileExtensions.join(",");

/** The largest counterparty list the server reads, told to the user before they choose. */
export const importFileMaxBytes = counterpartyImportLimits.maxBytes;

/** Why a counterparty list cannot be imported, or null when it is worth sending. */
export function importFileProblem(file: CandidateFile | null): MessageKey | null {
  if (!file) return "tools.import.fileMissing";
  const name = file.name.trim().toLowerCase();
  if (!importFileExtensions.some((extension) => name.endsWith(extension))) return "tools.import.fileType";
  if (file.size > importFileMaxBytes) return "tools.import.fileTooLarge";
  if (file.size === 0) return "tools.import.fileEmpty";
  return null;
}

/** At most this many signed agreements go in one bulk upload. */
export const bulkUploadMaxFiles = bulkDocumentMaxFiles;

/** All files of one bulk upload together may be at most this large. */
export const bulkUploadMaxTotalBytes = bulkDocumentMaxTotalBytes;

/** Why one signed agreement cannot be uploaded, or null when it is worth sending. The same rules as the public check. */
export function agreementFileProblem(file: CandidateFile): MessageKey | null {
  const name = file.name.trim().toLowerCase();
  if (!checkFileExtensions.some((extension) => name.endsWith(extension))) return "tools.bulk.fileType";
  if (file.size > checkUploadMaxBytes) return "tools.bulk.fileTooLarge";
  if (file.size === 0) return "tools.bulk.fileEmpty";
  return null;
}
