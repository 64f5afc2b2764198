import {
  counterpartyImportFields,
  counterpartyImportMappingSchema,
  type CounterpartyImportMapping,
  type CounterpartyImportPreview,
  type CounterpartyImportResult,
  type DpvExport,
  type FieldIssue,
  type ProcessingRegister,
  type RecipientsList,
  type RegisterExport,
  type RegisterExportFormat,
} from "@art28/contract";
import type { RelationshipFacts } from "@art28/domain";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess } from "../data-access/counterparties.ts";
import { createOrganisationDataAccess } from "../data-access/organisations.ts";
import { createRegisterExportDataAccess } from "../data-access/register-export.ts";
import { createRegisterFactsDataAccess } from "../data-access/register-facts.ts";
import { AppError } from "../errors.ts";
import { buildProcessingRegister, buildRecipientsList } from "../register-transfer/article-30-records.ts";
import {
  findMappingProblems,
  importFieldLabels,
  requiredImportFields,
  suggestMapping,
} from "../register-transfer/column-mapping.ts";
import { toCsv } from "../register-transfer/csv-output.ts";
import { buildDpvExport } from "../register-transfer/dpv-export.ts";
import { exportFileName, mediaTypes, type ExportFile } from "../register-transfer/export-files.ts";
import {
  processingRegisterTable,
  recipientsTable,
  registerExportTables,
  type ExportTable,
} from "../register-transfer/export-tables.ts";
import type { ParsedSheet } from "../register-transfer/parse-spreadsheet.ts";
import { readSpreadsheet } from "../register-transfer/read-spreadsheet.ts";
import { buildRegisterExport } from "../register-transfer/register-export-document.ts";
import { validateRows, type RowValidation } from "../register-transfer/row-validation.ts";
import type { SpreadsheetInput } from "../register-transfer/spreadsheet-format.ts";
import type { SpreadsheetLimits } from "../register-transfer/spreadsheet-limits.ts";
import { toXlsx } from "../register-transfer/xlsx-output.ts";
import { writeZip } from "../register-transfer/zip-writer.ts";
import { createAuditTrail } from "./audit-trail.ts";
import { authorize, type Actor } from "./authorization.ts";
import type { RegisterDependencies } from "./register-dependencies.ts";

/** How many row problems a refused import lists; the preview has them all. */
const maxListedIssues = 500;
/** Valid rows the preview shows as they would be stored. */
const sampleSize = 10;

/** An import form as the route received it. */
export interface ImportUpload {
  file: SpreadsheetInput;
  /** The mapping as the client sent it (JSON text); the suggested mapping when left out. */
  mappingText?: string | undefined;
  /** Import the valid rows and report the others, instead of refusing the whole file. */
  skipInvalid: boolean;
}

