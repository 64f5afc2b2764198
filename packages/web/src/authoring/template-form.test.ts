import { describe, expect, it } from "vitest";
import {
  initialTemplateForm,
  placeholdersIn,
  publishBodyOf,
  readablePlaceholders,
  requirementNames,
  templateServerProblems,
  validateTemplateForm,
  type TemplateFormValues,
} from "./template-form.ts";

const effective = {
  variableDefaults: { noticePeriodMonths: 3, breachNotificationHours: 24, liabilityCapEuros: 1_000_000 },
};

function filled(overrides: Partial<TemplateFormValues> = {}): TemplateFormValues {
  return {
    ...initialTemplateForm(effective),
    name: "Model Voorbeeld",
    changeNote: "Kortere meldtermijn",
    ...overrides,
  };
}

describe("the form that publishes an own template version", () => {
  it("starts from the effective defaults", () => {
    expect(initialTemplateForm(effective)).toMatchObject({
      noticePeriodMonths: "3",
      breachNotificationHours: "24",
      liabilityCapEuros: "1000000",
      clauseTexts: [],
    });
  });

  it("requires a name and change note, and keeps the numbers within the contract's limits", () => {
    expect(validateTemplateForm(filled())).toEqual({});
    expect(
      validateTemplateForm(
        filled({
          name: " ",
          changeNote: "",
          breachNotificationHours: "96",
          noticePeriodMonths: "2,5",
          liabilityCapEuros: "",
        }),
      ),
    ).toEqual({
      name: "required",
      changeNote: "required",
      breachNotificationHours: "breachRange",
      noticePeriodMonths: "wholeNumber",
      liabilityCapEuros: "required",
    });
  });

  it("checks that a reworded clause uses known placeholders, the same in both languages", () => {
    const clause = (nl: string, en: string) => filled({ clauseTexts: [{ clauseId: "breaches.notify", nl, en }] });
    expect(
      validateTemplateForm(
        clause("Binnen {{breachNotificationHours}} uur.", "Within {{breachNotificationHours}} hours."),
      ),
    ).toEqual({});
    expect(validateTemplateForm(clause("Binnen {{uren}} uur.", "Within {{breachNotificationHours}} hours."))).toEqual({
      "clause:breaches.notify:nl": "unknownPlaceholder",
    });
    expect(validateTemplateForm(clause("Binnen {{breachNotificationHours}} uur.", "Promptly."))).toEqual({
      "clause:breaches.notify:en": "placeholdersDiffer",
    });
    expect(validateTemplateForm(clause("", "Promptly."))).toEqual({ "clause:breaches.notify:nl": "required" });
  });

  it("sends all three defaults as numbers and the reworded clauses by id", () => {
    const body = publishBodyOf(
      filled({
        liabilityCapEuros: "2.000.000",
        clauseTexts: [{ clauseId: "breaches.notify", nl: " Direct melden. ", en: "Notify at once." }],
      }),
    );
    expect(body).toEqual({
      name: "Model Voorbeeld",
      changeNote: "Kortere meldtermijn",
      variableDefaults: { noticePeriodMonths: 3, breachNotificationHours: 24, liabilityCapEuros: 2_000_000 },
      clauseTexts: { "breaches.notify": { nl: "Direct melden.", en: "Notify at once." } },
    });
  });

  it("shows placeholders as their labels for reading", () => {
    expect(placeholdersIn("{{processorName}} en {{ processorName }} met {{serviceName}}")).toEqual([
      "processorName",
      "serviceName",
    ]);
    expect(readablePlaceholders("De verwerker is {{processorName}}.", "nl")).toBe(
      "De verwerker is [Naam van de verwerker].",
    );
    expect(readablePlaceholders("Within {{breachNotificationHours}} hours; {{unknown}}.", "en")).toMatch(
      /^Within \[Period for notifying .*\] hours; \{\{unknown\}\}\.$/,
    );
  });
});

describe("the server's refusals of reworded clauses", () => {
  it("puts a weakened requirement next to the clause and language it belongs to", () => {
    const problems = templateServerProblems([
      {
        path: "body.clauseTexts.audits.right-to-audit.en",
        message: "The rewording weakens requirements the standard meets: audits, breach_notification",
      },
      { path: "body.clauseTexts.liability.cap.nl", message: "Unknown placeholder {{cap}}; use one of …" },
      { path: "body.clauseTexts.no.such-clause", message: "No clause of the standard has this id" },
      { path: "body.name", message: "Too big" },
    ]);
    expect(problems).toEqual({
      "clause:audits.right-to-audit:en": {
        kind: "weakensRequirements",
        requirementIds: ["audits", "breach_notification"],
      },
      "clause:liability.cap:nl": { kind: "problem", problem: "unknownPlaceholder" },
    });
  });

  it("names requirements by their titles in the user's language", () => {
    expect(requirementNames(["audits"], "nl")).toBe("Audits en inspecties (audits)");
    expect(requirementNames(["audits", "unknown_id"], "en")).toBe("Audits and inspections (audits), unknown_id");
  });
});
