import { describe, expect, it } from "vitest";
import {
  assessDeviation,
  type DeviationFacts,
  deviationStatuses,
  proposalRefusal,
  responseRefusal,
  withdrawalRefusal,
} from "./deviations.ts";
import { testComposition } from "./test-standard.ts";

const clauseIds = ["audits.information", "audits.audit", "term.liability"] as const;

function deviation(change: Partial<DeviationFacts> = {}): DeviationFacts {
  return { id: "d1", clauseId: "audits.audit", proposedBy: "processor", status: "proposed", ...change };
}

describe("proposalRefusal", () => {
  it("refuses a clause the agreement does not have", () => {
    expect(proposalRefusal(clauseIds, [], "audits.inspection")).toBe("unknown_clause");
  });

  it("refuses a second open proposal on the same clause", () => {
    expect(proposalRefusal(clauseIds, [deviation()], "audits.audit")).toBe("clause_has_open_proposal");
  });

  it("allows a proposal once earlier ones on the clause are closed, and on other clauses", () => {
    const closed = (["accepted", "rejected", "countered", "withdrawn"] as const).map((status, index) =>
      deviation({ id: `d${index}`, status }),
    );
    expect(proposalRefusal(clauseIds, closed, "audits.audit")).toBeNull();
    expect(proposalRefusal(clauseIds, [deviation()], "term.liability")).toBeNull();
    expect(proposalRefusal(clauseIds, [], "audits.information")).toBeNull();
  });
});

describe("responseRefusal", () => {
  it("lets only the other side answer an open proposal", () => {
    expect(responseRefusal(deviation({ proposedBy: "processor" }), "controller")).toBeNull();
    expect(responseRefusal(deviation({ proposedBy: "processor" }), "processor")).toBe("own_proposal");
    expect(responseRefusal(deviation({ proposedBy: "controller" }), "processor")).toBeNull();
  });

  it.each(deviationStatuses.filter((status) => status !== "proposed"))("refuses to answer a %s deviation", (status) => {
    expect(responseRefusal(deviation({ status }), "controller")).toBe("not_open");
  });
});

describe("withdrawalRefusal", () => {
  it("lets only the proposer withdraw an open proposal", () => {
    expect(withdrawalRefusal(deviation({ proposedBy: "controller" }), "controller")).toBeNull();
    expect(withdrawalRefusal(deviation({ proposedBy: "controller" }), "processor")).toBe("not_proposer");
  });

  it.each(deviationStatuses.filter((status) => status !== "proposed"))(
    "refuses to withdraw a %s deviation",
    (status) => {
      expect(withdrawalRefusal(deviation({ status, proposedBy: "controller" }), "controller")).toBe("not_open");
    },
  );
});

describe("assessDeviation", () => {
  it.each(["nl", "en"] as const)("flags deleting the audit clause as breaking audits (%s)", (language) => {
    expect(assessDeviation(testComposition(language), "audits.audit", "")).toEqual({
      weakened: ["audits"],
      conflicts: [],
    });
  });

  it("flags a text that takes the audit right away as a conflict", () => {
    const impact = assessDeviation(
      testComposition("en"),
      "audits.audit",
      "The controller has no right to audit the processor.",
    );
    expect(impact).toEqual({ weakened: ["audits"], conflicts: ["audits"] });
  });

  it("flags processing for the processor's own purposes", () => {
    const impact = assessDeviation(
      testComposition("nl"),
      "instructions.written",
      "De verwerker mag de persoonsgegevens ook voor eigen doeleinden gebruiken.",
    );
    expect(impact.weakened).toContain("instructions");
    expect(impact.conflicts).toContain("instructions");
  });

  it("finds nothing wrong with a harmless rewording", () => {
    const nl = assessDeviation(
      testComposition("nl"),
      "term.liability",
      "De aansprakelijkheid van de verwerker is beperkt tot {{liabilityCapEuros}} per kalenderjaar.",
    );
    expect(nl).toEqual({ weakened: [], conflicts: [] });
    const en = assessDeviation(
      testComposition("en"),
      "term.liability",
      "The processor's total liability in any calendar year is capped at {{liabilityCapEuros}}.",
    );
    expect(en).toEqual({ weakened: [], conflicts: [] });
  });

  it("judges a proposal against what was already agreed", () => {
    const afterDeletion = { ...testComposition("nl"), agreedClauseTexts: { "audits.audit": "" } };
    // The audit right is already gone: deleting it again breaks nothing more ...
    expect(assessDeviation(afterDeletion, "audits.audit", "").weakened).toEqual([]);
    // ... and restoring it breaks nothing either.
    const restored = "De verwerker maakt audits door de verwerkingsverantwoordelijke mogelijk en werkt daaraan mee.";
    expect(assessDeviation(afterDeletion, "audits.audit", restored)).toEqual({ weakened: [], conflicts: [] });
  });

  it("throws for a clause the standard does not have", () => {
    expect(() => assessDeviation(testComposition("nl"), "audits.inspection", "")).toThrow(/audits\.inspection/);
  });
});
