import type { EffectiveTemplate, PublishTemplateRequest } from "@art28/contract";
import {
  agreementVariableLabels,
  agreementVariableNames,
  maximumBreachNotificationHours,
  requirementCatalogue,
  type AgreementVariableName,
  type AuthoringLanguage,
} from "@art28/domain";
import { parseWholeNumber } from "./generation-form.ts";

/**
 * The form that publishes an organisation's own version of the standard agreement: a name, a
 * change note, the defaults of the negotiable numbers, and the clauses it rewords.
 */

export interface TemplateFormValues {
  name: string;
  changeNote: string;
  noticePeriodMonths: string;
  breachNotificationHours: string;
  liabilityCapEuros: string;
  /** Reworded clauses by clause id, in the order they were chosen. */
  clauseTexts: Array<{ clauseId: string; nl: string; en: string }>;
}

/** Fields of the form that can carry an error; a reworded clause's are `clause:<id>:nl` and `…:en`. */
export type TemplateFormField =
  | "name"
  | "changeNote"
  | "noticePeriodMonths"
  | "breachNotificationHours"
  | "liabilityCapEuros"
  | `clause:${string}:${AuthoringLanguage}`;

/** What is wrong with a field, as a stable reason the page turns into text. */
export type TemplateFormProblem =
  | "required"
  | "tooLong"
  | "wholeNumber"
  | "noticeRange"
  | "breachRange"
  | "capRange"
  | "unknownPlaceholder"
  | "placeholdersDiffer";

export type TemplateFormErrors = Partial<Record<TemplateFormField, TemplateFormProblem>>;

/** The form's starting values: the effective template's defaults, no clauses reworded yet. */
export function initialTemplateForm(effective: Pick<EffectiveTemplate, "variableDefaults">): TemplateFormValues {
  const defaults = effective.variableDefaults;
  return {
    name: "",
    changeNote: "",
    noticePeriodMonths: String(defaults.noticePeriodMonths),
    breachNotificationHours: String(defaults.breachNotificationHours),
    liabilityCapEuros: String(defaults.liabilityCapEuros),
    clauseTexts: [],
  };
}

/** The names between double braces in a clause text, in order of appearance, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ""))];
}

function isVariableName(name: string): name is AgreementVariableName {
  return (agreementVariableNames as readonly string[]).includes(name);
}

/**
 * A clause text for reading: each `{{placeholder}}` becomes its label in brackets, e.g.
 * "[Naam van de verwerker]", so a reader sees what will be filled in there.
 */
export function readablePlaceholders(text: string, language: AuthoringLanguage): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    isVariableName(name) ? `[${agreementVariableLabels[name][language]}]` : placeholder,
  );
}

const wholeNumberRanges = {
  noticePeriodMonths: { minimum: 1, maximum: 36, problem: "noticeRange" },
  breachNotificationHours: { minimum: 1, maximum: maximumBreachNotificationHours, problem: "breachRange" },
  liabilityCapEuros: { minimum: 0, maximum: 1_000_000_000, problem: "capRange" },
} as const;

/** Checks the form as the contract will, plus the placeholders of the reworded clauses. */
export function validateTemplateForm(values: TemplateFormValues): TemplateFormErrors {
  const errors: TemplateFormErrors = {};
  if (values.name.trim() === "") errors.name = "required";
  else if (values.name.trim().length > 200) errors.name = "tooLong";
  if (values.changeNote.trim() === "") errors.changeNote = "required";
  else if (values.changeNote.trim().length > 2000) errors.changeNote = "tooLong";

  for (const [field, range] of Object.entries(wholeNumberRanges) as Array<
    [keyof typeof wholeNumberRanges, (typeof wholeNumberRanges)[keyof typeof wholeNumberRanges]]
  >) {
    const number = parseWholeNumber(values[field]);
    if (values[field].trim() === "") errors[field] = "required";
    else if (Number.isNaN(number)) errors[field] = "wholeNumber";
    else if (number < range.minimum || number > range.maximum) errors[field] = range.problem;
  }

  for (const clause of values.clauseTexts) {
    const placeholders = { nl: placeholdersIn(clause.nl), en: placeholdersIn(clause.en) };
    for (const language of ["nl", "en"] as const) {
      const field = `clause:${clause.clauseId}:${language}` as const;
      const text = clause[language].trim();
      if (text === "") errors[field] = "required";
      else if (text.length > 4000) errors[field] = "tooLong";
      else if (!placeholders[language].every(isVariableName)) errors[field] = "unknownPlaceholder";
    }
    const englishField = `clause:${clause.clauseId}:en` as const;
    const sameNames = [...placeholders.nl].sort().join() === [...placeholders.en].sort().join();
    if (!errors[englishField] && !errors[`clause:${clause.clauseId}:nl`] && !sameNames) {
      errors[englishField] = "placeholdersDiffer";
    }
  }
  return errors;
}

