/**
 * The agreement as a PDF for signing and archiving: A4, Noto Sans embedded (so Dutch
 * characters look the same everywhere), numbered clauses with a hanging indent, annex tables
 * that wrap their text and repeat their header row on a new page, a signature block, page
 * numbers and document information (title, subject, language).
 *
 * The page is laid out so a text extractor reads it back in order: lines break only at spaces,
 * every clause is written as one block (kept on one page when it fits), table cells one after
 * the other, the signature columns one after the other, and the space between paragraphs is
 * clearly larger than the space between lines.
 */
import type { AuthoredBlock, AuthoredDocument, AuthoringLanguage } from "@art28/domain";
import PDFDocument from "pdfkit";
import { fontFaces, fontPath, type FontFace } from "./fonts.ts";
import { columnFractions, headingText, wrapText } from "./layout.ts";
import { renderLabels, signatureFields } from "./labels.ts";

export interface PdfRenderOptions {
  /** Recorded as the document's creation date; defaults to now. Fixing it makes the bytes reproducible. */
  createdAt?: Date;
}

const centimetre = 72 / 2.54;
const margin = 2.5 * centimetre;
const footerDistance = 1.3 * centimetre;
const lineGap = 2.5;
// Paragraphs are an empty line apart. Text extractors (PDF.js, the agreement check) find
// paragraph breaks by comparing gaps with the usual line spacing; gaps of three times the font
// size and more between paragraphs and between table rows keep that comparison unambiguous.
const paragraphGap = 15;
const clauseIndent = 1.2 * centimetre;
const cellPaddingX = 5;
const cellPaddingY = 8;
const textColour = "#1a1a1a";
const subtleColour = "#595959";
const ruleColour = "#8c8c8c";
const headerFill = "#e8e8e8";

interface TextStyle {
  face: FontFace;
  size: number;
  colour: string;
}

// Headings are clearly larger than the body text, the subtitle and table text are not: a
// reader takes a line for a heading by its size.
const styles = {
  title: { face: "bold", size: 20, colour: textColour },
  subtitle: { face: "regular", size: 11, colour: subtleColour },
  basis: { face: "regular", size: 8.5, colour: subtleColour },
  heading1: { face: "bold", size: 14, colour: textColour },
  heading2: { face: "bold", size: 12, colour: textColour },
  body: { face: "regular", size: 10, colour: textColour },
  strong: { face: "bold", size: 10, colour: textColour },
  cell: { face: "regular", size: 9, colour: textColour },
  headerCell: { face: "bold", size: 9, colour: textColour },
  footer: { face: "regular", size: 8, colour: subtleColour },
} satisfies Record<string, TextStyle>;

type Pdf = InstanceType<typeof PDFDocument>;
type Block<Kind extends AuthoredBlock["kind"]> = Extract<AuthoredBlock, { kind: Kind }>;

/** Writes blocks top to bottom, keeping track of the page. */
class PageWriter {
  readonly pdf: Pdf;
  readonly language: AuthoringLanguage;
  private outlineParent: ReturnType<Pdf["outline"]["addItem"]> | null = null;

  constructor(pdf: Pdf, language: AuthoringLanguage) {
    this.pdf = pdf;
    this.language = language;
  }

