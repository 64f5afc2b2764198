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
  registerDashboard: "/organisaties/:organisationId/dashboard",
  relationships: "/organisaties/:organisationId/register",
  relationshipNew: "/organisaties/:organisationId/register/nieuw",
  relationship: "/organisaties/:organisationId/register/:relationshipId",
  counterpartyEdit: "/organisaties/:organisationId/partijen/:counterpartyId/bewerken",
  importCounterparties: "/organisaties/:organisationId/importeren",
  exports: "/organisaties/:organisationId/exporteren",
  notifications: "/organisaties/:organisationId/meldingen",
  /** The standard agreement the organisation starts from, and its own published versions. */
  templates: "/organisaties/:organisationId/modelovereenkomst",
  /** The authored agreements the organisation is party to, on either side. */
  agreements: "/organisaties/:organisationId/overeenkomsten",
  agreement: "/organisaties/:organisationId/overeenkomsten/:versionId",
  /** Generating an agreement from the register data of one relationship. */
  agreementGenerate: "/organisaties/:organisationId/register/:relationshipId/overeenkomst-opstellen",
} as const;

/** Fills the `:name` parameters of a route, e.g. `routePath(routes.relationship, { organisationId, relationshipId })`. */
export function routePath(route: string, parameters: Record<string, string>): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`Missing route parameter ${name} for ${route}`);
    return encodeURIComponent(value);
  });
}

/** The home page of one organisation. */
export function organisationHomePath(organisationId: string): string {
  return `/organisaties/${encodeURIComponent(organisationId)}`;
}

/** The role assessment wizard for one counterparty of an organisation. */
export function counterpartyRoleAssessmentPath(organisationId: string, counterpartyId: string): string {
  return `${organisationHomePath(organisationId)}/partijen/${encodeURIComponent(counterpartyId)}/rolbepaling`;
}
