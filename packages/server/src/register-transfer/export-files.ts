import { calendarDateOf } from "@art28/domain";

/** A file an export endpoint sends: its bytes or JSON value, its media type and its download name. */
export interface ExportFile<Json = unknown> {
  fileName: string;
  mediaType: string;
  /** A Buffer for CSV, ZIP and XLSX; a value for JSON, which the route serialises through its response schema. */
  body: Buffer | Json;
}

export const mediaTypes = {
  json: "application/json; charset=utf-8",
  jsonLd: "application/ld+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Lower-case ASCII words joined by hyphens, for file names ("Gemeente Voorbeeld" → "gemeente-voorbeeld"). */
export function slug(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 60) || "organisatie";
}

/** `art28-<what>-<organisation>-<YYYY-MM-DD>.<extension>`, dated in the register's time zone. */
export function exportFileName(what: string, organisationName: string, now: Date, extension: string): string {
  return `art28-${what}-${slug(organisationName)}-${calendarDateOf(now)}.${extension}`;
}
