import {
  nextRoleQuestion,
  roleAnswerValues,
  roleQuestionKeys,
  unknownAnswer,
  type RoleAssessmentAnswers,
  type RoleQuestionKey,
  type RoleRuleId,
} from "@art28/domain";

/**
 * The wizard keeps everything in the address: the answers as `key=value` with the spec's keys
 * and values, so reload, browser back and a bookmark all work, plus two wizard parameters.
 */
export const wizardParameters = {
  /** The question to show, when it is not simply the next unanswered one (back, change an answer). */
  question: "vraag",
  /** `uitslag`: after this question, go straight on to the result (changing one answer from the summary). */
  then: "daarna",
  /** The id of a stored assessment to show (counterparty mode). */
  stored: "opgeslagen",
} as const;

export const thenResult = "uitslag";

function isQuestionKey(value: string | null): value is RoleQuestionKey {
  return value !== null && (roleQuestionKeys as readonly string[]).includes(value);
}

/** Whether `value` is an answer `key` accepts, `unknown` included. */
export function isAnswerValue(key: RoleQuestionKey, value: string): boolean {
  return value === unknownAnswer || (roleAnswerValues[key] as readonly string[]).includes(value);
}

/** The answers in the address; anything that is not a known key with an allowed value is ignored. */
export function answersFromSearch(search: URLSearchParams): RoleAssessmentAnswers {
  const answers: Record<string, string> = {};
  for (const key of roleQuestionKeys) {
    const value = search.get(key);
    if (value !== null && isAnswerValue(key, value)) answers[key] = value;
  }
  return answers as RoleAssessmentAnswers;
}

/** The address query for these answers (in asking order) and wizard parameters, without `?`. */
export function searchFor(
  answers: RoleAssessmentAnswers,
  extra: Partial<Record<keyof typeof wizardParameters, string>> = {},
): string {
  const search = new URLSearchParams();
  for (const key of roleQuestionKeys) {
    const value = answers[key];
    if (value !== undefined) search.set(key, value);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined) search.set(wizardParameters[name as keyof typeof wizardParameters], value);
  }
  return search.toString();
}

/** The questions the wizard asked, in order, and what it asks next. */
export interface WizardPath {
  /** Answered questions in the order the wizard asks them, each still relevant to the outcome. */
  asked: RoleQuestionKey[];
  /** Only the answers to `asked`: what the outcome is based on. */
  answers: RoleAssessmentAnswers;
  /** The next question, or `null` when the wizard is done. */
  next: RoleQuestionKey | null;
}

/**
 * Replays the wizard over the given answers with `nextRoleQuestion`. Answers the replay never
 * reaches (left over after an earlier answer changed) do not count: the outcome and the summary
 * only use the questions that were actually relevant.
 */
export function wizardPath(all: RoleAssessmentAnswers): WizardPath {
  const asked: RoleQuestionKey[] = [];
  const answers: Record<string, string> = {};
  for (;;) {
    const question = nextRoleQuestion(answers as RoleAssessmentAnswers);
    if (!question) return { asked, answers: answers as RoleAssessmentAnswers, next: null };
    const value = all[question.key];
    if (value === undefined) return { asked, answers: answers as RoleAssessmentAnswers, next: question.key };
    asked.push(question.key);
    answers[question.key] = value;
  }
}

/** What the wizard shows for an address. */
export type WizardView =
  | {
      kind: "question";
      key: RoleQuestionKey;
      /** 1 for the first question asked; questions that do not matter are skipped, so numbers vary. */
      number: number;
      /** The question before this one, for "Back"; `null` on the first. */
      previous: RoleQuestionKey | null;
      /** The question after this one when it was already answered, so "Next" walks the path. */
      following: RoleQuestionKey | null;
      /** After answering, go straight on to the result. */
      thenResult: boolean;
    }
  | { kind: "result" };

/** The page for this address: the question asked for (if it is on the path), else the next one, else the result. */
export function wizardView(
  search: URLSearchParams,
  path: WizardPath = wizardPath(answersFromSearch(search)),
): WizardView {
  const requested = search.get(wizardParameters.question);
  const sequence = path.next ? [...path.asked, path.next] : path.asked;
  const key = isQuestionKey(requested) && sequence.includes(requested) ? requested : path.next;
  if (!key) return { kind: "result" };
  const index = sequence.indexOf(key);
  return {
    kind: "question",
    key,
    number: index + 1,
    previous: index > 0 ? sequence[index - 1]! : null,
    following: sequence[index + 1] ?? null,
    thenResult: search.get(wizardParameters.then) === thenResult,
  };
}

/**
 * The address query after answering `key` with `value` on `view`: the next question on the path
 * (already answered ones are shown again, with their answer), or the next unanswered one, or the
 * result. Later answers are kept; the replay drops those that no longer matter.
 */
export function searchAfterAnswer(
  all: RoleAssessmentAnswers,
  key: RoleQuestionKey,
  value: string,
  thenResultRequested: boolean,
): string {
  const answers = { ...all, [key]: value } as RoleAssessmentAnswers;
  const path = wizardPath(answers);
  if (thenResultRequested) return searchFor(answers);
  const index = path.asked.indexOf(key);
  const following = index >= 0 ? path.asked[index + 1] : undefined;
  return following ? searchFor(answers, { question: following }) : searchFor(answers);
}

/** The number of a rule in the spec's decision model: `R11_processes_on_instructions` → 11. */
export function ruleNumber(rule: RoleRuleId): number {
  return Number(/^R(\d+)_/.exec(rule)?.[1] ?? Number.NaN);
}
