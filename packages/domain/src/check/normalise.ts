/**
 * The form of a sentence the requirement patterns are written against: lower case, straight
 * quotes, no markup emphasis, every way of saying "sub-processor" reduced to "subprocessor",
 * and every mention of a party rewritten to "processor" or "controller".
 */

import type { PartyRewriter } from "./parties.ts";

const subprocessorVariants: Array<[RegExp, string]> = [
  [/\bsub[- ]?processors\b/g, "subprocessors"],
  [/\bsub[- ]?processor\b/g, "subprocessor"],
  [/\b(?:sub[- ]?processing agent|sub[- ]?contractor|subcontracted processor)s\b/g, "subprocessors"],
  [/\b(?:sub[- ]?processing agent|sub[- ]?contractor|subcontracted processor)\b/g, "subprocessor"],
  [/\b(?:another|other|further|additional|third[- ]party|new) (?:data )?processors\b/g, "subprocessors"],
  [/\b(?:another|other|further|additional|third[- ]party|new) (?:data )?processor\b/g, "subprocessor"],
  [/\b(?:sub[- ]?verwerkers|onderverwerkers|onderaannemers|sub-?bewerkers)\b/g, "subprocessors"],
  [/\b(?:sub[- ]?verwerker|onderverwerker|onderaannemer|sub-?bewerker)\b/g, "subprocessor"],
  [/\b(?:andere|een andere|nieuwe|overige) verwerkers\b/g, "subprocessors"],
  [/\b(?:andere|nieuwe) verwerker\b/g, "subprocessor"],
];

/** Lower case, straight quotes and dashes, no emphasis markup, single spaces. */
export function basicNormalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[“”„«»‹›]/g, '"')
      .replace(/[‘’‚`´]/g, "'")
      .replace(/[‐‑‒–—]/g, "-")
      .replace(/\u00a0/g, " ")
      .replace(/[*_#>|]+/g, " ")
      // Words hyphenated at a line end in the source: "proces- sing".
      .replace(/(\p{Ll})- (\p{Ll})/gu, "$1$2")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The full normal form used for matching, from the output of `basicNormalise`. */
export function normaliseSentence(basicNormal: string, parties: PartyRewriter): string {
  let normal = basicNormal;
  for (const [pattern, replacement] of subprocessorVariants) normal = normal.replace(pattern, replacement);
  return parties.rewrite(normal);
}
