/** A relationship a signed agreement can be filed under, as the bulk upload offers them. */
export interface MatchCandidate {
  id: string;
  /** The service or processing activity, e.g. "Salarisverwerking". */
  name: string;
  counterpartyName: string;
}

// Legal forms and words every agreement's file name carries; they say nothing about whose it is.
const ignoredWords = new Set([
  "bv",
  "nv",
  "vof",
  "cv",
  "gmbh",
  "ltd",
  "limited",
  "inc",
  "llc",
  "sa",
  "ag",
  "plc",
  "the",
  "de",
  "het",
  "en",
  "van",
  "and",
  "of",
  "verwerkersovereenkomst",
  "verwerkersovereenkomsten",
  "overeenkomst",
  "getekend",
  "ondertekend",
  "definitief",
  "vwo",
  "dpa",
  "signed",
  "agreement",
  "processor",
  "data",
  "processing",
  "final",
  "pdf",
  "docx",
  "txt",
  "md",
  "html",
]);

/** Lower case, accents dropped, split at everything that is not a letter or digit. */
function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      // "B.V." and "N.V." are one word with the dots taken out.
      .replace(/\b([a-z])\.([a-z])\.?/g, "$1$2")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
  );
}

function significantWords(text: string): string[] {
  return words(text).filter((word) => !ignoredWords.has(word) && !/^\d+$/.test(word) && word.length > 1);
}

/** How well `name` is found among the file's words: 1 when every significant word is there. */
function coverage(name: string, fileWords: ReadonlySet<string>, compactFileName: string): number {
  const nameWords = significantWords(name);
  if (nameWords.length === 0) return 0;
  // "SalarisdienstNoord.pdf" names "Salarisdienst Noord B.V." without spaces.
  if (nameWords.join("").length >= 5 && compactFileName.includes(nameWords.join(""))) return 1;
  const found = nameWords.filter((word) => fileWords.has(word)).length;
  return found / nameWords.length;
}

/**
 * The relationship a file most likely belongs to, judged by its name ("Verwerkersovereenkomst
 * Salarisdienst Noord BV getekend.pdf"), or null when no counterparty is named or several fit
 * equally well: a wrong guess that the user overlooks is worse than asking them to choose.
 */
export function suggestRelationship(fileName: string, candidates: readonly MatchCandidate[]): string | null {
  const withoutExtension = fileName.replace(/\.[^.]+$/, "");
  const fileWordList = words(withoutExtension);
  const fileWords = new Set(fileWordList);
  const compactFileName = fileWordList.join("");

  let bestScore = 0;
  let best: string[] = [];
  for (const candidate of candidates) {
    const counterpartyScore = coverage(candidate.counterpartyName, fileWords, compactFileName);
    // Half the words of a two-word name ("Noord" of "Salarisdienst Noord") is too little to go on.
    if (counterpartyScore < 1) continue;
    // Among relationships with the same counterparty, the service named in the file decides.
    const score = counterpartyScore + coverage(candidate.name, fileWords, compactFileName) / 2;
    if (score > bestScore) {
      bestScore = score;
      best = [candidate.id];
    } else if (score === bestScore) {
      best.push(candidate.id);
    }
  }
  return best.length === 1 ? (best[0] ?? null) : null;
}
