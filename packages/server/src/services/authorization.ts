import { roleAllows, type MembershipRole, type Permission } from "@art28/domain";
import { AppError } from "../errors.ts";

/** Who is acting: the logged-in user and their role in each organisation they belong to. */
export interface Actor {
  userId: string;
  /** How the actor is named in the audit trail: the e-mail address at the time of acting. */
  label: string;
  rolesByOrganisation: ReadonlyMap<string, MembershipRole>;
}

/**
 * The single gate for organisation-scoped work. Non-members get `forbidden` whatever the
 * permission, so a guessed organisation id reveals nothing beyond "not yours".
 */
export function authorize(actor: Actor, organisationId: string, permission: Permission): MembershipRole {
  const role = actor.rolesByOrganisation.get(organisationId);
  if (role === undefined) {
    throw new AppError("forbidden", "You are not a member of this organisation.");
  }
  if (!roleAllows(role, permission)) {
    throw new AppError("forbidden", `Your role (${role}) does not allow ${permission}.`);
  }
  return role;
}
