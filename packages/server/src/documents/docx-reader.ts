import { toRoman, type SourceParagraph } from "@art28/domain";
import { Parser } from "htmlparser2";
import { AppError } from "../errors.ts";
import type { CharacterBudget, DocumentLimits } from "./document-limits.ts";
import { paragraphsFromTableRow } from "./table-rows.ts";
import { openZipArchive, type ZipArchive } from "./zip-archive.ts";

type Attributes = Record<string, string>;

/** Reads an XML part event by event, so a large part never becomes a tree in memory. */
function parseXml(
  xml: string,
  handlers: { open(name: string, attributes: Attributes): void; text?(text: string): void; close(name: string): void },
): void {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => handlers.open(name, attributes),
      ontext: (text) => handlers.text?.(text),
      onclosetag: (name) => handlers.close(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

interface ParagraphStyle {
  name: string;
  basedOn: string | undefined;
  outlineLevel: number | undefined;
  numberingId: string | undefined;
  numberingLevel: number | undefined;
}

function readStyles(xml: string | null): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (!xml) return styles;
  let current: ParagraphStyle | null = null;
  let inParagraphProperties = false;
  parseXml(xml, {
    open(name, attributes) {
      if (name === "w:style") {
        current = null;
        const id = attributes["w:styleId"];
        if (id && (attributes["w:type"] ?? "paragraph") === "paragraph") {
          current = {
            name: "",
            basedOn: undefined,
            outlineLevel: undefined,
            numberingId: undefined,
            numberingLevel: undefined,
          };
          styles.set(id, current);
        }
        return;
      }
      if (!current) return;
      const value = attributes["w:val"];
      if (name === "w:name") current.name = value ?? "";
      else if (name === "w:basedOn") current.basedOn = value;
      else if (name === "w:pPr") inParagraphProperties = true;
      else if (inParagraphProperties && name === "w:outlineLvl") current.outlineLevel = Number(value);
      else if (inParagraphProperties && name === "w:numId") current.numberingId = value;
      else if (inParagraphProperties && name === "w:ilvl") current.numberingLevel = Number(value);
    },
    close(name) {
      if (name === "w:pPr") inParagraphProperties = false;
      if (name === "w:style") current = null;
    },
  });
  return styles;
}

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Numbering {
  abstracts: Map<string, Map<number, NumberingLevel>>;
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

function readNumbering(xml: string | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), instances: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, NumberingLevel> | null = null;
  let level: NumberingLevel | null = null;
  let instance: { abstractId: string; startOverrides: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  parseXml(xml, {
    open(name, attributes) {
      const value = attributes["w:val"] ?? "";
      switch (name) {
        case "w:abstractNum":
          abstract = new Map();
          numbering.abstracts.set(attributes["w:abstractNumId"] ?? "", abstract);
          break;
        case "w:lvl":
          if (abstract) {
            level = { start: 1, format: "decimal", text: "", legal: false };
            abstract.set(Number(attributes["w:ilvl"] ?? 0), level);
          }
          break;
        case "w:start":
          if (level) level.start = Number(value) || 0;
          break;
        case "w:numFmt":
          if (level) level.format = value;
          break;
        case "w:lvlText":
          if (level) level.text = value;
          break;
        case "w:isLgl":
          if (level) level.legal = value !== "0" && value !== "false";
          break;
        case "w:num":
          instance = { abstractId: "", startOverrides: new Map() };
          numbering.instances.set(attributes["w:numId"] ?? "", instance);
          break;
        case "w:abstractNumId":
          if (instance) instance.abstractId = value;
          break;
        case "w:lvlOverride":
          overrideLevel = Number(attributes["w:ilvl"] ?? 0);
          break;
        case "w:startOverride":
          if (instance && overrideLevel !== null) instance.startOverrides.set(overrideLevel, Number(value) || 0);
          break;
      }
    },
    close(name) {
      if (name === "w:abstractNum") abstract = null;
      else if (name === "w:lvl") level = null;
      else if (name === "w:num") instance = null;
      else if (name === "w:lvlOverride") overrideLevel = null;
    },
  });
  return numbering;
}

function letters(value: number): string {
  // Word writes the 27th item as "aa", the 28th as "bb".
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return toRoman(value);
    case "upperRoman":
      return toRoman(value).toUpperCase();
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "none":
      return "";
    default:
      return String(value);
  }
}

/**
 * Reproduces the numbers Word shows before list paragraphs ("1.", "3.2", "(b)", "Artikel 4")
 * from numbering.xml: one counter per level of each abstract list, deeper levels restarting
 * when a higher level advances, and "restart numbering" overrides honoured.
 */
class NumberingCounter {
  private readonly numbering: Numbering;
  private readonly counters = new Map<string, number[]>();
  private readonly startedInstances = new Set<string>();

  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  /** The label for the next paragraph of list `numberingId` at `level`; null for bullets and unlabelled levels. */
  next(numberingId: string, level: number): { label: string | null } | null {
    const instance = this.numbering.instances.get(numberingId);
    if (!instance) return null;
    const levels = this.numbering.abstracts.get(instance.abstractId);
    if (!levels) return null;
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.startedInstances.has(numberingId)) {
      this.startedInstances.add(numberingId);
      for (const [overridden, start] of instance.startOverrides) {
        counters[overridden] = start - 1;
        counters.length = Math.min(counters.length, overridden + 1);
      }
    }
    const definition = levels.get(level);
    const start = definition?.start ?? 1;
    counters[level] = counters[level] === undefined ? start : (counters[level] as number) + 1;
    counters.length = level + 1;

    if (!definition || definition.format === "bullet") return { label: null };
    const label = definition.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const referenced = Number(digit) - 1;
      const referencedDefinition = levels.get(referenced);
      const value = counters[referenced] ?? referencedDefinition?.start ?? 1;
      const format = definition.legal ? "decimal" : (referencedDefinition?.format ?? "decimal");
      return formatNumber(value, format);
    });
    const trimmed = label.trim();
    return { label: trimmed === "" ? null : trimmed };
  }
}