  get left(): number {
    return this.pdf.page.margins.left;
  }
  get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }
  get top(): number {
    return this.pdf.page.margins.top;
  }
  get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  use(style: TextStyle): void {
    this.pdf.font(style.face).fontSize(style.size).fillColor(style.colour);
  }

  lineHeight(style: TextStyle): number {
    this.use(style);
    return this.pdf.currentLineHeight(true) + lineGap;
  }

  lines(text: string, style: TextStyle, width: number): string[] {
    this.use(style);
    return wrapText(text, width, (part) => this.pdf.widthOfString(part));
  }

  measure(text: string, style: TextStyle, width: number): number {
    return this.lines(text, style, width).length * this.lineHeight(style);
  }

  /** Starts a new page unless `height` still fits on this one (or this page is still empty). */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom && this.pdf.y > this.top + 1) this.pdf.addPage();
  }

  /** Vertical space before a block, dropped at the top of a page. */
  space(points: number): void {
    if (this.pdf.y > this.top + 1) this.pdf.y += points;
  }

  /** Writes lines from the current position down, going on on a new page when one is full. */
  drawLines(lines: readonly string[], style: TextStyle, x: number): void {
    const height = this.lineHeight(style);
    for (const line of lines) {
      this.ensureSpace(height);
      this.use(style);
      this.pdf.text(line, x, this.pdf.y, { lineBreak: false });
      this.pdf.y += height;
    }
  }

  write(text: string, style: TextStyle, options: { x?: number; width?: number; after?: number } = {}): void {
    const x = options.x ?? this.left;
    this.drawLines(this.lines(text, style, options.width ?? this.width), style, x);
    this.pdf.y += options.after ?? paragraphGap;
  }

  title(block: Block<"title">): void {
    this.write(block.text, styles.title, { after: 4 });
    if (block.subtitle) this.write(block.subtitle, styles.subtitle, { after: 6 });
  }

  basis(text: string): void {
    if (text.trim() !== "") this.write(text, styles.basis, { after: paragraphGap + 4 });
  }

  heading(block: Block<"heading">): void {
    const style = block.level === 1 ? styles.heading1 : styles.heading2;
    const text = headingText(block);
    this.space(block.level === 1 ? 12 : 6);
    // Keep the heading with at least the first lines of what follows.
    this.ensureSpace(this.measure(text, style, this.width) + 3 * this.lineHeight(styles.body));
    this.write(text, style, { after: 6 });
    if (block.level === 1) this.outlineParent = this.pdf.outline.addItem(text);
    else (this.outlineParent ?? this.pdf.outline).addItem(text);
  }

  clause(block: Block<"clause">): void {
    const lines = this.lines(block.text, styles.body, this.width - clauseIndent);
    const height = lines.length * this.lineHeight(styles.body);
    // Kept on one page, so the clause reads back as one paragraph; a clause longer than a page goes on.
    this.ensureSpace(Math.min(height, this.bottom - this.top));
    const y = this.pdf.y;
    if (block.deviates) {
      // A bar in the margin marks a deviation without touching the clause's words.
      this.pdf
        .save()
        .moveTo(this.left - 8, y + 1)
        .lineTo(this.left - 8, Math.min(y + height - lineGap, this.bottom))
        .lineWidth(1.5)
        .strokeColor(ruleColour)
        .stroke()
        .restore();
    }
    this.use(styles.body);
    this.pdf.text(block.number, this.left, y, { lineBreak: false });
    this.drawLines(lines, styles.body, this.left + clauseIndent);
    this.pdf.y += paragraphGap;
  }

  table(block: Block<"table">): void {
    const widths = columnFractions(block).map((fraction) => fraction * this.width);
    const layoutRow = (cells: readonly string[], style: TextStyle) => {
      const lines = widths.map((width, column) => this.lines(cells[column] ?? "", style, width - 2 * cellPaddingX));
      const height = Math.max(1, ...lines.map((cell) => cell.length)) * this.lineHeight(style) + 2 * cellPaddingY;
      return { lines, height, style };
    };
    const header = layoutRow(block.header, styles.headerCell);
    const rows = block.rows.map((cells) => layoutRow(cells, styles.cell));
    // The caption repeats the annex heading just above the table, so it is not printed again.
    this.space(4);
    this.ensureSpace(header.height + (rows[0]?.height ?? 0));
    this.tableRow(header, widths, true);
    const pageRoom = this.bottom - this.top - header.height;
    rows.forEach((row, index) => {
      if (row.height > pageRoom) {
        // Taller than a page: give up the grid rather than lose text.
        this.oversizedRow(block.header, block.rows[index] ?? []);
        return;
      }
      if (this.pdf.y + row.height > this.bottom) {
        this.pdf.addPage();
        this.tableRow(header, widths, true);
      }
      this.tableRow(row, widths, false);
    });
    this.pdf.y += paragraphGap;
  }

  private tableRow(
    row: { lines: string[][]; height: number; style: TextStyle },
    widths: readonly number[],
    header: boolean,
  ): void {
    const y = this.pdf.y;
    if (header) this.pdf.save().rect(this.left, y, this.width, row.height).fill(headerFill).restore();
    const lineHeight = this.lineHeight(row.style);
    let x = this.left;
    // Cell after cell, so an extractor reads each cell's lines together.
    widths.forEach((width, column) => {
      this.use(row.style);
      (row.lines[column] ?? []).forEach((line, index) => {
        this.pdf.text(line, x + cellPaddingX, y + cellPaddingY + index * lineHeight, { lineBreak: false });
      });
      x += width;
    });
    this.pdf.save().lineWidth(0.5).strokeColor(ruleColour);
    x = this.left;
    for (const width of widths) {
      this.pdf.rect(x, y, width, row.height);
      x += width;
    }
    this.pdf.stroke().restore();
    this.pdf.y = y + row.height;
  }

  private oversizedRow(header: readonly string[], cells: readonly string[]): void {
    this.pdf.y += cellPaddingY;
    cells.forEach((cell, column) => {
      const label = header[column];
      this.write(label ? `${label}: ${cell}` : cell, styles.cell, { after: 4 });
    });
  }

  signatures(block: Block<"signatures">): void {
    const gutter = 24;
    const count = Math.max(1, block.parties.length);
    const columnWidth = (this.width - gutter * (count - 1)) / count;
    const lineSpace = 22;
    const columns = block.parties.map((party) => ({ party, fields: signatureFields(party, this.language) }));
    const heightOf = (column: (typeof columns)[number]) =>
      this.measure(column.party.heading, styles.strong, columnWidth) +
      paragraphGap +
      this.measure(column.party.organisation, styles.body, columnWidth) +
      column.fields.length * (lineSpace + this.lineHeight(styles.body));
    this.space(12);
    this.ensureSpace(Math.max(...columns.map(heightOf)));
    const top = this.pdf.y;
    let lowest = top;
    columns.forEach((column, index) => {
      const x = this.left + index * (columnWidth + gutter);
      this.pdf.y = top;
      // A full paragraph gap after the heading, so a reader takes heading and organisation apart.
      this.write(column.party.heading, styles.strong, { x, width: columnWidth });
      this.write(column.party.organisation, styles.body, { x, width: columnWidth, after: 0 });
      this.use(styles.body);
      // Lines to write on start at one position, after the longest label.
      const lineStart = x + Math.max(...column.fields.map((field) => this.pdf.widthOfString(`${field.label}:`))) + 6;
      for (const field of column.fields) {
        this.pdf.y += lineSpace;
        if (field.value !== "") {
          this.write(`${field.label}: ${field.value}`, styles.body, { x, width: columnWidth, after: 0 });
          continue;
        }
        const y = this.pdf.y;
        this.write(`${field.label}:`, styles.body, { x, width: columnWidth, after: 0 });
        const baseline = y + styles.body.size * 1.1;
        this.pdf
          .save()
          .moveTo(lineStart, baseline)
          .lineTo(x + columnWidth, baseline)
          .lineWidth(0.5)
          .strokeColor(ruleColour)
          .stroke()
          .restore();
      }
      lowest = Math.max(lowest, this.pdf.y);
    });
    this.pdf.y = lowest + paragraphGap;
  }

  /** "pagina 2 van 5" centred under every page, written once the page count is known. */
  pageNumbers(): void {
    const labels = renderLabels(this.language);
    const range = this.pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.pdf.switchToPage(index);
      const text = labels.page(index - range.start + 1, range.count);
      this.use(styles.footer);
      const x = this.left + (this.width - this.pdf.widthOfString(text)) / 2;
      this.pdf.text(text, x, this.pdf.page.height - footerDistance, { lineBreak: false });
    }
  }
}

