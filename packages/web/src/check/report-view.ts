import type { CheckReport, RequirementResultView } from "@art28/contract";
import { requirementDefinition, type RequirementId } from "@art28/domain";

/**
 * How the result page orders the findings: what must be fixed first (conflicts with the GDPR),
 * then what must be added (missing mandatory elements), then what is in order, and last what
 * Art. 28 does not demand but agreements usually settle.
 */
export const findingGroupIds = ["conflict", "missing", "present", "advisory"] as const;
export type FindingGroupId = (typeof findingGroupIds)[number];

export interface FindingGroup {
  id: FindingGroupId;
  requirements: RequirementResultView[];
}

/** The group a finding belongs in. A conflict always counts as a conflict, mandatory or not. */
export function findingGroupOf(requirement: RequirementResultView): FindingGroupId {
  if (requirement.status === "conflict") return "conflict";
  if (!requirement.mandatory) return "advisory";
  return requirement.status === "missing" ? "missing" : "present";
}

/** All four groups in display order (empty ones included), each in catalogue order. */
export function groupFindings(requirements: readonly RequirementResultView[]): FindingGroup[] {
  return findingGroupIds.map((id) => ({
    id,
    requirements: requirements.filter((requirement) => findingGroupOf(requirement) === id),
  }));
}

/**
 * The explanation without the requirement title it starts with ("Geheimhouding: geregeld in
 * Artikel 4."), since the page shows the title as a heading right above it.
 */
export function explanationWithoutTitle(
  report: Pick<CheckReport, "language">,
  requirement: RequirementResultView,
): string {
  const title = requirementDefinition(requirement.id).title[report.language];
  const prefix = `${title}: `;
  if (!requirement.explanation.startsWith(prefix)) return requirement.explanation;
  const rest = requirement.explanation.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase(report.language) + rest.slice(1);
}

/** Whether a quoted sentence is one of the requirement's conflicting clauses. */
export function isConflictingText(requirement: RequirementResultView, text: string): boolean {
  return (requirement.conflicts ?? []).some((conflict) => conflict.text === text);
}

/** A stretch of the document text that one or more findings quote. */
export interface Highlight {
  /** Element id of the `<mark>`, unique on the page. */
  id: string;
  /** Offsets in the document text, end exclusive. */
  start: number;
  end: number;
  /** True when a finding quotes it as a clause in conflict with the GDPR. */
  conflict: boolean;
  /** The requirements that quote it, in report order, for links back to the findings. */
  requirementIds: RequirementId[];
}

export interface EvidenceMap {
  /** Sorted by position, never overlapping. */
  highlights: Highlight[];
  /** The highlight of a quoted text, if it was found in the document text. */
  highlightFor(text: string): Highlight | undefined;
}

interface NormalisedText {
  text: string;
  /** `offsets[i]` is the position in the original text of character `i` of the normalised text. */
  offsets: number[];
}

/** Collapses runs of white space to one space, as the check does with the sentences it quotes. */
function normaliseWhitespace(text: string): NormalisedText {
  let normal = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (/\s/u.test(character)) {
      if (!inSpace) {
        normal += " ";
        offsets.push(index);
      }
      inSpace = true;
    } else {
      normal += character;
      offsets.push(index);
      inSpace = false;
    }
  }
  return { text: normal, offsets };
}

// The check trims long sentences to about 400 characters and ends them with an ellipsis.
const trimmedEnding = /\s*…$/u;
// Shorter than this, a prefix would match too many places to mean anything.
const minimumPrefixLength = 24;
const fallbackPrefixLength = 80;

/** Finds a quoted sentence in the normalised document text: exactly, ignoring case, or by its start. */
function findQuote(document: NormalisedText, quote: string): { start: number; end: number } | undefined {
  const needle = normaliseWhitespace(quote.replace(trimmedEnding, "")).text.trim();
  if (needle.length === 0) return undefined;
  const exact = document.text.indexOf(needle);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const lowerDocument = document.text.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  if (lowerDocument.length === document.text.length && lowerNeedle.length === needle.length) {
    const caseless = lowerDocument.indexOf(lowerNeedle);
    if (caseless >= 0) return { start: caseless, end: caseless + needle.length };
  }
  // The text may differ further on (a footnote marker, a line the extraction split differently).
  const prefix = needle.slice(0, fallbackPrefixLength).replace(/\s+\S*$/u, "");
  if (prefix.length < minimumPrefixLength) return undefined;
  const start = document.text.indexOf(prefix);
  return start >= 0 ? { start, end: start + prefix.length } : undefined;
}

