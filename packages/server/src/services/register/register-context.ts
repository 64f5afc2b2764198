import type { FieldIssue } from "@art28/contract";
import type { Transaction } from "../../database/connection.ts";
import { withOrganisationScope } from "../../database/tenant-scope.ts";
import { createRelationshipDataAccess, type RelationshipRecord } from "../../data-access/relationships.ts";
import { AppError } from "../../errors.ts";
import { createAuditTrail, type AuditTrail } from "../audit-trail.ts";
import { authorize, type Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";

/**
 * The two ways into the register's data: `read` authorises `register.read`, `write`
 * authorises `register.write` and hands the work an audit trail bound to the same
 * transaction, so a change and its event are committed together or not at all. Authorisation
 * comes first, so a refused request writes nothing, not even an event.
 */
/** The organisation's audit trail in `transaction`, naming `actor` and using the service's clock. */
export function actorAuditTrail(
  dependencies: Pick<RegisterDependencies, "now">,
  transaction: Transaction,
  organisationId: string,
  actor: Actor,
): AuditTrail {
  return createAuditTrail(transaction, organisationId, { userId: actor.userId, label: actor.label }, dependencies.now);
}

export function createRegisterScopes(dependencies: RegisterDependencies) {
  const { database } = dependencies;
  return {
    async read<Result>(
      actor: Actor,
      organisationId: string,
      work: (transaction: Transaction) => Promise<Result>,
    ): Promise<Result> {
      authorize(actor, organisationId, "register.read");
      return withOrganisationScope(database, organisationId, work);
    },

    async write<Result>(
      actor: Actor,
      organisationId: string,
      work: (transaction: Transaction, trail: AuditTrail) => Promise<Result>,
    ): Promise<Result> {
      authorize(actor, organisationId, "register.write");
      return withOrganisationScope(database, organisationId, (transaction) =>
        work(transaction, actorAuditTrail(dependencies, transaction, organisationId, actor)),
      );
    },
  };
}
export type RegisterScopes = ReturnType<typeof createRegisterScopes>;

/** A 404 that says what was not found, and never whether it exists elsewhere. */
export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found in this organisation.`);
}

/** A 422 naming the fields, in the same `body.<field>` form as the route's own validation. */
export function invalidFields(issues: readonly FieldIssue[]): AppError {
  return new AppError("validation_failed", "The request contains invalid values.", { issues });
}

/** The relationship, or a 404; `lock` holds it so records are not added under a relationship being deleted. */
export async function requireRelationship(
  transaction: Transaction,
  organisationId: string,
  relationshipId: string,
  options: { lock?: boolean } = {},
): Promise<RelationshipRecord> {
  const relationship = await createRelationshipDataAccess(transaction, organisationId).findById(
    relationshipId,
    options,
  );
  if (!relationship) throw notFound("Relationship");
  return relationship;
}

/** The SQLSTATE of a database error, also when the driver's error is wrapped (drizzle puts it in `cause`). */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const foreignKeyViolation = "23503";

/** Runs a delete; when the database still finds references (a race with a new record), answers `still_referenced`. */
export async function refusingReferenced<Result>(work: () => Promise<Result>, message: string): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (databaseErrorCode(error) === foreignKeyViolation) throw new AppError("still_referenced", message);
    throw error;
  }
}

/** The object without its `undefined` entries: in a PATCH, a field left out stays as stored. */
export function definedEntries<Values extends object>(values: Values): Partial<Values> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Values>;
}

/** An ISO moment from a request as a Date, keeping null (clear) and undefined (leave as stored) apart. */
export function momentOf(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(value);
}
