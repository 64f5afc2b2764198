import { paragraphsFromLines, type SourceParagraph, type TextLine } from "@art28/domain";
import { AppError } from "../errors.ts";
import type { CharacterBudget, DocumentLimits } from "./document-limits.ts";

interface PositionedLine {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  fontSize: number;
  page: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** Groups a page's text items into lines by their baselines, in content-stream order. */
function linesOfPage(items: readonly unknown[], page: number, budget: CharacterBudget): PositionedLine[] {
  const lines: PositionedLine[] = [];
  let current: (PositionedLine & { endX: number }) | null = null;
  const finish = () => {
    if (current && current.text.trim() !== "") {
      const text = current.text.replace(/\s+/g, " ").trim();
      budget.add(text);
      lines.push({ text, y: current.y, fontSize: current.fontSize, page });
    }
    current = null;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [, , skewX = 0, scaleY = 0, x = 0, y = 0] = item.transform;
    const fontSize = Math.hypot(skewX, scaleY) || item.height || 1;
    if (item.str !== "") {
      const open = current as (PositionedLine & { endX: number }) | null;
      const sameLine =
        open !== null && Math.abs(open.y - y) <= Math.max(1.5, fontSize * 0.4) && x >= open.endX - fontSize;
      if (open && sameLine) {
        const gap = x - open.endX;
        const needsSpace = gap > fontSize * 0.15 && !/\s$/.test(open.text) && !/^\s/.test(item.str);
        open.text += (needsSpace ? " " : "") + item.str;
        open.endX = x + item.width;
        open.fontSize = Math.max(open.fontSize, fontSize);
      } else {
        finish();
        current = { text: item.str, y, fontSize, page, endX: x + item.width };
      }
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

const pageNumberLine = /^(?:(?:page|pagina|blz\.?|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|van|\/)\s*\d{1,4})?$/i;

/**
 * Removes running headers and footers: page numbers, and lines at the top or bottom of a page
 * that repeat (digits aside) on at least half of the pages.
 */
function withoutHeadersAndFooters(pages: PositionedLine[][]): PositionedLine[][] {
  const edgeLines = (lines: PositionedLine[]) => {
    const byHeight = [...lines].sort((first, second) => second.y - first.y);
    return new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)]);
  };
  const normalise = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const text of new Set([...edgeLines(lines)].map((line) => normalise(line.text)))) {
      pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, pages.length * 0.5);
  return pages.map((lines) => {
    const edges = edgeLines(lines);
    return lines.filter((line) => {
      if (!edges.has(line)) return true;
      if (pageNumberLine.test(line.text)) return false;
      return pages.length < 3 || (pagesWith.get(normalise(line.text)) ?? 0) < threshold;
    });
  });
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The font size most of the text is set in, weighted by characters. */
function bodyFontSize(lines: readonly PositionedLine[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    characters.set(size, (characters.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of characters) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}

/** Lines with paragraph breaks where the vertical gap is larger than the usual line spacing. */
function toTextLines(pages: PositionedLine[][]): TextLine[] {
  const all = pages.flat();
  const body = bodyFontSize(all);
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let index = 1; index < lines.length; index++) {
      const gap = (lines[index - 1] as PositionedLine).y - (lines[index] as PositionedLine).y;
      if (gap > 0 && gap < body * 3) gaps.push(gap);
    }
  }
  const spacing = median(gaps) || body * 1.2;
  // How long a full line of body text is: a paragraph whose last line on a page is that long
  // goes on at the top of the next page.
  const bodyLengths = all
    .filter((line) => Math.abs(line.fontSize - body) <= body * 0.15)
    .map((line) => line.text.length);
  const fullLine = [...bodyLengths].sort((first, second) => first - second)[Math.floor(bodyLengths.length * 0.9)] ?? 0;
  const result: TextLine[] = [];
  let lastOfPreviousPage: PositionedLine | undefined;
  for (const lines of pages) {
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      const gap = previous ? previous.y - line.y : 0;
      const sizeChanged = previous !== undefined && Math.abs(previous.fontSize - line.fontSize) > body * 0.15;
      let breakBefore = !previous || gap > spacing * 1.45 || gap < -spacing * 0.5 || sizeChanged;
      if (!previous && lastOfPreviousPage) {
        const continues =
          lastOfPreviousPage.text.length >= fullLine * 0.85 &&
          Math.abs(lastOfPreviousPage.fontSize - line.fontSize) <= body * 0.15 &&
          Math.abs(line.fontSize - body) <= body * 0.15;
        breakBefore = !continues;
      }
      const textLine: TextLine = { text: line.text, page: line.page, breakBefore };
      const ratio = body > 0 ? line.fontSize / body : 1;
      if (ratio >= 1.15 && line.text.length <= 150 && /\p{L}/u.test(line.text)) {
        textLine.headingLevel = ratio >= 1.5 ? 1 : ratio >= 1.3 ? 2 : 3;
      }
      result.push(textLine);
    });
    lastOfPreviousPage = lines[lines.length - 1] ?? lastOfPreviousPage;
  }
  return result;
}

