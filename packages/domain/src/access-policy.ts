import type { MembershipRole } from "./organisations.ts";

/**
 * What a member may do inside their own organisation. The server enforces this on every
 * request; the web app uses the same table to hide actions a member cannot take, so the two
 * can never disagree.
 */
export const permissions = [
  "organisation.read",
  "organisation.manage",
  "members.manage",
  "counterparties.read",
  "counterparties.write",
  /** Relationships and everything recorded under them, the dashboard, history and exports. */
  "register.read",
  "register.write",
  /** Publish the organisation's own template of the standard agreement. */
  "templates.publish",
  /** Sign agreements on the organisation's behalf (authorised signatories). */
  "agreements.sign",
] as const;
export type Permission = (typeof permissions)[number];

const readOnly: readonly Permission[] = ["organisation.read", "counterparties.read", "register.read"];
const editor: readonly Permission[] = [...readOnly, "counterparties.write", "register.write"];

const permissionsByRole: Record<MembershipRole, readonly Permission[]> = {
  admin: permissions,
  privacy_officer: [...editor, "templates.publish", "agreements.sign"],
  contract_manager: editor,
  viewer: readOnly,
};

/** True when a member with `role` may perform `permission` in the organisation of that membership. */
export function roleAllows(role: MembershipRole, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}

/** Every permission a role carries, for presenting a member's abilities to the client. */
export function permissionsOf(role: MembershipRole): readonly Permission[] {
  return permissionsByRole[role];
}
