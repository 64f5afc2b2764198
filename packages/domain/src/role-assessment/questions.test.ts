import { describe, expect, it } from "vitest";
import { roleRules } from "./decision-model.ts";
import { roleOutcomeLabels, roleOutcomes } from "./outcomes.ts";
import { answerOf, roleAnswerValues, roleQuestion, roleQuestionKeys, roleQuestions } from "./questions.ts";

describe("role assessment questions", () => {
  it("has one question per stable key, in the spec's order", () => {
    expect(roleQuestions.map((question) => question.key)).toEqual(roleQuestionKeys);
    expect(roleQuestionKeys).toEqual([
      "personal_data",
      "direct_authority",
      "primary_service",
      "legal_task",
      "implicit_competence",
      "own_purposes",
      "purpose_by",
      "essential_means_by",
      "follows_instructions",
    ]);
  });

  it("offers exactly the spec's values for every question", () => {
    for (const question of roleQuestions) {
      expect(question.options.map((option) => option.value)).toEqual(roleAnswerValues[question.key]);
    }
    expect(roleAnswerValues.purpose_by).toEqual(["organisation", "party", "both"]);
    expect(roleAnswerValues.essential_means_by).toEqual(["organisation", "party", "both"]);
    expect(roleAnswerValues.legal_task).toEqual(["yes", "no"]);
  });

  it("words every question, option and help text in Dutch and English, with a legal reference", () => {
    for (const question of roleQuestions) {
      for (const text of [question.title, question.text, question.help.meaning, question.help.example]) {
        expect(text.nl.trim(), question.key).not.toBe("");
        expect(text.en.trim(), question.key).not.toBe("");
        expect(text.nl, question.key).not.toBe(text.en);
      }
      for (const option of question.options) expect(option.label.nl && option.label.en).toBeTruthy();
      expect(question.help.references.length, question.key).toBeGreaterThan(0);
      expect(question.text.nl.endsWith("?") && question.text.en.endsWith("?"), question.key).toBe(true);
    }
  });

  it("labels every outcome and explains every rule in both languages", () => {
    for (const outcome of roleOutcomes) expect(roleOutcomeLabels[outcome].nl).not.toBe("");
    for (const rule of roleRules) {
      expect(rule.explanation.nl, rule.id).not.toBe("");
      expect(rule.explanation.en, rule.id).not.toBe("");
      for (const step of rule.nextSteps) expect(step.nl && step.en, rule.id).toBeTruthy();
    }
  });

  it("finds a question by key and reads missing or unknown answers as unknown", () => {
    expect(roleQuestion("purpose_by").title.en).toBe("Who decides the purpose");
    expect(answerOf({}, "personal_data")).toBe("unknown");
    expect(answerOf({ personal_data: "unknown" }, "personal_data")).toBe("unknown");
    expect(answerOf({ personal_data: "no" }, "personal_data")).toBe("no");
  });
});