/**
 * Finds every quoted sentence of the report in the document text, so the page can mark it there
 * and link to it. Quotes of the same place share one highlight; overlapping ones are merged.
 */
export function locateEvidence(documentText: string, requirements: readonly RequirementResultView[]): EvidenceMap {
  const document = normaliseWhitespace(documentText);
  interface Located {
    start: number;
    end: number;
    conflict: boolean;
    requirementIds: RequirementId[];
    texts: Set<string>;
  }
  const byText = new Map<string, Located | null>();
  for (const requirement of requirements) {
    const quotes = [
      ...(requirement.conflicts ?? []).map((conflict) => ({ text: conflict.text, conflict: true })),
      ...requirement.evidence.map((item) => ({ text: item.text, conflict: isConflictingText(requirement, item.text) })),
    ];
    for (const quote of quotes) {
      let located = byText.get(quote.text);
      if (located === undefined) {
        const found = findQuote(document, quote.text);
        located = found
          ? {
              start: document.offsets[found.start] ?? 0,
              end: (document.offsets[found.end - 1] ?? 0) + 1,
              conflict: false,
              requirementIds: [],
              texts: new Set([quote.text]),
            }
          : null;
        byText.set(quote.text, located);
      }
      if (!located) continue;
      located.conflict ||= quote.conflict;
      if (!located.requirementIds.includes(requirement.id)) located.requirementIds.push(requirement.id);
    }
  }

  const sorted = [...new Set([...byText.values()].filter((located): located is Located => located !== null))].sort(
    (left, right) => left.start - right.start || right.end - left.end,
  );
  const merged: Located[] = [];
  for (const located of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && located.start < previous.end) {
      previous.end = Math.max(previous.end, located.end);
      previous.conflict ||= located.conflict;
      for (const id of located.requirementIds)
        if (!previous.requirementIds.includes(id)) previous.requirementIds.push(id);
      for (const text of located.texts) previous.texts.add(text);
    } else {
      merged.push(located);
    }
  }

  const highlights: Highlight[] = [];
  const highlightByText = new Map<string, Highlight>();
  merged.forEach((located, index) => {
    const highlight: Highlight = {
      id: `passage-${index + 1}`,
      start: located.start,
      end: located.end,
      conflict: located.conflict,
      requirementIds: located.requirementIds,
    };
    highlights.push(highlight);
    for (const text of located.texts) highlightByText.set(text, highlight);
  });
  return { highlights, highlightFor: (text) => highlightByText.get(text) };
}

/** A piece of a paragraph: plain text, or (part of) a highlight. */
export interface TextSegment {
  text: string;
  highlight?: Highlight;
  /** The first piece of its highlight: it carries the element id. */
  first?: boolean;
  /** The last piece of its highlight: the links back to the findings follow it. */
  last?: boolean;
}

export interface TextParagraph {
  start: number;
  segments: TextSegment[];
}

/**
 * The document text as paragraphs (separated by blank lines, as the server joins its blocks),
 * cut at the highlights. A highlight that runs over a paragraph break is split in pieces.
 */
export function documentParagraphs(documentText: string, highlights: readonly Highlight[]): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  const breaks = [...documentText.matchAll(/\n[ \t]*\n\s*/g)];
  let paragraphStart = 0;
  const ranges: Array<[number, number]> = [];
  for (const paragraphBreak of breaks) {
    ranges.push([paragraphStart, paragraphBreak.index]);
    paragraphStart = paragraphBreak.index + paragraphBreak[0].length;
  }
  ranges.push([paragraphStart, documentText.length]);

  const emitted = new Set<string>();
  let next = 0;
  ranges.forEach(([start, end], rangeIndex) => {
    if (documentText.slice(start, end).trim() === "") return;
    const nextStart = ranges[rangeIndex + 1]?.[0] ?? documentText.length;
    const segments: TextSegment[] = [];
    let position = start;
    while (next < highlights.length && (highlights[next]?.end ?? 0) <= start) next++;
    for (let index = next; index < highlights.length; index++) {
      const highlight = highlights[index];
      if (!highlight || highlight.start >= end) break;
      const from = Math.max(highlight.start, start);
      const to = Math.min(highlight.end, end);
      if (from > position) segments.push({ text: documentText.slice(position, from) });
      segments.push({
        text: documentText.slice(from, to),
        highlight,
        first: !emitted.has(highlight.id),
        last: highlight.end <= nextStart,
      });
      emitted.add(highlight.id);
      position = to;
    }
    if (position < end) segments.push({ text: documentText.slice(position, end) });
    paragraphs.push({ start, segments });
  });
  return paragraphs;
}
