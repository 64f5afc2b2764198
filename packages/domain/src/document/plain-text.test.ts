import { describe, expect, it } from "vitest";
import { paragraphsFromLines, paragraphsFromPlainText } from "./plain-text.ts";

const texts = (text: string) => paragraphsFromPlainText(text).map((paragraph) => paragraph.text);

describe("paragraphsFromPlainText", () => {
  it("splits at blank lines and joins hard-wrapped lines", () => {
    const text = [
      "De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de",
      "verwerkingsverantwoordelijke en op basis van diens schriftelijke",
      "instructies.",
      "",
      "De verwerker houdt een register bij van alle verwerkingen die hij in",
      "opdracht uitvoert.",
    ].join("\n");
    expect(texts(text)).toEqual([
      "De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke en op basis van diens schriftelijke instructies.",
      "De verwerker houdt een register bij van alle verwerkingen die hij in opdracht uitvoert.",
    ]);
  });

  it("starts a new paragraph where a numbered clause starts, even without a blank line", () => {
    const text = [
      "Article 4 – Security",
      "4.1 The processor shall implement appropriate technical and organisational",
      "measures to protect the personal data against loss and unlawful processing.",
      "4.2 The processor shall in particular ensure:",
      "(a) the encryption of personal data in transit and at rest; and",
      "(b) the ability to restore availability in a timely manner.",
    ].join("\n");
    expect(texts(text)).toEqual([
      "Article 4 – Security",
      "4.1 The processor shall implement appropriate technical and organisational measures to protect the personal data against loss and unlawful processing.",
      "4.2 The processor shall in particular ensure:",
      "(a) the encryption of personal data in transit and at rest; and",
      "(b) the ability to restore availability in a timely manner.",
    ]);
  });

  it("keeps one sentence per line as separate paragraphs", () => {
    const text = [
      "The processor shall process personal data only on documented instructions from the controller.",
      "The processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.",
      "The processor shall notify the controller of a personal data breach without undue delay.",
    ].join("\n");
    expect(texts(text)).toHaveLength(3);
  });

  it("joins a word hyphenated at the end of a line", () => {
    const text =
      "Partijen sluiten deze overeenkomst ter uitvoering van de hoofd-\novereenkomst die zij eerder zijn aangegaan voor de levering van de dienst.";
    expect(texts(text)).toEqual([
      "Partijen sluiten deze overeenkomst ter uitvoering van de hoofdovereenkomst die zij eerder zijn aangegaan voor de levering van de dienst.",
    ]);
  });

  it("recognises Markdown headings and underlined headings", () => {
    const paragraphs = paragraphsFromPlainText(
      "## Artikel 2 – Duur\nDeze overeenkomst geldt zolang de hoofdovereenkomst loopt.\n\nBijlagen\n========\n",
    );
    expect(paragraphs).toEqual([
      { text: "Artikel 2 – Duur", headingLevel: 2 },
      { text: "Deze overeenkomst geldt zolang de hoofdovereenkomst loopt." },
      { text: "Bijlagen", headingLevel: 1 },
    ]);
  });

  it("turns bullets into list items without the bullet", () => {
    const paragraphs = paragraphsFromPlainText("Maatregelen:\n- versleuteling van opslag\n• toegangsbeheer per rol\n");
    expect(paragraphs).toEqual([
      { text: "Maatregelen:" },
      { text: "versleuteling van opslag", listItem: true },
      { text: "toegangsbeheer per rol", listItem: true },
    ]);
  });

  it("separates a title line from the clause text under it", () => {
    const text = [
      "ARTIKEL 5 GEHEIMHOUDING",
      "De verwerker en alle personen die onder zijn gezag werken zijn verplicht tot",
      "geheimhouding van de persoonsgegevens waarvan zij kennis nemen.",
    ].join("\n");
    expect(texts(text)).toEqual([
      "ARTIKEL 5 GEHEIMHOUDING",
      "De verwerker en alle personen die onder zijn gezag werken zijn verplicht tot geheimhouding van de persoonsgegevens waarvan zij kennis nemen.",
    ]);
  });

  it("handles Windows line ends, a byte-order mark and form feeds", () => {
    expect(texts("\uFEFFEerste alinea.\r\n\r\nTweede alinea.\fDerde alinea.")).toEqual([
      "Eerste alinea.",
      "Tweede alinea.",
      "Derde alinea.",
    ]);
  });
});

describe("paragraphsFromLines", () => {
  it("keeps pages and joins a heading that wraps over two lines", () => {
    const paragraphs = paragraphsFromLines(
      [
        { text: "Verwerkersovereenkomst tussen gemeente en", headingLevel: 1, page: 1, breakBefore: true },
        { text: "leverancier", headingLevel: 1, page: 1 },
        {
          text: "1.1 De verwerker verwerkt persoonsgegevens in opdracht van de gemeente en",
          page: 1,
          breakBefore: true,
        },
        { text: "volgt haar instructies.", page: 1 },
      ],
      { wrapped: true },
    );
    expect(paragraphs).toEqual([
      { text: "Verwerkersovereenkomst tussen gemeente en leverancier", headingLevel: 1, page: 1 },
      {
        text: "1.1 De verwerker verwerkt persoonsgegevens in opdracht van de gemeente en volgt haar instructies.",
        page: 1,
      },
    ]);
  });

  it("starts a paragraph after a short line that ends a sentence", () => {
    const paragraphs = paragraphsFromLines(
      [
        { text: "The processor keeps a record of all categories of processing activities", breakBefore: true },
        { text: "carried out on behalf of the controller." },
        { text: "Each party bears its own costs of an audit, unless the audit shows that" },
        { text: "the processor did not comply with this agreement." },
      ],
      { wrapped: true },
    );
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The processor keeps a record of all categories of processing activities carried out on behalf of the controller.",
      "Each party bears its own costs of an audit, unless the audit shows that the processor did not comply with this agreement.",
    ]);
  });
});
