/** Generation: the preview from the register, generating version 1, and reissuing a version with fresh annexes. */
import { generateAgreementRequestSchema, type AuthoredVersionDetail, type GenerationPreview } from "@art28/contract";
import type { MissingInput } from "@art28/domain";
import type { z } from "zod";
import { createAgreementDataAccess } from "../../data-access/agreements.ts";
import { createDeviationDataAccess } from "../../data-access/authoring-deviations.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createVersionDataAccess, type VersionRecord } from "../../data-access/authoring-versions.ts";
import { AppError } from "../../errors.ts";
import type { AuditTrail } from "../audit-trail.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { agreementAuditedFields, requireAgreement } from "../register/agreement-use-cases.ts";
import { invalidFields } from "../register/register-context.ts";
import { createAuthoringScopes, partiesOf } from "./authoring-context.ts";
import { loadRelationshipComposition } from "./composition-loader.ts";
import { standardLabel } from "./effective-template.ts";
import { versionTemplateLabel } from "./presenters.ts";
import { agreedDeviationsOf } from "./version-document.ts";
import { loadVersionDetail } from "./version-view.ts";

/** How the register names the standard an authored agreement follows when no template is used. */
export const art28StandardName = "Art28-standaard";

/** 422 naming every missing value: `path` is the field code, `message` its Dutch label; nothing is written. */
export function generationInputsMissing(missing: readonly MissingInput[]): AppError {
  return new AppError(
    "generation_inputs_missing",
    `The agreement cannot be generated yet; missing: ${missing.map((item) => item.label.en).join("; ")}.`,
    { issues: missing.map((item) => ({ path: item.field, message: item.label.nl })) },
  );
}

/** What the audit trail records of a new version, on its register agreement. */
export function versionCreatedChanges(version: VersionRecord, reissueOf: number | null): Record<string, unknown> {
  return {
    versionId: version.id,
    versionNumber: version.versionNumber,
    language: version.language,
    standardVersion: version.standardVersion,
    templateLabel: versionTemplateLabel(version),
    counterpartyOrganisationId: version.counterpartyOrganisationId,
    ...(reissueOf === null ? {} : { reissueOf }),
  };
}

