/** API paths, shared so the web client and the server routes cannot drift apart. */
export const apiPaths = {
  csrf: "/api/csrf",
  session: "/api/session",
  organisation: (organisationId: string) => `/api/organisations/${organisationId}`,
  counterparties: (organisationId: string) => `/api/organisations/${organisationId}/counterparties`,
  counterparty: (organisationId: string, counterpartyId: string) =>
    `/api/organisations/${organisationId}/counterparties/${counterpartyId}`,
} as const;
