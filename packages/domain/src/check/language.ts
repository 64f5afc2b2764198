/**
 * Language detection by function words: short words that every Dutch or English text uses
 * often and the other language hardly at all. Cheap, deterministic and good enough to tell
 * two languages apart on a few sentences.
 */

export const checkLanguages = ["nl", "en"] as const;
export type CheckLanguage = (typeof checkLanguages)[number];

// Words that belong to one language only ("in", "is", "of" are shared, so they are left out).
const dutchWords = new Set([
  "de", "het", "een", "en", "van", "dat", "die", "voor", "met", "op", "te", "zijn", "niet", "wordt", "worden",
  "door", "aan", "bij", "ook", "als", "deze", "dit", "naar", "om", "uit", "zal", "zullen", "kan", "wij", "u",
  "onder", "tot", "over", "verwerker", "persoonsgegevens", "overeenkomst", "heeft", "hebben", "geen", "indien",
  "waarin", "welke", "dient", "tenzij", "partijen",
]);
const englishWords = new Set([
  "the", "and", "to", "that", "for", "with", "be", "by", "this", "shall", "will", "any", "which", "such", "are",
  "not", "from", "as", "on", "or", "its", "has", "have", "their", "under", "where", "than", "may", "processor",
  "personal", "data", "agreement", "unless", "parties", "we", "you", "our", "your",
]);

export interface LanguageDetection {
  language: CheckLanguage;
  /** Share of counted function words that were Dutch, 0–1 (0.5 when none were found). */
  dutchShare: number;
}

/**
 * Decides between Dutch and English from function-word counts. Looks at most at the first
 * 8,000 characters: enough for a confident answer, and it keeps long documents fast.
 * Ties and texts without any function word fall back to Dutch, the product's first language.
 */
export function detectLanguage(text: string): LanguageDetection {
  const sample = text.length > 8_000 ? text.slice(0, 8_000) : text;
  let dutch = 0;
  let english = 0;
  for (const match of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (dutchWords.has(word)) dutch += 1;
    else if (englishWords.has(word)) english += 1;
  }
  const total = dutch + english;
  const dutchShare = total === 0 ? 0.5 : dutch / total;
  return { language: dutchShare >= 0.5 ? "nl" : "en", dutchShare };
}
