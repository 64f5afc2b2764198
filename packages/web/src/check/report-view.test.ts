import type { RequirementResultView } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  documentParagraphs,
  explanationWithoutTitle,
  groupFindings,
  locateEvidence,
  type TextParagraph,
} from "./report-view.ts";

function result(overrides: Partial<RequirementResultView> & Pick<RequirementResultView, "id">): RequirementResultView {
  return { mandatory: true, status: "present", evidence: [], explanation: "", ...overrides };
}

const documentText = [
  "Artikel 3 Instructies",
  "3.1 De verwerker verwerkt de gegevens alleen op\nschriftelijke instructies van de gemeente.",
  "3.2 De verwerker mag de gegevens ook gebruiken voor eigen doeleinden, zoals het verbeteren van haar producten.",
  "Artikel 4 Geheimhouding",
  "4.1 Medewerkers van de verwerker zijn tot geheimhouding verplicht.",
].join("\n\n");

const instructions = "3.1 De verwerker verwerkt de gegevens alleen op schriftelijke instructies van de gemeente.";
const ownPurposes =
  "3.2 De verwerker mag de gegevens ook gebruiken voor eigen doeleinden, zoals het verbeteren van haar producten.";
const confidentiality = "4.1 Medewerkers van de verwerker zijn tot geheimhouding verplicht.";

const requirements: RequirementResultView[] = [
  result({ id: "subject_matter", status: "missing" }),
  result({
    id: "instructions",
    status: "conflict",
    evidence: [
      { text: ownPurposes, location: "Artikel 3 › 3.2" },
      { text: instructions, location: "Artikel 3 › 3.1" },
    ],
    conflicts: [{ id: "own_purposes", text: ownPurposes, location: "Artikel 3 › 3.2" }],
  }),
  result({ id: "confidentiality", evidence: [{ text: confidentiality, location: "Artikel 4 › 4.1" }] }),
  result({ id: "dpia_assistance", status: "missing" }),
  result({ id: "liability", mandatory: false, status: "missing" }),
  result({ id: "termination", mandatory: false, status: "present" }),
];

function plain(paragraph: TextParagraph | undefined): string {
  return (paragraph?.segments ?? []).map((segment) => segment.text).join("");
}

describe("the order of the findings", () => {
  it("puts conflicts first, then missing mandatory elements, then present ones, then advisory ones", () => {
    const groups = groupFindings(requirements);
    expect(groups.map((group) => [group.id, group.requirements.map((requirement) => requirement.id)])).toEqual([
      ["conflict", ["instructions"]],
      ["missing", ["subject_matter", "dpia_assistance"]],
      ["present", ["confidentiality"]],
      ["advisory", ["liability", "termination"]],
    ]);
  });

  it("drops the requirement title the explanation starts with", () => {
    const present = result({ id: "confidentiality", explanation: "Geheimhouding: geregeld in Artikel 4 › 4.1." });
    expect(explanationWithoutTitle({ language: "nl" }, present)).toBe("Geregeld in Artikel 4 › 4.1.");
    const other = result({ id: "confidentiality", explanation: "Iets anders." });
    expect(explanationWithoutTitle({ language: "nl" }, other)).toBe("Iets anders.");
  });
});

describe("finding the evidence in the document text", () => {
  it("finds quotes across line breaks and marks conflicting clauses", () => {
    const map = locateEvidence(documentText, requirements);
    expect(map.highlights).toHaveLength(3);
    const [first, second, third] = map.highlights;
    expect(documentText.slice(first?.start, first?.end)).toBe(
      instructions.replace("op schriftelijke", "op\nschriftelijke"),
    );
    expect(first?.conflict).toBe(false);
    expect(documentText.slice(second?.start, second?.end)).toBe(ownPurposes);
    expect(second?.conflict).toBe(true);
    expect(second?.requirementIds).toEqual(["instructions"]);
    expect(third?.requirementIds).toEqual(["confidentiality"]);
    expect(map.highlightFor(ownPurposes)).toBe(second);
    expect(map.highlights.map((highlight) => highlight.id)).toEqual(["passage-1", "passage-2", "passage-3"]);
  });

  it("matches a quote that was cut off with an ellipsis on its beginning", () => {
    const long = `${"De verwerker bewaart de gegevens alleen in Nederland en ".repeat(8)}nergens anders.`;
    const trimmed = `${long.slice(0, 399).trimEnd()}…`;
    const map = locateEvidence(`Inleiding.\n\n${long}`, [
      result({ id: "data_location", mandatory: false, evidence: [{ text: trimmed, location: "¶ 2" }] }),
    ]);
    expect(map.highlights[0]?.start).toBe("Inleiding.\n\n".length);
    expect(map.highlightFor(trimmed)).toBeDefined();
  });

  it("shares one highlight between findings that quote the same sentence, and skips quotes it cannot find", () => {
    const map = locateEvidence(documentText, [
      result({ id: "confidentiality", evidence: [{ text: confidentiality, location: "" }] }),
      result({ id: "security", evidence: [{ text: confidentiality, location: "" }] }),
      result({
        id: "audits",
        evidence: [{ text: "Een zin die nergens in het document staat, ook niet half.", location: "" }],
      }),
    ]);
    expect(map.highlights).toHaveLength(1);
    expect(map.highlights[0]?.requirementIds).toEqual(["confidentiality", "security"]);
  });
});

describe("the document text as paragraphs", () => {
  it("keeps every character and cuts the paragraphs at the highlights", () => {
    const map = locateEvidence(documentText, requirements);
    const paragraphs = documentParagraphs(documentText, map.highlights);
    expect(paragraphs.map(plain)).toEqual(documentText.split("\n\n"));
    const marked = paragraphs.flatMap((paragraph) => paragraph.segments.filter((segment) => segment.highlight));
    expect(marked.map((segment) => [segment.highlight?.id, segment.first, segment.last])).toEqual([
      ["passage-1", true, true],
      ["passage-2", true, true],
      ["passage-3", true, true],
    ]);
  });

  it("splits a highlight that runs over a paragraph break, with the id on the first piece only", () => {
    const text = "Eerste deel van de zin\n\nen het tweede deel.";
    const paragraphs = documentParagraphs(text, [
      { id: "passage-1", start: 0, end: text.length, conflict: false, requirementIds: [] },
    ]);
    expect(
      paragraphs.map((paragraph) => paragraph.segments.map((segment) => [segment.text, segment.first, segment.last])),
    ).toEqual([[["Eerste deel van de zin", true, false]], [["en het tweede deel.", false, true]]]);
  });
});
