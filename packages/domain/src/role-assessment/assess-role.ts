import type { BilingualText } from "../check/catalogue.ts";
import {
  decideRole,
  roleDecisionModelVersion,
  roleRule,
  roleRules,
  type RoleRule,
  type RoleRuleId,
} from "./decision-model.ts";
import {
  agreementByOutcome,
  roleOutcomeLabels,
  roleOutcomes,
  type DeterminedRoleOutcome,
  type RequiredAgreement,
  type RoleOutcome,
} from "./outcomes.ts";
import {
  answerOf,
  roleAnswerValues,
  roleQuestion,
  roleQuestionKeys,
  unknownAnswer,
  type CompleteRoleAnswers,
  type RoleAssessmentAnswers,
  type RoleQuestion,
  type RoleQuestionKey,
} from "./questions.ts";

/** The result of a role assessment: what the party is, which paperwork follows, and why. */
export interface RoleAssessmentResult {
  modelVersion: typeof roleDecisionModelVersion;
  outcome: RoleOutcome;
  /** The paperwork; `null` while the outcome is undetermined (not "none": that would claim nothing is needed). */
  agreement: RequiredAgreement | null;
  /** The rule that decided, e.g. `R11_processes_on_instructions`; `R12_undetermined` while undetermined. */
  rule: RoleRuleId;
  explanation: BilingualText;
  references: readonly string[];
  nextSteps: readonly BilingualText[];
  /**
   * Unanswered questions that can still change the outcome, in asking order. Empty once the
   * outcome is determined.
   */
  openQuestions: readonly RoleQuestionKey[];
  /** The outcomes the open questions can still lead to; just the outcome once it is determined. */
  possibleOutcomes: readonly DeterminedRoleOutcome[];
}

interface Completion {
  answers: CompleteRoleAnswers;
  rule: RoleRule;
}

/**
 * Every way to fill in the unknown answers, each with the rule that decides it. At most
 * 2^7 × 3^2 = 1152 combinations (nothing answered), so enumerating them is cheap and, unlike
 * reasoning rule by rule, exact: it sees that `purpose_by = party` makes `legal_task`
 * irrelevant because both lead to an independent controller.
 *
 * Completions are numbered in mixed radix over `unknownKeys`, the first key changing fastest:
 * completion `index` gives the i-th unknown key its value number `floor(index / stride_i) % radix_i`.
 */
function completionsOf(answers: RoleAssessmentAnswers, unknownKeys: readonly RoleQuestionKey[]): Completion[] {
  const known: Record<string, string> = {};
  for (const key of roleQuestionKeys) known[key] = answerOf(answers, key);
  const total = unknownKeys.reduce((product, key) => product * roleAnswerValues[key].length, 1);
  const completions: Completion[] = [];
  for (let index = 0; index < total; index += 1) {
    const complete = { ...known };
    let rest = index;
    for (const key of unknownKeys) {
      const values = roleAnswerValues[key];
      complete[key] = values[rest % values.length]!;
      rest = Math.floor(rest / values.length);
    }
    const typed = complete as CompleteRoleAnswers;
    completions.push({ answers: typed, rule: decideRole(typed) });
  }
  return completions;
}

/**
 * The unknown questions whose answer can still change the outcome: those for which some way of
 * filling in the other unknowns exists where changing only this answer changes the outcome.
 */
