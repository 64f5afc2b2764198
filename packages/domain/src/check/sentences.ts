/**
 * Cutting blocks into sentences. Legal texts are full of full stops that do not end a sentence
 * ("art. 28", "lid 3", "e.g.", "B.V.", "1.1"), so a boundary needs a full stop (or ! ?) that is
 * followed by a space and something that can start a sentence, and that does not close a known
 * abbreviation, a single letter or a leading clause number.
 */

import type { StructuredDocument } from "../document/document-model.ts";

/** One sentence with the block it came from. */
export interface Sentence {
  /** The sentence as written, whitespace collapsed. */
  text: string;
  blockIndex: number;
  /** Position of the sentence within its block, 0-based. */
  indexInBlock: number;
  location: string;
  /** The nearest heading above the block ("" when none). */
  heading: string;
  /** True when the block is a heading. */
  isHeading: boolean;
  /** True when the block is a list item or table cell. */
  isListItem: boolean;
}

// Lower-case, without the final full stop. Both languages, since documents mix them.
const abbreviations = new Set([
  "art", "arts", "artt", "lid", "sub", "jo", "nr", "nrs", "no", "nos", "bijv", "bv", "vgl", "zgn", "resp",
  "incl", "excl", "evt", "ca", "etc", "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "para", "paras", "sec",
  "ch", "p", "pp", "mr", "mrs", "ms", "dr", "prof", "st", "co", "ltd", "inc", "corp", "b.v", "n.v", "o.a",
  "m.b.t", "t.a.v", "i.v.m", "z.s.m", "d.w.z", "t.b.v", "c.q", "a.s", "e.d", "o.b.v", "i.c.m", "approx",
  "min", "max", "hfdst", "afd", "blz", "jr", "sr", "dhr", "mevr", "u.s", "u.k", "e.u", "al", "seq",
]);

// A boundary candidate: end punctuation, optional closing quote or bracket, whitespace.
const boundaryCandidate = /[.!?]["'”’)]?\s+/g;
// What may start the next sentence: a capital, digit, quote or opening bracket.
const sentenceStart = /^["'“‘([]?[\p{Lu}\d]/u;

function endsWithAbbreviation(textBefore: string): boolean {
  const match = /([\p{L}.]+)$/u.exec(textBefore);
  if (!match) return false;
  const word = (match[1] ?? "").toLowerCase().replace(/^\.+/, "");
  if (word.length === 1) return true; // initials and list letters: "J. Smith", "a."
  return abbreviations.has(word);
}

/** Splits one paragraph of text into sentences. */
export function splitSentences(text: string): string[] {
  const lines = joinWrappedLines(text);
  const sentences: string[] = [];
  for (const line of lines) {
    let start = 0;
    boundaryCandidate.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = boundaryCandidate.exec(line)) !== null) {
      const punctuationIndex = match.index;
      const after = match.index + match[0].length;
      if (line[punctuationIndex] === ".") {
        const before = line.slice(start, punctuationIndex);
        if (endsWithAbbreviation(before)) continue;
        // A clause number at the start ("3. The processor", "4.2. Where"): not a sentence.
        if (/^\s*(?:[\dIVX]+\.)*[\dIVXivx]+$/.test(before)) continue;
      }
      if (!sentenceStart.test(line.slice(after, after + 3))) continue;
      const sentence = line.slice(start, after).trim();
      if (sentence) sentences.push(sentence);
      start = after;
    }
    const rest = line.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

/**
 * Lines inside a block are either wrapped text (join them) or separate statements such as annex
 * lines "Name: …" (keep them apart). A line that ends without punctuation and is followed by a
 * line starting in lower case is taken as wrapped.
 */
function joinWrappedLines(text: string): string[] {
  const rawLines = text.split(/\r?\n/);
  const lines: string[] = [];
  for (const rawLine of rawLines) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (!line) continue;
    const previous = lines[lines.length - 1];
    if (previous !== undefined && !/[.:;!?]$/.test(previous) && /^[\p{Ll}(]/u.test(line)) {
      lines[lines.length - 1] = `${previous} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** All sentences of a document, in reading order, each with its block's location and heading. */
export function documentSentences(document: StructuredDocument): Sentence[] {
  const sentences: Sentence[] = [];
  let heading = "";
  for (const block of document.blocks) {
    const isHeading = block.kind === "heading";
    if (isHeading) heading = block.text.replace(/\s+/g, " ").trim();
    const parts = splitSentences(block.text);
    parts.forEach((text, indexInBlock) => {
      sentences.push({
        text,
        blockIndex: block.index,
        indexInBlock,
        location: block.location,
        heading: isHeading ? "" : heading,
        isHeading,
        isListItem: block.kind === "list_item" || block.kind === "table_cell",
      });
    });
  }
  return sentences;
}