const headingStyleName = /^(?:heading|kop|überschrift|titre|titolo|encabezado)\s*([1-9])$/i;

function headingLevelOf(
  styleId: string | undefined,
  styles: Map<string, ParagraphStyle>,
  outlineLevel: number | undefined,
): number | undefined {
  if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 5) return outlineLevel + 1;
  let id = styleId;
  for (let depth = 0; id && depth < 10; depth++) {
    const style = styles.get(id);
    const name = style?.name ?? "";
    const byName = headingStyleName.exec(name) ?? headingStyleName.exec(id);
    if (byName) return Math.min(6, Number(byName[1]));
    if (/^(?:title|titel)$/i.test(name) || /^(?:title|titel)$/i.test(id)) return 1;
    if (style?.outlineLevel !== undefined && style.outlineLevel >= 0 && style.outlineLevel <= 5)
      return style.outlineLevel + 1;
    id = style?.basedOn;
  }
  return undefined;
}

function styleNumbering(
  styleId: string | undefined,
  styles: Map<string, ParagraphStyle>,
): { id: string; level: number } | undefined {
  let id = styleId;
  for (let depth = 0; id && depth < 10; depth++) {
    const style = styles.get(id);
    if (style?.numberingId !== undefined) return { id: style.numberingId, level: style.numberingLevel ?? 0 };
    id = style?.basedOn;
  }
  return undefined;
}

/** Word's own names for table-of-contents styles are "toc 1"…"toc 9" in every language. */
function isTableOfContentsStyle(styleId: string | undefined, styles: Map<string, ParagraphStyle>): boolean {
  if (!styleId) return false;
  const name = styles.get(styleId)?.name ?? "";
  return /^toc\s*\d$/i.test(name) || /^(?:toc|inhopg)\d$/i.test(styleId);
}

