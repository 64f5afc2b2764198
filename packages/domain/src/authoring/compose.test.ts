import { describe, expect, it } from "vitest";
import { checkAgreement } from "../check/check-agreement.ts";
import { structureDocument } from "../document/structure.ts";
import {
  authoredDocumentParagraphs,
  baseClauses,
  composeAgreement,
  fillPlaceholders,
  formatAgreementDate,
  formatEuros,
} from "./compose.ts";
import type { AuthoredBlock, AuthoredDocument, CompositionInput, TemplateContent } from "./model.ts";
import { testAnnexes, testComposition, testStandard, testVariables } from "./test-standard.ts";

type BlockOf<Kind extends AuthoredBlock["kind"]> = Extract<AuthoredBlock, { kind: Kind }>;

function blocksOf<Kind extends AuthoredBlock["kind"]>(document: AuthoredDocument, kind: Kind): BlockOf<Kind>[] {
  return document.blocks.filter((block): block is BlockOf<Kind> => block.kind === kind);
}

function clauseBlock(document: AuthoredDocument, clauseId: string): BlockOf<"clause"> {
  const block = blocksOf(document, "clause").find((candidate) => candidate.clauseId === clauseId);
  if (!block) throw new Error(`no clause ${clauseId}`);
  return block;
}

/** The table that follows the annex heading with this number ("Bijlage 2"). */
function annexTable(document: AuthoredDocument, annexNumber: string): BlockOf<"table"> {
  const index = document.blocks.findIndex((block) => block.kind === "heading" && block.number === annexNumber);
  const table = document.blocks[index + 1];
  if (table?.kind !== "table") throw new Error(`no table after ${annexNumber}`);
  return table;
}

function processingRow(document: AuthoredDocument, label: string): string | undefined {
  return annexTable(document, document.language === "nl" ? "Bijlage 1" : "Annex 1").rows.find(
    (row) => row[0] === label,
  )?.[1];
}

const template: TemplateContent & { label: string } = {
  name: "Sjabloon Duinregio",
  label: "Duinregio 2",
  baseStandardVersion: "0.9",
  clauseTexts: {
    "term.liability": {
      nl: "De aansprakelijkheid van de verwerker is beperkt tot {{liabilityCapEuros}} per gebeurtenis.",
      en: "The processor's liability is limited to {{liabilityCapEuros}} per event.",
    },
    "no.such-clause": { nl: "Genegeerd.", en: "Ignored." },
  },
  variableDefaults: {},
};

