/** In-app routes. Dutch paths, because the users and their bookmarks are Dutch. */
export const routes = {
  login: "/inloggen",
  /** The public agreement check: no account needed. */
  check: "/toets",
  organisationHome: "/organisaties/:organisationId",
} as const;

/** The home page of one organisation. */
export function organisationHomePath(organisationId: string): string {
  return `/organisaties/${encodeURIComponent(organisationId)}`;
}
