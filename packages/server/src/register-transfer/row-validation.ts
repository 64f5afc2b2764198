import {
  createCounterpartyRequestSchema,
  type CounterpartyImportField,
  type CounterpartyImportMapping,
  type ImportInvalidRow,
  type ImportRowProblem,
  type ImportRowProblemCode,
} from "@art28/contract";
import {
  counterpartyCategories,
  counterpartyCategoryLabels,
  countryCodes,
  countryName,
  isCountryCode,
  type CounterpartyCategory,
} from "@art28/domain";
import { z } from "zod";
import { importFieldLabels, normaliseHeader } from "./column-mapping.ts";
import type { SheetRow } from "./parse-spreadsheet.ts";

/** A counterparty as it will be stored. */
export interface ImportedCounterpartyValues {
  name: string;
  kvkNumber: string | null;
  country: string;
  contactName: string | null;
  contactEmail: string | null;
  category: CounterpartyCategory;
  serviceDescription: string;
}

export interface ValidRow {
  row: number;
  values: ImportedCounterpartyValues;
}

/** What the duplicate check compares with: the counterparties already in the register. */
export interface ExistingCounterparty {
  name: string;
  kvkNumber: string | null;
}

export interface RowValidation {
  totalRows: number;
  valid: ValidRow[];
  invalid: ImportInvalidRow[];
}

const maxLengths: Partial<Record<CounterpartyImportField, number>> = {
  name: 200,
  contactName: 200,
  contactEmail: 320,
  serviceDescription: 2000,
};

const emailSchema = z.email();

let countryByName: Map<string, string> | undefined;

/** Country names in Dutch and English (and a few everyday names) to their code, built once. */
function countryNames(): Map<string, string> {
  if (countryByName) return countryByName;
  countryByName = new Map();
  for (const code of countryCodes()) {
    for (const locale of ["nl", "en"] as const) countryByName.set(normaliseHeader(countryName(code, locale)), code);
  }
  for (const [alias, code] of [
    ["holland", "NL"],
    ["thenetherlands", "NL"],
    ["usa", "US"],
    ["unitedstatesofamerica", "US"],
    ["uk", "GB"],
    ["engeland", "GB"],
  ] as const) {
    countryByName.set(alias, code);
  }
  return countryByName;
}

/** An ISO code in any case, or a country name in Dutch or English; undefined when unknown. */
export function resolveCountry(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  return countryNames().get(normaliseHeader(text));
}

const categoryByText = new Map<string, CounterpartyCategory>();
for (const category of counterpartyCategories) {
  categoryByText.set(normaliseHeader(category), category);
  categoryByText.set(normaliseHeader(counterpartyCategoryLabels[category].nl), category);
  categoryByText.set(normaliseHeader(counterpartyCategoryLabels[category].en), category);
}

/** A category key ("payroll") or its Dutch or English label ("Salarisadministratie"); undefined when unknown. */
export function resolveCategory(text: string): CounterpartyCategory | undefined {
  return categoryByText.get(normaliseHeader(text));
}

/** Names that differ only in case, accents or spacing are the same name. */
function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

function problem(
  field: CounterpartyImportField | null,
  code: ImportRowProblemCode,
  value: string | null,
  nl: string,
  en: string,
): ImportRowProblem {
  return { field, code, value, message: { nl, en } };
}

function missing(field: CounterpartyImportField): ImportRowProblem {
  const label = importFieldLabels[field];
  return problem(field, "required", null, `${label.nl} ontbreekt`, `${label.en} is missing`);
}

function kvkProblem(value: string): ImportRowProblem {
  const digits = value.replace(/[\s.]/g, "");
  if (/^\d+$/.test(digits)) {
    const hint = digits.length < 8 ? " Viel er een 0 vooraan weg? Zet de kolom in Excel op Tekst." : "";
    const hintEnglish = digits.length < 8 ? " Did Excel drop a leading 0? Format the column as Text." : "";
    return problem(
      "kvkNumber",
      "invalid_kvk_number",
      value,
      `KvK-nummer heeft 8 cijfers; "${value}" heeft er ${digits.length}.${hint}`,
      `A KvK number has 8 digits; "${value}" has ${digits.length}.${hintEnglish}`,
    );
  }
  return problem(
    "kvkNumber",
    "invalid_kvk_number",
    value,
    `KvK-nummer heeft 8 cijfers; "${value}" is geen nummer.`,
    `A KvK number has 8 digits; "${value}" is not a number.`,
  );
}

