/**
 * The rendered agreement, read back as the check reads an upload: the standard composed with
 * the example SPEC's values must pass the agreement check from DOCX and from PDF, in Dutch and
 * English; the PDF embeds its fonts and keeps Dutch characters; LibreOffice opens the DOCX;
 * the HTML page is complete and escaped. Renderer details are tested on a small hand-built
 * document.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  composeAgreement,
  type AuthoredBlock,
  type AuthoredDocument,
  type AuthoringLanguage,
  type StructuredDocument,
} from "@art28/domain";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAgreementDocx, renderAgreementHtml, renderAgreementPdf } from "../src/authoring-render/index.ts";
import { agreementSpecSchema, compositionFromSpec } from "../src/cli/generate-command.ts";
import { readDocumentInProcess } from "../src/documents/index.ts";
import { createCheckService } from "../src/services/check-service.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";
import { chromiumSkipReason } from "../../../test/environment.ts";
import { accessibilityViolations, launchChromium } from "../../../test/e2e/browser.ts";

const newFolder = useTemporaryFolders("art28-render-");
const exampleSpecPath = fileURLToPath(new URL("../../../docs/examples/agreement-spec.json", import.meta.url));
const sofficePath = "/usr/bin/soffice";

function exampleDocument(language: AuthoringLanguage): AuthoredDocument {
  const spec = agreementSpecSchema.parse(JSON.parse(fs.readFileSync(exampleSpecPath, "utf8")));
  return composeAgreement(compositionFromSpec(spec, language));
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

function clausesOf(document: AuthoredDocument) {
  return document.blocks.filter(
    (block): block is Extract<AuthoredBlock, { kind: "clause" }> => block.kind === "clause",
  );
}

async function read(bytes: Uint8Array, fileName: string): Promise<StructuredDocument> {
  return readDocumentInProcess({ bytes: new Uint8Array(bytes), fileName });
}

/** The text of every page as PDF.js extracts it, footers included. */
async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        normalise(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("")),
      );
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The parts of a DOCX as text, by name. */
function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));
}

async function checkReport(bytes: Uint8Array, fileName: string, language: AuthoringLanguage) {
  const service = createCheckService({ readDocument: readDocumentInProcess });
  const { report, document } = await service.checkDocument({ bytes: new Uint8Array(bytes), fileName, language });
  return { report, document };
}

/** Every clause reads back as one paragraph: its number and its whole text, nothing else. */
function expectEveryClauseAsOneParagraph(agreement: AuthoredDocument, structured: StructuredDocument): void {
  const paragraphs = new Set(structured.blocks.map((block) => normalise(block.text)));
  const notFound = clausesOf(agreement)
    .map((clause) => normalise(`${clause.number} ${clause.text}`))
    .filter((expected) => !paragraphs.has(expected));
  expect(notFound).toEqual([]);
}

