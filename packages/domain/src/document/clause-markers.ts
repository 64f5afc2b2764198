/**
 * Recognising the numbering at the start of a paragraph: "Artikel 3 – Titel", "3.2", "(b)",
 * "iv.", "Annex 2", "§ 4", bullets. Pure string work, shared by plain-text splitting (where a
 * new clause starts) and structure recovery (which clause contains which).
 */

export const markerKinds = ["keyword", "decimal", "letter", "roman", "bullet"] as const;
export type MarkerKind = (typeof markerKinds)[number];

export const keywordRoles = ["article", "annex", "chapter"] as const;
export type KeywordRole = (typeof keywordRoles)[number];

export interface ClauseMarker {
  kind: MarkerKind;
  /**
   * The numbering as a reader would cite it: "Artikel 3", "3.2", "(b)", "2". Keywords keep
   * the document's own word (title-cased when the document shouts it).
   */
  label: string;
  /**
   * Markers with the same style are siblings: "decimal-dot:1" for "1." and "2.", "decimal:2"
   * for "3.1", "letter-lower-paren" for "(a)", "article:1" for "Artikel 3".
   */
  style: string;
  /** Numeric value of each component: [3, 2] for "3.2", [2] for "(b)", [4] for "iv". */
  values: number[];
  /** Characters the marker takes at the start of the text, separator and spaces included. */
  length: number;
  /** The text after the marker. */
  rest: string;
  /** For keywords: what the keyword introduces. */
  role?: KeywordRole;
  /** True when a separator (".", ":", "–") followed a keyword number: "Artikel 3." or "Article 5 –". */
  separated?: boolean;
  /**
   * A single "i", "v" or "x" (or upper case) can be a letter as well as a Roman numeral; the
   * structure decides from the siblings before it.
   */
  letterAlternative?: { style: string; value: number };
  /**
   * Strong markers ("1.1", "(a)", bullets) start a new paragraph even in the middle of a
   * hard-wrapped block; weak ones ("1.", "a)") only after a sentence ended.
   */
  strong: boolean;
}

const keywordRoleOf: Record<string, KeywordRole> = {
  artikel: "article",
  article: "article",
  "art.": "article",
  clause: "article",
  section: "article",
  sectie: "article",
  "§": "article",
  bijlage: "annex",
  annex: "annex",
  annexe: "annex",
  schedule: "annex",
  appendix: "annex",
  exhibit: "annex",
  attachment: "annex",
  hoofdstuk: "chapter",
  chapter: "chapter",
  part: "chapter",
  deel: "chapter",
};

const wordKeywords = Object.keys(keywordRoleOf)
  .filter((keyword) => /^\p{L}+$/u.test(keyword))
  .sort((first, second) => second.length - first.length)
  .join("|");

// Keyword, then a number (arabic with optional sub-numbers and letter suffix, Roman, or one
// letter), then optionally a separator. Words need a space before the number ("Articles 3" is
// no article); "§4" and "Art.4" do not. The lookahead stops "Part In…" being read as "Part I".
const keywordPattern = new RegExp(
  `^(§|art\\.|(?:${wordKeywords})(?=\\s))\\s*(\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[IVXLC]{1,7}|[ivxlc]{1,7}|[A-Z])(?![\\p{L}\\p{N}])(\\.(?!\\d))?\\s*([:–—-]|\\.(?!\\d))?\\s*`,
  "iu",
);
// An annex announced without a number: "Bijlage – Beveiligingsmaatregelen", "ANNEX".
const unnumberedAnnexPattern = /^(bijlage|annex|schedule|appendix)(?![\p{L}\p{N}])\s*([:–—-])?\s*/iu;
const decimalPattern = /^(\()?((?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2}))*)(\.)?(\))?(?=\s|$)\s*/u;
const letterPattern = /^(\()?([a-z]|[A-Z])([.)])(?=\s|$)\s*/u;
// Only i, v and x: "(c)", "(d)" and "(l)" in agreements are letters, and lists never reach 40.
const romanPattern = /^(\()?([ivx]{1,6}|[IVX]{1,6})([.)])(?=\s|$)\s*/u;
const bulletPattern = /^([-*•·▪◦‣–—●○■□➢►✓])\s+/u;

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a Roman numeral, or null when the letters do not form a canonical numeral. */
export function romanValue(numeral: string): number | null {
  const lower = numeral.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return null;
  let total = 0;
  for (let position = 0; position < lower.length; position++) {
    const current = romanDigits[lower[position] as string] ?? 0;
    const next = romanDigits[lower[position + 1] ?? ""] ?? 0;
    total += current < next ? -current : current;
  }
  // Only accept the canonical spelling, so "ic" or "vv" are not numerals.
  return toRoman(total) === lower ? total : null;
}

