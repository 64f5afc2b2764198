import {
  changeAgreementStatusRequestSchema,
  createAgreementRequestSchema,
  updateAgreementRequestSchema,
  type Agreement,
  type CreateAgreementRequest,
  type FieldIssue,
} from "@art28/contract";
import { explainTransition, type AgreementStatus } from "@art28/domain";
import type { z } from "zod";
import type { Transaction } from "../../database/connection.ts";
import { createAgreementDocumentDataAccess } from "../../data-access/agreement-documents.ts";
import { createAgreementDataAccess, type AgreementRecord } from "../../data-access/agreements.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import {
  createRegisterScopes,
  definedEntries,
  invalidFields,
  notFound,
  refusingReferenced,
  requireRelationship,
} from "./register-context.ts";
import { presentAgreement } from "./register-presenters.ts";

/** What the audit trail records of an agreement; the stored check report has its own events. */
export const agreementAuditedFields = [
  "relationshipId",
  "kind",
  "standardName",
  "standardVersion",
  "status",
  "signedOn",
  "effectiveOn",
  "endsOn",
  "reviewOn",
] as const satisfies readonly (keyof AgreementRecord)[];

/**
 * Fields that describe the text itself. Once signed, a text is never edited in place (see the
 * domain's transition rules), so these stay as they were from `signed` on; an amendment is a
 * new agreement. Dates may still be corrected: they are facts about the agreement's life
 * (a review date moves, an end date becomes known), not part of the signed text.
 */
const textFields = ["kind", "standardName", "standardVersion"] as const;
const editableTextStatuses: readonly AgreementStatus[] = ["draft", "negotiating"];

type UpdateAgreementBody = z.output<typeof updateAgreementRequestSchema>;

/** The rules that combine stored values with a change, from the contract's own create schema. */
function combinedIssues(stored: AgreementRecord, body: UpdateAgreementBody): FieldIssue[] {
  const merged = {
    kind: stored.kind,
    standardName: stored.standardName,
    standardVersion: stored.standardVersion,
    signedOn: stored.signedOn,
    effectiveOn: stored.effectiveOn,
    endsOn: stored.endsOn,
    reviewOn: stored.reviewOn,
    ...definedEntries(body),
  };
  const result = createAgreementRequestSchema.safeParse(merged);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => ["effectiveOn", "endsOn", "standardName", "standardVersion"].includes(String(issue.path[0])))
    .map((issue) => ({ path: ["body", ...issue.path].join("."), message: issue.message }));
}

/** The agreement, or a 404. */
export async function requireAgreement(
  transaction: Transaction,
  organisationId: string,
  agreementId: string,
  options: { lock?: boolean } = {},
): Promise<AgreementRecord> {
  const agreement = await createAgreementDataAccess(transaction, organisationId).findById(agreementId, options);
  if (!agreement) throw notFound("Agreement");
  return agreement;
}

/** An agreement as the API shows it, with its newest signed document read in the same transaction. */
export async function loadAgreementView(
  transaction: Transaction,
  organisationId: string,
  agreement: AgreementRecord,
): Promise<Agreement> {
  const documents = await createAgreementDocumentDataAccess(transaction, organisationId).newestSignedSummaries([
    agreement.id,
  ]);
  return presentAgreement(agreement, documents.get(agreement.id));
}