/** Joins a paragraph that a page break cut in two: no sentence end before, lower case after. */
function joinAcrossPages(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const joined: SourceParagraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined &&
      previous.page !== undefined &&
      paragraph.page === previous.page + 1 &&
      previous.headingLevel === undefined &&
      paragraph.headingLevel === undefined &&
      !paragraph.listItem &&
      !/[.!?:;]["'”’)]?$/u.test(previous.text) &&
      /^\p{Ll}/u.test(paragraph.text);
    if (continues) {
      previous.text = /\p{L}-$/u.test(previous.text)
        ? previous.text.slice(0, -1) + paragraph.text
        : `${previous.text} ${paragraph.text}`;
    } else {
      joined.push(paragraph);
    }
  }
  return joined;
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
}

/**
 * Reads the text layer of a PDF with PDF.js: lines from text positions, paragraphs from line
 * spacing and numbering, headings from font size, running headers and footers removed, and
 * the page of every paragraph. Refuses password-protected PDFs, PDFs over the page limit and
 * PDFs whose pages carry no text (scans).
 */
export async function readPdf(
  bytes: Uint8Array,
  limits: DocumentLimits,
  budget: CharacterBudget,
): Promise<{ paragraphs: SourceParagraph[]; pageCount: number }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loadingTask = pdfjs.getDocument({
    // PDF.js takes ownership of the buffer it gets, so it gets a copy.
    data: new Uint8Array(bytes),
    // PDF.js 6 no longer compiles code from PDFs (its isEvalSupported option is gone); the
    // child process also runs with --disallow-code-generation-from-strings.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: Awaited<typeof loadingTask.promise>;
  try {
    document = await loadingTask.promise;
  } catch (error) {
    await loadingTask.destroy().catch(() => undefined);
    if (errorName(error) === "PasswordException") {
      throw new AppError(
        "document_encrypted",
        "The PDF is protected with a password. Upload a version without a password.",
        { cause: error },
      );
    }
    throw new AppError("document_unreadable", "The PDF file is damaged or incomplete and cannot be read.", {
      cause: error,
    });
  }

  try {
    const pageCount = document.numPages;
    if (pageCount === 0) throw new AppError("document_empty", "The PDF has no pages.");
    if (pageCount > limits.maxPdfPages) {
      throw new AppError(
        "document_too_complex",
        `The PDF has ${pageCount} pages; at most ${limits.maxPdfPages} pages can be read.`,
      );
    }
    const pages: PositionedLine[][] = [];
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      let items: readonly unknown[];
      try {
        const page = await document.getPage(pageNumber);
        items = (await page.getTextContent()).items;
        page.cleanup();
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError("document_unreadable", `Page ${pageNumber} of the PDF is damaged and cannot be read.`, {
          cause: error,
        });
      }
      pages.push(linesOfPage(items, pageNumber, budget));
    }

    const letters = pages.flat().reduce((count, line) => count + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters === 0 || (pageCount >= 2 && letters < pageCount * 20 && letters < 200)) {
      const pagesWord = pageCount === 1 ? "page" : "pages";
      throw new AppError(
        "document_without_text",
        `The PDF has ${pageCount} ${pagesWord} but no text layer; it looks like a scan. Upload the original document, or a PDF with recognised text (OCR).`,
      );
    }

    const lines = toTextLines(withoutHeadersAndFooters(pages));
    return { paragraphs: joinAcrossPages(paragraphsFromLines(lines, { wrapped: true })), pageCount };
  } finally {
    await loadingTask.destroy().catch(() => undefined);
  }
}