interface OpenParagraph {
  text: string;
  styleId: string | undefined;
  numberingId: string | undefined;
  numberingLevel: number | undefined;
  outlineLevel: number | undefined;
}

interface OpenTable {
  row: string[][] | null;
  cell: string[] | null;
}

/** Elements whose content is not visible text: deleted revisions, field codes, fallbacks of drawings. */
const skippedElements = new Set([
  "w:del",
  "w:delText",
  "w:instrText",
  "w:moveFrom",
  "mc:Fallback",
  "w:pPrChange",
  "w:rPrChange",
]);

function readBody(
  xml: string,
  styles: Map<string, ParagraphStyle>,
  numbering: Numbering,
  budget: CharacterBudget,
): SourceParagraph[] {
  const output: SourceParagraph[] = [];
  const counter = new NumberingCounter(numbering);
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let skipDepth = 0;
  let inText = false;
  let inParagraphProperties = 0;
  let hiddenRun = false;

  const current = () => paragraphs[paragraphs.length - 1];
  const appendText = (text: string) => {
    const paragraph = current();
    if (paragraph && !hiddenRun) paragraph.text += text;
  };

  const finishParagraph = (paragraph: OpenParagraph) => {
    // A table of contents repeats the headings; the headings themselves follow.
    if (isTableOfContentsStyle(paragraph.styleId, styles)) return;
    const inherited = styleNumbering(paragraph.styleId, styles);
    const numberingId = paragraph.numberingId ?? inherited?.id;
    const numberingLevel =
      paragraph.numberingLevel ?? (paragraph.numberingId === undefined ? inherited?.level : undefined) ?? 0;
    const numbered =
      numberingId !== undefined && numberingId !== "0" ? counter.next(numberingId, numberingLevel) : null;
    const text = paragraph.text.replace(/\s+/g, " ").trim();
    if (text === "") return;
    budget.add(text);
    const headingLevel = headingLevelOf(paragraph.styleId, styles, paragraph.outlineLevel);

    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.push(numbered?.label ? `${numbered.label} ${text}` : text);
      return;
    }
    const result: SourceParagraph = { text };
    if (headingLevel !== undefined) result.headingLevel = headingLevel;
    if (numbered) {
      if (numbered.label) result.numberLabel = numbered.label;
      if (headingLevel === undefined) {
        result.listItem = true;
        result.listDepth = numberingLevel;
      }
    }
    output.push(result);
  };

  parseXml(xml, {
    open(name, attributes) {
      if (skipDepth > 0 || skippedElements.has(name)) {
        skipDepth++;
        return;
      }
      const value = attributes["w:val"];
      switch (name) {
        case "w:p":
          paragraphs.push({
            text: "",
            styleId: undefined,
            numberingId: undefined,
            numberingLevel: undefined,
            outlineLevel: undefined,
          });
          break;
        case "w:pPr":
          inParagraphProperties++;
          break;
        case "w:pStyle":
          if (inParagraphProperties && current()) (current() as OpenParagraph).styleId = value;
          break;
        case "w:numId":
          if (inParagraphProperties && current()) (current() as OpenParagraph).numberingId = value;
          break;
        case "w:ilvl":
          if (inParagraphProperties && current()) (current() as OpenParagraph).numberingLevel = Number(value ?? 0);
          break;
        case "w:outlineLvl":
          if (inParagraphProperties && current()) (current() as OpenParagraph).outlineLevel = Number(value ?? 9);
          break;
        case "w:r":
          hiddenRun = false;
          break;
        case "w:vanish":
          // Hidden text is not what the parties see.
          if (!inParagraphProperties) hiddenRun = value !== "0" && value !== "false";
          break;
        case "w:t":
          inText = true;
          break;
        case "w:tab":
        case "w:br":
        case "w:cr":
          if (!inParagraphProperties) appendText(" ");
          break;
        case "w:noBreakHyphen":
          appendText("-");
          break;
        case "w:tbl":
          tables.push({ row: null, cell: null });
          break;
        case "w:tr":
          if (tables.length > 0) (tables[tables.length - 1] as OpenTable).row = [];
          break;
        case "w:tc":
          if (tables.length > 0) (tables[tables.length - 1] as OpenTable).cell = [];
          break;
      }
    },
    text(text) {
      if (skipDepth === 0 && inText) appendText(text);
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (name) {
        case "w:t":
          inText = false;
          break;
        case "w:pPr":
          inParagraphProperties--;
          break;
        case "w:r":
          hiddenRun = false;
          break;
        case "w:p": {
          const paragraph = paragraphs.pop();
          if (paragraph) finishParagraph(paragraph);
          break;
        }
        case "w:tc": {
          const table = tables[tables.length - 1];
          if (table?.cell && table.row) table.row.push(table.cell);
          if (table) table.cell = null;
          break;
        }
        case "w:tr": {
          const table = tables[tables.length - 1];
          // A single cell can hold a whole agreement: push one at a time, not by spreading.
          if (table?.row) for (const paragraph of paragraphsFromTableRow(table.row)) output.push(paragraph);
          if (table) table.row = null;
          break;
        }
        case "w:tbl":
          tables.pop();
          break;
      }
    },
  });
  return output;
}

