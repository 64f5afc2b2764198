/**
 * The ways into authored agreements. A version is shared by two organisations, so every write
 * runs in one transaction with two scopes: first the caller's, where row-level security proves
 * the caller is a party and the caller's side is decided; then the owner's, where the change
 * and its audit events land in the owner's register and chain. Reads stay in the caller's scope.
 */
import type { AgreementSide, Permission } from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { withOrganisationScope, withOrganisationScopeInTransaction } from "../../database/tenant-scope.ts";
import type { VersionParties } from "../../data-access/authoring-deviations.ts";
import { createVersionDataAccess, type VersionRecord } from "../../data-access/authoring-versions.ts";
import { AppError } from "../../errors.ts";
import type { AuditTrail } from "../audit-trail.ts";
import { authorize, type Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { actorAuditTrail, createRegisterScopes } from "../register/register-context.ts";

/** A version as one of its parties sees it. */
export interface VisibleVersion {
  version: VersionRecord;
  /** The side of the organisation that asks: the owner is the controller, the supplier's organisation the processor. */
  side: AgreementSide;
}

/** What a write on a version works with, in the owner's scope. */
export interface VersionWrite extends VisibleVersion {
  /** The transaction, switched to the owner's scope. */
  transaction: Transaction;
  /** The owner's audit trail, naming the acting user. */
  trail: AuditTrail;
  parties: VersionParties;
  actor: Actor;
}

/** The rows shared with a version go to the same two organisations as the version itself. */
export function partiesOf(version: VersionRecord): VersionParties {
  return {
    versionId: version.id,
    ownerOrganisationId: version.organisationId,
    counterpartyOrganisationId: version.counterpartyOrganisationId,
  };
}

/** A 404 that never says whether the version exists for somebody else. */
export function versionNotFound(): AppError {
  return new AppError("not_found", "Agreement version not found for this organisation.");
}

/** The side `organisationId` is on, for a version it can see. */
export function sideOf(version: VersionRecord, organisationId: string): AgreementSide {
  return version.organisationId === organisationId ? "controller" : "processor";
}

/** Refuses the processor side an action only the agreement's owner may take. */
export function requireOwnerSide(side: AgreementSide, what: string): void {
  if (side !== "controller") {
    throw new AppError("forbidden", `Only the organisation whose register holds the agreement can ${what}.`);
  }
}

export function createAuthoringScopes(dependencies: RegisterDependencies) {
  const { database } = dependencies;
  const registerScopes = createRegisterScopes(dependencies);
  const trailFor = (transaction: Transaction, organisationId: string, actor: Actor) =>
    actorAuditTrail(dependencies, transaction, organisationId, actor);

  /** The version in the caller's scope, or 404. */
  async function findVisible(
    transaction: Transaction,
    organisationId: string,
    versionId: string,
    options: { lock?: boolean } = {},
  ): Promise<VisibleVersion> {
    const version = await createVersionDataAccess(transaction).findVisible(organisationId, versionId, options);
    if (!version) throw versionNotFound();
    return { version, side: sideOf(version, organisationId) };
  }

  return {
    /** Organisation-level reads in the caller's own scope, as the register reads. */
    read: registerScopes.read,

    /** Writes of the caller's own organisation (generate, publish a template), with its own audit trail. */
    async writeOwn<Result>(
      actor: Actor,
      organisationId: string,
      permission: Permission,
      work: (transaction: Transaction, trail: AuditTrail) => Promise<Result>,
    ): Promise<Result> {
      authorize(actor, organisationId, permission);
      return withOrganisationScope(database, organisationId, (transaction) =>
        work(transaction, trailFor(transaction, organisationId, actor)),
      );
    },

    /** A read of one version the caller is a party to (`register.read`), in the caller's scope. */
    async readVersion<Result>(
      actor: Actor,
      organisationId: string,
      versionId: string,
      work: (transaction: Transaction, visible: VisibleVersion) => Promise<Result>,
    ): Promise<Result> {
      authorize(actor, organisationId, "register.read");
      return withOrganisationScope(database, organisationId, async (transaction) =>
        work(transaction, await findVisible(transaction, organisationId, versionId)),
      );
    },

    /**
     * A change to a version: authorises `permission` in the caller's organisation, finds and
     * locks the version in the caller's scope (404 when the caller is no party), refuses the
     * processor side when `ownerOnly`, then runs `work` in the owner's scope with the owner's
     * audit trail, all in one transaction.
     */
    async writeVersion<Result>(
      actor: Actor,
      organisationId: string,
      versionId: string,
      permission: Permission,
      work: (write: VersionWrite) => Promise<Result>,
      options: { ownerOnly?: string } = {},
    ): Promise<Result> {
      authorize(actor, organisationId, permission);
      return database.transaction(async (transaction) => {
        const visible = await withOrganisationScopeInTransaction(transaction, organisationId, (scoped) =>
          findVisible(scoped, organisationId, versionId, { lock: true }),
        );
        if (options.ownerOnly) requireOwnerSide(visible.side, options.ownerOnly);
        const owner = visible.version.organisationId;
        return withOrganisationScopeInTransaction(transaction, owner, (scoped) =>
          work({
            ...visible,
            transaction: scoped,
            trail: trailFor(scoped, owner, actor),
            parties: partiesOf(visible.version),
            actor,
          }),
        );
      });
    },
  };
}
export type AuthoringScopes = ReturnType<typeof createAuthoringScopes>;
