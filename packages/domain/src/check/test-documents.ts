/**
 * Builds small structured documents for the check's tests: one paragraph per string, "# " marks a
 * heading and "- " a list item. Only for tests; real documents come from the document readers.
 */

import type { BlockKind, DocumentBlock, StructuredDocument } from "../document/document-model.ts";

export function documentFromParagraphs(paragraphs: readonly string[]): StructuredDocument {
  const blocks: DocumentBlock[] = [];
  let offset = 0;
  let heading = "";
  for (const paragraph of paragraphs) {
    let kind: BlockKind = "paragraph";
    let text = paragraph;
    if (paragraph.startsWith("# ")) {
      kind = "heading";
      text = paragraph.slice(2);
      heading = text;
    } else if (paragraph.startsWith("- ")) {
      kind = "list_item";
      text = paragraph.slice(2);
    }
    const index = blocks.length;
    blocks.push({
      index,
      kind,
      text,
      number: null,
      level: kind === "heading" ? 0 : 1,
      location: kind === "heading" ? text : `${heading || "paragraaf"} ${index + 1}`,
      page: null,
      start: offset,
      end: offset + text.length,
    });
    offset += text.length + 2;
  }
  return { format: "text", text: blocks.map((block) => block.text).join("\n\n"), blocks, pageCount: null };
}