async function readPart(archive: ZipArchive, name: string): Promise<string | null> {
  const bytes = await archive.read(name);
  return bytes ? bytes.toString("utf8") : null;
}

/** The main document part, found through the package relationships as Word itself does. */
async function mainDocumentName(archive: ZipArchive): Promise<string | null> {
  if (archive.names.has("word/document.xml")) return "word/document.xml";
  const relationships = await readPart(archive, "_rels/.rels");
  if (!relationships) return null;
  let target: string | null = null;
  parseXml(relationships, {
    open(name, attributes) {
      if (name.endsWith("Relationship") && (attributes.Type ?? "").endsWith("/officeDocument"))
        target = attributes.Target ?? null;
    },
    close() {},
  });
  const name = (target as string | null)?.replace(/^\//, "") ?? null;
  return name && archive.names.has(name) ? name : null;
}

async function refuseOtherArchive(archive: ZipArchive): Promise<never> {
  const names = archive.names;
  const unsupported = (what: string) =>
    new AppError(
      "unsupported_media_type",
      `${what} cannot be checked. Upload the agreement as PDF, Word (.docx), HTML, Markdown or plain text.`,
    );
  if (names.has("xl/workbook.xml")) throw unsupported("A spreadsheet (.xlsx)");
  if (names.has("ppt/presentation.xml")) throw unsupported("A presentation (.pptx)");
  if (names.has("mimetype")) {
    const type = (await readPart(archive, "mimetype")) ?? "";
    if (type.includes("opendocument")) throw unsupported("An OpenDocument file (.odt)");
  }
  throw unsupported("A ZIP archive that is not a Word document");
}

/**
 * Reads a DOCX: paragraphs of word/document.xml in order, headings from their styles
 * (Heading 1…6, Kop 1…6, outline levels), the numbers Word generates for list paragraphs,
 * and table rows. Deleted revisions, field codes and hidden text are left out.
 */
export async function readDocx(
  bytes: Uint8Array,
  limits: DocumentLimits,
  budget: CharacterBudget,
): Promise<SourceParagraph[]> {
  const archive = await openZipArchive(bytes, limits);
  try {
    const documentName = await mainDocumentName(archive);
    if (!documentName) return await refuseOtherArchive(archive);
    const folder = documentName.slice(0, documentName.lastIndexOf("/") + 1);
    const xml = await readPart(archive, documentName);
    const styles = readStyles(await readPart(archive, `${folder}styles.xml`));
    const numbering = readNumbering(await readPart(archive, `${folder}numbering.xml`));
    try {
      return readBody(xml ?? "", styles, numbering, budget);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("document_unreadable", "The text of the Word document is damaged and cannot be read.", {
        cause: error,
      });
    }
  } finally {
    archive.close();
  }
}
