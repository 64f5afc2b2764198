import { checkUploadMaxBytes } from "@art28/contract";
import type { MessageKey } from "../i18n/messages.ts";

/**
 * File name endings the check reads. The server decides by the bytes in the end; this list
 * only spares people an upload that is bound to fail.
 */
export const checkFileExtensions = [".pdf", ".docx", ".txt", ".md", ".mdx", ".markdown", ".html", ".htm"] as const;

/** The `accept` attribute of the file input: the same list, so the file picker offers the right files. */
export const checkFileAccept = checkFileExtensions.join(",");

/** What a file needs for a check: a name and a size, as `File` has them. */
export interface CandidateFile {
  name: string;
  size: number;
}

/** The message explaining why a file cannot be checked, or null when it is worth sending. */
export function checkFileProblem(file: CandidateFile | null): MessageKey | null {
  if (!file) return "check.fileMissing";
  const name = file.name.trim().toLowerCase();
  if (!checkFileExtensions.some((extension) => name.endsWith(extension))) return "check.fileType";
  if (file.size > checkUploadMaxBytes) return "check.fileTooLarge";
  if (file.size === 0) return "check.fileEmpty";
  return null;
}

/** A file size the way people read it: "850 kB", "12,4 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: "kilobyte" | "megabyte", digits: number) =>
    new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return format(Math.max(1, Math.round(bytes / 1024)), "kilobyte", 0);
  return format(bytes / (1024 * 1024), "megabyte", 1);
}
