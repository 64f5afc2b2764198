import { describe, expect, it } from "vitest";
import type { SourceParagraph } from "./document-model.ts";
import { paragraphsFromPlainText } from "./plain-text.ts";
import { structureDocument } from "./structure.ts";

function locations(paragraphs: SourceParagraph[], format: "text" | "docx" | "markdown" = "text") {
  return structureDocument(paragraphs, format).blocks.map((block) => [block.location, block.text.slice(0, 24)]);
}

function locationOf(document: ReturnType<typeof structureDocument>, textStart: string): string | undefined {
  return document.blocks.find((block) => block.text.startsWith(textStart))?.location;
}

describe("structureDocument", () => {
  const dutchAgreement = `VERWERKERSOVEREENKOMST

Artikel 1 – Definities
1.1 Persoonsgegevens: alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon.
1.2 Subverwerker: een derde die de verwerker inschakelt.

Artikel 3 – Subverwerkers
3.1 De verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming.
3.2 Indien de gemeente toestemming geeft:
(a) legt de verwerker de subverwerker dezelfde verplichtingen op;
(b) blijft de verwerker jegens de gemeente volledig aansprakelijk.
Deze verplichtingen gelden ook na het einde van de overeenkomst.

Bijlage 2 – Beveiligingsmaatregelen
- Versleuteling van alle opgeslagen gegevens.
- Toegang op basis van rollen.
`;

  it("locates a sub-clause by its article, clause and letter", () => {
    const document = structureDocument(paragraphsFromPlainText(dutchAgreement), "text");
    const clause = document.blocks.find((block) => block.text.startsWith("(b)"));
    expect(clause).toMatchObject({ kind: "list_item", number: "(b)", level: 2, location: "Artikel 3 › 3.2 › (b)" });
    expect(document.blocks.find((block) => block.text.startsWith("Artikel 3"))).toMatchObject({
      kind: "heading",
      number: "Artikel 3",
      level: 0,
      location: "Artikel 3",
    });
    expect(locationOf(document, "3.1")).toBe("Artikel 3 › 3.1");
    expect(locationOf(document, "1.2")).toBe("Artikel 1 › 1.2");
  });

  it("counts unnumbered paragraphs within their article or annex", () => {
    const document = structureDocument(paragraphsFromPlainText(dutchAgreement), "text");
    expect(locationOf(document, "Deze verplichtingen")).toBe("Artikel 3 › ¶ 5");
    expect(locationOf(document, "Bijlage 2")).toBe("Bijlage 2");
    expect(locationOf(document, "Toegang op basis")).toBe("Bijlage 2 › ¶ 2");
  });

  it("falls back to the paragraph number when nothing encloses a block", () => {
    const document = structureDocument(
      [{ text: "Deze overeenkomst regelt de verwerking." }, { text: "Partijen komen het volgende overeen." }],
      "text",
    );
    expect(document.blocks.map((block) => block.location)).toEqual(["¶ 1", "¶ 2"]);
    expect(document.blocks.map((block) => block.level)).toEqual([0, 0]);
  });

  it("reads English articles, Roman numerals and the letter (i) after (h)", () => {
    const text = [
      "Article 5 – Sub-processing",
      "5.1 The processor shall ensure that each sub-processor:",
      "(i) is bound by equivalent obligations;",
      "(ii) processes personal data only within the EEA.",
      "5.2 The controller authorises the following measures:",
      "(g) logging of access;",
      "(h) encryption of backups;",
      "(i) yearly penetration tests.",
    ].join("\n");
    const document = structureDocument(paragraphsFromPlainText(text), "text");
    expect(locationOf(document, "(ii)")).toBe("Article 5 › 5.1 › (ii)");
    expect(locationOf(document, "(i) is bound")).toBe("Article 5 › 5.1 › (i)");
    const ninth = document.blocks.find((block) => block.text.startsWith("(i) yearly"));
    expect(ninth?.location).toBe("Article 5 › 5.2 › (i)");
    expect(ninth?.level).toBe(2);
  });

  it("closes an article when a clause of the next one appears without its heading", () => {
    const text =
      "Artikel 3 Geheimhouding\n3.1 De verwerker houdt de gegevens geheim.\n3.2 Ook na afloop.\n4.1 De verwerker meldt een datalek binnen 24 uur.";
    const document = structureDocument(paragraphsFromPlainText(text), "text");
    expect(locationOf(document, "4.1")).toBe("4.1");
  });

  it("nests a numbered list that starts again under a numbered title", () => {
    const text =
      "1. Definitions\n\n1. Personal data has the meaning given in the GDPR.\n\n2. Sub-processor means a processor engaged by the processor.\n\n2. Scope\n\nThis agreement applies to all processing.";
    const document = structureDocument(paragraphsFromPlainText(text), "text");
    expect(document.blocks.map((block) => block.location)).toEqual([
      "1. Definitions",
      "1. Definitions › 1",
      "1. Definitions › 2",
      "2. Scope",
      "2. Scope › ¶ 1",
    ]);
  });

  it("leaves the document title out of locations once articles are numbered", () => {
    const paragraphs: SourceParagraph[] = [
      { text: "Verwerkersovereenkomst", headingLevel: 1 },
      { text: "Artikel 1 Onderwerp", headingLevel: 2 },
      { text: "De verwerker verwerkt persoonsgegevens voor de gemeente." },
      { text: "Slotbepalingen", headingLevel: 2 },
      { text: "Op deze overeenkomst is Nederlands recht van toepassing." },
    ];
    expect(locations(paragraphs, "markdown")).toEqual([
      ["Verwerkersovereenkomst", "Verwerkersovereenkomst"],
      ["Artikel 1", "Artikel 1 Onderwerp"],
      ["Artikel 1 › ¶ 1", "De verwerker verwerkt pe"],
      ["Slotbepalingen", "Slotbepalingen"],
      ["Slotbepalingen › ¶ 1", "Op deze overeenkomst is "],
    ]);
  });

  it("uses numbers the source generated and shows them in the text", () => {
    const paragraphs: SourceParagraph[] = [
      { text: "Subverwerkers", headingLevel: 1, numberLabel: "Artikel 3" },
      {
        text: "De verwerker schakelt subverwerkers alleen in met toestemming.",
        numberLabel: "3.1",
        listItem: true,
        listDepth: 1,
      },
      { text: "Bij toestemming geldt het volgende:", numberLabel: "3.2", listItem: true, listDepth: 1 },
      { text: "dezelfde verplichtingen worden opgelegd;", numberLabel: "(a)", listItem: true, listDepth: 2 },
      { text: "de verwerker blijft aansprakelijk.", numberLabel: "(b)", listItem: true, listDepth: 2 },
      { text: "Deze regeling geldt ook voor sub-subverwerkers.", listDepth: 2 },
      { text: "Categorie | Voorbeelden", tableCell: true },
    ];
    const document = structureDocument(paragraphs, "docx");
    expect(document.blocks.map((block) => [block.text.slice(0, 16), block.location])).toEqual([
      ["Artikel 3 Subver", "Artikel 3"],
      ["3.1 De verwerker", "Artikel 3 › 3.1"],
      ["3.2 Bij toestemm", "Artikel 3 › 3.2"],
      ["(a) dezelfde ver", "Artikel 3 › 3.2 › (a)"],
      ["(b) de verwerker", "Artikel 3 › 3.2 › (b)"],
      ["Deze regeling ge", "Artikel 3 › 3.2 › (b) › ¶ 1"],
      ["Categorie | Voor", "Artikel 3 › ¶ 6"],
    ]);
    expect(document.blocks[6]?.kind).toBe("table_cell");
  });

  it("keeps list items of a Markdown list under their heading", () => {
    const paragraphs: SourceParagraph[] = [
      { text: "Definitions", headingLevel: 2 },
      { text: "Controller means the municipality.", listItem: true, listDepth: 0, numberLabel: "1." },
      { text: "Processor means the supplier.", listItem: true, listDepth: 0, numberLabel: "2." },
      { text: "including its affiliates;", listItem: true, listDepth: 1 },
    ];
    expect(locations(paragraphs, "markdown").map(([location]) => location)).toEqual([
      "Definitions",
      "Definitions › 1",
      "Definitions › 2",
      "Definitions › 2 › ¶ 1",
    ]);
  });

  it("resets at an annex, even inside an article", () => {
    const paragraphs: SourceParagraph[] = [
      { text: "Article 9 Term", headingLevel: 2 },
      { text: "9.1 This agreement ends with the main agreement." },
      { text: "Annex 1 – Description of the processing", headingLevel: 2 },
      { text: "Categories of data subjects: residents and employees." },
    ];
    expect(locations(paragraphs).map(([location]) => location)).toEqual([
      "Article 9",
      "Article 9 › 9.1",
      "Annex 1",
      "Annex 1 › ¶ 1",
    ]);
  });

  it("joins block texts with blank lines and gives offsets into that text", () => {
    const document = structureDocument(paragraphsFromPlainText(dutchAgreement), "text", null);
    expect(document.text).toBe(document.blocks.map((block) => block.text).join("\n\n"));
    for (const block of document.blocks) {
      expect(document.text.slice(block.start, block.end)).toBe(block.text);
    }
    expect(document.blocks.map((block) => block.index)).toEqual(document.blocks.map((_block, index) => index));
  });

  it("does not take the entries of a table of contents for the articles", () => {
    const text =
      "INHOUD\nArtikel 1 Definities ........ 2\nArtikel 2 Subverwerkers ........ 3\n\nArtikel 1 Definities\n1.1 Verwerker: de leverancier.";
    const document = structureDocument(paragraphsFromPlainText(text), "text");
    expect(document.blocks.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual([
      "INHOUD",
      "Artikel 1 Definities",
    ]);
    expect(locationOf(document, "1.1")).toBe("Artikel 1 › 1.1");
  });

  it("keeps pages, normalises white space and drops empty paragraphs", () => {
    const document = structureDocument(
      [
        { text: "  De verwerker\u00A0meldt\n een datalek. ", page: 2 },
        { text: " \u200B " },
        { text: "Binnen 24 uur.", page: 3 },
      ],
      "pdf",
      3,
    );
    expect(document.pageCount).toBe(3);
    expect(document.blocks.map((block) => [block.text, block.page])).toEqual([
      ["De verwerker meldt een datalek.", 2],
      ["Binnen 24 uur.", 3],
    ]);
  });
});
