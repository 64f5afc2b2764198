import { describe, expect, it } from "vitest";
import { compareTexts, sideOf } from "./text-comparison.ts";

const joined = (parts: ReturnType<typeof compareTexts>) => parts.map((part) => part.text).join("");

describe("comparing a clause before and after a proposal", () => {
  it("marks the words a proposal replaces and the words it brings", () => {
    const parts = compareTexts(
      "De verwerker meldt een datalek binnen 24 uur.",
      "De verwerker meldt een datalek binnen 48 uur.",
    );
    expect(parts).toEqual([
      { kind: "same", text: "De verwerker meldt een datalek binnen " },
      { kind: "removed", text: "24 " },
      { kind: "added", text: "48 " },
      { kind: "same", text: "uur." },
    ]);
  });

  it("gives each side back exactly", () => {
    const before = "Partijen  werken samen.\nDe verwerker helpt.";
    const after = "Partijen werken nauw samen.\nDe verwerker helpt altijd.";
    const parts = compareTexts(before, after);
    expect(joined(sideOf(parts, "after"))).toBe(after);
    // The shared words carry the new text's spacing; the words themselves are the old ones.
    expect(joined(sideOf(parts, "before")).split(/\s+/)).toEqual(before.split(/\s+/));
  });

  it("treats a deleted clause as all removed and a new one as all added", () => {
    expect(compareTexts("Audits zijn toegestaan.", "")).toEqual([{ kind: "removed", text: "Audits zijn toegestaan." }]);
    expect(compareTexts("", "Nieuw.")).toEqual([{ kind: "added", text: "Nieuw." }]);
  });

  it("finds nothing to mark in equal texts", () => {
    expect(compareTexts("Gelijk blijft gelijk.", "Gelijk blijft gelijk.")).toEqual([
      { kind: "same", text: "Gelijk blijft gelijk." },
    ]);
  });
});