/**
 * The request body of a valid form. All three defaults are sent, also those left as they were:
 * the form starts from the effective template (perhaps the association's), and an own version
 * must keep those values rather than fall back to the standard's.
 */
export function publishBodyOf(values: TemplateFormValues): PublishTemplateRequest {
  const clauseTexts: PublishTemplateRequest["clauseTexts"] = {};
  for (const clause of values.clauseTexts) {
    clauseTexts[clause.clauseId] = { nl: clause.nl.trim(), en: clause.en.trim() };
  }
  return {
    name: values.name.trim(),
    changeNote: values.changeNote.trim(),
    clauseTexts,
    variableDefaults: {
      noticePeriodMonths: parseWholeNumber(values.noticePeriodMonths),
      breachNotificationHours: parseWholeNumber(values.breachNotificationHours),
      liabilityCapEuros: parseWholeNumber(values.liabilityCapEuros),
    },
  };
}

/**
 * How the server starts an issue about a rewording that weakens requirements; the requirement ids
 * follow, separated by commas (packages/server/src/services/authoring/template-requirements.ts).
 */
const weakenedRequirementsPrefix = "The rewording weakens requirements the standard meets:";

/** What the server found wrong with a reworded clause. */
export type TemplateServerProblem =
  { kind: "weakensRequirements"; requirementIds: string[] } | { kind: "problem"; problem: TemplateFormProblem };

/**
 * The server's issues that belong to a reworded clause, by field of the form
 * (`body.clauseTexts.<clauseId>.<language>` becomes `clause:<clauseId>:<language>`). Clause ids
 * contain dots, so the language is taken from the end. The first issue of a field wins; issues
 * about other fields, and messages the form has no words for, are left to the general message.
 */
export function templateServerProblems(
  issues: ReadonlyArray<{ path: string; message: string }>,
): Partial<Record<TemplateFormField, TemplateServerProblem>> {
  const problems: Partial<Record<TemplateFormField, TemplateServerProblem>> = {};
  for (const issue of issues) {
    const match = /^(?:body\.)?clauseTexts\.(.+)\.(nl|en)$/.exec(issue.path);
    if (!match) continue;
    const field = `clause:${match[1]!}:${match[2] as AuthoringLanguage}` as const;
    if (problems[field]) continue;
    if (issue.message.startsWith(weakenedRequirementsPrefix)) {
      const requirementIds = issue.message
        .slice(weakenedRequirementsPrefix.length)
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id !== "");
      problems[field] = { kind: "weakensRequirements", requirementIds };
    } else if (/placeholder/i.test(issue.message)) {
      problems[field] = { kind: "problem", problem: "unknownPlaceholder" };
    }
  }
  return problems;
}

/** Requirements by their titles in `language`, e.g. "Audits en inspecties (audits)"; an unknown id is shown as it is. */
export function requirementNames(requirementIds: readonly string[], language: AuthoringLanguage): string {
  return requirementIds
    .map((id) => {
      const definition = requirementCatalogue.find((candidate) => candidate.id === id);
      return definition ? `${definition.title[language]} (${id})` : id;
    })
    .join(", ");
}
