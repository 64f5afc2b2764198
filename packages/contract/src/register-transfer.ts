import {
  agreementKinds,
  counterpartyCategories,
  organisationKinds,
  roleOutcomes,
  subProcessorAuthorisationStatuses,
  transferSafeguards,
} from "@art28/domain";
import { z } from "zod";
import { counterpartySchema } from "./counterparties.ts";
import {
  agreementSchema,
  auditSchema,
  breachSchema,
  calendarDateSchema,
  certificationSchema,
  countryCodeSchema,
  processingSpecificationSchema,
  relationshipStatusSchema,
  securityMeasureSchema,
  subProcessorSchema,
} from "./register.ts";

/**
 * Import of counterparties from a spreadsheet (CSV or XLSX) and exports of the register:
 * everything as JSON, CSV or XLSX, the processor's register of Art. 30(2) GDPR, the controller's
 * list of recipients (Art. 30(1)(d)), and the register in the W3C Data Privacy Vocabulary.
 * See docs/import-export.md.
 */

const bilingualTextSchema = z.object({ nl: z.string(), en: z.string() });

// --- Import ----------------------------------------------------------------------------------

/** What one upload may hold: checked before anything is parsed, and while parsing. */
export const counterpartyImportLimits = {
  /** Size of the uploaded file. */
  maxBytes: 5 * 1024 * 1024,
  /** Rows under the header row. */
  maxDataRows: 5_000,
  maxColumns: 100,
} as const;

/** The counterparty fields a spreadsheet column can fill (those of `createCounterpartyRequestSchema`). */
export const counterpartyImportFields = [
  "name",
  "kvkNumber",
  "country",
  "contactName",
  "contactEmail",
  "category",
  "serviceDescription",
] as const;
export type CounterpartyImportField = (typeof counterpartyImportFields)[number];

const columnIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(counterpartyImportLimits.maxColumns - 1);

/**
 * Which column (0-based, in the order of `headers`) fills which field; a field left out or
 * `null` is not imported. A file without a category or country column can name one for all rows.
 */
export const counterpartyImportMappingSchema = z.object({
  columns: z.partialRecord(z.enum(counterpartyImportFields), columnIndexSchema.nullable()),
  defaultCategory: z.enum(counterpartyCategories).nullable().default(null),
  defaultCountry: countryCodeSchema.nullable().default(null),
});
export type CounterpartyImportMapping = z.infer<typeof counterpartyImportMappingSchema>;
export type CounterpartyImportMappingInput = z.input<typeof counterpartyImportMappingSchema>;

/** Stable keys of what can be wrong with one row. */
export const importRowProblemCodes = [
  "required",
  "too_long",
  "invalid_kvk_number",
  "unknown_country",
  "invalid_email",
  "unknown_category",
  "invalid_value",
  "duplicate_in_file",
  "duplicate_existing",
] as const;
export type ImportRowProblemCode = (typeof importRowProblemCodes)[number];

export const importRowProblemSchema = z.object({
  /** The field the problem is about; null when it concerns the row as a whole. */
  field: z.enum(counterpartyImportFields).nullable(),
  code: z.enum(importRowProblemCodes),
  /** The cell as it was in the file (trimmed); null when the cell was empty or not mapped. */
  value: z.string().nullable(),
  message: bilingualTextSchema,
});
export type ImportRowProblem = z.infer<typeof importRowProblemSchema>;

export const importInvalidRowSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1 in a file that starts with it). */
  row: z.number().int().min(1),
  problems: z.array(importRowProblemSchema),
});
export type ImportInvalidRow = z.infer<typeof importInvalidRowSchema>;

/** A problem with the mapping itself (no name column, one column for two fields, …). */
export const importMappingProblemSchema = z.object({
  field: z.enum(counterpartyImportFields).nullable(),
  message: bilingualTextSchema,
});

const importedCounterpartyValuesSchema = z.object({
  name: z.string(),
  kvkNumber: z.string().nullable(),
  country: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  category: z.enum(counterpartyCategories),
  serviceDescription: z.string(),
});

