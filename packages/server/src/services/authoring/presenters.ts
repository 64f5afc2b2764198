/** Presenters: stored authoring rows as the API shows them (moments as ISO strings, only allow-listed fields). */
import type {
  AuthoredVersionDetail,
  AuthoredVersionSummary,
  Deviation,
  Signature,
  TemplateSummary,
} from "@art28/contract";
import type { AgreementSide, AnnexKey, AuthoredDocument } from "@art28/domain";
import type { TemplateRecord } from "../../data-access/authoring-templates.ts";
import type { DeviationRecord } from "../../data-access/authoring-deviations.ts";
import type { SignatureRecord } from "../../data-access/authoring-signatures.ts";
import type { VersionRecord } from "../../data-access/authoring-versions.ts";
import { standardLabel } from "./effective-template.ts";
import { standardOf, versionTitle, type VersionClause } from "./version-document.ts";

export function presentTemplateSummary(record: TemplateRecord, organisationName: string): TemplateSummary {
  return {
    id: record.id,
    organisationId: record.organisationId,
    organisationName,
    name: record.content.name,
    templateVersion: record.templateVersion,
    baseStandardVersion: record.content.baseStandardVersion,
    changeNote: record.changeNote,
    publishedAt: record.publishedAt.toISOString(),
    publishedBy: record.publishedByLabel,
  };
}

/** The names of both parties' organisations on this installation, by id. */
export type OrganisationNames = ReadonlyMap<string, string>;

/** How the agreement names what it follows: its template's label, or the standard's name and version. */
export function versionTemplateLabel(version: VersionRecord): string {
  return version.templateContent?.label ?? standardLabel(standardOf(version));
}

export function presentVersionSummary(
  version: VersionRecord,
  viewerSide: AgreementSide,
  names: OrganisationNames,
  openDeviations: number,
): AuthoredVersionSummary {
  return {
    id: version.id,
    agreementId: version.agreementId,
    relationshipId: version.relationshipId,
    ownerOrganisationId: version.organisationId,
    ownerOrganisationName: names.get(version.organisationId) ?? version.variables.controllerName,
    counterpartyOrganisationId: version.counterpartyOrganisationId,
    counterpartyOrganisationName: version.counterpartyOrganisationId
      ? (names.get(version.counterpartyOrganisationId) ?? null)
      : null,
    viewerSide,
    title: versionTitle(version),
    versionNumber: version.versionNumber,
    language: version.language,
    status: version.status,
    standardVersion: version.standardVersion,
    templateLabel: versionTemplateLabel(version),
    openDeviations,
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
  };
}

export function presentDeviation(record: DeviationRecord, clauseNumbers: ReadonlyMap<string, string>): Deviation {
  return {
    id: record.id,
    clauseId: record.clauseId,
    clauseNumber: clauseNumbers.get(record.clauseId) ?? "",
    originalText: record.originalText,
    proposedText: record.proposedText,
    reason: record.reason,
    proposedBy: record.proposedBy,
    proposedByName: record.proposedByName,
    status: record.status,
    parentId: record.parentId,
    responseNote: record.responseNote,
    respondedByName: record.respondedByName,
    respondedAt: record.respondedAt?.toISOString() ?? null,
    weakenedRequirements: record.weakenedRequirements,
    conflicts: record.conflicts,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The organisation a side signs for: the party's organisation on this installation, else its name in the agreement. */
export function sideOrganisationName(version: VersionRecord, side: AgreementSide, names: OrganisationNames): string {
  if (side === "controller") return names.get(version.organisationId) ?? version.variables.controllerName;
  const partner = version.counterpartyOrganisationId ? names.get(version.counterpartyOrganisationId) : undefined;
  return partner ?? version.variables.processorName;
}

export function presentSignature(record: SignatureRecord, version: VersionRecord, names: OrganisationNames): Signature {
  return {
    side: record.side,
    organisationName: sideOrganisationName(version, record.side, names),
    signatoryName: record.signatoryName,
    signatoryRole: record.signatoryRole,
    signedAt: record.signedAt.toISOString(),
    documentSha256: record.documentSha256,
    method: record.method,
  };
}

/** Everything one version shows: its summary, values, clauses as they stand, negotiation, signatures and document. */
export interface VersionDetailParts {
  version: VersionRecord;
  viewerSide: AgreementSide;
  names: OrganisationNames;
  clauses: readonly VersionClause[];
  deviations: readonly DeviationRecord[];
  signatures: readonly SignatureRecord[];
  outdatedAnnexes: readonly AnnexKey[];
  document: AuthoredDocument;
}

export function presentVersionDetail(parts: VersionDetailParts): AuthoredVersionDetail {
  const { version, deviations } = parts;
  const clauseNumbers = new Map(parts.clauses.map((clause) => [clause.clauseId, clause.number]));
  const open = deviations.filter((deviation) => deviation.status === "proposed").length;
  return {
    ...presentVersionSummary(version, parts.viewerSide, parts.names, open),
    variables: version.variables,
    clauses: parts.clauses.map((clause) => ({
      clauseId: clause.clauseId,
      articleTitle: clause.articleTitle,
      number: clause.number,
      standardText: clause.standardText,
      currentText: clause.currentText,
      deviates: clause.deviates,
    })),
    deviations: deviations.map((deviation) => presentDeviation(deviation, clauseNumbers)),
    signatures: parts.signatures.map((signature) => presentSignature(signature, version, parts.names)),
    outdatedAnnexes: [...parts.outdatedAnnexes],
    signingDocumentSha256: version.signingDocumentSha256,
    document: parts.document,
  };
}