describe("baseClauses", () => {
  it("numbers clauses article by article, starting at 1.1", () => {
    const clauses = baseClauses(testStandard, null);
    expect(clauses.map((clause) => clause.number).slice(0, 5)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
    expect(clauses.at(-1)).toMatchObject({ number: "7.3", clauseId: "term.liability", articleId: "term" });
    expect(clauses).toHaveLength(testStandard.articles.reduce((total, article) => total + article.clauses.length, 0));
    expect(clauses.every((clause) => !clause.fromTemplate)).toBe(true);
  });

  it("applies a template's rewording and keeps the standard's text elsewhere", () => {
    const clauses = baseClauses(testStandard, template);
    const liability = clauses.find((clause) => clause.clauseId === "term.liability");
    expect(liability?.fromTemplate).toBe(true);
    expect(liability?.text.nl).toContain("per gebeurtenis");
    const audit = clauses.find((clause) => clause.clauseId === "audits.audit");
    expect(audit?.fromTemplate).toBe(false);
    expect(clauses.some((clause) => clause.clauseId === "no.such-clause")).toBe(false);
  });
});

describe("fillPlaceholders", () => {
  it("writes dates in the language's style", () => {
    expect(fillPlaceholders("Vanaf {{effectiveDate}}.", testVariables, "nl")).toBe("Vanaf 1 januari 2027.");
    expect(fillPlaceholders("From {{effectiveDate}}.", testVariables, "en")).toBe("From 1 January 2027.");
    const variables = { ...testVariables, endDate: "2029-12-31" };
    expect(fillPlaceholders("{{ endDate }}", variables, "nl")).toBe("31 december 2029");
  });

  it("writes the liability cap as an amount and other numbers plainly", () => {
    expect(fillPlaceholders("{{liabilityCapEuros}}", testVariables, "nl")).toBe("€ 500.000");
    expect(fillPlaceholders("{{liabilityCapEuros}}", testVariables, "en")).toBe("EUR 500,000");
    const variables = { ...testVariables, breachNotificationHours: 1000 };
    expect(fillPlaceholders("{{breachNotificationHours}} uur, {{noticePeriodMonths}} maanden", variables, "nl")).toBe(
      "1000 uur, 3 maanden",
    );
  });

  it("fills names and leaves text without placeholders alone", () => {
    expect(fillPlaceholders("{{processorName}} en {{controllerName}}", testVariables, "nl")).toBe(
      "Loonwijzer B.V. en Gemeente Duinhoven",
    );
    expect(fillPlaceholders("Geen waarden {hier}.", testVariables, "nl")).toBe("Geen waarden {hier}.");
  });

  it("throws on a placeholder that names no variable", () => {
    expect(() => fillPlaceholders("{{processorname}}", testVariables, "nl")).toThrow(/processorname/);
  });

  it("leaves a visible marker for an empty value", () => {
    const variables = { ...testVariables, processorAddress: " " };
    expect(fillPlaceholders("Adres: {{processorAddress}}", variables, "nl")).toBe(
      "Adres: [ontbreekt: Adres van de verwerker]",
    );
    expect(fillPlaceholders("Address: {{processorAddress}}", variables, "en")).toBe(
      "Address: [missing: Address of the processor]",
    );
  });
});

describe("formatting helpers", () => {
  it("groups thousands", () => {
    expect(formatEuros(999, "nl")).toBe("€ 999");
    expect(formatEuros(1000, "nl")).toBe("€ 1.000");
    expect(formatEuros(1_234_567, "en")).toBe("EUR 1,234,567");
  });

  it("returns text that is no calendar date unchanged", () => {
    expect(formatAgreementDate("2027-02-30", "nl")).toBe("2027-02-30");
    expect(formatAgreementDate("2027-05-09", "nl")).toBe("9 mei 2027");
  });
});

describe("composeAgreement", () => {
  it("opens with the title, the basis and both parties", () => {
    const document = composeAgreement(testComposition("nl"));
    expect(document.blocks[0]).toEqual({
      kind: "title",
      text: "Verwerkersovereenkomst",
      subtitle: "Salarisadministratie 2027",
    });
    expect(document.title).toBe("Verwerkersovereenkomst – Salarisadministratie 2027");
    expect(document.basis).toBe("Proefstandaard 0.9 · versie 1 van deze overeenkomst");
    expect(document.blocks[1]).toEqual({
      kind: "parties",
      lines: [
        "Gemeente Duinhoven (verwerkingsverantwoordelijke), Raadhuisplein 1, 1234 AB Duinhoven",
        "Loonwijzer B.V. (verwerker), Havenkade 12, 8011 XY Zwolle, KvK-nummer 87654321",
      ],
    });
  });

  it("names the template and the agreement version in the basis, in English too", () => {
    const document = composeAgreement({ ...testComposition("en"), template, agreementVersion: 3 });
    expect(document.blocks[0]).toMatchObject({ text: "Data processing agreement" });
    expect(document.basis).toBe("Trial standard 0.9 · template Duinregio 2 · version 3 of this agreement");
    expect(blocksOf(document, "parties")[0]?.lines[1]).toBe(
      "Loonwijzer B.V. (processor), Havenkade 12, 8011 XY Zwolle, Chamber of Commerce (KvK) number 87654321",
    );
  });

  it("gives every article a numbered heading followed by its numbered clauses", () => {
    const document = composeAgreement(testComposition("nl"));
    const headings = blocksOf(document, "heading").filter((heading) => heading.number?.startsWith("Artikel"));
    expect(headings.map((heading) => `${heading.number} ${heading.text}`)).toEqual([
      "Artikel 1 Onderwerp en rollen",
      "Artikel 2 Werken op instructie",
      "Artikel 3 Geheimhouding en beveiliging",
      "Artikel 4 Subverwerkers",
      "Artikel 5 Bijstand en datalekken",
      "Artikel 6 Informatie en audits",
      "Artikel 7 Duur, einde en aansprakelijkheid",
    ]);
    expect(headings.every((heading) => heading.level === 1)).toBe(true);
    const auditHeading = document.blocks.findIndex((block) => block.kind === "heading" && block.number === "Artikel 6");
    expect(document.blocks[auditHeading + 1]).toMatchObject({
      kind: "clause",
      number: "6.1",
      clauseId: "audits.information",
    });
    expect(document.blocks[auditHeading + 2]).toMatchObject({
      kind: "clause",
      number: "6.2",
      clauseId: "audits.audit",
    });
  });

  it("fills the clauses and marks none as deviating when nothing was changed", () => {
    const document = composeAgreement(testComposition("en"));
    expect(clauseBlock(document, "term.liability").text).toBe(
      "The processor's liability is limited to EUR 500,000 per year.",
    );
    expect(clauseBlock(document, "assistance.breach").text).toContain("within 36 hours");
    expect(blocksOf(document, "clause").some((clause) => clause.deviates)).toBe(false);
    expect(blocksOf(document, "clause").some((clause) => clause.text.includes("{{"))).toBe(false);
  });

  it("uses an agreed text and marks the clause as deviating", () => {
    const agreed = "De verwerker meldt een inbreuk binnen 24 uur aan {{controllerName}}.";
    const document = composeAgreement({ ...testComposition("nl"), agreedClauseTexts: { "assistance.breach": agreed } });
    expect(clauseBlock(document, "assistance.breach")).toMatchObject({
      number: "5.2",
      text: "De verwerker meldt een inbreuk binnen 24 uur aan Gemeente Duinhoven.",
      deviates: true,
    });
    expect(clauseBlock(document, "assistance.rights").deviates).toBe(false);
  });

  it("keeps braces a negotiator typed that name no variable", () => {
    const agreed = "Zie {{bijlage X}} en {{onbekend}}.";
    const document = composeAgreement({ ...testComposition("nl"), agreedClauseTexts: { "audits.audit": agreed } });
    expect(clauseBlock(document, "audits.audit").text).toBe(agreed);
  });

  it("does not mark an agreed text that equals the standard's as deviating", () => {
    const standardText = testStandard.articles[5]?.clauses[1]?.text.nl ?? "";
    const document = composeAgreement({
      ...testComposition("nl"),
      agreedClauseTexts: { "audits.audit": `  ${standardText} ` },
    });
    expect(clauseBlock(document, "audits.audit").deviates).toBe(false);
  });

  it("shows a deleted clause as deleted, keeping the numbering", () => {
    const nl = composeAgreement({ ...testComposition("nl"), agreedClauseTexts: { "audits.audit": "" } });
    expect(clauseBlock(nl, "audits.audit")).toMatchObject({ number: "6.2", text: "[Vervallen]", deviates: true });
    const en = composeAgreement({ ...testComposition("en"), agreedClauseTexts: { "audits.audit": "" } });
    expect(clauseBlock(en, "audits.audit").text).toBe("[Deleted]");
    expect(clauseBlock(en, "term.duration").number).toBe("7.1");
  });

  it("marks a template's rewording as deviating from the standard", () => {
    const document = composeAgreement({ ...testComposition("nl"), template });
    expect(clauseBlock(document, "term.liability")).toMatchObject({
      text: "De aansprakelijkheid van de verwerker is beperkt tot € 500.000 per gebeurtenis.",
      deviates: true,
    });
    expect(clauseBlock(document, "term.return").deviates).toBe(false);
  });

  it("writes annex 1 as a table of items and details", () => {
    const document = composeAgreement(testComposition("nl"));
    const table = annexTable(document, "Bijlage 1");
    expect(table.header).toEqual(["Onderdeel", "Invulling"]);
    expect(table.rows.map((row) => row[0])).toEqual([
      "Onderwerp van de verwerking",
      "Duur van de verwerking",
      "Aard van de verwerking",
      "Doeleinden van de verwerking",
      "Categorieën persoonsgegevens",
      "Bijzondere categorieën persoonsgegevens",
      "Burgerservicenummer (BSN)",
      "Categorieën betrokkenen",
      "Bewaartermijn",
      "Opslaglocaties",
      "Verwerkingslocaties",
      "Doorgifte buiten de Europese Economische Ruimte",
    ]);
    expect(processingRow(document, "Doeleinden van de verwerking")).toBe(
      "Uitbetalen van salarissen; Aangifte loonheffingen",
    );
    expect(processingRow(document, "Bijzondere categorieën persoonsgegevens")).toBe("Geen");
    expect(processingRow(document, "Burgerservicenummer (BSN)")).toBe("Ja");
    expect(processingRow(document, "Verwerkingslocaties")).toBe("Nederland; Duitsland");
    expect(processingRow(document, "Doorgifte buiten de Europese Economische Ruimte")).toBe("Geen");
    const headings = blocksOf(document, "heading").filter((heading) => heading.number?.startsWith("Bijlage"));
    expect(headings.map((heading) => `${heading.number} ${heading.text}`)).toEqual([
      "Bijlage 1 Specificatie van de verwerking",
      "Bijlage 2 Beveiligingsmaatregelen",
      "Bijlage 3 Subverwerkers",
    ]);
  });

  it("names transfer countries with their safeguard and says the duration from the dates when the register has none", () => {
    const input: CompositionInput = {
      ...testComposition("en"),
      variables: { ...testVariables, endDate: "2029-12-31" },
      annexes: {
        ...testAnnexes,
        processing: {
          ...testAnnexes.processing,
          processesBsn: false,
          specialCategories: ["Health data"],
          transfers: [{ country: "US", safeguard: "Standard contractual clauses" }],
        },
      },
    };
    const document = composeAgreement(input);
    expect(processingRow(document, "Transfers outside the European Economic Area")).toBe(
      "United States (safeguard: Standard contractual clauses)",
    );
    expect(processingRow(document, "Citizen service number (BSN)")).toBe("No");
    expect(processingRow(document, "Special categories of personal data")).toBe("Health data");
    expect(processingRow(document, "Duration of the processing")).toBe(
      "From 1 January 2027 until 31 December 2029 inclusive",
    );
    expect(processingRow(composeAgreement(testComposition("nl")), "Duur van de verwerking")).toBe(
      "Vanaf 1 januari 2027, zolang de overeenkomst voor Salarisadministratie 2027 loopt",
    );
    const withDuration = composeAgreement({
      ...testComposition("nl"),
      annexes: { ...testAnnexes, processing: { ...testAnnexes.processing, duration: "Vier jaar" } },
    });
    expect(processingRow(withDuration, "Duur van de verwerking")).toBe("Vier jaar");
  });

  it("lists security measures and sub-processors, and says none when there are none", () => {
    const document = composeAgreement(testComposition("en"));
    expect(annexTable(document, "Annex 2")).toMatchObject({
      header: ["Measure", "Reference"],
      rows: [
        ["Versleuteling van gegevens in rust en onderweg", "ISO 27001 A.8.24"],
        ["Tweefactorauthenticatie voor beheerders", ""],
      ],
    });
    expect(annexTable(document, "Annex 3")).toMatchObject({
      header: ["Name", "Service", "Country", "Authorisation status"],
      rows: [["Rekencentrum Oost B.V.", "Hosting", "Germany", "Authorised"]],
    });

    const empty = composeAgreement({
      ...testComposition("nl"),
      annexes: {
        ...testAnnexes,
        securityMeasures: [],
        subProcessors: [{ name: "Wolkdienst", service: "Opslag", country: "IE", authorisationStatus: "objected" }],
      },
    });
    expect(annexTable(empty, "Bijlage 2").rows).toEqual([["Geen", ""]]);
    expect(annexTable(empty, "Bijlage 3").rows).toEqual([["Wolkdienst", "Opslag", "Ierland", "Bezwaar gemaakt"]]);
    const noSubProcessors = composeAgreement({
      ...testComposition("en"),
      annexes: { ...testAnnexes, subProcessors: [] },
    });
    expect(annexTable(noSubProcessors, "Annex 3").rows).toEqual([["None", "", "", ""]]);
  });

  it("ends with a signature block for both sides, with the marks given", () => {
    const mark = { name: "A. de Vries", role: "Burgemeester", signedAt: "2027-03-02T23:30:00Z" };
    const document = composeAgreement({ ...testComposition("nl"), signatures: { controller: mark } });
    expect(document.blocks.at(-2)).toEqual({ kind: "heading", level: 1, number: null, text: "Ondertekening" });
    expect(document.blocks.at(-1)).toEqual({
      kind: "signatures",
      parties: [
        {
          side: "controller",
          heading: "Namens de verwerkingsverantwoordelijke",
          organisation: "Gemeente Duinhoven",
          labels: { name: "Naam", role: "Functie", date: "Datum" },
          signature: mark,
        },
        {
          side: "processor",
          heading: "Namens de verwerker",
          organisation: "Loonwijzer B.V.",
          labels: { name: "Naam", role: "Functie", date: "Datum" },
          signature: null,
        },
      ],
    });
    const english = blocksOf(composeAgreement(testComposition("en")), "signatures")[0];
    expect(english?.parties[0]?.labels).toEqual({ name: "Name", role: "Role", date: "Date" });
    expect(english?.parties[1]?.heading).toBe("For the processor");
  });
});

describe("authoredDocumentParagraphs", () => {
  const mark = { name: "A. de Vries", role: "Burgemeester", signedAt: "2027-03-02T23:30:00Z" };
  const document = composeAgreement({ ...testComposition("nl"), signatures: { controller: mark } });
  const paragraphs = authoredDocumentParagraphs(document);

  it("gives the title and headings a heading level and the clauses their number as a label", () => {
    expect(paragraphs.slice(0, 3)).toEqual([
      { text: "Verwerkersovereenkomst", headingLevel: 1 },
      { text: "Salarisadministratie 2027" },
      { text: "Proefstandaard 0.9 · versie 1 van deze overeenkomst" },
    ]);
    expect(paragraphs).toContainEqual({ text: "Artikel 6 Informatie en audits", headingLevel: 1 });
    expect(paragraphs).toContainEqual({ text: "Bijlage 3 Subverwerkers", headingLevel: 1 });
    const clause = paragraphs.find((paragraph) => paragraph.numberLabel === "6.2");
    expect(clause?.text).toMatch(/^De verwerker maakt audits mogelijk/);
    expect(clause?.headingLevel).toBeUndefined();
  });

  it("makes every non-empty table cell, header included, a table cell", () => {
    const cells = paragraphs.filter((paragraph) => paragraph.tableCell).map((paragraph) => paragraph.text);
    expect(cells.slice(0, 4)).toEqual([
      "Onderdeel",
      "Invulling",
      "Onderwerp van de verwerking",
      "Salarisverwerking voor medewerkers van de gemeente",
    ]);
    expect(cells).toContain("Tweefactorauthenticatie voor beheerders");
    expect(cells).not.toContain("");
  });

  it("writes the signature lines with the Dutch calendar day of signing", () => {
    const texts = paragraphs.map((paragraph) => paragraph.text);
    const controllerLines = texts.slice(texts.indexOf("Namens de verwerkingsverantwoordelijke"));
    expect(controllerLines.slice(0, 5)).toEqual([
      "Namens de verwerkingsverantwoordelijke",
      "Gemeente Duinhoven",
      "Naam: A. de Vries",
      "Functie: Burgemeester",
      // 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam.
      "Datum: 3 maart 2027",
    ]);
    expect(texts.slice(-4)).toEqual(["Loonwijzer B.V.", "Naam:", "Functie:", "Datum:"]);
  });

  it("reads back as an agreement the check finds complete, in Dutch and in English", () => {
    for (const language of ["nl", "en"] as const) {
      const structured = structureDocument(
        authoredDocumentParagraphs(composeAgreement(testComposition(language))),
        "docx",
      );
      const clause = structured.blocks.find((block) => block.text.startsWith("6.2 "));
      expect(clause?.location).toBe(language === "nl" ? "Artikel 6 › 6.2" : "Article 6 › 6.2");
      const result = checkAgreement(structured, { language });
      expect(result.isProcessorAgreement).toBe(true);
      expect(result.summary.missing).toEqual([]);
      expect(result.summary.conflicts).toEqual([]);
      expect(result.parties.processorTerms).toContain("loonwijzer b.v");
    }
  });
});
