/**
 * Negotiation clause by clause: either side proposes a deviation (or counters the other
 * side's), the other side accepts or rejects, the proposer may withdraw. The domain decides
 * which steps are allowed; the server stores them and flags what a proposal would weaken by
 * running the agreement check on the changed agreement.
 */
import {
  proposeDeviationRequestSchema,
  respondDeviationRequestSchema,
  type AuthoredVersionDetail,
} from "@art28/contract";
import {
  assessDeviation,
  composeAgreement,
  proposalRefusal,
  responseRefusal,
  withdrawalRefusal,
  type NegotiationRefusal,
} from "@art28/domain";
import type { z } from "zod";
import { createDeviationDataAccess, type DeviationRecord } from "../../data-access/authoring-deviations.ts";
import { createVersionDataAccess, type VersionRecord } from "../../data-access/authoring-versions.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { databaseErrorCode, invalidFields } from "../register/register-context.ts";
import { createAuthoringScopes, type VersionWrite } from "./authoring-context.ts";
import { clausesOf, compositionOf } from "./version-document.ts";
import { loadVersionDetail } from "./version-view.ts";

const uniqueViolation = "23505";

const refusalMessages: Record<Exclude<NegotiationRefusal, null>, string> = {
  unknown_clause: "The agreement has no clause with this id.",
  clause_has_open_proposal: "This clause already has an open proposal; answer or withdraw it first.",
  not_open: "This proposal has already been answered or withdrawn.",
  own_proposal: "A side cannot answer its own proposal; the other side accepts or rejects it.",
  not_proposer: "Only the side that made a proposal can withdraw it.",
};

/** 409 with the domain's refusal, its key in `issues[0].message` for clients that translate it. */
function refused(refusal: Exclude<NegotiationRefusal, null>, path: string): AppError {
  return new AppError("negotiation_step_not_allowed", refusalMessages[refusal], {
    issues: [{ path, message: refusal }],
  });
}

/** Negotiation happens while the version is `negotiating`; after that a change needs a new version. */
export function requireNegotiating(version: VersionRecord): void {
  if (version.status !== "negotiating") {
    throw new AppError(
      "agreement_version_locked",
      `This version is ${version.status}; changes need a new version of the agreement.`,
    );
  }
}

/**
 * Negotiating in the app takes both parties on Art28. Without a supplier organisation nobody
 * could answer a proposal, so the parties negotiate outside the app and the signed copy is uploaded.
 */
function requireSupplierOnArt28(version: VersionRecord): void {
  if (version.counterpartyOrganisationId === null) {
    throw new AppError(
      "negotiation_step_not_allowed",
      "The supplier is not on Art28, so it cannot answer proposals here; negotiate outside the app and upload the signed copy.",
      { issues: [{ path: "counterpartyOrganisationId", message: "supplier_not_on_art28" }] },
    );
  }
}

function findDeviation(deviations: readonly DeviationRecord[], deviationId: string): DeviationRecord {
  const deviation = deviations.find((candidate) => candidate.id === deviationId);
  if (!deviation) throw new AppError("not_found", "Deviation not found in this agreement version.");
  return deviation;
}

