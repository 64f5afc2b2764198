import { registerTransferPaths } from "@art28/contract";
import type { MessageKey } from "../i18n/messages.ts";

/** The file formats a download can come in. The whole register's CSV is a ZIP with one file per table. */
export const exportFormats = ["xlsx", "csv", "csvZip", "json", "jsonld"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** One export on the export page: what it is, who needs it, and where to fetch each format. */
export interface ExportDefinition {
  id: "register" | "processing_register" | "recipients" | "dpv";
  title: MessageKey;
  contents: MessageKey;
  audience: MessageKey;
  formats: readonly ExportFormat[];
}

/** The exports in the order of the page: the whole register first, the derived documents after it. */
export const exportDefinitions: readonly ExportDefinition[] = [
  {
    id: "register",
    title: "tools.export.register.title",
    contents: "tools.export.register.contents",
    audience: "tools.export.register.audience",
    formats: ["xlsx", "csvZip", "json"],
  },
  {
    id: "recipients",
    title: "tools.export.recipients.title",
    contents: "tools.export.recipients.contents",
    audience: "tools.export.recipients.audience",
    formats: ["xlsx", "csv", "json"],
  },
  {
    id: "processing_register",
    title: "tools.export.processingRegister.title",
    contents: "tools.export.processingRegister.contents",
    audience: "tools.export.processingRegister.audience",
    formats: ["xlsx", "csv", "json"],
  },
  {
    id: "dpv",
    title: "tools.export.dpv.title",
    contents: "tools.export.dpv.contents",
    audience: "tools.export.dpv.audience",
    formats: ["jsonld"],
  },
];

const exportPaths: Record<ExportDefinition["id"], (organisationId: string) => string> = {
  register: registerTransferPaths.registerExport,
  processing_register: registerTransferPaths.processingRegisterExport,
  recipients: registerTransferPaths.recipientsExport,
  dpv: registerTransferPaths.dpvExport,
};

/** The download address of one export in one format. JSON-LD has one format, so it takes no parameter. */
export function exportUrl(organisationId: string, id: ExportDefinition["id"], format: ExportFormat): string {
  const path = exportPaths[id](encodeURIComponent(organisationId));
  if (format === "jsonld") return path;
  return `${path}?${new URLSearchParams({ format: format === "csvZip" ? "csv" : format }).toString()}`;
}

/** The name of a format as the download link shows it. */
export const exportFormatLabels: Record<ExportFormat, MessageKey> = {
  xlsx: "tools.export.format.xlsx",
  csv: "tools.export.format.csv",
  csvZip: "tools.export.format.csvZip",
  json: "tools.export.format.json",
  jsonld: "tools.export.format.jsonld",
};
