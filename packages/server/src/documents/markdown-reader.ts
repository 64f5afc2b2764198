import { paragraphsFromLines, type SourceParagraph, type TextLine } from "@art28/domain";
import { decodeHTML } from "entities";
import { marked, type Token, type Tokens } from "marked";
import { frontMatter } from "./detect-format.ts";
import type { CharacterBudget } from "./document-limits.ts";
import { readHtml } from "./html-reader.ts";
import { paragraphsFromTableRow } from "./table-rows.ts";

/** Stands for a hard line break while inline text is rendered; never occurs in real text. */
const hardBreak = "\u0000";

/** Skips a JavaScript statement or JSX tag starting at `start`; returns the index after it. */
function skipBalanced(text: string, start: number, closing: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < text.length; index++) {
    const character = text[index] as string;
    if (quote) {
      if (character === "\\") index++;
      else if (character === quote) quote = null;
      continue;
    }
    if (character === '"' || character === "'" || character === "`") quote = character;
    else if (character === "{" || character === "(" || character === "[") depth++;
    else if (character === "}" || character === ")" || character === "]") {
      depth--;
      if (depth === 0 && closing === "}" && character === "}") return index + 1;
    } else if (depth === 0 && character === closing && closing !== "}") return index + 1;
  }
  return text.length;
}

/** Whether every bracket and quote opened in a piece of JavaScript is closed again. */
function isBalanced(code: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let index = 0; index < code.length; index++) {
    const character = code[index] as string;
    if (quote) {
      if (character === "\\") index++;
      else if (character === quote) quote = null;
    } else if (character === '"' || character === "'" || character === "`") quote = character;
    else if ("{([".includes(character)) depth++;
    else if ("})]".includes(character)) depth--;
  }
  return depth <= 0 && quote === null;
}

/** Removes what MDX adds to Markdown outside code: import/export statements, JSX tags and {expressions}. */
export function stripMdxSyntax(source: string): string {
  const lines = source.split("\n");
  const kept: string[] = [];
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      kept.push(line);
      continue;
    }
    if (fence === null && /^(?:import|export)\s/.test(line)) {
      // A statement can span lines ("export const meta = {\n…\n}"): skip until it balances.
      let statement = line;
      while (index + 1 < lines.length && !isBalanced(statement)) {
        index++;
        statement += `\n${lines[index] as string}`;
      }
      kept.push("");
      continue;
    }
    kept.push(line);
  }

  let result = "";
  const text = kept.join("\n");
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if ((index === 0 || text[index - 1] === "\n") && /^\s*(```+|~~~+)/.test(text.slice(index, index + 20))) {
      // Copy fenced code untouched, up to and including its closing fence.
      const opening = /^\s*(```+|~~~+)/.exec(text.slice(index, index + 20))?.[1] ?? "```";
      const closing = text.indexOf(`\n${opening}`, index + opening.length);
      const end = closing < 0 ? text.length : text.indexOf("\n", closing + 1 + opening.length);
      const stop = end < 0 ? text.length : end;
      result += text.slice(index, stop);
      index = stop - 1;
      continue;
    }
    if (character === "<" && /^<(?:\/?[A-Z][\w.]*|\/?>)/.test(text.slice(index, index + 40))) {
      index = skipBalanced(text, index, ">") - 1;
      continue;
    }
    if (character === "{") {
      index = skipBalanced(text, index, "}") - 1;
      continue;
    }
    result += character;
  }
  return result;
}

type InlineToken = Token & { tokens?: Token[]; text?: string };

/** Renders inline Markdown to plain text: emphasis, code marks and link targets go, words stay. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return "";
  let text = "";
  for (const token of tokens as InlineToken[]) {
    switch (token.type) {
      case "text":
        text += token.tokens ? inlineText(token.tokens) : decodeHTML(token.text ?? "");
        break;
      case "strong":
      case "em":
      case "link":
        text += inlineText(token.tokens);
        break;
      case "codespan":
        text += decodeHTML(token.text ?? "");
        break;
      case "escape":
        text += token.text ?? "";
        break;
      case "br":
        text += hardBreak;
        break;
      case "html":
        if (/^<br\b/i.test(token.text ?? "")) text += hardBreak;
        break;
      case "del":
      case "image":
      case "checkbox":
        // Struck-through text is deleted text; images carry no agreement text.
        break;
      default:
        text += token.tokens ? inlineText(token.tokens) : decodeHTML(token.text ?? "");
    }
  }
  return text;
}

/** Inline text as lines: soft line breaks stay lines (the domain joins wrapped ones), hard breaks separate. */
function linesOf(text: string): TextLine[] {
  return text
    .split(hardBreak)
    .flatMap((part) => part.split("\n").map((line, index) => ({ text: line, breakBefore: index === 0 })));
}

interface ListPosition {
  depth: number;
  label: string | undefined;
}

function readTokens(tokens: readonly Token[], budget: CharacterBudget, list: ListPosition | null): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let itemStarted = false;
  const push = (found: readonly SourceParagraph[]) => {
    for (const paragraph of found) {
      budget.add(paragraph.text);
      if (list) {
        // The first paragraph of a list item starts it; later ones continue it.
        if (!itemStarted) {
          paragraph.listItem = true;
          if (list.label) paragraph.numberLabel = list.label;
          itemStarted = true;
        }
        paragraph.listDepth = list.depth;
      }
      paragraphs.push(paragraph);
    }
  };

  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        const text = inlineText(heading.tokens).split(hardBreak).join(" ");
        push([{ text, headingLevel: heading.depth }]);
        break;
      }
      case "paragraph":
      case "text": {
        const inline = token as Tokens.Paragraph | Tokens.Text;
        const text = "tokens" in inline && inline.tokens ? inlineText(inline.tokens) : decodeHTML(inline.text);
        push(paragraphsFromLines(linesOf(text)));
        break;
      }
      case "list": {
        const listToken = token as Tokens.List;
        const start = typeof listToken.start === "number" ? listToken.start : 1;
        const depth = list ? list.depth + 1 : 0;
        listToken.items.forEach((item, index) => {
          const label = listToken.ordered ? `${start + index}.` : undefined;
          for (const paragraph of readTokens(item.tokens, budget, { depth, label })) paragraphs.push(paragraph);
        });
        break;
      }
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const cells = row.map((cell) => [inlineText(cell.tokens).split(hardBreak).join(" ")]);
          push(paragraphsFromTableRow(cells));
        }
        break;
      }
      case "code": {
        const code = token as Tokens.Code;
        push(paragraphsFromLines(code.text.split("\n").map((text, index) => ({ text, breakBefore: index === 0 }))));
        break;
      }
      case "blockquote":
        push(readTokens((token as Tokens.Blockquote).tokens, budget, null));
        break;
      case "html":
        push(readHtml((token as Tokens.HTML).text, { add: () => undefined, used: 0 }));
        break;
      default:
        // Rules, blank space and link definitions carry no text.
        break;
    }
  }
  return paragraphs;
}

/**
 * Reads Markdown (and MDX, after removing its imports, exports, JSX tags and expressions) as
 * paragraphs: front matter, emphasis markers, link targets, images and HTML tags are dropped;
 * headings, list items (with the numbers an ordered list shows), table rows and code keep
 * their text.
 */
export function readMarkdown(source: string, options: { mdx: boolean }, budget: CharacterBudget): SourceParagraph[] {
  let text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  text = text.replace(frontMatter, "");
  if (options.mdx) text = stripMdxSyntax(text);
  const tokens = marked.lexer(text, { gfm: true });
  return readTokens(tokens, budget, null);
}
