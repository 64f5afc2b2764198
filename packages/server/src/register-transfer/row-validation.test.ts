import { describe, expect, it } from "vitest";
import type { CounterpartyImportMapping } from "@art28/contract";
import { resolveCategory, resolveCountry, validateRows } from "./row-validation.ts";

const mapping: CounterpartyImportMapping = {
  columns: { name: 0, kvkNumber: 1, country: 2, contactEmail: 3, category: 4 },
  defaultCategory: null,
  defaultCountry: null,
};

const row = (number: number, cells: string[]) => ({ row: number, cells });

describe("row validation", () => {
  it("turns a good row into the values to store", () => {
    const result = validateRows(
      [row(2, [" Alfa B.V. ", "1234 5678", "nl", "info@alfa.example", "Salarisadministratie"])],
      mapping,
      [],
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid).toEqual([
      {
        row: 2,
        values: {
          name: "Alfa B.V.",
          kvkNumber: "12345678",
          country: "NL",
          contactName: null,
          contactEmail: "info@alfa.example",
          category: "payroll",
          serviceDescription: "",
        },
      },
    ]);
  });

  it("names the row, the field and the reason in Dutch and English", () => {
    const result = validateRows(
      [
        row(2, ["Alfa", "12345678", "XX", "", "payroll"]),
        row(3, ["Beta", "1234567", "NL", "", "payroll"]),
        row(4, ["", "23456789", "NL", "", "payroll"]),
        row(5, ["Gamma", "", "NL", "geen-adres", "onbekend"]),
      ],
      mapping,
      [],
    );
    expect(result.valid).toEqual([]);
    expect(result.invalid.map((invalid) => [invalid.row, invalid.problems.map((problem) => problem.code)])).toEqual([
      [2, ["unknown_country"]],
      [3, ["invalid_kvk_number"]],
      [4, ["required"]],
      [5, ["unknown_category", "invalid_email"]],
    ]);
    expect(result.invalid[0]!.problems[0]!.message).toEqual({
      nl: 'Onbekende landcode "XX"',
      en: 'Unknown country code "XX"',
    });
    expect(result.invalid[1]!.problems[0]!.message.nl).toMatch(/^KvK-nummer heeft 8 cijfers; "1234567" heeft er 7\./);
    expect(result.invalid[2]!.problems[0]).toMatchObject({ field: "name", message: { nl: "Naam ontbreekt" } });
  });

  it("uses the mapping's default category and country for empty or missing cells", () => {
    const withDefaults: CounterpartyImportMapping = {
      columns: { name: 0, country: 1 },
      defaultCategory: "cloud_hosting",
      defaultCountry: "NL",
    };
    const result = validateRows([row(2, ["Alfa", ""]), row(3, ["Beta", "Duitsland"])], withDefaults, []);
    expect(result.valid.map((valid) => [valid.values.country, valid.values.category])).toEqual([
      ["NL", "cloud_hosting"],
      ["DE", "cloud_hosting"],
    ]);
  });

  it("reports duplicates within the file by KvK number, and by name when there is no KvK number", () => {
    const result = validateRows(
      [
        row(2, ["Alfa", "12345678", "NL", "", "other"]),
        row(3, ["Alfa Nederland", "12345678", "NL", "", "other"]),
        row(4, ["Beta", "", "NL", "", "other"]),
        row(5, ["  beta ", "", "NL", "", "other"]),
      ],
      mapping,
      [],
    );
    expect(result.valid.map((valid) => valid.row)).toEqual([2, 4]);
    expect(
      result.invalid.map((invalid) => [invalid.row, invalid.problems[0]!.code, invalid.problems[0]!.message.en]),
    ).toEqual([
      [3, "duplicate_in_file", "Duplicate: same KvK number as row 2"],
      [5, "duplicate_in_file", "Duplicate: same name as row 4, without KvK number"],
    ]);
  });

  it("lets a valid row win over an earlier invalid one with the same KvK number", () => {
    const result = validateRows(
      [row(2, ["Alfa", "12345678", "XX", "", "other"]), row(3, ["Alfa", "12345678", "NL", "", "other"])],
      mapping,
      [],
    );
    expect(result.valid.map((valid) => valid.row)).toEqual([3]);
  });

  it("reports counterparties that are already in the register", () => {
    const result = validateRows(
      [row(2, ["Nieuw", "87654321", "NL", "", "other"]), row(3, ["Oud B.V.", "", "NL", "", "other"])],
      mapping,
      [
        { name: "Bestaand B.V.", kvkNumber: "87654321" },
        { name: "oud b.v.", kvkNumber: null },
      ],
    );
    expect(result.valid).toEqual([]);
    expect(result.invalid.map((invalid) => invalid.problems[0]!.message.nl)).toEqual([
      'Staat al in het register: "Bestaand B.V." (zelfde KvK-nummer)',
      'Staat al in het register: "oud b.v." (zelfde naam, geen KvK-nummer)',
    ]);
  });

  it("refuses cells longer than the field allows", () => {
    const result = validateRows([row(2, ["x".repeat(201), "", "NL", "", "other"])], mapping, []);
    expect(result.invalid[0]!.problems[0]).toMatchObject({ field: "name", code: "too_long" });
  });
});

describe("country and category words", () => {
  it("accepts codes in any case and country names in Dutch and English", () => {
    expect(resolveCountry("nl")).toBe("NL");
    expect(resolveCountry("Nederland")).toBe("NL");
    expect(resolveCountry("Germany")).toBe("DE");
    expect(resolveCountry("België")).toBe("BE");
    expect(resolveCountry("XX")).toBeUndefined();
    expect(resolveCountry("NLD")).toBeUndefined();
  });

  it("accepts category keys and their Dutch and English labels", () => {
    expect(resolveCategory("payroll")).toBe("payroll");
    expect(resolveCategory("salarisadministratie")).toBe("payroll");
    expect(resolveCategory("Cloud hosting")).toBe("cloud_hosting");
    expect(resolveCategory("Tuinonderhoud")).toBeUndefined();
  });
});