/** Lower-case Roman numeral of a positive whole number, as list labels use them ("iv", "xii"). */
export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let remaining = value;
  let result = "";
  for (const [amount, numeral] of table) {
    while (remaining >= amount) {
      result += numeral;
      remaining -= amount;
    }
  }
  return result;
}

function letterValue(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

function titleCase(word: string): string {
  if (word === "§") return word;
  if (word !== word.toUpperCase()) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const clauseVerbs =
  /(?:^|\s)(?:shall|will|must|may|agrees?|undertakes?|zal|zullen|moet|moeten|mag|mogen|kan|kunnen|wordt|worden|verplicht zich)(?=\s|$)/iu;

/**
 * Whether the text after a number reads like a title ("Definities", "Sub-processors") rather
 * than the start of a sentence ("van de AVG bepaalt…", "The processor shall…").
 */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/[.;,:]$/.test(trimmed)) return false;
  // A full stop followed by more words means sentences, not a title.
  if (/[.!?]\s+\p{L}/u.test(trimmed)) return false;
  if (trimmed.split(/\s+/).length > 12) return false;
  // Titles name a subject; "The processor shall notify the controller" is an obligation.
  if (clauseVerbs.test(trimmed)) return false;
  return /^["'“‘(\p{Lu}\p{N}]/u.test(trimmed);
}

/** Whether a short line is written in capitals, the way plain-text agreements mark headings. */
export function isCapitalisedHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 90 || /[.;,]$/.test(trimmed)) return false;
  const letters = trimmed.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const lower = trimmed.match(/\p{Ll}/gu) ?? [];
  return lower.length <= letters.length * 0.1;
}

function keywordMarker(text: string): ClauseMarker | null {
  const match = keywordPattern.exec(text);
  if (match) {
    const [whole, keyword = "", number = "", numberDot, separator] = match;
    const role = keywordRoleOf[keyword.toLowerCase()];
    if (!role) return null;
    const rest = text.slice(whole.length);
    // With the case-insensitive pattern, "Part a" would match: one-letter numbers are capitals.
    if (/^[a-z]$/.test(number)) return null;
    // "Part civil…" is a word, not a Roman numeral.
    if (/^\p{L}{2,}$/u.test(number) && romanValue(number) === null) return null;
    const separated = numberDot !== undefined || separator !== undefined;
    // "Artikel 28 van de AVG" and "Article 28(3) GDPR" are references, not headings.
    if (!separated && rest.length > 0 && !isHeadingLike(rest)) return null;
    if (rest.startsWith("(")) return null;
    const values = numberValues(number);
    const depth = /^\d/.test(number) ? number.split(".").length : 1;
    const word = titleCase(keyword);
    return {
      kind: "keyword",
      label: `${word} ${number}`,
      style: role === "article" ? `article:${depth}` : role,
      values,
      length: whole.length,
      rest,
      role,
      separated,
      strong: !separated || isHeadingLike(rest) || rest.length === 0,
    };
  }
  const annex = unnumberedAnnexPattern.exec(text);
  if (annex) {
    const [whole, keyword = "", separator] = annex;
    const rest = text.slice(whole.length);
    if (rest.length > 0 && !isHeadingLike(rest)) return null;
    if (separator === undefined && rest.length > 0 && /^\p{Ll}/u.test(rest)) return null;
    return {
      kind: "keyword",
      label: titleCase(keyword),
      style: "annex",
      values: [],
      length: whole.length,
      rest,
      role: "annex",
      separated: separator !== undefined,
      strong: true,
    };
  }
  return null;
}

