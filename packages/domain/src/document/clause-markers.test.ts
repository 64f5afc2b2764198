import { describe, expect, it } from "vitest";
import { isCapitalisedHeading, isHeadingLike, parseClauseMarker, romanValue } from "./clause-markers.ts";

describe("parseClauseMarker", () => {
  it.each([
    ["Artikel 3 – Subverwerkers", "Artikel 3", "article:1", "Subverwerkers"],
    ["ARTIKEL 12. GEHEIMHOUDING", "Artikel 12", "article:1", "GEHEIMHOUDING"],
    ["Article 5: Sub-processing", "Article 5", "article:1", "Sub-processing"],
    ["Clause 7", "Clause 7", "article:1", ""],
    ["Section 2.3 Audits", "Section 2.3", "article:2", "Audits"],
    ["§ 4 Haftung", "§ 4", "article:1", "Haftung"],
    ["§4. Geheimhaltung", "§ 4", "article:1", "Geheimhaltung"],
    ["Bijlage 2 – Beveiligingsmaatregelen", "Bijlage 2", "annex", "Beveiligingsmaatregelen"],
    ["Annex II", "Annex II", "annex", ""],
    ["Schedule 3 Data categories", "Schedule 3", "annex", "Data categories"],
    ["Appendix B: Sub-processors", "Appendix B", "annex", "Sub-processors"],
    ["Hoofdstuk 2 Beveiliging", "Hoofdstuk 2", "chapter", "Beveiliging"],
  ])("reads the keyword in %j", (text, label, style, rest) => {
    const marker = parseClauseMarker(text);
    expect(marker).toMatchObject({ kind: "keyword", label, style, rest });
  });

  it("reads an annex announced without a number", () => {
    expect(parseClauseMarker("Bijlage – Verwerkingsoverzicht")).toMatchObject({
      kind: "keyword",
      role: "annex",
      label: "Bijlage",
    });
  });

  it.each([
    "Artikel 28 van de AVG is van toepassing op deze verwerking.",
    "Article 28(3) GDPR requires a contract.",
    "Articles 3 and 4 apply.",
    "Part of the data is stored in the Netherlands.",
    "Annex 1 sets out the categories of personal data.",
    "Section a of the agreement",
  ])("does not take the reference in %j for a heading", (text) => {
    expect(parseClauseMarker(text)?.kind).not.toBe("keyword");
  });

  it.each([
    ["1. De verwerker verwerkt.", "1", "decimal-dot:1", [1], false],
    ["3.2 De verwerker meldt.", "3.2", "decimal:2", [3, 2], true],
    ["3.2.1. Binnen 24 uur.", "3.2.1", "decimal:3", [3, 2, 1], true],
    ["(4) The processor shall", "(4)", "decimal-paren:1", [4], true],
    ["2) the processor", "2", "decimal-close:1", [2], false],
    ["12 Aansprakelijkheid", "12", "decimal-dot:1", [12], false],
  ])("reads the number in %j", (text, label, style, values, strong) => {
    expect(parseClauseMarker(text)).toMatchObject({ kind: "decimal", label, style, values, strong });
  });

  it.each(["3 maanden na het einde", "2016/679 is de AVG", "1.000 betrokkenen", "1.1.2026 is de ingangsdatum"])(
    "does not read a number that starts a sentence: %j",
    (text) => {
      expect(parseClauseMarker(text)).toBeNull();
    },
  );

  it.each([
    ["(b) the processor", "(b)", "letter-lower-paren", [2]],
    ["b) de verwerker", "(b)", "letter-lower-close", [2]],
    ["c. de verwerker", "(c)", "letter-lower-dot", [3]],
    ["A. Klant gebruikt de dienst.", "(A)", "letter-upper-dot", [1]],
  ])("reads the letter in %j", (text, label, style, values) => {
    expect(parseClauseMarker(text)).toMatchObject({ kind: "letter", label, style, values });
  });

  it("reads Roman numerals and keeps the letter reading of a single i, v or x", () => {
    expect(parseClauseMarker("(iv) encryption")).toMatchObject({ kind: "roman", label: "(iv)", values: [4] });
    expect(parseClauseMarker("(i) access control")).toMatchObject({
      kind: "roman",
      values: [1],
      letterAlternative: { style: "letter-lower-paren", value: 9 },
    });
    expect(parseClauseMarker("(c) confidentiality")).toMatchObject({ kind: "letter", values: [3] });
  });

  it("does not read abbreviations as letters", () => {
    expect(parseClauseMarker("e.g. the processor")).toBeNull();
    expect(parseClauseMarker("a.s. maandag")).toBeNull();
  });

  it("reads bullets", () => {
    expect(parseClauseMarker("• Versleuteling")).toMatchObject({ kind: "bullet", rest: "Versleuteling" });
    expect(parseClauseMarker("- encryption at rest")).toMatchObject({ kind: "bullet" });
  });
});

describe("titles", () => {
  it("tells titles from sentences", () => {
    expect(isHeadingLike("Subverwerkers")).toBe(true);
    expect(isHeadingLike("Duur en beëindiging")).toBe(true);
    expect(isHeadingLike("van de AVG bepaalt dat")).toBe(false);
    expect(isHeadingLike("The processor shall notify the controller.")).toBe(false);
    expect(isHeadingLike("The processor shall notify the controller")).toBe(false);
    expect(isHeadingLike("De verwerker zal de gemeente informeren")).toBe(false);
  });

  it("recognises headings in capitals", () => {
    expect(isCapitalisedHeading("VERWERKERSOVEREENKOMST")).toBe(true);
    expect(isCapitalisedHeading("AVG")).toBe(false);
    expect(isCapitalisedHeading("Verwerkersovereenkomst")).toBe(false);
  });

  it("values Roman numerals only in their canonical spelling", () => {
    expect(romanValue("xiv")).toBe(14);
    expect(romanValue("IX")).toBe(9);
    expect(romanValue("iiii")).toBeNull();
    expect(romanValue("civil")).toBeNull();
  });
});
