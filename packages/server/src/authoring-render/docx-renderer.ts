/**
 * The agreement as a Word document. Article and annex headings use Word's own Heading 1 and
 * Heading 2 styles (so the navigation pane and a table of contents work), clause numbers are
 * printed as text before the clause with a hanging indent (so the numbering is exactly the one
 * of the PDF and HTML, not Word's list numbering), annexes are tables whose header row repeats
 * on every page, and the signature block is a two-column table.
 */
import type { AuthoredBlock, AuthoredDocument, AuthoringLanguage } from "@art28/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
} from "docx";
import { columnFractions, headingText } from "./layout.ts";
import { renderLabels, signatureFields } from "./labels.ts";

/**
 * Arial is in Word on every platform and LibreOffice substitutes the metric-compatible
 * Liberation Sans; the PDF embeds Noto Sans, which Word users rarely have installed.
 */
const documentFont = "Arial";

// Word measures in twentieths of a point (twips) and font sizes in half points.
const centimetre = 567;
const pageWidth = 11906;
const pageHeight = 16838;
const margin = Math.round(2.5 * centimetre);
const contentWidth = pageWidth - 2 * margin;
const clauseIndent = Math.round(1.2 * centimetre);
const textColour = "1A1A1A";
const subtleColour = "595959";
const ruleColour = "8C8C8C";

const noBorder: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const thinBorder: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: ruleColour };

/** Runs of plain text; line breaks inside the text become Word line breaks. */
function runsOf(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) {
  return text.split("\n").map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function clauseParagraph(block: Extract<AuthoredBlock, { kind: "clause" }>): Paragraph {
  return new Paragraph({
    style: "Clause",
    tabStops: [{ type: TabStopType.LEFT, position: clauseIndent }],
    // A bar in the margin marks a deviation without touching the clause's words.
    ...(block.deviates
      ? { border: { left: { style: BorderStyle.SINGLE, size: 18, color: ruleColour, space: 6 } } }
      : {}),
    children: [new TextRun(block.number), new TextRun({ children: [new Tab()] }), ...runsOf(block.text)],
  });
}

function tableCell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E8E8E8" } } : {}),
    children: [new Paragraph({ style: "TableText", children: runsOf(text, { bold: header }) })],
  });
}

function annexTable(block: Extract<AuthoredBlock, { kind: "table" }>): Array<Paragraph | Table> {
  const fractions = columnFractions(block);
  const widths = fractions.map((fraction) => Math.floor(fraction * contentWidth));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((width, column) => tableCell(cells[column] ?? "", width, header)),
    });
  // The caption repeats the annex heading just above the table, so it is not printed again.
  const output: Array<Paragraph | Table> = [];
  output.push(
    new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: thinBorder,
        bottom: thinBorder,
        left: thinBorder,
        right: thinBorder,
        insideHorizontal: thinBorder,
        insideVertical: thinBorder,
      },
      rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
    }),
  );
  // Word joins two tables that touch; a paragraph after each keeps them apart.
  output.push(new Paragraph({ style: "TableText", children: [] }));
  return output;
}

