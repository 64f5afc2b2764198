/**
 * Organisations and the people who act for them.
 *
 * A municipality is a `controller`, a supplier a `processor`, and the municipalities'
 * association (which maintains the standard agreement) an `association`. The kind says what
 * an organisation usually is; the role in a particular relationship is decided by the role
 * assessment, not by this label.
 */

export const organisationKinds = ["controller", "processor", "association"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Roles of a member within one organisation, from most to least powerful. */
export const membershipRoles = ["admin", "privacy_officer", "contract_manager", "viewer"] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const organisationKindLabels: Record<OrganisationKind, { nl: string; en: string }> = {
  controller: { nl: "Verwerkingsverantwoordelijke", en: "Controller" },
  processor: { nl: "Verwerker (leverancier)", en: "Processor (supplier)" },
  association: { nl: "Vereniging", en: "Association" },
};

export const membershipRoleLabels: Record<MembershipRole, { nl: string; en: string }> = {
  admin: { nl: "Beheerder", en: "Administrator" },
  privacy_officer: { nl: "Privacy officer", en: "Privacy officer" },
  contract_manager: { nl: "Contractmanager", en: "Contract manager" },
  viewer: { nl: "Meelezer", en: "Viewer" },
};

export function isMembershipRole(value: string): value is MembershipRole {
  return (membershipRoles as readonly string[]).includes(value);
}

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (organisationKinds as readonly string[]).includes(value);
}
