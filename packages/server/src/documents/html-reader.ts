import { paragraphsFromLines, toRoman, type SourceParagraph } from "@art28/domain";
import { type ChildNode, type Element, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { CharacterBudget } from "./document-limits.ts";
import { paragraphsFromTableRow } from "./table-rows.ts";

/** Never text of the agreement: code, styling, embedded media, page chrome and form controls. */
const skippedElements = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "head",
  "title",
  "meta",
  "link",
  "nav",
  "button",
  "select",
  "option",
  "input",
  "textarea",
  "img",
  "picture",
  "video",
  "audio",
  "map",
]);
/** Page chrome, skipped only when the page has no <main> or <article> to read instead. */
const pageChromeElements = new Set(["footer", "aside"]);

const blockElements = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "main",
  "ol",
  "p",
  "section",
  "summary",
  "ul",
  "caption",
]);

function isHidden(element: Element): boolean {
  const attributes = element.attribs;
  if ("hidden" in attributes) return true;
  if (attributes["aria-hidden"] === "true") return true;
  if (attributes.role === "navigation") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style ?? "");
}

function toLetters(value: number, upper: boolean): string {
  let remaining = value;
  let result = "";
  while (remaining > 0) {
    remaining--;
    result = String.fromCharCode(97 + (remaining % 26)) + result;
    remaining = Math.floor(remaining / 26);
  }
  return upper ? result.toUpperCase() : result;
}

/** The label a browser shows before an <li> of an <ol type=…>. */
export function orderedListLabel(value: number, type: string): string {
  switch (type) {
    case "a":
      return `${toLetters(value, false)}.`;
    case "A":
      return `${toLetters(value, true)}.`;
    case "i":
      return `${toRoman(value)}.`;
    case "I":
      return `${toRoman(value).toUpperCase()}.`;
    default:
      return `${value}.`;
  }
}

interface ParagraphProperties {
  headingLevel?: number;
  listItem?: boolean;
  listDepth?: number;
  numberLabel?: string;
}

/**
 * Collects inline text into paragraphs. Inside a list item the first paragraph starts the item
 * and later ones continue it, so the structure can keep them together.
 */
class ParagraphCollector {
  readonly paragraphs: SourceParagraph[] = [];
  private buffer = "";
  private readonly contexts: { first: ParagraphProperties; following: ParagraphProperties; used: boolean }[] = [];
  readonly budget: CharacterBudget;

  constructor(budget: CharacterBudget) {
    this.budget = budget;
  }

  private atElementBoundary = false;

  /** Marks the edge of an inline element, where styling may have stood in for a space. */
  markElementBoundary(): void {
    this.atElementBoundary = true;
  }

  append(text: string): void {
    if (this.atElementBoundary && text !== "") {
      // <span>Art. 1</span>Partijen renders apart but has no space in the source.
      const before = this.buffer.slice(-1);
      const after = text.charAt(0);
      const runsTogether =
        (/[\p{N}.:)]/u.test(before) && /\p{L}/u.test(after)) || (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(after));
      if (runsTogether) this.buffer += " ";
      this.atElementBoundary = false;
    }
    this.buffer += text;
  }

  enter(first: ParagraphProperties, following: ParagraphProperties = {}): void {
    this.flush();
    this.contexts.push({ first, following, used: false });
  }

  leave(): void {
    this.flush();
    this.contexts.pop();
  }

  flush(): void {
    const text = this.buffer.replace(/\s+/g, " ").trim();
    this.buffer = "";
    this.atElementBoundary = false;
    if (text === "") return;
    this.budget.add(text);
    const context = this.contexts[this.contexts.length - 1];
    const properties = context ? (context.used ? context.following : context.first) : {};
    if (context) context.used = true;
    this.paragraphs.push({ text, ...properties });
  }

  add(paragraphs: readonly SourceParagraph[], options: { counted?: boolean } = {}): void {
    this.flush();
    if (!options.counted) for (const paragraph of paragraphs) this.budget.add(paragraph.text);
    // One at a time: spreading a very long list into push() would exceed the argument limit.
    for (const paragraph of paragraphs) this.paragraphs.push(paragraph);
  }
}

interface WalkContext {
  listDepth: number;
  skipPageChrome: boolean;
}

function textContent(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) {
    if (node.name === "br") return "\n";
    if (skippedElements.has(node.name)) return "";
    return node.children.map(textContent).join("");
  }
  return "";
}

function walkChildren(nodes: readonly ChildNode[], collector: ParagraphCollector, context: WalkContext): void {
  for (const node of nodes) walk(node, collector, context);
}

