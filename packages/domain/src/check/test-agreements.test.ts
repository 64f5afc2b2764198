import { describe, expect, it } from "vitest";
import { checkAgreement } from "./check-agreement.ts";
import { testAgreements } from "./test-agreements.ts";
import { documentFromParagraphs } from "./test-documents.ts";

describe("agreements in different drafting styles", () => {
  for (const agreement of testAgreements) {
    it(`gives the expected status for every requirement: ${agreement.name}`, () => {
      const result = checkAgreement(documentFromParagraphs(agreement.paragraphs));
      expect(result.language).toBe(agreement.language);
      expect(result.isProcessorAgreement).toBe(true);
      const actual = Object.fromEntries(result.requirements.map((requirement) => [requirement.id, requirement.status]));
      const expected = Object.fromEntries(
        result.requirements.map((requirement) => [requirement.id, agreement.notPresent[requirement.id] ?? "present"]),
      );
      expect(actual).toEqual(expected);
      for (const requirement of result.requirements) {
        if (requirement.status !== "missing") expect(requirement.evidence.length, requirement.id).toBeGreaterThan(0);
      }
    });
  }
});