/** Agreements: create (as draft), change fields, move the status along the domain's rules, delete drafts. */
export function createAgreementUseCases(dependencies: RegisterDependencies) {
  const scopes = createRegisterScopes(dependencies);
  return {
    async create(
      actor: Actor,
      organisationId: string,
      relationshipId: string,
      input: CreateAgreementRequest,
    ): Promise<Agreement> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const body = createAgreementRequestSchema.parse(input);
        await requireRelationship(transaction, organisationId, relationshipId);
        const created = await createAgreementDataAccess(transaction, organisationId).insert({
          relationshipId,
          kind: body.kind,
          standardName: body.standardName ?? null,
          standardVersion: body.standardVersion ?? null,
          status: "draft",
          signedOn: body.signedOn ?? null,
          effectiveOn: body.effectiveOn ?? null,
          endsOn: body.endsOn ?? null,
          reviewOn: body.reviewOn ?? null,
        });
        await trail.created(created, { entityType: "agreement", entityId: created.id, fields: agreementAuditedFields });
        return presentAgreement(created, undefined);
      });
    },

    /**
     * Changes an agreement's fields (not its status). From `signed` on, the fields that
     * describe the text (kind, standard and version) are fixed: a different value is refused
     * with `conflict`, the same value passes, so a form can send everything it shows. A change
     * of kind away from processor agreement clears the stored Art. 28 check.
     */
    async update(
      actor: Actor,
      organisationId: string,
      agreementId: string,
      input: z.input<typeof updateAgreementRequestSchema>,
    ): Promise<Agreement> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const body = updateAgreementRequestSchema.parse(input);
        const stored = await requireAgreement(transaction, organisationId, agreementId, { lock: true });
        const changes = definedEntries(body);
        if (!editableTextStatuses.includes(stored.status)) {
          const fixed = textFields.filter((field) => field in changes && changes[field] !== stored[field]);
          if (fixed.length > 0) {
            throw new AppError(
              "conflict",
              `A ${stored.status} agreement's text is fixed; record an amendment as a new agreement. Dates may still be corrected.`,
              {
                issues: fixed.map((field) => ({
                  path: `body.${field}`,
                  message: "Fixed once the agreement is signed",
                })),
              },
            );
          }
        }
        const issues = combinedIssues(stored, body);
        if (issues.length > 0) throw invalidFields(issues);
        // Only processor agreements carry an Art. 28 report: one of another kind would claim a check that does not apply.
        const dropsCheck =
          changes.kind !== undefined && changes.kind !== "processor_agreement" && stored.latestCheckAt !== null;
        let current = stored;
        if (Object.keys(changes).length > 0) {
          current = (await createAgreementDataAccess(transaction, organisationId).update(agreementId, {
            ...changes,
            ...(dropsCheck ? { latestCheckReport: null, latestCheckAt: null } : {}),
          }))!;
          await trail.updated(stored, current, {
            entityType: "agreement",
            entityId: agreementId,
            // The cleared check shows in the event as `latestCheckAt: { from, to: null }`.
            fields: dropsCheck ? [...agreementAuditedFields, "latestCheckAt"] : agreementAuditedFields,
          });
        }
        return loadAgreementView(transaction, organisationId, current);
      });
    },

    /** Moves the status when the domain's transition rules allow it; otherwise 409 with the reason. */
    async changeStatus(
      actor: Actor,
      organisationId: string,
      agreementId: string,
      input: z.input<typeof changeAgreementStatusRequestSchema>,
    ): Promise<Agreement> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const { status } = changeAgreementStatusRequestSchema.parse(input);
        const stored = await requireAgreement(transaction, organisationId, agreementId, { lock: true });
        const verdict = explainTransition(stored.status, status);
        if (!verdict.allowed) {
          throw new AppError(
            "transition_not_allowed",
            `The status cannot change from ${stored.status} to ${status}: ${verdict.reason.en}`,
            { issues: [{ path: "body.status", message: verdict.refusal }] },
          );
        }
        const updated = (await createAgreementDataAccess(transaction, organisationId).setStatus(agreementId, status))!;
        await trail.updated(stored, updated, {
          entityType: "agreement",
          entityId: agreementId,
          fields: ["status"],
          action: "status_changed",
        });
        return loadAgreementView(transaction, organisationId, updated);
      });
    },

    /**
     * Deletes a draft. Anything further along is evidence of what was agreed, so it is ended
     * instead (`conflict`); a draft with a stored document is kept too (`still_referenced`).
     */
    async remove(actor: Actor, organisationId: string, agreementId: string): Promise<void> {
      await scopes.write(actor, organisationId, async (transaction, trail) => {
        const stored = await requireAgreement(transaction, organisationId, agreementId, { lock: true });
        if (stored.status !== "draft") {
          throw new AppError(
            "conflict",
            `Only a draft can be deleted; this agreement is ${stored.status}. End it instead.`,
          );
        }
        const message = "The draft has a stored document, which is kept; end the agreement instead.";
        if ((await createAgreementDocumentDataAccess(transaction, organisationId).countForAgreement(agreementId)) > 0) {
          throw new AppError("still_referenced", message);
        }
        await refusingReferenced(
          () => createAgreementDataAccess(transaction, organisationId).delete(agreementId),
          message,
        );
        await trail.deleted(stored, { entityType: "agreement", entityId: agreementId, fields: agreementAuditedFields });
      });
    },
  };
}
