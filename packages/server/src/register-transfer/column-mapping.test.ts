import { describe, expect, it } from "vitest";
import { findMappingProblems, normaliseHeader, suggestMapping } from "./column-mapping.ts";

describe("suggested column mapping", () => {
  it("recognises Dutch headers as Dutch Excel lists have them", () => {
    const mapping = suggestMapping([
      "Naam",
      "KvK-nummer",
      "Land",
      "Contactpersoon",
      "E-mail",
      "Categorie",
      "Omschrijving",
    ]);
    expect(mapping.columns).toEqual({
      name: 0,
      kvkNumber: 1,
      country: 2,
      contactName: 3,
      contactEmail: 4,
      category: 5,
      serviceDescription: 6,
    });
  });

  it("recognises English headers in another order", () => {
    const mapping = suggestMapping([
      "Service",
      "Email",
      "Contact",
      "Category",
      "Country",
      "Chamber of Commerce number",
      "Name",
    ]);
    expect(mapping.columns).toEqual({
      serviceDescription: 0,
      contactEmail: 1,
      contactName: 2,
      category: 3,
      country: 4,
      kvkNumber: 5,
      name: 6,
    });
  });

  it("matches headers with extra words, and prefers the e-mail address over the contact name", () => {
    const mapping = suggestMapping([
      "Leverancier",
      "KvK nr. (8 cijfers)",
      "E-mail contactpersoon",
      "Dienst / omschrijving",
    ]);
    expect(mapping.columns).toMatchObject({ name: 0, kvkNumber: 1, contactEmail: 2, serviceDescription: 3 });
    expect(mapping.columns.contactName).toBeUndefined();
  });

  it("leaves unknown headers unmapped and uses a header only once", () => {
    const mapping = suggestMapping(["Naam", "Naam", "Opmerkingen"]);
    expect(mapping.columns).toEqual({ name: 0 });
  });

  it("normalises accents, case and punctuation", () => {
    expect(normaliseHeader(" Catégorie (sort) ")).toBe("categoriesort");
  });
});

describe("mapping problems", () => {
  it("asks for the name, the country and the category", () => {
    const problems = findMappingProblems({ columns: {}, defaultCategory: null, defaultCountry: null }, 3);
    expect(problems.map((problem) => problem.field)).toEqual(["name", "country", "category"]);
    expect(problems[0]!.message.nl).toContain("naam");
  });

  it("accepts a default country and category instead of columns", () => {
    const problems = findMappingProblems({ columns: { name: 0 }, defaultCategory: "other", defaultCountry: "NL" }, 1);
    expect(problems).toEqual([]);
  });

  it("refuses a column that does not exist and one column for two fields", () => {
    const problems = findMappingProblems(
      { columns: { name: 0, country: 0, category: 7 }, defaultCategory: null, defaultCountry: null },
      2,
    );
    expect(problems.map((problem) => problem.message.en)).toEqual([
      "Category: column 8 does not exist; the file has 2 columns.",
      "Column 1 is chosen for Name and Country; choose one field per column.",
    ]);
  });
});
