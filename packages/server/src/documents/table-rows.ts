import type { SourceParagraph } from "@art28/domain";

/** Rows up to this length stay one block, so a label and its value are read together. */
const maxJoinedRowLength = 500;

/**
 * Turns a table row into paragraphs. A short row ("Bewaartermijn | 7 jaar") becomes one block
 * with its cells separated by " | ", so the check reads a label with its value; a long row
 * (a cell holding whole clauses) becomes one block per cell paragraph.
 */
export function paragraphsFromTableRow(cells: readonly (readonly string[])[], page?: number): SourceParagraph[] {
  const cellTexts = cells.map((paragraphs) =>
    paragraphs
      .map((text) => text.trim())
      .filter(Boolean)
      .join(" "),
  );
  const filled = cellTexts.filter((text) => text !== "");
  if (filled.length === 0) return [];
  const joined = filled.join(" | ");
  const withPage = (paragraph: SourceParagraph): SourceParagraph =>
    page === undefined ? paragraph : { ...paragraph, page };
  if (joined.length <= maxJoinedRowLength) return [withPage({ text: joined, tableCell: true })];
  return cells.flatMap((paragraphs) =>
    paragraphs
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => withPage({ text, tableCell: true })),
  );
}