/** The outcome of validating every row with one mapping. Nothing is written. */
export const importDryRunSchema = z.object({
  /** Data rows (non-empty rows under the header). */
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.array(importInvalidRowSchema),
  /** The first valid rows as they would be stored, so the user can see the mapping at work. */
  sample: z.array(z.object({ row: z.number().int(), values: importedCounterpartyValuesSchema })),
});
export type ImportDryRun = z.infer<typeof importDryRunSchema>;

export const counterpartyImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  /** The sheet that was read (the first one); null for CSV. */
  sheetName: z.string().nullable(),
  /** The separator found in a CSV file; null for XLSX. */
  separator: z.enum([";", ",", "\t"]).nullable(),
  /** Row number of the header row, and its cells. */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  targetFields: z.array(
    z.object({ field: z.enum(counterpartyImportFields), required: z.boolean(), label: bilingualTextSchema }),
  ),
  /** The mapping recognised from the headers. */
  suggestedMapping: counterpartyImportMappingSchema,
  /** The mapping the dry run used: the one sent, or else the suggested one. */
  mapping: counterpartyImportMappingSchema,
  mappingProblems: z.array(importMappingProblemSchema),
  /** Null while the mapping has problems: fix those first. */
  dryRun: importDryRunSchema.nullable(),
});
export type CounterpartyImportPreview = z.infer<typeof counterpartyImportPreviewSchema>;

export const counterpartyImportResultSchema = z.object({
  totalRows: z.number().int(),
  created: z.number().int(),
  /** Row numbers of the invalid rows that were skipped (only with `skipInvalid`). */
  skippedRows: z.array(z.number().int()),
});
export type CounterpartyImportResult = z.infer<typeof counterpartyImportResultSchema>;

/** The form fields of the import besides the file: `mapping` as JSON text, `skipInvalid` as "true" or "false". */
export const counterpartyImportFormSchema = z.object({
  mapping: z.string().max(20_000).optional(),
  skipInvalid: z.enum(["true", "false"]).default("false"),
});

// --- Exports ---------------------------------------------------------------------------------

/**
 * Paths of the import and the exports (see docs/import-export.md); an export takes its format
 * as the query parameter `format` (`registerExportQuerySchema`), the DPV export has one format.
 */
export const registerTransferPaths = {
  importPreview: (organisationId: string) => `/api/organisations/${organisationId}/counterparties/import/preview`,
  import: (organisationId: string) => `/api/organisations/${organisationId}/counterparties/import`,
  registerExport: (organisationId: string) => `/api/organisations/${organisationId}/export`,
  processingRegisterExport: (organisationId: string) =>
    `/api/organisations/${organisationId}/export/processing-register`,
  recipientsExport: (organisationId: string) => `/api/organisations/${organisationId}/export/recipients`,
  dpvExport: (organisationId: string) => `/api/organisations/${organisationId}/export/dpv`,
} as const;

/** Version of the JSON export's shape; raised when a field changes meaning or disappears. */
export const registerExportSchemaVersion = 1;

export const registerExportFormats = ["json", "csv", "xlsx"] as const;
export type RegisterExportFormat = (typeof registerExportFormats)[number];

export const registerExportQuerySchema = z.object({
  format: z.enum(registerExportFormats).default("json"),
});

const exportedOrganisationSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) });