/** Checks one row's cells; returns the values to store, or the problems. */
function validateCells(
  cell: (field: CounterpartyImportField) => string,
  mapping: CounterpartyImportMapping,
): { values: ImportedCounterpartyValues } | { problems: ImportRowProblem[] } {
  const problems: ImportRowProblem[] = [];
  for (const [field, max] of Object.entries(maxLengths) as [CounterpartyImportField, number][]) {
    const value = cell(field);
    if (value.length > max) {
      const label = importFieldLabels[field];
      problems.push(
        problem(
          field,
          "too_long",
          value.slice(0, 100),
          `${label.nl} is langer dan ${max} tekens (${value.length}).`,
          `${label.en} is longer than ${max} characters (${value.length}).`,
        ),
      );
    }
  }

  const name = cell("name");
  if (name === "") problems.push(missing("name"));

  const kvkText = cell("kvkNumber");
  const kvkNumber = kvkText === "" ? null : kvkText.replace(/[\s.]/g, "");
  if (kvkNumber !== null && !/^\d{8}$/.test(kvkNumber)) problems.push(kvkProblem(kvkText));

  const countryText = cell("country");
  let country: string | undefined;
  if (countryText === "") {
    country = mapping.defaultCountry ?? undefined;
    if (!country) problems.push(missing("country"));
  } else {
    country = resolveCountry(countryText);
    if (!country) {
      problems.push(
        problem(
          "country",
          "unknown_country",
          countryText,
          `Onbekende landcode "${countryText}"`,
          `Unknown country code "${countryText}"`,
        ),
      );
    }
  }

  const categoryText = cell("category");
  let category: CounterpartyCategory | undefined;
  if (categoryText === "") {
    category = mapping.defaultCategory ?? undefined;
    if (!category) problems.push(missing("category"));
  } else {
    category = resolveCategory(categoryText);
    if (!category) {
      problems.push(
        problem(
          "category",
          "unknown_category",
          categoryText,
          `Onbekende categorie "${categoryText}"`,
          `Unknown category "${categoryText}"`,
        ),
      );
    }
  }

  const emailText = cell("contactEmail");
  if (emailText !== "" && !emailSchema.safeParse(emailText).success) {
    problems.push(
      problem(
        "contactEmail",
        "invalid_email",
        emailText,
        `Ongeldig e-mailadres "${emailText}"`,
        `Invalid e-mail address "${emailText}"`,
      ),
    );
  }

  if (problems.length > 0 || !country || !category) return { problems };
  const values: ImportedCounterpartyValues = {
    name,
    kvkNumber,
    country,
    contactName: cell("contactName") || null,
    contactEmail: emailText || null,
    category,
    serviceDescription: cell("serviceDescription"),
  };
  // The same schema as the API's create request, so an import can never store what a form could not.
  const checked = createCounterpartyRequestSchema.safeParse(values);
  if (!checked.success) {
    return {
      problems: checked.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "") as CounterpartyImportField;
        return problem(
          field in importFieldLabels ? field : null,
          "invalid_value",
          null,
          `Ongeldige waarde: ${issue.message}`,
          `Invalid value: ${issue.message}`,
        );
      }),
    };
  }
  return { values };
}

/**
 * Validates every data row with a mapping: field by field, then duplicates within the file and
 * against the counterparties already in the register. The same KvK number is a duplicate; so is
 * the same name when the row has no KvK number. Within the file the first valid row wins and
 * later rows are reported with the row they repeat. Pure: nothing is read or written.
 */
export function validateRows(
  rows: readonly SheetRow[],
  mapping: CounterpartyImportMapping,
  existing: readonly ExistingCounterparty[],
): RowValidation {
  const existingByKvk = new Map<string, string>();
  const existingByName = new Map<string, string>();
  for (const counterparty of existing) {
    if (counterparty.kvkNumber) existingByKvk.set(counterparty.kvkNumber, counterparty.name);
    existingByName.set(nameKey(counterparty.name), counterparty.name);
  }
  const firstRowByKvk = new Map<string, number>();
  const firstRowByName = new Map<string, number>();

  const valid: ValidRow[] = [];
  const invalid: ImportInvalidRow[] = [];
  for (const sheetRow of rows) {
    const cell = (field: CounterpartyImportField) => {
      const column = mapping.columns[field];
      return column === undefined || column === null ? "" : (sheetRow.cells[column] ?? "").trim();
    };
    const checked = validateCells(cell, mapping);
    if ("problems" in checked) {
      invalid.push({ row: sheetRow.row, problems: checked.problems });
      continue;
    }
    const { values } = checked;
    const problems: ImportRowProblem[] = [];
    if (values.kvkNumber) {
      const inRegister = existingByKvk.get(values.kvkNumber);
      const earlierRow = firstRowByKvk.get(values.kvkNumber);
      if (inRegister !== undefined) {
        problems.push(
          problem(
            "kvkNumber",
            "duplicate_existing",
            values.kvkNumber,
            `Staat al in het register: "${inRegister}" (zelfde KvK-nummer)`,
            `Already in the register: "${inRegister}" (same KvK number)`,
          ),
        );
      } else if (earlierRow !== undefined) {
        problems.push(
          problem(
            "kvkNumber",
            "duplicate_in_file",
            values.kvkNumber,
            `Dubbel: zelfde KvK-nummer als rij ${earlierRow}`,
            `Duplicate: same KvK number as row ${earlierRow}`,
          ),
        );
      }
    } else {
      const key = nameKey(values.name);
      const inRegister = existingByName.get(key);
      const earlierRow = firstRowByName.get(key);
      if (inRegister !== undefined) {
        problems.push(
          problem(
            "name",
            "duplicate_existing",
            values.name,
            `Staat al in het register: "${inRegister}" (zelfde naam, geen KvK-nummer)`,
            `Already in the register: "${inRegister}" (same name, no KvK number)`,
          ),
        );
      } else if (earlierRow !== undefined) {
        problems.push(
          problem(
            "name",
            "duplicate_in_file",
            values.name,
            `Dubbel: zelfde naam als rij ${earlierRow}, zonder KvK-nummer`,
            `Duplicate: same name as row ${earlierRow}, without KvK number`,
          ),
        );
      }
    }
    if (problems.length > 0) {
      invalid.push({ row: sheetRow.row, problems });
      continue;
    }
    if (values.kvkNumber) firstRowByKvk.set(values.kvkNumber, sheetRow.row);
    if (!firstRowByName.has(nameKey(values.name))) firstRowByName.set(nameKey(values.name), sheetRow.row);
    valid.push({ row: sheetRow.row, values });
  }
  return { totalRows: rows.length, valid, invalid };
}