function numberValues(number: string): number[] {
  if (/^\d/.test(number)) return number.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const roman = romanValue(number);
  if (roman !== null && number.length > 1) return [roman];
  if (number.length === 1) return [letterValue(number)];
  return roman === null ? [] : [roman];
}

function punctuationStyle(open: string | undefined, close: string): string {
  if (open === "(") return "paren";
  return close === ")" ? "close" : "dot";
}

/**
 * Reads the numbering at the start of `text`, or returns null when the paragraph does not
 * start with one. The text is expected to be trimmed.
 */
export function parseClauseMarker(text: string): ClauseMarker | null {
  const keyword = keywordMarker(text);
  if (keyword) return keyword;

  const decimal = decimalPattern.exec(text);
  if (decimal) {
    const [whole, open, number = "", dot, close] = decimal;
    const rest = text.slice(whole.length);
    const values = number.split(".").map((part) => Number.parseInt(part, 10));
    const depth = values.length;
    // "(1" without its closing parenthesis, or "1)" after "(", is not numbering.
    const balanced = (open === undefined) === (close === undefined) || (open === undefined && close === ")");
    if (balanced && rest.length > 0) {
      if (depth === 1 && open === undefined && close === undefined && dot === undefined) {
        // A bare "3 Definities" counts only as a numbered title; "3 maanden" is a sentence.
        if (isHeadingLike(rest) && /^\p{Lu}/u.test(rest) && (values[0] ?? 0) <= 99) {
          return {
            kind: "decimal",
            label: number,
            style: "decimal-dot:1",
            values,
            length: whole.length,
            rest,
            strong: false,
          };
        }
      } else {
        const style = depth === 1 ? `decimal-${punctuationStyle(open, close ?? ".")}:1` : `decimal:${depth}`;
        const label = open === "(" ? `(${number})` : number;
        return {
          kind: "decimal",
          label,
          style,
          values,
          length: whole.length,
          rest,
          strong: depth > 1 || open === "(",
        };
      }
    }
  }

  const roman = romanPattern.exec(text);
  if (roman) {
    const [whole, open, numeral = "", close = ""] = roman;
    const value = romanValue(numeral);
    const rest = text.slice(whole.length);
    if (value !== null && rest.length > 0 && (open === undefined || close === ")")) {
      const caseName = numeral === numeral.toLowerCase() ? "lower" : "upper";
      const punctuation = punctuationStyle(open, close);
      const marker: ClauseMarker = {
        kind: "roman",
        label: `(${numeral})`,
        style: `roman-${caseName}-${punctuation}`,
        values: [value],
        length: whole.length,
        rest,
        strong: open === "(",
      };
      if (numeral.length === 1 && "ivxIVX".includes(numeral)) {
        marker.letterAlternative = { style: `letter-${caseName}-${punctuation}`, value: letterValue(numeral) };
      }
      return marker;
    }
  }

  const letter = letterPattern.exec(text);
  if (letter) {
    const [whole, open, character = "", close = ""] = letter;
    const rest = text.slice(whole.length);
    if (rest.length > 0 && (open === undefined || close === ")")) {
      const caseName = character === character.toLowerCase() ? "lower" : "upper";
      return {
        kind: "letter",
        label: `(${character})`,
        style: `letter-${caseName}-${punctuationStyle(open, close)}`,
        values: [letterValue(character)],
        length: whole.length,
        rest,
        strong: open === "(",
      };
    }
  }

  const bullet = bulletPattern.exec(text);
  if (bullet) {
    const [whole, character = ""] = bullet;
    return {
      kind: "bullet",
      label: character,
      style: `bullet:${character}`,
      values: [],
      length: whole.length,
      rest: text.slice(whole.length),
      strong: true,
    };
  }
  return null;
}