function signatureTable(block: Extract<AuthoredBlock, { kind: "signatures" }>, language: AuthoringLanguage): Table {
  const columnWidth = Math.floor(contentWidth / Math.max(1, block.parties.length));
  const lineEnd = columnWidth - 300;
  const cells = block.parties.map(
    (party) =>
      new TableCell({
        width: { size: columnWidth, type: WidthType.DXA },
        margins: { top: 60, bottom: 60, left: 0, right: 300 },
        children: [
          new Paragraph({ keepNext: true, keepLines: true, children: runsOf(party.heading, { bold: true }) }),
          new Paragraph({ keepNext: true, spacing: { after: 240 }, children: runsOf(party.organisation) }),
          ...signatureFields(party, language).map(
            (line) =>
              new Paragraph({
                keepNext: true,
                spacing: { before: 200 },
                // An empty value gets a line to write on.
                tabStops: [{ type: TabStopType.RIGHT, position: lineEnd, leader: LeaderType.UNDERSCORE }],
                children: [
                  new TextRun(`${line.label}: `),
                  ...(line.value === "" ? [new TextRun({ children: [new Tab()] })] : runsOf(line.value)),
                ],
              }),
          ),
        ],
      }),
  );
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: block.parties.map(() => columnWidth),
    layout: TableLayoutType.FIXED,
    borders: {
      top: noBorder,
      bottom: noBorder,
      left: noBorder,
      right: noBorder,
      insideHorizontal: noBorder,
      insideVertical: noBorder,
    },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

function blockContent(block: AuthoredBlock, language: AuthoringLanguage): Array<Paragraph | Table> {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runsOf(block.text) }),
        ...(block.subtitle ? [new Paragraph({ style: "Subtitle", children: runsOf(block.subtitle) })] : []),
      ];
    case "parties":
      return block.lines.map((line) => new Paragraph({ style: "Parties", children: runsOf(line) }));
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: runsOf(headingText(block)),
        }),
      ];
    case "clause":
      return [clauseParagraph(block)];
    case "paragraph":
      return [new Paragraph({ children: runsOf(block.text) })];
    case "table":
      return annexTable(block);
    case "signatures":
      return [signatureTable(block, language)];
  }
}

function bodyOf(document: AuthoredDocument): Array<Paragraph | Table> {
  const body: Array<Paragraph | Table> = [];
  const basis =
    document.basis.trim() === "" ? [] : [new Paragraph({ style: "Basis", children: runsOf(document.basis) })];
  const hasTitle = document.blocks.some((block) => block.kind === "title");
  if (!hasTitle) body.push(...basis);
  for (const block of document.blocks) {
    body.push(...blockContent(block, document.language));
    // The basis (standard, template, version of the agreement) goes right under the title.
    if (block.kind === "title") body.push(...basis);
  }
  return body;
}

function pageFooter(language: AuthoringLanguage): Footer {
  const labels = renderLabels(language);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            color: subtleColour,
            children: [`${labels.pageWord} `, PageNumber.CURRENT, ` ${labels.ofWord} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * Renders the agreement as DOCX: A4, Arial, Word heading styles, clause numbers as text with
 * a hanging indent, deviating clauses marked by a bar in the margin, annex tables with a
 * repeating header row, a signature block, page numbers in the footer, and the document's
 * language, title and subject set.
 */
export async function renderAgreementDocx(document: AuthoredDocument): Promise<Buffer> {
  const labels = renderLabels(document.language);
  const language = { value: labels.wordLanguage };
  const word = new Document({
    title: document.title,
    subject: document.basis,
    creator: "Art28",
    lastModifiedBy: "Art28",
    description: document.basis,
    styles: {
      default: {
        document: {
          run: { font: documentFont, size: 21, color: textColour, language },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: {
          run: { font: documentFont, size: 36, bold: true, color: textColour },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: documentFont, size: 28, bold: true, color: textColour },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: documentFont, size: 24, bold: true, color: textColour },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        {
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 24, color: subtleColour },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: "Basis",
          name: "Basis",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 18, color: subtleColour },
          paragraph: { spacing: { after: 240 } },
        },
        { id: "Parties", name: "Parties", basedOn: "Normal", next: "Normal", paragraph: { spacing: { after: 80 } } },
        {
          id: "Clause",
          name: "Clause",
          basedOn: "Normal",
          next: "Clause",
          quickFormat: true,
          paragraph: {
            indent: { left: clauseIndent, hanging: clauseIndent },
            keepLines: true,
          },
        },
        {
          id: "TableText",
          name: "Table Text",
          basedOn: "Normal",
          next: "TableText",
          run: { size: 19 },
          paragraph: { spacing: { after: 0, line: 252 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: pageHeight },
            margin: { top: margin, bottom: margin, left: margin, right: margin, footer: Math.round(1.2 * centimetre) },
          },
        },
        footers: { default: pageFooter(document.language) },
        children: bodyOf(document),
      },
    ],
  });
  return Packer.toBuffer(word);
}
