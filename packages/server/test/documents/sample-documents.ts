/**
 * Documents for the reading tests, generated on the fly: agreements we write ourselves in
 * DOCX, PDF, HTML, Markdown and MDX, and hostile or broken files (scan, password, zip bomb).
 */
import { crc32, deflateSync } from "node:zlib";
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { zipSync } from "fflate";
import PDFDocument from "pdfkit";

/** A processor agreement in Word: numbered articles, clauses and sub-clauses, a table, bullets and a tracked deletion. */
export async function agreementDocx(): Promise<Uint8Array> {
  const clause = (text: string, level: number) => new Paragraph({ text, numbering: { reference: "articles", level } });
  const article = (title: string) =>
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, numbering: { reference: "articles", level: 0 } });
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "articles",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "Artikel %1", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: "(%3)", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: "Verwerkersovereenkomst Gemeente Voorbeeld", heading: HeadingLevel.TITLE }),
          new Paragraph("Deze overeenkomst is gesloten tussen de Gemeente Voorbeeld en Leverancier Voorbeeld B.V."),
          article("Definities"),
          clause(
            "Persoonsgegevens: alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon.",
            1,
          ),
          clause("Datalek: een inbreuk in verband met persoonsgegevens.", 1),
          article("Onderwerp"),
          clause("De verwerker verwerkt persoonsgegevens uitsluitend in opdracht van de gemeente.", 1),
          article("Subverwerkers"),
          clause("De verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming.", 1),
          clause("Als de gemeente toestemming geeft, dan:", 1),
          clause("legt de verwerker de subverwerker dezelfde verplichtingen op;", 2),
          clause("blijft de verwerker volledig aansprakelijk voor de subverwerker.", 2),
          new Paragraph({
            children: [
              new TextRun("De verwerker bewaart de gegevens in de Europese Economische Ruimte"),
              new DeletedTextRun({
                text: " of in de Verenigde Staten",
                id: 1,
                author: "Jurist",
                date: "2026-01-01T00:00:00Z",
              }),
              new TextRun("."),
            ],
          }),
          new Paragraph({ text: "Bijlage 1 – Beveiligingsmaatregelen", heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({ children: [cell("Maatregel"), cell("Toelichting")] }),
              new TableRow({ children: [cell("Versleuteling"), cell("Gegevens worden versleuteld opgeslagen.")] }),
            ],
          }),
          new Paragraph({ text: "Toegang op basis van rollen.", bullet: { level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function renderPdf(
  draw: (document: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ ...options, info: { Title: "Test" } });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on("error", reject);
    draw(document);
    document.end();
  });
}

/**
 * An English agreement over three pages with a text layer, larger headings, a running header,
 * page-number footers, and a clause that a page break cuts in two.
 */
export function agreementPdf(): Promise<Uint8Array> {
  return renderPdf((document) => {
    let page = 1;
    const decorate = () => {
      const { x, y } = document;
      document.fontSize(8).text("Data processing agreement – confidential", 72, 40, { lineBreak: false });
      document.fontSize(8).text(`Page ${page} of 3`, 72, 750, { lineBreak: false });
      // Text that flows onto a new page goes on in the body size.
      document.fontSize(11);
      document.x = x;
      document.y = y;
    };
    document.on("pageAdded", () => {
      page++;
      decorate();
    });
    decorate();
    const heading = (text: string) => document.fontSize(16).text(text).moveDown(0.5);
    const body = (text: string) => document.fontSize(11).text(text).moveDown(0.5);
    heading("Article 1 – Subject matter");
    body(
      "1.1 The processor processes personal data on behalf of the controller for the purpose of providing the hosting service described in the main agreement, and for no other purpose.",
    );
    // Start the next clause low on the page, so that it continues on page 2.
    document.y = 640;
    body(
      `1.2 The processing lasts as long as the main agreement. ${"The processor keeps processing only to the extent needed to return or delete the personal data. ".repeat(6)}This clause ends here.`,
    );
    heading("Article 2 – Security");
    body("2.1 The processor shall implement appropriate technical and organisational measures, including:");
    body("(a) encryption of personal data at rest and in transit;");
    body("(b) logging of all access to personal data;");
    body("(c) regular testing of the effectiveness of the measures.");
    document.addPage();
    heading("Annex 1 – Sub-processors");
    body("The controller authorises the sub-processors listed in this annex.");
  });
}

/** A minimal grey PNG, so a PDF can carry an image and nothing else. */
export function greyPng(width = 64, height = 64): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0; // filter type per row
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** Three pages with only an image on each: what a scanner produces without OCR. */
export function scannedPdf(): Promise<Uint8Array> {
  const image = Buffer.from(greyPng());
  return renderPdf((document) => {
    for (let page = 0; page < 3; page++) {
      if (page > 0) document.addPage();
      document.image(image, 72, 72, { width: 400 });
    }
  });
}

export function encryptedPdf(): Promise<Uint8Array> {
  return renderPdf((document) => document.text("Vertrouwelijke verwerkersovereenkomst."), {
    userPassword: "geheim",
    ownerPassword: "nog-geheimer",
  });
}

/** Builds a ZIP archive from named text or byte entries. */
export function zipOf(entries: Record<string, string | Uint8Array>, level: 0 | 1 | 6 = 6): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 1 | 6 }]> = {};
  for (const [name, content] of Object.entries(entries)) {
    files[name] = [typeof content === "string" ? new TextEncoder().encode(content) : content, { level }];
  }
  return zipSync(files);
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

