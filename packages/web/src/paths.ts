/** In-app routes. Dutch paths, because the users and their bookmarks are Dutch. */
export const routes = {
  login: "/inloggen",
  /** The public agreement check: no account needed. */
  check: "/toets",
  /** The public role assessment: no account needed, nothing is stored. */
  roleAssessment: "/rolbepaling",
  organisationHome: "/organisaties/:organisationId",
  /** The role assessment of one counterparty, stored in the register. */
  counterpartyRoleAssessment: "/organisaties/:organisationId/partijen/:counterpartyId/rolbepaling",
} as const;

/** The home page of one organisation. */
export function organisationHomePath(organisationId: string): string {
  return `/organisaties/${encodeURIComponent(organisationId)}`;
}

/** The role assessment wizard for one counterparty of an organisation. */
export function counterpartyRoleAssessmentPath(organisationId: string, counterpartyId: string): string {
  return `${organisationHomePath(organisationId)}/partijen/${encodeURIComponent(counterpartyId)}/rolbepaling`;
}
