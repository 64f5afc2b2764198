import {
  roleAssessmentAnswersSchema,
  type CreateRoleAssessmentRequest,
  type RoleAssessment,
  type RoleAssessmentResultView,
} from "@art28/contract";
import { assessRole, type RoleAssessmentAnswers, type RoleAssessmentResult } from "@art28/domain";
import type { Database } from "../database/connection.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess } from "../data-access/counterparties.ts";
import { createRoleAssessmentDataAccess, type RoleAssessmentRecord } from "../data-access/role-assessments.ts";
import { createUserDataAccess } from "../data-access/users.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

/** Presenter of an evaluation: the domain result as the API shows it. */
export function presentRoleAssessmentResult(result: RoleAssessmentResult): RoleAssessmentResultView {
  return {
    modelVersion: result.modelVersion,
    outcome: result.outcome,
    agreement: result.agreement,
    rule: result.rule,
    explanation: { ...result.explanation },
    references: [...result.references],
    nextSteps: result.nextSteps.map((step) => ({ ...step })),
    openQuestions: [...result.openQuestions],
    possibleOutcomes: [...result.possibleOutcomes],
  };
}

/**
 * Presenter of a stored assessment. The explanation is derived again from the stored answers;
 * the decision model is deterministic, so it matches what was stored, and a mismatch means
 * the model changed without keeping the old version, which must not pass unnoticed.
 */
function presentRoleAssessment(record: RoleAssessmentRecord, answeredBy: RoleAssessment["answeredBy"]): RoleAssessment {
  const answers = roleAssessmentAnswersSchema.safeParse(record.answers);
  if (!answers.success) {
    throw new AppError("internal_error", `Role assessment ${record.id} has stored answers that are not valid.`, {
      cause: answers.error,
    });
  }
  const result = assessRole(answers.data);
  if (result.modelVersion !== record.modelVersion || result.rule !== record.rule) {
    throw new AppError(
      "internal_error",
      `Role assessment ${record.id} was decided by ${record.rule} (model ${record.modelVersion}), ` +
        `but the current model gives ${result.rule} (model ${result.modelVersion}).`,
    );
  }
  return {
    ...presentRoleAssessmentResult(result),
    outcome: record.outcome,
    agreement: record.agreement,
    rule: record.rule,
    modelVersion: record.modelVersion,
    id: record.id,
    organisationId: record.organisationId,
    counterpartyId: record.counterpartyId,
    answers: answers.data,
    answeredBy,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The columns to store for answers evaluated with the current decision model. */
export function roleAssessmentValues(
  answers: RoleAssessmentAnswers,
  result: RoleAssessmentResult = assessRole(answers),
) {
  return {
    answers,
    modelVersion: result.modelVersion,
    outcome: result.outcome,
    agreement: result.agreement,
    rule: result.rule,
  };
}

export type RoleAssessmentOutcome =
  { stored: true; assessment: RoleAssessment } | { stored: false; evaluation: RoleAssessmentResultView };

/** Role assessment (rolbepaling): evaluate answers for anyone; store and list them for members. */
export function createRoleAssessmentService(dependencies: { database: Database }) {
  const { database } = dependencies;
  const users = createUserDataAccess(database);

  /** Names of the people who answered, looked up once per person. */
  async function answerers(userIds: ReadonlyArray<string | null>): Promise<Map<string, RoleAssessment["answeredBy"]>> {
    const found = new Map<string, RoleAssessment["answeredBy"]>();
    for (const userId of new Set(userIds)) {
      if (userId === null) continue;
      const user = await users.findById(userId);
      found.set(userId, user ? { id: user.id, name: user.name } : null);
    }
    return found;
  }

  return {
    /**
     * Evaluates the answers. With a counterparty, the assessment is also stored for it, which
     * needs a member of the counterparty's organisation with `counterparties.write`; without
     * one, anyone may evaluate and nothing is stored.
     */
    async evaluate(actor: Actor | undefined, request: CreateRoleAssessmentRequest): Promise<RoleAssessmentOutcome> {
      const answers = roleAssessmentAnswersSchema.parse(request.answers);
      const result = assessRole(answers);
      const { organisationId, counterpartyId } = request;
      if (organisationId === undefined || counterpartyId === undefined) {
        return { stored: false, evaluation: presentRoleAssessmentResult(result) };
      }
      if (!actor) throw new AppError("unauthenticated", "Log in to store an assessment for a counterparty.");
      authorize(actor, organisationId, "counterparties.write");
      const record = await withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparty = await createCounterpartyDataAccess(transaction, organisationId).findById(counterpartyId);
        if (!counterparty) throw new AppError("not_found", "Counterparty not found in this organisation.");
        return createRoleAssessmentDataAccess(transaction, organisationId).insert({
          ...roleAssessmentValues(answers, result),
          counterpartyId,
          answeredBy: actor.userId,
        });
      });
      const names = await answerers([record.answeredBy]);
      return { stored: true, assessment: presentRoleAssessment(record, names.get(actor.userId) ?? null) };
    },

    /** The assessments of one counterparty, newest first. */
    async listForCounterparty(actor: Actor, organisationId: string, counterpartyId: string): Promise<RoleAssessment[]> {
      authorize(actor, organisationId, "counterparties.read");
      const records = await withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparty = await createCounterpartyDataAccess(transaction, organisationId).findById(counterpartyId);
        if (!counterparty) throw new AppError("not_found", "Counterparty not found in this organisation.");
        return createRoleAssessmentDataAccess(transaction, organisationId).listForCounterparty(counterpartyId);
      });
      const names = await answerers(records.map((record) => record.answeredBy));
      return records.map((record) =>
        presentRoleAssessment(record, record.answeredBy === null ? null : (names.get(record.answeredBy) ?? null)),
      );
    },
  };
}
export type RoleAssessmentService = ReturnType<typeof createRoleAssessmentService>;
