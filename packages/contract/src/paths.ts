/** API paths, shared so the web client and the server routes cannot drift apart. */
export const apiPaths = {
  csrf: "/api/csrf",
  session: "/api/session",
  organisation: (organisationId: string) => `/api/organisations/${organisationId}`,
  counterparties: (organisationId: string) => `/api/organisations/${organisationId}/counterparties`,
  counterparty: (organisationId: string, counterpartyId: string) =>
    `/api/organisations/${organisationId}/counterparties/${counterpartyId}`,
} as const;

/** The kinds of record kept under a relationship, as they appear in the register's paths. */
export const relationshipRecordSegments = [
  "security-measures",
  "certifications",
  "sub-processors",
  "audits",
  "breaches",
] as const;
export type RelationshipRecordSegment = (typeof relationshipRecordSegments)[number];

const organisationBase = (organisationId: string) => `/api/organisations/${organisationId}`;
const relationshipBase = (organisationId: string, relationshipId: string) =>
  `${organisationBase(organisationId)}/relationships/${relationshipId}`;
const agreementBase = (organisationId: string, agreementId: string) =>
  `${organisationBase(organisationId)}/agreements/${agreementId}`;

/**
 * Paths of the register's record endpoints (see docs/register-api.md). The server declares
 * its routes with `":organisationId"`-style placeholders through the same functions.
 */
export const registerRecordPaths = {
  relationships: (organisationId: string) => `${organisationBase(organisationId)}/relationships`,
  relationship: relationshipBase,
  specification: (organisationId: string, relationshipId: string) =>
    `${relationshipBase(organisationId, relationshipId)}/specification`,
  records: (organisationId: string, relationshipId: string, segment: RelationshipRecordSegment) =>
    `${relationshipBase(organisationId, relationshipId)}/${segment}`,
  record: (organisationId: string, relationshipId: string, segment: RelationshipRecordSegment, recordId: string) =>
    `${relationshipBase(organisationId, relationshipId)}/${segment}/${recordId}`,
  agreementsOfRelationship: (organisationId: string, relationshipId: string) =>
    `${relationshipBase(organisationId, relationshipId)}/agreements`,
  agreement: agreementBase,
  agreementStatus: (organisationId: string, agreementId: string) =>
    `${agreementBase(organisationId, agreementId)}/status`,
  agreementDocument: (organisationId: string, agreementId: string) =>
    `${agreementBase(organisationId, agreementId)}/document`,
  agreementCheckReport: (organisationId: string, agreementId: string) =>
    `${agreementBase(organisationId, agreementId)}/check-report`,
  bulkDocuments: (organisationId: string) => `${organisationBase(organisationId)}/agreements/bulk-documents`,
  history: (organisationId: string, entityType: string, entityId: string) =>
    `${organisationBase(organisationId)}/history/${entityType}/${entityId}`,
} as const;

/** Paths of the register's overview: the dashboard (the relationship list is `registerRecordPaths.relationships`). */
export const registerOverviewPaths = {
  dashboard: (organisationId: string) => `${organisationBase(organisationId)}/dashboard`,
} as const;
