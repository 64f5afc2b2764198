import type { CompleteRoleAnswers, RoleAssessmentAnswers } from "./questions.ts";

/**
 * An outside supplier whose core task is working with the personal data, without a statutory
 * task, a professional role or purposes of its own: the facts up to the point where the
 * purpose and means questions start to matter. The common start of most of the spec's cases.
 */
export const outsideServiceProviderAnswers = {
  personal_data: "yes",
  direct_authority: "no",
  primary_service: "yes",
  legal_task: "no",
  implicit_competence: "no",
  own_purposes: "no",
} as const satisfies RoleAssessmentAnswers;

/**
 * A supplier that processes only as the organisation decides and instructs: the spec's
 * payroll case, whose outcome is `processor`. Used by the demo data and the tests.
 */
export const processorAnswers = {
  ...outsideServiceProviderAnswers,
  purpose_by: "organisation",
  essential_means_by: "organisation",
  follows_instructions: "yes",
} as const satisfies CompleteRoleAnswers;