export function createGenerationUseCases(dependencies: RegisterDependencies) {
  const scopes = createAuthoringScopes(dependencies);

  async function recordVersionCreated(trail: AuditTrail, version: VersionRecord, reissueOf: number | null) {
    await trail.recorded(
      "agreement",
      version.agreementId,
      "authored_version_created",
      versionCreatedChanges(version, reissueOf),
    );
  }

  return {
    /** The values and annexes an agreement would get from the register now, what is missing, and whom it can be negotiated with. */
    async preview(actor: Actor, organisationId: string, relationshipId: string): Promise<GenerationPreview> {
      return scopes.read(actor, organisationId, async (transaction) => {
        const composition = await loadRelationshipComposition(
          transaction,
          organisationId,
          relationshipId,
          {},
          {
            now: dependencies.now(),
          },
        );
        return {
          variables: composition.variables,
          annexes: composition.annexes,
          missing: composition.missing,
          templateSource: composition.templateSource,
          templateLabel: composition.template?.label ?? standardLabel(composition.standard),
          partnerOrganisations:
            await createAuthoringOrganisationDataAccess(transaction).processorPartnersOf(organisationId),
        };
      });
    },

    /**
     * Generates version 1 of a new processor agreement for the relationship, from the effective
     * template and the register (values in the request replace the proposed ones). Anything
     * missing answers 422 `generation_inputs_missing` and writes nothing. The register gets the
     * agreement (negotiating when a supplier organisation negotiates it, else draft).
     */
    async generate(
      actor: Actor,
      organisationId: string,
      relationshipId: string,
      input: z.input<typeof generateAgreementRequestSchema>,
    ): Promise<AuthoredVersionDetail> {
      return scopes.writeOwn(actor, organisationId, "register.write", async (transaction, trail) => {
        const body = generateAgreementRequestSchema.parse(input);
        const now = dependencies.now();
        const composition = await loadRelationshipComposition(
          transaction,
          organisationId,
          relationshipId,
          body.variables,
          { now },
        );
        const partnerId = body.counterpartyOrganisationId;
        if (partnerId !== null) {
          const partners = await createAuthoringOrganisationDataAccess(transaction).processorPartnersOf(organisationId);
          if (!partners.some((partner) => partner.id === partnerId)) {
            throw invalidFields([
              { path: "body.counterpartyOrganisationId", message: "Not an organisation acting as processor on Art28" },
            ]);
          }
        }
        if (composition.missing.length > 0) throw generationInputsMissing(composition.missing);

        const { variables } = composition;
        const agreement = await createAgreementDataAccess(transaction, organisationId).insert({
          relationshipId,
          kind: "processor_agreement",
          // The register's agreement form allows 200 characters.
          standardName: (composition.template?.label ?? art28StandardName).slice(0, 200),
          standardVersion: composition.standard.version,
          status: partnerId === null ? "draft" : "negotiating",
          effectiveOn: variables.effectiveDate === "" ? null : variables.effectiveDate,
          endsOn: variables.endDate === "" ? null : variables.endDate,
        });
        await trail.created(agreement, {
          entityType: "agreement",
          entityId: agreement.id,
          fields: agreementAuditedFields,
        });
        const version = await createVersionDataAccess(transaction).insert(organisationId, {
          agreementId: agreement.id,
          relationshipId,
          counterpartyOrganisationId: partnerId,
          versionNumber: 1,
          language: body.language,
          status: "negotiating",
          standardVersion: composition.standard.version,
          templateId: composition.templateId,
          templateContent: composition.template,
          variables,
          annexes: composition.annexes,
          createdBy: actor.userId,
        });
        await recordVersionCreated(trail, version, null);
        return loadVersionDetail(transaction, version, "controller", now);
      });
    },

    /**
     * A new version of the agreement (owner only): the same template snapshot, values and
     * parties, annexes fresh from the register, and the clauses agreed so far carried over as
     * accepted deviations; proposals still open on the old version lapse (withdrawn, with a note
     * naming the new version). The version it replaces becomes superseded unless it was signed (a
     * signed version stays what was signed). The register agreement keeps its status until the
     * new version is signed.
     */
    async reissue(actor: Actor, organisationId: string, versionId: string): Promise<AuthoredVersionDetail> {
      return scopes.writeVersion(
        actor,
        organisationId,
        versionId,
        "register.write",
        async ({ transaction, trail, version, actor: author }) => {
          const now = dependencies.now();
          const owner = version.organisationId;
          const versions = createVersionDataAccess(transaction);
          const newest = await versions.highestNumber(owner, version.agreementId);
          if (version.versionNumber !== newest) {
            throw new AppError(
              "conflict",
              `Version ${newest} is the newest version of this agreement; reissue that one.`,
            );
          }
          const agreement = await requireAgreement(transaction, owner, version.agreementId, { lock: true });
          if (agreement.status === "ended") {
            throw new AppError("transition_not_allowed", "The agreement has ended; generate a new agreement instead.");
          }
          const fresh = await loadRelationshipComposition(
            transaction,
            owner,
            version.relationshipId,
            version.variables,
            {
              now,
            },
          );
          if (fresh.missing.length > 0) throw generationInputsMissing(fresh.missing);

          const next = await versions.insert(owner, {
            agreementId: version.agreementId,
            relationshipId: version.relationshipId,
            counterpartyOrganisationId: version.counterpartyOrganisationId,
            versionNumber: newest + 1,
            language: version.language,
            status: "negotiating",
            standardVersion: version.standardVersion,
            templateId: version.templateId,
            templateContent: version.templateContent,
            variables: version.variables,
            annexes: fresh.annexes,
            createdBy: actor.userId,
          });
          const earlierDeviations = createDeviationDataAccess(transaction, partiesOf(version));
          const earlier = await earlierDeviations.list();
          // Nobody can answer a proposal on a replaced version any more: it lapses, visibly.
          for (const open of earlier.filter((deviation) => deviation.status === "proposed")) {
            const responseNote = `Vervallen door nieuwe versie ${next.versionNumber}`;
            await earlierDeviations.respond(
              open.id,
              { status: "withdrawn", responseNote, respondedByName: author.label, respondedAt: now },
              now,
            );
            await trail.recorded("agreement", version.agreementId, "deviation_withdrawn", {
              versionId: version.id,
              deviationId: open.id,
              clauseId: open.clauseId,
              by: "reissue",
              note: responseNote,
              supersededBy: next.versionNumber,
            });
          }
          const carried = agreedDeviationsOf(earlier);
          await createDeviationDataAccess(transaction, partiesOf(next)).insertMany(
            carried.map((deviation) => ({
              clauseId: deviation.clauseId,
              originalText: deviation.originalText,
              proposedText: deviation.proposedText,
              reason: deviation.reason,
              proposedBy: deviation.proposedBy,
              proposedByUserId: deviation.proposedByUserId,
              proposedByName: deviation.proposedByName,
              status: "accepted" as const,
              responseNote: `Overgenomen uit versie ${version.versionNumber}`,
              respondedByName: deviation.respondedByName,
              respondedAt: deviation.respondedAt,
              weakenedRequirements: deviation.weakenedRequirements,
              conflicts: deviation.conflicts,
            })),
          );
          if (version.status !== "signed" && version.status !== "superseded") {
            const superseded = await versions.update(owner, version.id, { status: "superseded" }, now);
            await trail.recorded("agreement", version.agreementId, "authored_version_superseded", {
              versionId: superseded.id,
              versionNumber: superseded.versionNumber,
              from: version.status,
              supersededBy: next.versionNumber,
            });
          }
          await recordVersionCreated(trail, next, version.versionNumber);
          return loadVersionDetail(transaction, next, "controller", now);
        },
        { ownerOnly: "reissue the agreement" },
      );
    },
  };
}