function openQuestionsOf(
  completions: readonly Completion[],
  unknownKeys: readonly RoleQuestionKey[],
): RoleQuestionKey[] {
  let stride = 1;
  const open: RoleQuestionKey[] = [];
  for (const key of unknownKeys) {
    const radix = roleAnswerValues[key].length;
    const span = stride * radix;
    let influential = false;
    // Completions with this key's first value; its other values sit `stride` apart.
    for (let index = 0; index < completions.length && !influential; index += 1) {
      if (index % span >= stride) continue;
      const outcome = completions[index]!.rule.outcome;
      for (let value = 1; value < radix; value += 1) {
        if (completions[index + value * stride]!.rule.outcome !== outcome) influential = true;
      }
    }
    if (influential) open.push(key);
    stride = span;
  }
  return open;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function listInWords(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

function undeterminedResult(
  openQuestions: readonly RoleQuestionKey[],
  possibleOutcomes: readonly DeterminedRoleOutcome[],
): RoleAssessmentResult {
  const rule = roleRule("R12_undetermined");
  const outcomes = (language: "nl" | "en") =>
    possibleOutcomes.map((outcome) => lowerFirst(roleOutcomeLabels[outcome][language]));
  const titles = (language: "nl" | "en") => openQuestions.map((key) => lowerFirst(roleQuestion(key).title[language]));
  return {
    modelVersion: roleDecisionModelVersion,
    outcome: "undetermined",
    agreement: null,
    rule: rule.id,
    explanation: {
      nl:
        `${rule.explanation.nl} Afhankelijk van de antwoorden is de partij: ${listInWords(outcomes("nl"), "of")}. ` +
        `Wat nog de doorslag kan geven: ${titles("nl").join("; ")}.`,
      en:
        `${rule.explanation.en} Depending on the answers, the party is: ${listInWords(outcomes("en"), "or")}. ` +
        `What can still decide it: ${titles("en").join("; ")}.`,
    },
    references: rule.references,
    nextSteps: [
      {
        nl: `Beantwoord de open vragen: ${titles("nl").join("; ")}.`,
        en: `Answer the open questions: ${titles("en").join("; ")}.`,
      },
      ...rule.nextSteps,
    ],
    openQuestions,
    possibleOutcomes,
  };
}

/**
 * Assesses the role of a party with decision model v1. Unanswered questions and `unknown`
 * answers count as unknown. The outcome is determined as soon as every possible answer to the
 * unknown questions leads to the same outcome; the rule reported is then the first rule the
 * given answers make certain. Otherwise the outcome is `undetermined`, with the questions that
 * can still change it. Pure and deterministic.
 */
export function assessRole(answers: RoleAssessmentAnswers): RoleAssessmentResult {
  const unknownKeys = roleQuestionKeys.filter((key) => answerOf(answers, key) === unknownAnswer);
  const completions = completionsOf(answers, unknownKeys);
  const reachable = new Set(completions.map((completion) => completion.rule.outcome));
  const possibleOutcomes = roleOutcomes.filter(
    (outcome): outcome is DeterminedRoleOutcome => outcome !== "undetermined" && reachable.has(outcome),
  );
  if (possibleOutcomes.length > 1) {
    return undeterminedResult(openQuestionsOf(completions, unknownKeys), possibleOutcomes);
  }
  const outcome = possibleOutcomes[0]!;
  // The earliest rule with this outcome that holds however the unknowns are answered. One always
  // exists for model v1 (an exhaustive unit test checks every partial set of answers).
  const rule = roleRules.find(
    (candidate) =>
      candidate.outcome === outcome && completions.every((completion) => candidate.applies(completion.answers)),
  );
  if (!rule) throw new Error(`Decision model ${roleDecisionModelVersion} has no certain rule for ${outcome}.`);
  return {
    modelVersion: roleDecisionModelVersion,
    outcome,
    agreement: agreementByOutcome[outcome],
    rule: rule.id,
    explanation: rule.explanation,
    references: rule.references,
    nextSteps: rule.nextSteps,
    openQuestions: [],
    possibleOutcomes,
  };
}

/**
 * The question a wizard asks next: the first question, in asking order, that can still change
 * the outcome and has not been asked yet. A question answered `unknown` counts as asked, so a
 * user who does not know is not asked again. `null` when the outcome is determined or every
 * deciding question has been asked.
 */
export function nextRoleQuestion(answers: RoleAssessmentAnswers): RoleQuestion | null {
  const { openQuestions } = assessRole(answers);
  const key = openQuestions.find((candidate) => answers[candidate] === undefined);
  return key === undefined ? null : roleQuestion(key);
}
