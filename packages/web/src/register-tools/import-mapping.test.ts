import type { CounterpartyImportMapping, CounterpartyImportPreview } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  columnLetter,
  fieldsSharingColumn,
  invalidRowLines,
  invalidRowNumbers,
  listNumbers,
  sameMapping,
  unfilledRequiredFields,
  withColumn,
} from "./import-mapping.ts";

const mapping: CounterpartyImportMapping = {
  columns: { name: 0, kvkNumber: 1, country: 2 },
  defaultCategory: null,
  defaultCountry: null,
};

const targetFields: CounterpartyImportPreview["targetFields"] = [
  { field: "name", required: true, label: { nl: "Naam", en: "Name" } },
  { field: "kvkNumber", required: false, label: { nl: "KvK-nummer", en: "KvK number" } },
  { field: "country", required: true, label: { nl: "Land", en: "Country" } },
  { field: "category", required: true, label: { nl: "Categorie", en: "Category" } },
];

describe("the column mapping of an import", () => {
  it("names columns as a spreadsheet does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("treats a field left out and a field set to null as the same mapping", () => {
    expect(sameMapping(mapping, { ...mapping, columns: { ...mapping.columns, category: null } })).toBe(true);
    expect(sameMapping(mapping, withColumn(mapping, "kvkNumber", 3))).toBe(false);
    expect(sameMapping(mapping, { ...mapping, defaultCategory: "other" })).toBe(false);
  });

  it("finds fields that read the same column", () => {
    expect(fieldsSharingColumn(mapping)).toEqual([]);
    expect(fieldsSharingColumn(withColumn(mapping, "contactName", 0)).sort()).toEqual(["contactName", "name"]);
  });

  it("asks for a column or a default for every required field", () => {
    expect(unfilledRequiredFields({ targetFields }, mapping)).toEqual(["category"]);
    expect(unfilledRequiredFields({ targetFields }, { ...mapping, defaultCategory: "other" })).toEqual([]);
    const withoutColumns = { columns: {}, defaultCategory: "other", defaultCountry: "NL" } as const;
    expect(unfilledRequiredFields({ targetFields }, withoutColumns)).toEqual(["name"]);
  });

  it("lists the dry run's problems by row in the interface language", () => {
    const dryRun = {
      invalidRows: [
        {
          row: 9,
          problems: [
            {
              field: "country" as const,
              code: "unknown_country" as const,
              value: "XX",
              message: { nl: 'Onbekende landcode "XX"', en: 'Unknown country code "XX"' },
            },
          ],
        },
        {
          row: 4,
          problems: [
            {
              field: "name" as const,
              code: "required" as const,
              value: null,
              message: { nl: "Naam ontbreekt", en: "Name is missing" },
            },
            {
              field: "kvkNumber" as const,
              code: "invalid_kvk_number" as const,
              value: "123",
              message: { nl: "KvK-nummer heeft 8 cijfers", en: "A KvK number has 8 digits" },
            },
          ],
        },
      ],
    };
    expect(invalidRowLines(dryRun, "nl")).toEqual([
      { row: 4, field: "name", value: null, message: "Naam ontbreekt" },
      { row: 4, field: "kvkNumber", value: "123", message: "KvK-nummer heeft 8 cijfers" },
      { row: 9, field: "country", value: "XX", message: 'Onbekende landcode "XX"' },
    ]);
    expect(invalidRowLines(dryRun, "en")[2]?.message).toBe('Unknown country code "XX"');
    expect(invalidRowNumbers(dryRun)).toEqual([4, 9]);
  });

  it("lists row numbers as a sentence does", () => {
    expect(listNumbers([4], "nl")).toBe("4");
    expect(listNumbers([4, 9, 12], "nl")).toBe("4, 9 en 12");
    expect(listNumbers([4, 9], "en")).toBe("4 and 9");
  });
});