export const exportedRelationshipSchema = z.object({
  id: z.uuid(),
  counterpartyId: z.uuid(),
  counterpartyName: z.string(),
  name: z.string(),
  role: z.enum(roleOutcomes).nullable(),
  notes: z.string(),
  status: relationshipStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The whole register of one organisation. Documents themselves are not included, only their summary. */
export const registerExportSchema = z.object({
  schemaVersion: z.literal(registerExportSchemaVersion),
  generatedAt: z.iso.datetime(),
  organisation: exportedOrganisationSchema,
  counterparties: z.array(counterpartySchema),
  relationships: z.array(exportedRelationshipSchema),
  processingSpecifications: z.array(processingSpecificationSchema.extend({ relationshipId: z.uuid() })),
  securityMeasures: z.array(securityMeasureSchema),
  certifications: z.array(certificationSchema),
  subProcessors: z.array(subProcessorSchema),
  agreements: z.array(agreementSchema.omit({ allowedTransitions: true })),
  audits: z.array(auditSchema),
  breaches: z.array(breachSchema),
});
export type RegisterExport = z.infer<typeof registerExportSchema>;

const exportedTransferSchema = z.object({
  country: z.string(),
  countryName: bilingualTextSchema,
  safeguard: z.enum(transferSafeguards),
  safeguardLabel: bilingualTextSchema,
});

const partySchema = z.object({
  name: z.string(),
  kvkNumber: z.string().nullable(),
  country: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
});

const exportedSubProcessorSummarySchema = z.object({
  name: z.string(),
  service: z.string(),
  country: z.string(),
  authorisationStatus: z.enum(subProcessorAuthorisationStatuses),
});

/**
 * The record of processing activities a processor keeps (Art. 30(2) GDPR): per controller on
 * whose behalf it processes, the categories of processing, transfers with their safeguards, and
 * a general description of the security measures. Which relationships count is explained in
 * `scope` and in docs/decisions/0015-import-export.md.
 */
export const processingRegisterSchema = z.object({
  schemaVersion: z.literal(registerExportSchemaVersion),
  generatedAt: z.iso.datetime(),
  processor: exportedOrganisationSchema,
  scope: bilingualTextSchema,
  entries: z.array(
    z.object({
      relationshipId: z.uuid(),
      activity: z.string(),
      controller: partySchema,
      subjectMatter: z.string(),
      nature: z.string(),
      purposes: z.array(z.string()),
      dataCategories: z.array(z.string()),
      specialCategories: z.array(z.string()),
      processesBsn: z.boolean(),
      dataSubjectCategories: z.array(z.string()),
      storageCountries: z.array(z.string()),
      processingCountries: z.array(z.string()),
      transfers: z.array(exportedTransferSchema),
      subProcessors: z.array(exportedSubProcessorSummarySchema),
      securityMeasures: z.array(z.string()),
      certifications: z.array(
        z.object({ kind: z.string(), name: z.string(), holder: z.string(), expiresOn: calendarDateSchema.nullable() }),
      ),
      agreement: z
        .object({ kind: z.enum(agreementKinds), status: z.string(), signedOn: calendarDateSchema.nullable() })
        .nullable(),
    }),
  ),
});
export type ProcessingRegister = z.infer<typeof processingRegisterSchema>;

export const recipientKinds = [
  "processor",
  "sub_processor",
  "joint_controller",
  "independent_controller",
  "undetermined",
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/**
 * The controller's list of recipients (Art. 30(1)(d) GDPR): per processing activity, the
 * processors and other recipients, where they are, and transfers outside the EEA.
 */
export const recipientsListSchema = z.object({
  schemaVersion: z.literal(registerExportSchemaVersion),
  generatedAt: z.iso.datetime(),
  controller: exportedOrganisationSchema,
  scope: bilingualTextSchema,
  activities: z.array(
    z.object({
      activity: z.string(),
      recipients: z.array(
        z.object({
          relationshipId: z.uuid(),
          name: z.string(),
          kind: z.enum(recipientKinds),
          kindLabel: bilingualTextSchema,
          /** For a sub-processor: the processor that engaged it. */
          via: z.string().nullable(),
          country: z.string(),
          storageCountries: z.array(z.string()),
          processingCountries: z.array(z.string()),
          outsideEea: z.boolean(),
          transfers: z.array(exportedTransferSchema),
        }),
      ),
    }),
  ),
});
export type RecipientsList = z.infer<typeof recipientsListSchema>;

/** A JSON-LD document; its shape is described in docs/import-export.md. */
export const dpvExportSchema = z
  .object({
    "@context": z.record(z.string(), z.unknown()),
    "@graph": z.array(z.record(z.string(), z.unknown())),
  })
  .loose();
export type DpvExport = z.infer<typeof dpvExportSchema>;