function walkTable(table: Element, collector: ParagraphCollector, context: WalkContext): void {
  const rows: Element[] = [];
  const findRows = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (!isTag(node) || isHidden(node)) continue;
      if (node.name === "tr") rows.push(node);
      else if (["thead", "tbody", "tfoot"].includes(node.name)) findRows(node.children);
      else if (node.name === "caption") {
        const caption = textContent(node).replace(/\s+/g, " ").trim();
        if (caption) collector.add([{ text: caption }]);
      }
    }
  };
  findRows(table.children);
  for (const row of rows) {
    const cells = row.children.filter(
      (node): node is Element => isTag(node) && (node.name === "td" || node.name === "th"),
    );
    const cellParagraphs = cells.map((cell) => {
      const cellCollector = new ParagraphCollector(collector.budget);
      walkChildren(cell.children, cellCollector, context);
      cellCollector.flush();
      return cellCollector.paragraphs.map((paragraph) => paragraph.text);
    });
    // The cell collectors counted these characters already.
    collector.add(paragraphsFromTableRow(cellParagraphs), { counted: true });
  }
}

function walk(node: ChildNode, collector: ParagraphCollector, context: WalkContext): void {
  if (isText(node)) {
    collector.append(node.data);
    return;
  }
  if (!isTag(node)) return;
  const name = node.name;
  if (skippedElements.has(name) || isHidden(node)) return;
  if (context.skipPageChrome && pageChromeElements.has(name)) return;

  if (name === "br") {
    collector.flush();
    return;
  }
  const heading = /^h([1-6])$/.exec(name);
  if (heading) {
    collector.enter({ headingLevel: Number(heading[1]) }, { headingLevel: Number(heading[1]) });
    walkChildren(node.children, collector, context);
    collector.leave();
    return;
  }
  if (name === "ol" || name === "ul") {
    collector.flush();
    const ordered = name === "ol";
    let value = Number.parseInt(node.attribs.start ?? "1", 10);
    if (!Number.isFinite(value)) value = 1;
    for (const child of node.children) {
      if (isTag(child) && child.name === "li" && !isHidden(child)) {
        const explicit = Number.parseInt(child.attribs.value ?? "", 10);
        if (Number.isFinite(explicit)) value = explicit;
        const first: ParagraphProperties = { listItem: true, listDepth: context.listDepth };
        if (ordered) first.numberLabel = orderedListLabel(value, node.attribs.type ?? "1");
        collector.enter(first, { listDepth: context.listDepth });
        walkChildren(child.children, collector, { ...context, listDepth: context.listDepth + 1 });
        collector.leave();
        value++;
      } else {
        walk(child, collector, context);
      }
    }
    collector.flush();
    return;
  }
  if (name === "table") {
    collector.flush();
    walkTable(node, collector, context);
    return;
  }
  if (name === "pre") {
    collector.flush();
    const lines = textContent(node)
      .split("\n")
      .map((text, index) => ({ text, breakBefore: index === 0 }));
    collector.add(paragraphsFromLines(lines));
    return;
  }
  const block = blockElements.has(name) || name === "li" || name === "td" || name === "th" || name === "tr";
  if (block) collector.flush();
  else collector.markElementBoundary();
  walkChildren(node.children, collector, context);
  if (block) collector.flush();
  else collector.markElementBoundary();
}

function findElements(nodes: readonly ChildNode[], matches: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (list: readonly ChildNode[]) => {
    for (const node of list) {
      if (!isTag(node) || skippedElements.has(node.name)) continue;
      if (matches(node)) found.push(node);
      else visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

/**
 * Reads the text of an HTML page or fragment as paragraphs: headings, paragraphs, list items
 * (with the numbers an <ol> shows) and table rows; scripts, styles, navigation and hidden
 * elements are left out, and entities decoded. When the page has a <main> (or else <article>)
 * only that is read, which leaves out the site's header, menus and footer.
 */
export function readHtml(html: string, budget: CharacterBudget): SourceParagraph[] {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  let roots: readonly ChildNode[] = findElements(
    document.children,
    (element) => element.name === "main" || element.attribs.role === "main",
  );
  if (roots.length === 0) roots = findElements(document.children, (element) => element.name === "article");
  const skipPageChrome = roots.length === 0;
  if (skipPageChrome) roots = document.children;
  const collector = new ParagraphCollector(budget);
  walkChildren(roots, collector, { listDepth: 0, skipPageChrome });
  collector.flush();
  return collector.paragraphs;
}
