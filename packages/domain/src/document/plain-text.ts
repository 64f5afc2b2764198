import { isCapitalisedHeading, isHeadingLike, parseClauseMarker } from "./clause-markers.ts";
import type { SourceParagraph } from "./document-model.ts";

/** One visual line of text, as a PDF page or a plain-text file has it. */
export interface TextLine {
  text: string;
  /** The source leaves visible space before this line: a blank line, a paragraph gap on a page. */
  breakBefore?: boolean;
  /** 1–6 when the source marks the line as a heading (a large font, "## Title"). */
  headingLevel?: number;
  /** 1-based page number, where the source has pages. */
  page?: number;
}

export interface LineJoinOptions {
  /**
   * Whether lines between breaks are prose wrapped at a fixed width (true, as on a PDF page)
   * or each a paragraph of its own (false). "detect" (the default) decides per block: text
   * where most lines break mid-sentence is wrapped; one sentence per line is not.
   */
  wrapped?: boolean | "detect";
}

const sentenceEnd = /[.!?:;]["'”’)\]]?$/u;
// A list item often ends in "; and" or "; of" before the next item starts.
const listContinuation = /(?:^|[\s;,])(?:and|or|and\/or|en|of|en\/of)$/iu;
const bulletLine = /^([-*•·▪◦‣–●○■□➢►✓])\s+(.*)$/u;

function endsSentence(line: string): boolean {
  return sentenceEnd.test(line) || listContinuation.test(line);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A block is wrapped prose when most line ends fall mid-sentence and lines are not short. */
function looksWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  let midSentence = 0;
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1] ?? "";
    const next = lines[index] ?? "";
    if (!sentenceEnd.test(previous) && (/^[\p{Ll}(]/u.test(next) || /[\p{Ll},-]$/u.test(previous))) midSentence++;
  }
  const lengths = lines.slice(0, -1).map((line) => line.length);
  return midSentence / (lines.length - 1) >= 0.3 && median(lengths) >= 40;
}

/** A line that stands alone as a title: "ARTIKEL 3 SUBVERWERKERS", "Artikel 3 – Subverwerkers". */
function isTitleLine(line: string, width: number): boolean {
  const short = width < 40 || line.length < width * 0.7;
  if (!short) return false;
  if (isCapitalisedHeading(line)) return true;
  const marker = parseClauseMarker(line);
  if (!marker) return false;
  if (marker.kind === "keyword") return marker.rest === "" || isHeadingLike(marker.rest);
  return marker.kind === "decimal" && isHeadingLike(marker.rest);
}

function joinLines(previous: string, next: string): string {
  // "verwerkers-" + "overeenkomst": a word hyphenated at the line end.
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

interface OpenParagraph {
  paragraph: SourceParagraph;
  lineCount: number;
}

/**
 * Joins visual lines into paragraphs: a new paragraph starts at a break, at a heading, at a
 * new numbered clause or bullet, after a short line that ends a sentence, or at every line of
 * a block that is not wrapped prose. Bullets are removed from the text and mark list items.
 */
export function paragraphsFromLines(lines: readonly TextLine[], options: LineJoinOptions = {}): SourceParagraph[] {
  const wrappedOption = options.wrapped ?? "detect";
  const runs: TextLine[][] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const current = runs[runs.length - 1];
    if (!current || line.breakBefore) runs.push([{ ...line, text }]);
    else current.push({ ...line, text });
  }

  const paragraphs: SourceParagraph[] = [];
  for (const run of runs) {
    const texts = run.map((line) => line.text);
    const wrapped = wrappedOption === "detect" ? looksWrapped(texts) : wrappedOption;
    // A loop, not Math.max(...lengths): a run can have more lines than a call has arguments.
    const width = texts.reduce((widest, text) => Math.max(widest, text.length), 0);
    let open: OpenParagraph | null = null;
    let previousLine: TextLine | null = null;

    for (const line of run) {
      const bullet = bulletLine.exec(line.text);
      const text = bullet ? (bullet[2] ?? "") : line.text;
      let startsNew = open === null || previousLine === null;
      if (!startsNew && open && previousLine) {
        const previousText = previousLine.text;
        const previousShort = width >= 40 && previousText.length < width * 0.7;
        const marker = parseClauseMarker(line.text);
        if (line.headingLevel !== undefined || previousLine.headingLevel !== undefined) {
          // A heading wrapped over two lines of the same size stays one heading.
          startsNew = !(line.headingLevel === previousLine.headingLevel && !sentenceEnd.test(previousText) && !marker);
        } else if (!wrapped || bullet) {
          startsNew = true;
        } else if (marker) {
          startsNew = marker.strong || endsSentence(previousText) || previousShort;
        } else if (open.lineCount === 1 && isTitleLine(previousText, width) && /^[\p{Lu}\p{N}"'“(]/u.test(text)) {
          startsNew = true;
        } else {
          startsNew = endsSentence(previousText) && previousShort && /^[\p{Lu}\p{N}"'“(]/u.test(text);
        }
      }

      if (startsNew || !open) {
        const paragraph: SourceParagraph = { text };
        if (line.headingLevel !== undefined) paragraph.headingLevel = line.headingLevel;
        if (bullet) paragraph.listItem = true;
        if (line.page !== undefined) paragraph.page = line.page;
        paragraphs.push(paragraph);
        open = { paragraph, lineCount: 1 };
      } else {
        open.paragraph.text = joinLines(open.paragraph.text, text);
        open.lineCount++;
      }
      previousLine = line;
    }
  }
  return paragraphs;
}

const markdownHeading = /^(#{1,6})[ \t]+(.*)$/u;

/** "Artikel 3 ##" → "Artikel 3": closing hashes of a Markdown heading, removed without a backtracking regex. */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === "#") end--;
  const withoutHashes = trimmed.slice(0, end);
  return end < trimmed.length && /[ \t]$/u.test(withoutHashes) ? withoutHashes.trimEnd() : trimmed;
}
const ruleLine = /^[ \t]*([-=_*~])(?:[ \t]*\1){2,}[ \t]*$/u;

/**
 * Splits plain text into paragraphs: at blank lines, and within a block where a new numbered
 * clause, bullet or heading starts; hard-wrapped lines of one paragraph are joined. Markdown
 * headings ("## Artikel 3") and underlined headings that survived in the text are recognised.
 */
export function paragraphsFromPlainText(text: string): SourceParagraph[] {
  const normalised = text
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n");
  const lines: TextLine[] = [];
  let breakPending = true;
  let linesInBlock = 0;
  for (const rawLine of normalised.split("\n")) {
    if (rawLine.trim() === "") {
      breakPending = true;
      linesInBlock = 0;
      continue;
    }
    const rule = ruleLine.exec(rawLine);
    if (rule) {
      const previous = lines[lines.length - 1];
      // "Title\n=====" is a heading; a rule anywhere else only separates.
      if (previous && linesInBlock === 1 && (rule[1] === "=" || rule[1] === "-")) {
        previous.headingLevel = rule[1] === "=" ? 1 : 2;
      }
      breakPending = true;
      linesInBlock = 0;
      continue;
    }
    const heading = markdownHeading.exec(rawLine.trim());
    const line: TextLine = { text: heading ? withoutClosingHashes(heading[2] ?? "") : rawLine };
    if (heading) {
      line.headingLevel = (heading[1] ?? "#").length;
      line.breakBefore = true;
      breakPending = true;
    }
    if (breakPending) line.breakBefore = true;
    breakPending = heading !== null;
    linesInBlock = heading ? 0 : linesInBlock + 1;
    lines.push(line);
  }
  return paragraphsFromLines(lines);
}
