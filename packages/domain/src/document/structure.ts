import { type ClauseMarker, isCapitalisedHeading, isHeadingLike, parseClauseMarker } from "./clause-markers.ts";
import type {
  BlockKind,
  DocumentBlock,
  DocumentFormat,
  SourceParagraph,
  StructuredDocument,
} from "./document-model.ts";

/** Separator between the parts of a location: "Artikel 3 › 3.2 › (b)". */
export const locationSeparator = " › ";

interface ClassifiedParagraph {
  text: string;
  kind: BlockKind;
  marker: ClauseMarker | null;
  /** Headings, articles, annexes and chapters contain clauses; clauses and list items do not contain them. */
  structural: boolean;
  sourceHeadingLevel: number | undefined;
  /** Blocks with the same key are siblings. Null for unnumbered body paragraphs. */
  key: string | null;
  listDepth: number | undefined;
  /** A further paragraph inside a list item (not the one that starts it). */
  continuesListItem: boolean;
  page: number | null;
}

interface OpenContainer {
  key: string;
  structural: boolean;
  kind: BlockKind;
  sourceHeadingLevel: number | undefined;
  marker: ClauseMarker | null;
  listDepth: number | undefined;
  /** What this container contributes to a location: "Artikel 3", "3.2", "Definities". */
  segment: string;
  /** Whether `segment` is only the number, so "1 › 1.1" can become "1.1". */
  segmentIsBareNumber: boolean;
  /** Body blocks placed inside so far, for "¶ n" within the container. */
  bodyCount: number;
}

