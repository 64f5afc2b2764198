/** Layout decisions shared by the DOCX and PDF renderers, so both look alike. */
import type { AuthoredBlock } from "@art28/domain";

type TableBlock = Extract<AuthoredBlock, { kind: "table" }>;

/**
 * Relative column widths of an annex table (summing to 1): wider for columns with longer
 * text, but never so narrow that a short label wraps letter by letter.
 */
export function columnFractions(table: Pick<TableBlock, "header" | "rows">): number[] {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  if (columns === 0) return [];
  const weights = Array.from({ length: columns }, (_unused, column) => {
    const cells = [table.header[column] ?? "", ...table.rows.map((row) => row[column] ?? "")];
    const average = cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length;
    const longestWord = Math.max(...cells.flatMap((cell) => cell.split(/\s+/).map((word) => word.length)));
    return Math.min(60, Math.max(8, average, longestWord));
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** The text of a heading as printed: its number (when it has one) before its title. */
export function headingText(block: Extract<AuthoredBlock, { kind: "heading" }>): string {
  return block.number ? `${block.number} ${block.text}` : block.text;
}

/**
 * Breaks text into lines no wider than `width`, only at spaces (and at line breaks in the
 * text). Breaking after a hyphen, as PDF libraries do, would make text extractors join
 * "sub-" and "processor" into "subprocessor"; only a word wider than a whole line is cut.
 */
export function wrapText(text: string, width: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\t/g, " ").split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(" ").filter((part) => part !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (widthOf(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      while (line.length > 1 && widthOf(line) > width) {
        let cut = line.length - 1;
        while (cut > 1 && widthOf(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
