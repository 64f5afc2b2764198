/**
 * The document as the agreement check reads it: plain text cut into blocks that know where
 * they stand (article, clause, annex), so that every finding can point to its location.
 * Extraction (PDF, DOCX, HTML, Markdown, text) happens in the server; turning its paragraphs
 * into this structure is pure and lives here.
 */

export const documentFormats = ["pdf", "docx", "text", "markdown", "html"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** One paragraph as an extractor found it, with whatever structure the source format told it. */
export interface SourceParagraph {
  text: string;
  /** 1–6 when the source marks this paragraph as a heading (DOCX heading style, <h2>, ## …). */
  headingLevel?: number;
  /** A numbering label the source format generated outside the text (DOCX list numbering), e.g. "3.2" or "(b)". */
  numberLabel?: string;
  /** True for list items the source marks as such (<li>, "- " in Markdown, DOCX list paragraphs). */
  listItem?: boolean;
  /**
   * Nesting depth of the list the paragraph belongs to, 0 for the outermost list (DOCX list
   * level, nested <ol>/<ul>, indented Markdown lists). Set on the paragraph that starts a list
   * item and on further paragraphs inside that item (which have `listItem` unset).
   */
  listDepth?: number;
  /** True for a cell of a table. */
  tableCell?: boolean;
  /** 1-based page number, where the format has pages (PDF). */
  page?: number;
}

export const blockKinds = ["heading", "paragraph", "list_item", "table_cell"] as const;
export type BlockKind = (typeof blockKinds)[number];

export interface DocumentBlock {
  /** Position in `blocks`, 0-based. */
  index: number;
  kind: BlockKind;
  text: string;
  /** The block's own numbering, e.g. "3.2", "(b)", "Artikel 5", "Annex 2"; null when unnumbered. */
  number: string | null;
  /** Nesting depth: 0 for top-level headings and articles, deeper for clauses and sub-clauses. */
  level: number;
  /**
   * Human-readable location in the document's own words: the enclosing article or annex, then
   * clause numbers, e.g. "Artikel 3 › 3.2 › (b)", "Annex 2 › ¶ 4" (fourth paragraph of the
   * annex), "7. Subcontracting › 3"; "¶ 14" (fourteenth block) only when nothing encloses it.
   */
  location: string;
  page: number | null;
  /** Offsets of `text` in `StructuredDocument.text`. */
  start: number;
  end: number;
}

export interface StructuredDocument {
  format: DocumentFormat;
  /** The blocks' texts joined by blank lines; offsets in blocks refer to this. */
  text: string;
  blocks: DocumentBlock[];
  pageCount: number | null;
}