/** A "DOCX" whose document part is 16 MB of zeros, compressed about a thousand to one. */
export function zipBombDocx(): Uint8Array {
  return zipOf({ "[Content_Types].xml": contentTypes, "word/document.xml": new Uint8Array(16 * 1024 * 1024) }, 1);
}

/**
 * A DOCX whose central directory and local header understate the document part's size:
 * it declares 2 kB, and inflates to `actualBytes`.
 */
export function understatedDocx(actualBytes: number): Uint8Array {
  const xml = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${"x".repeat(actualBytes - 100)}</w:t></w:r></w:p></w:body></w:document>`;
  const archive = Buffer.from(zipOf({ "word/document.xml": xml }, 1));
  const declared = 2048;
  // Local file header: signature 0x04034b50, uncompressed size at offset 22.
  for (let offset = 0; offset < archive.length - 4; offset++) {
    const signature = archive.readUInt32LE(offset);
    if (signature === 0x04034b50) archive.writeUInt32LE(declared, offset + 22);
    // Central directory header: signature 0x02014b50, uncompressed size at offset 24.
    if (signature === 0x02014b50) archive.writeUInt32LE(declared, offset + 24);
  }
  return new Uint8Array(archive);
}

export function manyEntriesDocx(count: number): Uint8Array {
  const entries: Record<string, string> = { "word/document.xml": "<w:document/>" };
  for (let index = 0; index < count; index++) entries[`word/media/part${index}.xml`] = "<x/>";
  return zipOf(entries, 0);
}

export function spreadsheetXlsx(): Uint8Array {
  return zipOf({ "[Content_Types].xml": contentTypes, "xl/workbook.xml": "<workbook/>" });
}

/**
 * The start of an OLE compound file with the given stream names in its directory, which is
 * what tells an encrypted Office document (EncryptionInfo, EncryptedPackage) from a legacy
 * .doc (WordDocument).
 */
export function compoundFile(streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(`${name}\u0000`, "utf16le").copy(entry);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(512), ...directory]));
}

/** A supplier's web page: the agreement in <main>, surrounded by scripts, styles, menus and a footer. */
export const agreementHtmlPage = `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Verwerkersovereenkomst | Leverancier</title>
  <style>body { font-family: sans-serif; } .hidden { display: none; }</style>
  <script>window.analytics = { track: function () { return "tracking-code"; } };</script>
  <script type="application/ld+json">{"@type": "WebPage", "name": "structured-data"}</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/prijzen">Prijzen</a></nav>
  <main>
    <h1>Verwerkersovereenkomst</h1>
    <p>Leverancier &amp; Zonen B.V. verwerkt persoonsgegevens voor de&nbsp;gemeente.</p>
    <h2><span class="nummer">Artikel 4</span>Beveiliging</h2>
    <ol>
      <li>De verwerker neemt passende maatregelen, waaronder:
        <ol type="a">
          <li>versleuteling van gegevens;</li>
          <li>toegangsbeheer op basis van rollen.</li>
        </ol>
      </li>
      <li>De verwerker test de maatregelen <a href="https://leverancier.example/beveiliging">jaarlijks</a>.</li>
    </ol>
    <table>
      <tr><th>Gegeven</th><th>Bewaartermijn</th></tr>
      <tr><td>Logbestanden</td><td>6 maanden</td></tr>
    </table>
    <p style="display:none">Verborgen tekst voor zoekmachines.</p>
    <script>document.write("inline-script-text")</script>
  </main>
  <footer>© Leverancier – alle rechten voorbehouden</footer>
</body>
</html>`;

export const agreementMarkdown = `---
layout: page
title: Verwerkersovereenkomst
permalink: /verwerkersovereenkomst
---

# Verwerkersovereenkomst

Deze overeenkomst hoort bij de [algemene voorwaarden](https://leverancier.example/voorwaarden) van **Leverancier B.V.**

## Artikel 6 – Datalekken

**6.1** De verwerker meldt een datalek _zonder onredelijke vertraging_ aan de gemeente.
**6.2** De melding bevat ten minste:

- de aard van de inbreuk;
- de vermoedelijke gevolgen.

| Termijn | Actie |
|---|---|
| 24 uur | Eerste melding |

![logo](https://leverancier.example/logo.png)
`;

export const agreementMdx = `import { Callout } from "../components/callout";
import Layout from "../layouts/legal";
export const meta = {
  title: "Data Processing Agreement",
  updated: "2026-01-01",
};

# Data Processing Agreement

<Callout type="info" icon={<InfoIcon />}>
This agreement supplements the terms of service.
</Callout>

## Article 2 – Instructions

2.1 The processor processes personal data only on documented instructions from the controller.
2.2 The processor informs the controller if an instruction infringes the GDPR.

<SignatureBlock parties={["controller", "processor"]} />

{/* internal note: reviewed by legal */}
`;

/** Page source saved as a text file: how agreements copied from a browser often arrive. */
export const pageSourceText = `<html><head><style>p{margin:0}</style><script>var tracker = "page-script";</script></head>
<body><div class="content">
<h2>Article 3 &ndash; Confidentiality</h2>
<p>3.1 The processor ensures that persons authorised to process personal data are bound by confidentiality.</p>
<p>3.2 This obligation survives the end of the agreement.</p>
</div></body></html>`;