function normaliseText(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A heading cut to a length that fits in a location. */
function shortTitle(text: string): string {
  const title = text.replace(/[\s.:;,]+$/u, "");
  if (title.length <= 48) return title;
  const cut = title.slice(0, 46);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}

/** A label the source generated outside the text ("3.2", "(b)", "Artikel 4") read as a marker. */
function markerFromLabel(label: string, text: string): ClauseMarker {
  const rest = text.slice(label.length).trim();
  // A title-like stand-in for the text, so "Artikel 3" is read as an article heading.
  const parsed = parseClauseMarker(`${label} X`);
  if (parsed && parsed.length >= label.length) return { ...parsed, length: label.length, rest };
  const trimmed = label.replace(/[.)]+$/u, "").replace(/^\(/u, "");
  const values = /^\d+(?:\.\d+)*$/u.test(trimmed) ? trimmed.split(".").map(Number) : [];
  return { kind: "decimal", label: trimmed || label, style: "label", values, length: label.length, rest, strong: true };
}

/** A line such as "Duur en beëindiging": short, title-like, without a number. */
function isShortTitle(text: string): boolean {
  return isHeadingLike(text) && text.length <= 60 && text.split(" ").length <= 8 && /\p{L}{3}/u.test(text);
}

/** "Artikel 3 Subverwerkers ........ 5": an entry of a table of contents, not the article itself. */
function isTableOfContentsEntry(text: string): boolean {
  return /(?:\.{4,}|…{2,}|·{4,}|_{4,})\s*\d{1,4}$/u.test(text.slice(-200));
}

function classify(
  paragraphs: readonly { source: SourceParagraph; text: string }[],
  format: DocumentFormat,
): ClassifiedParagraph[] {
  return paragraphs.map(({ source, text }, index) => {
    const label = source.numberLabel ? normaliseText(source.numberLabel) : "";
    let marker: ClauseMarker | null = null;
    const tableOfContents = !source.tableCell && isTableOfContentsEntry(text);
    if (!source.tableCell && !tableOfContents) {
      marker = label ? markerFromLabel(label, text) : parseClauseMarker(text);
    }
    const listItem = source.listItem === true;
    const headingLevel =
      source.headingLevel !== undefined && source.headingLevel >= 1 ? Math.min(6, source.headingLevel) : undefined;

    let kind: BlockKind;
    let key: string | null = null;
    if (source.tableCell) {
      kind = "table_cell";
    } else if (tableOfContents) {
      kind = "paragraph";
    } else if (headingLevel !== undefined) {
      kind = "heading";
      key = marker && marker.kind !== "bullet" ? marker.style : `heading:${headingLevel}`;
    } else if (listItem) {
      kind = "list_item";
      key = `list:${source.listDepth ?? 0}`;
      // A DOCX article label ("Artikel %1") is an article even though Word made it a list.
      if (marker?.kind === "keyword") key = marker.style;
    } else if (marker) {
      // "Artikel 3 – Subverwerkers", "2. Definities", "II. Scope": numbered titles. "(a)" and
      // "1)" number list items, however short.
      const titleStyle =
        marker.kind === "keyword" ||
        marker.style === "decimal-dot:1" ||
        marker.style.startsWith("decimal:") ||
        marker.style === "roman-upper-dot" ||
        marker.style === "letter-upper-dot";
      const titled = marker.rest === "" ? marker.kind === "keyword" : titleStyle && isHeadingLike(marker.rest);
      if (titled) kind = "heading";
      else kind = marker.kind === "decimal" || marker.kind === "keyword" ? "paragraph" : "list_item";
      key = marker.style;
    } else if (isCapitalisedHeading(text)) {
      kind = "heading";
      key = "heading:capitals";
    } else if ((format === "text" || format === "pdf") && isShortTitle(text)) {
      // In plain text and PDF a short title line before a body paragraph is a heading.
      const next = paragraphs[index + 1];
      const titled = next !== undefined && next.text.length > text.length && /[.;:]$/u.test(next.text);
      kind = titled ? "heading" : "paragraph";
      key = titled ? "heading:title" : null;
    } else {
      kind = "paragraph";
    }

    const structural = kind === "heading" || marker?.kind === "keyword";
    return {
      text,
      kind,
      marker: marker?.kind === "bullet" ? null : marker,
      structural,
      sourceHeadingLevel: headingLevel,
      key,
      listDepth: source.listDepth,
      continuesListItem: !listItem && source.listDepth !== undefined && headingLevel === undefined && !source.tableCell,
      page: source.page ?? null,
    };
  });
}

function isPrefix(prefix: number[], values: number[]): boolean {
  return prefix.length < values.length && prefix.every((value, index) => values[index] === value);
}

/** Arabic components a container passes on to its clauses: [3] for "Artikel 3" and "3.", [3, 2] for "3.2". */
function decimalValues(container: OpenContainer): number[] | null {
  const marker = container.marker;
  if (!marker) return null;
  if (marker.kind === "decimal" && marker.style !== "label") return marker.values;
  if (marker.kind === "keyword" && marker.role === "article" && /\d$|\d[a-z]$/u.test(marker.label))
    return marker.values;
  return null;
}

/** The part of the open containers a reader needs: from the outermost numbered article or heading on. */
function locationPath(stack: readonly OpenContainer[]): OpenContainer[] {
  let start = stack.findIndex((container) => container.structural && container.marker !== null);
  if (start < 0) {
    start = stack.findLastIndex((container) => container.structural);
    if (start < 0) start = 0;
  }
  return stack.slice(start);
}

function formatLocation(path: readonly OpenContainer[]): string {
  const segments = path.map((container) => ({ segment: container.segment, bareNumber: container.segmentIsBareNumber }));
  // "1 › 1.1" says the same twice: the clause number already contains its parent's.
  const kept = segments.filter((segment, index) => {
    const next = segments[index + 1];
    return !(segment.bareNumber && next && next.segment.startsWith(`${segment.segment}.`));
  });
  return kept.map((segment) => segment.segment).join(locationSeparator);
}

/**
 * Recovers the structure of a document from its paragraphs: which paragraphs are headings,
 * articles, annexes, numbered clauses, list items and table cells; the number and nesting of
 * each; and a location a reader can find ("Artikel 3 › 3.2 › (b)", "Annex 2 › ¶ 4", or "¶ 14"
 * when nothing encloses the block). Block texts are joined by blank lines into `text`, and
 * each block's `start`/`end` are its offsets there.
 */
export function structureDocument(
  paragraphs: readonly SourceParagraph[],
  format: DocumentFormat,
  pageCount: number | null = null,
): StructuredDocument {
  const prepared = paragraphs
    .map((source) => {
      let text = normaliseText(source.text);
      const label = source.numberLabel ? normaliseText(source.numberLabel) : "";
      // The reader sees the generated number in front of the text, so the block shows it too.
      if (label && !text.startsWith(label)) text = text ? `${label} ${text}` : label;
      return { source, text };
    })
    .filter((paragraph) => paragraph.text !== "");
  const classified = classify(prepared, format);

  const stack: OpenContainer[] = [];
  const blocks: DocumentBlock[] = [];
  let offset = 0;

  classified.forEach((paragraph, index) => {
    let marker = paragraph.marker;
    let key = paragraph.key;

    if (key === null) {
      if (paragraph.continuesListItem) {
        const depth = paragraph.listDepth ?? 0;
        const owner = stack.findLastIndex((container) => container.key === `list:${depth}`);
        if (owner >= 0) stack.length = owner + 1;
        else while (stack.length > 0 && !stack[stack.length - 1]?.structural) stack.pop();
      } else {
        while (stack.length > 0 && !stack[stack.length - 1]?.structural) stack.pop();
      }
    } else {
      // "(i)" after "(h)" is the ninth letter, otherwise the first Roman numeral.
      const alternative = marker?.letterAlternative;
      if (marker && alternative) {
        const previousLetter = stack.findLast((container) => container.key === alternative.style);
        if (previousLetter?.marker?.values[0] === alternative.value - 1) {
          marker = { ...marker, kind: "letter", style: alternative.style, values: [alternative.value] };
          if (key === paragraph.marker?.style) key = alternative.style;
        }
      }
      placeKeyedBlock(stack, paragraph, marker, key);
    }

    const parent = stack[stack.length - 1];
    if (paragraph.kind !== "heading") for (const container of stack) container.bodyCount++;
    const ordinal = parent ? parent.bodyCount : index + 1;

    let ownSegment: string;
    let bareNumber = false;
    if (paragraph.kind === "heading") {
      // "Artikel 3" is how a reader cites an article; other titles are cited by their words.
      ownSegment = marker?.kind === "keyword" && marker.values.length > 0 ? marker.label : shortTitle(paragraph.text);
    } else if (marker) {
      ownSegment = marker.label;
      bareNumber = marker.kind === "decimal";
    } else {
      ownSegment = `¶ ${ordinal}`;
    }

    const own: OpenContainer = {
      key: key ?? "",
      structural: paragraph.structural,
      kind: paragraph.kind,
      sourceHeadingLevel: paragraph.sourceHeadingLevel,
      marker,
      listDepth: paragraph.listDepth,
      segment: ownSegment,
      segmentIsBareNumber: bareNumber,
      bodyCount: 0,
    };
    const path = locationPath([...stack, own]);
    const start = offset;
    const end = start + paragraph.text.length;
    offset = end + 2;
    blocks.push({
      index: blocks.length,
      kind: paragraph.kind,
      text: paragraph.text,
      number: marker ? marker.label : null,
      level: path.length - 1,
      location: formatLocation(path),
      page: paragraph.page,
      start,
      end,
    });

    if (key !== null) stack.push(own);
  });

  return {
    format,
    text: blocks.map((block) => block.text).join("\n\n"),
    blocks,
    pageCount,
  };
}

/** Closes the containers a numbered block or heading ends, so the stack holds its ancestors. */
function placeKeyedBlock(
  stack: OpenContainer[],
  paragraph: ClassifiedParagraph,
  marker: ClauseMarker | null,
  key: string,
): void {
  if (marker?.role === "annex") {
    stack.length = 0;
    return;
  }
  const headingLevel = paragraph.sourceHeadingLevel;
  if (headingLevel !== undefined) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as OpenContainer;
      const closes =
        !top.structural || (top.sourceHeadingLevel !== undefined && top.sourceHeadingLevel >= headingLevel);
      if (!closes) break;
      stack.pop();
    }
  }

  // A title closes the list items numbered like it ("2. Scope" after "1. Definitions › 2").
  let sibling =
    paragraph.kind === "heading"
      ? stack.findIndex((container) => container.key === key && container.kind === "heading")
      : -1;
  if (sibling < 0) sibling = stack.findLastIndex((container) => container.key === key);
  if (sibling >= 0) {
    const previous = stack[sibling] as OpenContainer;
    // "1. Definities" followed by "1. In deze overeenkomst…": numbering that starts again
    // under a numbered title is a list inside it, not the next title.
    const restarts =
      paragraph.kind !== "heading" &&
      previous.kind === "heading" &&
      marker !== null &&
      marker.values.length === 1 &&
      marker.values[0] === 1 &&
      (previous.marker?.values[0] ?? 0) >= 1;
    if (!restarts) stack.length = sibling;
  } else if (paragraph.structural) {
    while (stack.length > 0 && !stack[stack.length - 1]?.structural) stack.pop();
    if (marker?.role === "chapter") {
      while (stack.length > 0 && stack[stack.length - 1]?.marker?.role === "article") stack.pop();
    }
  }

  // "4.1" cannot sit inside "Artikel 3" or "3.2": close containers whose number is not its prefix.
  if (marker?.kind === "decimal" && marker.values.length >= 2 && marker.style !== "label") {
    for (;;) {
      const ancestor = stack.findLastIndex((container) => {
        const values = decimalValues(container);
        return values !== null && values.length < marker.values.length;
      });
      if (ancestor < 0) break;
      const values = decimalValues(stack[ancestor] as OpenContainer) ?? [];
      if (isPrefix(values, marker.values)) break;
      stack.length = ancestor;
    }
  }
}