export function createNegotiationUseCases(dependencies: RegisterDependencies) {
  const scopes = createAuthoringScopes(dependencies);

  /** Every negotiation step ends alike: the version is touched (so work done outside the transaction notices) and shown again. */
  async function finish(write: VersionWrite, now: Date): Promise<AuthoredVersionDetail> {
    const touched = await createVersionDataAccess(write.transaction).update(
      write.version.organisationId,
      write.version.id,
      {},
      now,
    );
    return loadVersionDetail(write.transaction, touched, write.side, now);
  }

  return {
    /**
     * Proposes a deviation from a clause: the whole clause as proposed ("" deletes it) and the
     * reason. With `counterTo` it answers the other side's open proposal on the same clause,
     * which becomes `countered`. The check's verdict on the changed agreement is stored with it.
     * Only with a supplier organisation on Art28.
     */
    async propose(
      actor: Actor,
      organisationId: string,
      versionId: string,
      input: z.input<typeof proposeDeviationRequestSchema>,
    ): Promise<AuthoredVersionDetail> {
      const body = proposeDeviationRequestSchema.parse(input);
      return scopes.writeVersion(actor, organisationId, versionId, "register.write", async (write) => {
        const { transaction, version, side, trail } = write;
        const now = dependencies.now();
        requireNegotiating(version);
        requireSupplierOnArt28(version);
        const deviations = createDeviationDataAccess(transaction, write.parties);
        const existing = await deviations.list();
        let parent: DeviationRecord | undefined;
        if (body.counterTo !== null) {
          parent = findDeviation(existing, body.counterTo);
          if (parent.clauseId !== body.clauseId) {
            throw invalidFields([{ path: "body.clauseId", message: "A counter-proposal is on the clause it answers" }]);
          }
          const refusal = responseRefusal(parent, side);
          if (refusal) throw refused(refusal, "body.counterTo");
        }
        const composition = compositionOf(version, existing);
        const clauses = clausesOf(version, composeAgreement({ ...composition, signatures: {} }));
        const refusal = proposalRefusal(
          clauses.map((clause) => clause.clauseId),
          existing.filter((deviation) => deviation.id !== parent?.id),
          body.clauseId,
        );
        if (refusal === "unknown_clause") {
          throw invalidFields([{ path: "body.clauseId", message: "The agreement has no clause with this id" }]);
        }
        if (refusal) throw refused(refusal, "body.clauseId");

        const impact = assessDeviation(composition, body.clauseId, body.proposedText);
        if (parent) {
          await deviations.respond(
            parent.id,
            { status: "countered", respondedByName: actor.label, respondedAt: now },
            now,
          );
          await trail.recorded("agreement", version.agreementId, "deviation_countered", {
            versionId: version.id,
            deviationId: parent.id,
            clauseId: parent.clauseId,
            by: side,
          });
        }
        let created: DeviationRecord;
        try {
          created = await deviations.insert({
            clauseId: body.clauseId,
            originalText: clauses.find((clause) => clause.clauseId === body.clauseId)!.currentText,
            proposedText: body.proposedText,
            reason: body.reason,
            proposedBy: side,
            proposedByUserId: actor.userId,
            proposedByName: actor.label,
            status: "proposed",
            parentId: parent?.id ?? null,
            weakenedRequirements: impact.weakened,
            conflicts: impact.conflicts,
          });
        } catch (error) {
          // The partial unique index allows one open proposal per clause, also against a concurrent request.
          if (databaseErrorCode(error) === uniqueViolation) throw refused("clause_has_open_proposal", "body.clauseId");
          throw error;
        }
        await trail.recorded("agreement", version.agreementId, "deviation_proposed", {
          versionId: version.id,
          versionNumber: version.versionNumber,
          deviationId: created.id,
          clauseId: created.clauseId,
          proposedBy: side,
          counterTo: created.parentId,
          reason: created.reason,
          weakenedRequirements: created.weakenedRequirements,
          conflicts: created.conflicts,
        });
        return finish(write, now);
      });
    },

    /**
     * The other side accepts (the clause reads as proposed from now on) or rejects an open
     * proposal, with a note. An acceptance judges the proposal again against what is agreed at
     * that moment, so deviations that are harmless one by one but together drop a requirement
     * are flagged when the last of them is accepted.
     */
    async respond(
      actor: Actor,
      organisationId: string,
      versionId: string,
      deviationId: string,
      input: z.input<typeof respondDeviationRequestSchema>,
    ): Promise<AuthoredVersionDetail> {
      const body = respondDeviationRequestSchema.parse(input);
      return scopes.writeVersion(actor, organisationId, versionId, "register.write", async (write) => {
        const { transaction, version, side, trail } = write;
        const now = dependencies.now();
        requireNegotiating(version);
        const deviations = createDeviationDataAccess(transaction, write.parties);
        const existing = await deviations.list();
        const deviation = findDeviation(existing, deviationId);
        const refusal = responseRefusal(deviation, side);
        if (refusal) throw refused(refusal, "deviationId");
        const status = body.decision === "accept" ? "accepted" : "rejected";
        const impact =
          status === "accepted"
            ? assessDeviation(compositionOf(version, existing), deviation.clauseId, deviation.proposedText)
            : { weakened: deviation.weakenedRequirements, conflicts: deviation.conflicts };
        await deviations.respond(
          deviation.id,
          {
            status,
            responseNote: body.note === "" ? null : body.note,
            respondedByName: actor.label,
            respondedAt: now,
            weakenedRequirements: impact.weakened,
            conflicts: impact.conflicts,
          },
          now,
        );
        await trail.recorded("agreement", version.agreementId, `deviation_${status}`, {
          versionId: version.id,
          deviationId: deviation.id,
          clauseId: deviation.clauseId,
          by: side,
          note: body.note,
          ...(status === "accepted" ? { weakenedRequirements: impact.weakened, conflicts: impact.conflicts } : {}),
        });
        return finish(write, now);
      });
    },

    /** The proposer takes an open proposal back. */
    async withdraw(
      actor: Actor,
      organisationId: string,
      versionId: string,
      deviationId: string,
    ): Promise<AuthoredVersionDetail> {
      return scopes.writeVersion(actor, organisationId, versionId, "register.write", async (write) => {
        const { transaction, version, side, trail } = write;
        const now = dependencies.now();
        requireNegotiating(version);
        const deviations = createDeviationDataAccess(transaction, write.parties);
        const deviation = findDeviation(await deviations.list(), deviationId);
        const refusal = withdrawalRefusal(deviation, side);
        if (refusal) throw refused(refusal, "deviationId");
        await deviations.respond(
          deviation.id,
          { status: "withdrawn", respondedByName: actor.label, respondedAt: now },
          now,
        );
        await trail.recorded("agreement", version.agreementId, "deviation_withdrawn", {
          versionId: version.id,
          deviationId: deviation.id,
          clauseId: deviation.clauseId,
          by: side,
        });
        return finish(write, now);
      });
    },
  };
}