/** Parses the mapping form field; a malformed one is the client's mistake, named per field. */
function parseMapping(mappingText: string | undefined): CounterpartyImportMapping | undefined {
  if (mappingText === undefined || mappingText.trim() === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(mappingText);
  } catch {
    throw new AppError("validation_failed", "The mapping is not valid JSON.", {
      issues: [{ path: "mapping", message: "not valid JSON" }],
    });
  }
  const parsed = counterpartyImportMappingSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError("validation_failed", "The mapping contains invalid values.", {
      issues: parsed.error.issues.map((issue) => ({
        path: ["mapping", ...issue.path.map(String)].join("."),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

function columnCountOf(sheet: ParsedSheet): number {
  return Math.max(sheet.header.cells.length, ...sheet.rows.map((row) => row.cells.length));
}

function rowIssues(validation: RowValidation): FieldIssue[] {
  const issues = validation.invalid.flatMap((invalid) =>
    invalid.problems.map((problem) => ({
      path: `rows.${invalid.row}${problem.field ? `.${problem.field}` : ""}`,
      message: `Rij ${invalid.row}: ${problem.message.nl} / Row ${invalid.row}: ${problem.message.en}`,
    })),
  );
  return issues.slice(0, maxListedIssues);
}

/**
 * Import of counterparties from CSV and XLSX (with a column mapping and a dry run) and the
 * exports of the register: everything as JSON, CSV or XLSX, the processor's register of
 * Art. 30(2) GDPR, the controller's recipients (Art. 30(1)(d)) and the register in DPV JSON-LD.
 */
export function createRegisterTransferService(
  dependencies: RegisterDependencies & { spreadsheetLimits?: Partial<SpreadsheetLimits> },
) {
  const { database, now } = dependencies;

  async function readUpload(upload: SpreadsheetInput): Promise<ParsedSheet> {
    return readSpreadsheet(upload, dependencies.spreadsheetLimits);
  }

  async function existingCounterparties(organisationId: string) {
    return withOrganisationScope(database, organisationId, async (transaction) =>
      (await createCounterpartyDataAccess(transaction, organisationId).list()).map(({ name, kvkNumber }) => ({
        name,
        kvkNumber,
      })),
    );
  }

  /** Everything of the organisation's register at `now`, as the JSON export presents it. */
  async function registerDocument(organisationId: string): Promise<RegisterExport> {
    const moment = now();
    // Organisations are not tenant rows: read outside the scope, like every organisation lookup.
    const organisation = await createOrganisationDataAccess(database).findById(organisationId);
    if (!organisation) throw new AppError("not_found", "Organisation not found.");
    const { data, facts } = await withOrganisationScope(database, organisationId, async (transaction) => ({
      data: await createRegisterExportDataAccess(transaction, organisationId).load(),
      facts: await createRegisterFactsDataAccess(transaction, organisationId).load(),
    }));
    const factsByRelationship = new Map<string, RelationshipFacts>(
      facts.map((entry) => [entry.relationshipId, entry.facts]),
    );
    return buildRegisterExport(organisation, data, factsByRelationship, moment);
  }

  async function tableFile<Json>(
    format: RegisterExportFormat,
    what: string,
    organisationName: string,
    json: Json,
    tables: () => ExportTable[],
  ): Promise<ExportFile<Json>> {
    const moment = now();
    switch (format) {
      case "json":
        return {
          fileName: exportFileName(what, organisationName, moment, "json"),
          mediaType: mediaTypes.json,
          body: json,
        };
      case "xlsx":
        return {
          fileName: exportFileName(what, organisationName, moment, "xlsx"),
          mediaType: mediaTypes.xlsx,
          body: await toXlsx(tables(), moment),
        };
      case "csv": {
        const all = tables();
        if (all.length === 1) {
          const [only] = all;
          return {
            fileName: exportFileName(what, organisationName, moment, "csv"),
            mediaType: mediaTypes.csv,
            body: toCsv(only!.headers, only!.rows),
          };
        }
        return {
          fileName: exportFileName(what, organisationName, moment, "zip"),
          mediaType: mediaTypes.zip,
          body: writeZip(
            all.map((table) => ({ name: `${table.fileStem}.csv`, content: toCsv(table.headers, table.rows) })),
            moment,
          ),
        };
      }
    }
  }

  return {
    /**
     * Reads the file, recognises the columns and validates every row with the mapping sent (or
     * the suggested one). Nothing is written. `receive` reads the upload; it is called only
     * after the actor is authorised, so a refused request is not buffered.
     */
    async previewCounterpartyImport(
      actor: Actor,
      organisationId: string,
      receive: () => Promise<ImportUpload>,
    ): Promise<CounterpartyImportPreview> {
      authorize(actor, organisationId, "counterparties.write");
      const { file: upload, mappingText } = await receive();
      const sentMapping = parseMapping(mappingText);
      const sheet = await readUpload(upload);
      const columnCount = columnCountOf(sheet);
      const suggestedMapping = suggestMapping(sheet.header.cells);
      const mapping = sentMapping ?? suggestedMapping;
      const mappingProblems = findMappingProblems(mapping, columnCount);
      let dryRun: CounterpartyImportPreview["dryRun"] = null;
      if (mappingProblems.length === 0) {
        const validation = validateRows(sheet.rows, mapping, await existingCounterparties(organisationId));
        dryRun = {
          totalRows: validation.totalRows,
          validRows: validation.valid.length,
          invalidRows: validation.invalid,
          sample: validation.valid.slice(0, sampleSize),
        };
      }
      return {
        fileName: upload.fileName,
        format: sheet.format,
        sheetName: sheet.sheetName,
        separator: sheet.separator,
        headerRow: sheet.header.row,
        headers: Array.from({ length: columnCount }, (_, index) => sheet.header.cells[index]?.trim() ?? ""),
        targetFields: counterpartyImportFields.map((field) => ({
          field,
          required: requiredImportFields.includes(field),
          label: importFieldLabels[field],
        })),
        suggestedMapping,
        mapping,
        mappingProblems,
        dryRun,
      };
    },

    /**
     * Validates the file again (the preview is never trusted) and writes the valid rows in one
     * transaction with one audit event per counterparty. With an invalid row and without
     * `skipInvalid` nothing is written and the rows are listed (422 `validation_failed`).
     * `receive` reads the upload, only after the actor is authorised.
     */
    async importCounterparties(
      actor: Actor,
      organisationId: string,
      receive: () => Promise<ImportUpload>,
    ): Promise<CounterpartyImportResult> {
      authorize(actor, organisationId, "counterparties.write");
      const options = await receive();
      const upload = options.file;
      const sentMapping = parseMapping(options.mappingText);
      const sheet = await readUpload(upload);
      const mapping = sentMapping ?? suggestMapping(sheet.header.cells);
      const mappingProblems = findMappingProblems(mapping, columnCountOf(sheet));
      if (mappingProblems.length > 0) {
        throw new AppError("validation_failed", "The column mapping cannot be used; nothing was imported.", {
          issues: mappingProblems.map((problem) => ({
            path: `mapping${problem.field ? `.${problem.field}` : ""}`,
            message: `${problem.message.nl} / ${problem.message.en}`,
          })),
        });
      }

      return withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparties = createCounterpartyDataAccess(transaction, organisationId);
        // Compared under the organisation's counterparty lock, in the transaction that writes, so the
        // duplicate check sees every committed counterparty and none can be added before this commits.
        await counterparties.lockWrites();
        const existing = (await counterparties.list()).map(({ name, kvkNumber }) => ({ name, kvkNumber }));
        const validation = validateRows(sheet.rows, mapping, existing);
        if (validation.invalid.length > 0 && !options.skipInvalid) {
          throw new AppError(
            "validation_failed",
            `${validation.invalid.length} of ${validation.totalRows} rows are invalid; nothing was imported. Correct them, or choose to skip invalid rows.`,
            { issues: rowIssues(validation) },
          );
        }
        if (validation.valid.length === 0) {
          throw new AppError("validation_failed", "No row of the file can be imported; nothing was imported.", {
            issues: rowIssues(validation),
          });
        }
        const trail = createAuditTrail(transaction, organisationId, { userId: actor.userId, label: actor.label }, now);
        const entries = [];
        for (const { row, values } of validation.valid) {
          const record = await counterparties.insert(values);
          entries.push({
            entityId: record.id,
            changes: { ...values, importedFrom: { fileName: upload.fileName, row } },
          });
        }
        await trail.recordedMany("counterparty", "imported", entries);
        return {
          totalRows: validation.totalRows,
          created: validation.valid.length,
          skippedRows: validation.invalid.map((invalid) => invalid.row),
        };
      });
    },

    /** Everything of the register: JSON (one document), XLSX (a sheet per table) or CSV (a ZIP with a file per table). */
    async exportRegister(
      actor: Actor,
      organisationId: string,
      format: RegisterExportFormat,
    ): Promise<ExportFile<RegisterExport>> {
      authorize(actor, organisationId, "register.read");
      const document = await registerDocument(organisationId);
      return tableFile(format, "register", document.organisation.name, document, () => registerExportTables(document));
    },

    /** The processor's register of Art. 30(2) GDPR, generated from the data. */
    async exportProcessingRegister(
      actor: Actor,
      organisationId: string,
      format: RegisterExportFormat,
    ): Promise<ExportFile<ProcessingRegister>> {
      authorize(actor, organisationId, "register.read");
      const document = await registerDocument(organisationId);
      const register = buildProcessingRegister(document);
      return tableFile(format, "verwerkingsregister-art-30-2", document.organisation.name, register, () => [
        processingRegisterTable(register),
      ]);
    },

    /** The controller's list of recipients (Art. 30(1)(d) GDPR), generated from the data. */
    async exportRecipients(
      actor: Actor,
      organisationId: string,
      format: RegisterExportFormat,
    ): Promise<ExportFile<RecipientsList>> {
      authorize(actor, organisationId, "register.read");
      const document = await registerDocument(organisationId);
      const recipients = buildRecipientsList(document);
      return tableFile(format, "ontvangers", document.organisation.name, recipients, () => [
        recipientsTable(recipients),
      ]);
    },

    /** The register in the W3C Data Privacy Vocabulary, as JSON-LD. */
    async exportDpv(actor: Actor, organisationId: string): Promise<ExportFile<DpvExport>> {
      authorize(actor, organisationId, "register.read");
      const document = await registerDocument(organisationId);
      return {
        fileName: exportFileName("register-dpv", document.organisation.name, now(), "jsonld"),
        mediaType: mediaTypes.jsonLd,
        body: buildDpvExport(document),
      };
    },
  };
}
export type RegisterTransferService = ReturnType<typeof createRegisterTransferService>;