describe.each(["nl", "en"] as const)("the standard agreement with the example SPEC, in %s", (language) => {
  let agreement: AuthoredDocument;
  let docx: Buffer;
  let pdf: Buffer;

  beforeAll(async () => {
    agreement = exampleDocument(language);
    [docx, pdf] = await Promise.all([renderAgreementDocx(agreement), renderAgreementPdf(agreement)]);
  });

  it("passes the agreement check as DOCX: every mandatory requirement present, no conflict", async () => {
    const { report, document } = await checkReport(docx, "overeenkomst.docx", language);
    expect(report.format).toBe("docx");
    expect(report.isProcessorAgreement).toBe(true);
    expect(report.summary.missing).toEqual([]);
    expect(report.summary.conflicts).toEqual([]);
    expect(report.summary.compliant).toBe(true);
    expectEveryClauseAsOneParagraph(agreement, document);
  });

  it("passes the agreement check as PDF, and every clause reads back as one paragraph", async () => {
    const { report, document } = await checkReport(pdf, "overeenkomst.pdf", language);
    expect(report.format).toBe("pdf");
    expect(report.summary.missing).toEqual([]);
    expect(report.summary.conflicts).toEqual([]);
    expect(report.summary.compliant).toBe(true);
    expectEveryClauseAsOneParagraph(agreement, document);
    const headings = document.blocks.filter((block) => block.kind === "heading").map((block) => normalise(block.text));
    const expected = agreement.blocks.flatMap((block) =>
      block.kind === "heading" ? [normalise(block.number ? `${block.number} ${block.text}` : block.text)] : [],
    );
    expect(headings).toEqual(expect.arrayContaining(expected));
  });

  it("embeds Noto Sans in the PDF and sets title, subject, language and page numbers", async () => {
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    // No font the reader has to substitute: every font resource is an embedded Noto Sans.
    expect(raw).not.toMatch(/\/BaseFont \/(?!([A-Z]{6}\+)?NotoSans)/);
    expect(raw).toContain(`/Lang (${language === "nl" ? "nl-NL" : "en-GB"})`);

    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const task = pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
    const { info } = (await (await task.promise).getMetadata()) as { info: Record<string, unknown> };
    await task.destroy();
    expect(info.Title).toBe(agreement.title);
    expect(info.Subject).toBe(agreement.basis);

    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      const label =
        language === "nl" ? `pagina ${index + 1} van ${pages.length}` : `page ${index + 1} of ${pages.length}`;
      expect(text).toContain(label);
    });
  });

  it("keeps €, ë and every other character of the text in the PDF", async () => {
    const texts = agreement.blocks.flatMap((block) => {
      if (block.kind === "clause") return [block.text];
      if (block.kind === "table") return [...block.header, ...block.rows.flat()];
      return [];
    });
    const special = new Set([...texts.join("")].filter((character) => character > "~"));
    if (language === "nl") expect([...special]).toEqual(expect.arrayContaining(["€", "ë"]));
    const extracted = (await pdfPageTexts(pdf)).join(" ");
    for (const character of special) expect(extracted).toContain(character);
    for (const clause of clausesOf(agreement)) expect(extracted).toContain(normalise(clause.text));
  });

  it("writes a DOCX with Word's heading styles, the document language, properties and page number fields", () => {
    const parts = docxParts(docx);
    const body = parts["word/document.xml"] ?? "";
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain("<w:tblHeader/>");
    expect(parts["word/styles.xml"]).toContain(`<w:lang w:val="${language === "nl" ? "nl-NL" : "en-GB"}"/>`);
    expect(parts["docProps/core.xml"]).toContain(`<dc:title>${agreement.title}</dc:title>`);
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? "";
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
    expect(footer).toContain(language === "nl" ? "pagina" : "page");
  });

  it.skipIf(!fs.existsSync(sofficePath))(
    "opens in LibreOffice: the DOCX converts to a PDF whose text has every clause",
    async () => {
      const folder = newFolder();
      const input = path.join(folder, `overeenkomst-${language}.docx`);
      fs.writeFileSync(input, docx);
      const conversion = spawnSync(
        sofficePath,
        [
          // A private profile: parallel runs would otherwise fight over the user's one.
          `-env:UserInstallation=file://${path.join(folder, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          folder,
          input,
        ],
        { encoding: "utf8", timeout: 110_000, env: { ...process.env, HOME: folder } },
      );
      const output = path.join(folder, `overeenkomst-${language}.pdf`);
      expect(fs.existsSync(output), `soffice: ${conversion.stdout} ${conversion.stderr}`).toBe(true);
      const converted = fs.readFileSync(output);
      // LibreOffice wraps lines after hyphens too: compare without spaces and hyphens.
      const letters = (text: string) => text.replace(/[\s\-\u2010\u2011]/g, "");
      const extracted = letters((await pdfPageTexts(converted)).join(" "));
      const missing = clausesOf(agreement).filter((clause) => !extracted.includes(letters(clause.text)));
      expect(missing.map((clause) => clause.number)).toEqual([]);
      const { report } = await checkReport(converted, "libreoffice.pdf", language);
      expect(report.summary.compliant).toBe(true);
    },
    120_000,
  );

  it("renders a standalone HTML page in the document's language that passes the check", async () => {
    const html = renderAgreementHtml(agreement);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toContain("<script");
    const { report, document } = await checkReport(Buffer.from(html), "overeenkomst.html", language);
    expect(report.summary.compliant).toBe(true);
    expect(report.summary.conflicts).toEqual([]);
    const text = normalise(document.text);
    for (const clause of clausesOf(agreement)) expect(text).toContain(normalise(clause.text));
  });
});

// --- Renderer details on a small hand-built document -------------------------------------------

const tableRows = Array.from({ length: 70 }, (_unused, index) => [
  `Maatregel ${index + 1}: toegang tot de salarisgegevens alleen na tweefactorauthenticatie en met een persoonlijk account`,
  `ISO/IEC 27001 A.${index + 1}`,
]);

const fixture: AuthoredDocument = {
  language: "nl",
  title: "Verwerkersovereenkomst – Proef",
  basis: "Proefstandaard versie 0.1 · versie 2 van deze overeenkomst",
  blocks: [
    { kind: "title", text: "Verwerkersovereenkomst", subtitle: "Proef" },
    { kind: "parties", lines: ["Gemeente Eikenrade (verwerkingsverantwoordelijke)", "Loonstroom B.V. (verwerker)"] },
    { kind: "heading", level: 1, number: "Artikel 1", text: "Onderwerp" },
    {
      kind: "clause",
      number: "1.1",
      clauseId: "subject.scope",
      text: "De verwerker verwerkt persoonsgegevens voor de gemeente, uitsluitend op haar instructie.",
      deviates: false,
    },
    {
      kind: "clause",
      number: "1.2",
      clauseId: "subject.deviation",
      text: 'Afgesproken: "kosten" <maximaal> € 1.250 & geïndexeerd, ‘jaarlijks’ herzien.',
      deviates: true,
    },
    { kind: "paragraph", text: "Een losse alinea na de bepalingen." },
    { kind: "heading", level: 1, number: "Bijlage 2", text: "Beveiligingsmaatregelen" },
    { kind: "table", caption: "Beveiligingsmaatregelen", header: ["Maatregel", "Referentie"], rows: tableRows },
    { kind: "heading", level: 1, number: null, text: "Ondertekening" },
    {
      kind: "signatures",
      parties: [
        {
          side: "controller",
          heading: "Namens de verwerkingsverantwoordelijke",
          organisation: "Gemeente Eikenrade",
          labels: { name: "Naam", role: "Functie", date: "Datum" },
          signature: { name: "J. van Beek", role: "Gemeentesecretaris", signedAt: "2027-03-12T13:05:00Z" },
        },
        {
          side: "processor",
          heading: "Namens de verwerker",
          organisation: "Loonstroom B.V.",
          labels: { name: "Naam", role: "Functie", date: "Datum" },
          signature: null,
        },
      ],
    },
  ],
};

describe("renderers on a hand-built document", () => {
  it("gives the same PDF bytes for the same document and creation date (a signature's hash stays checkable)", async () => {
    const createdAt = new Date("2027-03-12T12:00:00Z");
    const first = await renderAgreementPdf(fixture, { createdAt });
    const second = await renderAgreementPdf(fixture, { createdAt });
    expect(first.equals(second)).toBe(true);
  });

  it("breaks a long annex table across pages in the PDF, repeating its header and losing no row", async () => {
    const pages = await pdfPageTexts(await renderAgreementPdf(fixture));
    const tablePages = pages.filter((text) => text.includes("Maatregel 1") || /Maatregel \d+:/.test(text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) expect(text).toMatch(/Maatregel Referentie/);
    const all = pages.join(" ");
    for (const [measure, reference] of tableRows) {
      expect(all).toContain(measure);
      expect(all).toContain(reference);
    }
  });

  it("fills the signature block where a party signed and leaves lines to write on where it has not", async () => {
    const document = await read(await renderAgreementPdf(fixture), "getekend.pdf");
    const texts = document.blocks.map((block) => block.text);
    expect(texts).toEqual(
      expect.arrayContaining(["Naam: J. van Beek", "Functie: Gemeentesecretaris", "Datum: 12 maart 2027", "Naam:"]),
    );
    const docxBody = docxParts(await renderAgreementDocx(fixture))["word/document.xml"] ?? "";
    expect(docxBody).toContain("J. van Beek");
    expect(docxBody).toContain('w:leader="underscore"');
  });

  it("marks a deviating clause without changing its text", async () => {
    const deviating = fixture.blocks[4] as Extract<AuthoredBlock, { kind: "clause" }>;
    const docxBody = docxParts(await renderAgreementDocx(fixture))["word/document.xml"] ?? "";
    const paragraphs = docxBody.split("</w:p>");
    const marked = paragraphs.filter((paragraph) => paragraph.includes("<w:pBdr>"));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain("geïndexeerd");

    for (const [bytes, name] of [
      [await renderAgreementDocx(fixture), "a.docx"],
      [await renderAgreementPdf(fixture), "a.pdf"],
    ] as const) {
      const texts = (await read(bytes, name)).blocks.map((block) => normalise(block.text));
      expect(texts).toContain(normalise(`${deviating.number} ${deviating.text}`));
    }

    const html = renderAgreementHtml(fixture);
    expect(html).toMatch(/<li class="clause deviates" id="clause-subject.deviation">/);
    expect(html).toContain("(afwijking van de standaard)");
  });

  it("escapes text in the HTML page and keeps the page's structure accessible", () => {
    const html = renderAgreementHtml(fixture);
    expect(html).toContain("Afgesproken: &quot;kosten&quot; &lt;maximaal&gt; € 1.250 &amp; geïndexeerd");
    expect(html).not.toContain("<maximaal>");
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<title>Verwerkersovereenkomst – Proef</title>");
    expect(html).toContain('<th scope="col">Maatregel</th>');
    expect(html).toContain('<caption class="visually-hidden">Beveiligingsmaatregelen</caption>');
    expect(html).toContain("<h2>Artikel 1 Onderwerp</h2>");
    // Headings nest: h1 title, h2 articles and annexes, h3 the parties of the signature block.
    expect(html).toContain("<h3>Namens de verwerker</h3>");
    expect(html).toMatch(/<ol class="clauses" role="list">\s*<li class="clause" id="clause-subject.scope">/);
    expect(html).toContain('<dd class="blank"><span class="visually-hidden">nog niet ondertekend</span></dd>');
    expect(html).toContain("@media print");
  });

  it("breaks PDF lines only at spaces, so hyphenated words read back whole", async () => {
    const text = Array.from(
      { length: 12 },
      (_unused, index) => `The sub-processor's co-operation in step ${index + 1} is well-documented and re-usable.`,
    ).join(" ");
    const document: AuthoredDocument = {
      ...fixture,
      language: "en",
      blocks: [{ kind: "clause", number: "9.1", clauseId: "long", text, deviates: false }],
    };
    const texts = (await read(await renderAgreementPdf(document), "long.pdf")).blocks.map((block) => block.text);
    expect(texts).toContain(`9.1 ${text}`);
  });

  it.skipIf(chromiumSkipReason !== undefined)(
    "renders an HTML page without accessibility violations (axe, WCAG 2.2 AA)",
    async () => {
      const browser = await launchChromium();
      try {
        const page = await (await browser.newContext()).newPage();
        await page.setContent(renderAgreementHtml(exampleDocument("nl")));
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.setContent(renderAgreementHtml(fixture));
        expect(await accessibilityViolations(page)).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it("writes an English page in English", () => {
    const html = renderAgreementHtml({ ...fixture, language: "en" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("(deviation from the standard)");
  });
});