function writeBlocks(writer: PageWriter, document: AuthoredDocument): void {
  // The basis (standard, template, version of the agreement) goes right under the title.
  if (!document.blocks.some((block) => block.kind === "title")) writer.basis(document.basis);
  for (const block of document.blocks) {
    switch (block.kind) {
      case "title":
        writer.title(block);
        writer.basis(document.basis);
        break;
      case "parties":
        for (const line of block.lines) writer.write(line, styles.body);
        break;
      case "heading":
        writer.heading(block);
        break;
      case "clause":
        writer.clause(block);
        break;
      case "paragraph":
        writer.write(block.text, styles.body);
        break;
      case "table":
        writer.table(block);
        break;
      case "signatures":
        writer.signatures(block);
        break;
    }
  }
}

/**
 * Renders the agreement as PDF with Noto Sans embedded. The bytes depend only on the document
 * and `options.createdAt`.
 */
export function renderAgreementPdf(document: AuthoredDocument, options: PdfRenderOptions = {}): Promise<Buffer> {
  const labels = renderLabels(document.language);
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    pdfVersion: "1.7",
    lang: labels.languageTag,
    displayTitle: true,
    font: fontPath("regular"),
    info: {
      Title: document.title,
      Subject: document.basis,
      Creator: "Art28",
      Producer: "Art28",
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  for (const face of fontFaces) pdf.registerFont(face, fontPath(face));

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const writer = new PageWriter(pdf, document.language);
  writeBlocks(writer, document);
  writer.pageNumbers();
  pdf.end();
  return finished;
}
