import {
  decidedByValues,
  requiredAgreements,
  roleOutcomes,
  roleQuestionKeys,
  roleRuleIds,
  unknownAnswer,
  yesNoValues,
  type RoleQuestionKey,
} from "@art28/domain";
import { z } from "zod";

const yesNoAnswers = [...yesNoValues, unknownAnswer] as const;
const decidedByAnswers = [...decidedByValues, unknownAnswer] as const;

/** One answer; the message names the question and the values it accepts, for forms and the CLI alike. */
function answerSchema<const Values extends readonly [string, ...string[]]>(key: RoleQuestionKey, values: Values) {
  return z
    .enum(values, {
      error: (issue) => `${JSON.stringify(issue.input)} is not an answer to ${key}; use one of ${values.join(", ")}`,
    })
    .optional();
}

/**
 * Answers to the role assessment as `{ key: value }` with the spec's keys and values.
 * Leaving a key out and answering `unknown` both mean "not known". Unknown keys are refused,
 * so a misspelt key cannot silently count as "not known".
 */
export const roleAssessmentAnswersSchema = z.strictObject(
  {
    personal_data: answerSchema("personal_data", yesNoAnswers),
    direct_authority: answerSchema("direct_authority", yesNoAnswers),
    primary_service: answerSchema("primary_service", yesNoAnswers),
    legal_task: answerSchema("legal_task", yesNoAnswers),
    implicit_competence: answerSchema("implicit_competence", yesNoAnswers),
    own_purposes: answerSchema("own_purposes", yesNoAnswers),
    purpose_by: answerSchema("purpose_by", decidedByAnswers),
    essential_means_by: answerSchema("essential_means_by", decidedByAnswers),
    follows_instructions: answerSchema("follows_instructions", yesNoAnswers),
  } satisfies Record<RoleQuestionKey, z.ZodType>,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown question ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}; ` +
          `the questions are ${roleQuestionKeys.join(", ")}`
        : undefined,
  },
);
export type RoleAssessmentAnswersInput = z.infer<typeof roleAssessmentAnswersSchema>;

/**
 * `POST /api/role-assessments`. Without `counterpartyId` the answers are only evaluated (no
 * login needed). With `counterpartyId` and `organisationId` the assessment is stored for that
 * counterparty, which needs a login with the `counterparties.write` permission.
 */
export const createRoleAssessmentRequestSchema = z
  .object({
    answers: roleAssessmentAnswersSchema,
    organisationId: z.uuid().optional(),
    counterpartyId: z.uuid().optional(),
  })
  .superRefine((request, context) => {
    if (request.counterpartyId !== undefined && request.organisationId === undefined) {
      context.addIssue({
        code: "custom",
        path: ["organisationId"],
        message: "organisationId is required together with counterpartyId",
      });
    }
    if (request.organisationId !== undefined && request.counterpartyId === undefined) {
      context.addIssue({
        code: "custom",
        path: ["counterpartyId"],
        message: "counterpartyId is required together with organisationId",
      });
    }
  });
export type CreateRoleAssessmentRequest = z.infer<typeof createRoleAssessmentRequestSchema>;

const bilingualTextSchema = z.object({ nl: z.string(), en: z.string() });

/** The evaluation of a set of answers (decision model v1). Fields are only ever added. */
export const roleAssessmentResultSchema = z.object({
  modelVersion: z.string().meta({ description: "Version of the decision model, e.g. v1" }),
  outcome: z.enum(roleOutcomes),
  agreement: z
    .enum(requiredAgreements)
    .nullable()
    .meta({ description: "The paperwork the outcome calls for; null while the outcome is undetermined" }),
  rule: z.enum(roleRuleIds),
  explanation: bilingualTextSchema,
  references: z.array(z.string()),
  nextSteps: z.array(bilingualTextSchema),
  openQuestions: z
    .array(z.enum(roleQuestionKeys))
    .meta({ description: "Unanswered questions that can still change the outcome, in asking order" }),
  possibleOutcomes: z.array(z.enum(roleOutcomes)),
});
export type RoleAssessmentResultView = z.infer<typeof roleAssessmentResultSchema>;

/** A stored assessment of one counterparty: the evaluation plus who answered what, and when. */
export const roleAssessmentSchema = roleAssessmentResultSchema.extend({
  id: z.uuid(),
  organisationId: z.uuid(),
  counterpartyId: z.uuid(),
  answers: roleAssessmentAnswersSchema,
  answeredBy: z
    .object({ id: z.uuid(), name: z.string() })
    .nullable()
    .meta({ description: "Who answered; null when that account has since been removed" }),
  createdAt: z.iso.datetime(),
});
export type RoleAssessment = z.infer<typeof roleAssessmentSchema>;

export const roleAssessmentListResponseSchema = z.object({
  items: z.array(roleAssessmentSchema),
  total: z.number().int(),
});
export type RoleAssessmentListResponse = z.infer<typeof roleAssessmentListResponseSchema>;

/** The latest assessment's conclusion, as the counterparty list and detail show it. */
export const counterpartyRoleAssessmentSummarySchema = z.object({
  outcome: z.enum(roleOutcomes),
  agreement: z.enum(requiredAgreements).nullable(),
  assessedAt: z.iso.datetime(),
});
export type CounterpartyRoleAssessmentSummary = z.infer<typeof counterpartyRoleAssessmentSummarySchema>;

export const roleAssessmentPaths = {
  evaluate: "/api/role-assessments",
  ofCounterparty: (organisationId: string, counterpartyId: string) =>
    `/api/organisations/${organisationId}/counterparties/${counterpartyId}/role-assessments`,
} as const;
