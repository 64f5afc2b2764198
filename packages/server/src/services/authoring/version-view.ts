/** Reads everything a version's detail shows, in whichever scope the use case is in (either party's). */
import type { AuthoredVersionDetail } from "@art28/contract";
import { outdatedAnnexes, type AgreementSide, type AnnexKey } from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { createDeviationDataAccess } from "../../data-access/authoring-deviations.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createSignatureDataAccess } from "../../data-access/authoring-signatures.ts";
import type { VersionRecord } from "../../data-access/authoring-versions.ts";
import { partiesOf } from "./authoring-context.ts";
import { loadRelationshipComposition } from "./composition-loader.ts";
import { presentVersionDetail, type OrganisationNames } from "./presenters.ts";
import { clausesOf, documentOf } from "./version-document.ts";

/** The names of the version's two organisations. */
export async function partyNamesOf(transaction: Transaction, version: VersionRecord): Promise<OrganisationNames> {
  const ids = [
    version.organisationId,
    ...(version.counterpartyOrganisationId ? [version.counterpartyOrganisationId] : []),
  ];
  return createAuthoringOrganisationDataAccess(transaction).namesOf(ids);
}

/**
 * The annexes whose register data changed since the version was issued. Only the owner's
 * register holds those data, so this must run in the owner's scope.
 */
export async function outdatedAnnexesOf(
  transaction: Transaction,
  version: VersionRecord,
  now: Date,
): Promise<AnnexKey[]> {
  const current = await loadRelationshipComposition(
    transaction,
    version.organisationId,
    version.relationshipId,
    version.variables,
    { now },
  );
  return outdatedAnnexes(version.annexes, current.annexes);
}

/**
 * The detail of a version for a viewer on `viewerSide`. The transaction is in the scope of the
 * viewer or of the owner; either way both parties' rows are visible. Outdated annexes are the
 * owner's business and are only computed for the controller side.
 */
export async function loadVersionDetail(
  transaction: Transaction,
  version: VersionRecord,
  viewerSide: AgreementSide,
  now: Date,
): Promise<AuthoredVersionDetail> {
  const parties = partiesOf(version);
  const deviations = await createDeviationDataAccess(transaction, parties).list();
  const signatures = await createSignatureDataAccess(transaction, parties).list();
  const names = await partyNamesOf(transaction, version);
  const outdated = viewerSide === "controller" ? await outdatedAnnexesOf(transaction, version, now) : [];
  const document = documentOf(version, deviations, signatures);
  return presentVersionDetail({
    version,
    viewerSide,
    names,
    clauses: clausesOf(version, document),
    deviations,
    signatures,
    outdatedAnnexes: outdated,
    document,
  });
}
