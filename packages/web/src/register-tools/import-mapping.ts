import type {
  CounterpartyImportField,
  CounterpartyImportMapping,
  CounterpartyImportPreview,
  ImportDryRun,
  Locale,
} from "@art28/contract";

/** The spreadsheet's name of a column: 0 is "A", 25 is "Z", 26 is "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let remaining = index + 1; remaining > 0; remaining = Math.floor((remaining - 1) / 26)) {
    letters = String.fromCharCode(65 + ((remaining - 1) % 26)) + letters;
  }
  return letters;
}

/** A mapping with one field assigned to another column, or to none. */
export function withColumn(
  mapping: CounterpartyImportMapping,
  field: CounterpartyImportField,
  column: number | null,
): CounterpartyImportMapping {
  return { ...mapping, columns: { ...mapping.columns, [field]: column } };
}

/** The column a field is read from, or null when it is not imported. */
export function columnOf(mapping: CounterpartyImportMapping, field: CounterpartyImportField): number | null {
  return mapping.columns[field] ?? null;
}

/**
 * Whether two mappings read the file the same way. A field that is absent and one that is
 * null both mean "not imported", so they compare equal.
 */
export function sameMapping(first: CounterpartyImportMapping, second: CounterpartyImportMapping): boolean {
  const fields = new Set([
    ...Object.keys(first.columns),
    ...Object.keys(second.columns),
  ]) as Set<CounterpartyImportField>;
  for (const field of fields) {
    if (columnOf(first, field) !== columnOf(second, field)) return false;
  }
  return first.defaultCategory === second.defaultCategory && first.defaultCountry === second.defaultCountry;
}

/** Fields that read the same column as another field: almost always a slip when choosing. */
export function fieldsSharingColumn(mapping: CounterpartyImportMapping): CounterpartyImportField[] {
  const byColumn = new Map<number, CounterpartyImportField[]>();
  for (const [field, column] of Object.entries(mapping.columns) as Array<[CounterpartyImportField, number | null]>) {
    if (column === null || column === undefined) continue;
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  return [...byColumn.values()].filter((fields) => fields.length > 1).flat();
}

/**
 * Required fields that neither a column nor a default fills. Country and category may come
 * from a default for every row; the name always needs a column.
 */
export function unfilledRequiredFields(
  preview: Pick<CounterpartyImportPreview, "targetFields">,
  mapping: CounterpartyImportMapping,
): CounterpartyImportField[] {
  return preview.targetFields
    .filter(({ field, required }) => {
      if (!required || columnOf(mapping, field) !== null) return false;
      if (field === "category") return mapping.defaultCategory === null;
      if (field === "country") return mapping.defaultCountry === null;
      return true;
    })
    .map(({ field }) => field);
}

/** One line of the dry run's error table. */
export interface InvalidRowLine {
  row: number;
  field: CounterpartyImportField | null;
  value: string | null;
  message: string;
}

/** The dry run's problems as lines in the interface language, by row number, then in the server's order. */
export function invalidRowLines(dryRun: Pick<ImportDryRun, "invalidRows">, locale: Locale): InvalidRowLine[] {
  return [...dryRun.invalidRows]
    .sort((first, second) => first.row - second.row)
    .flatMap(({ row, problems }) =>
      problems.map((problem) => ({
        row,
        field: problem.field,
        value: problem.value,
        message: problem.message[locale],
      })),
    );
}

/** The rows that will be skipped when the user chooses to import only the valid rows. */
export function invalidRowNumbers(dryRun: Pick<ImportDryRun, "invalidRows">): number[] {
  return [...new Set(dryRun.invalidRows.map(({ row }) => row))].sort((first, second) => first - second);
}

/** "4, 9 en 12" / "4, 9 and 12": row numbers as a sentence would list them. */
export function listNumbers(numbers: readonly number[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(numbers.map(String));
}
