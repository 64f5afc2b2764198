import type { AuthoredVersionDetail, AuthoredVersionStatus, AuthoredVersionSummary, Deviation } from "@art28/contract";
import type { AgreementSide } from "@art28/domain";
import type { StatusAppearance } from "../check/StatusIcon.tsx";

/**
 * What the agreement screens derive from a version: how its status looks, who the other party
 * is, and which negotiation and signing steps the user may take now. The server decides in the
 * end; these rules only keep controls away that it would refuse anyway.
 */

/** How a version's status looks; the words carry the meaning, icon and colour only help. */
export const versionStatusAppearance: Record<AuthoredVersionStatus, StatusAppearance> = {
  negotiating: "missing",
  signing: "advisory",
  signed: "present",
  superseded: "advisory",
};

/** The side opposite `side`. */
export function otherSide(side: AgreementSide): AgreementSide {
  return side === "controller" ? "processor" : "controller";
}

/**
 * The name of the organisation on the other side of the agreement, or null when the owner
 * generated it without a partner organisation on Art28.
 */
export function otherPartyName(
  version: Pick<AuthoredVersionSummary, "viewerSide" | "ownerOrganisationName" | "counterpartyOrganisationName">,
): string | null {
  return version.viewerSide === "controller" ? version.counterpartyOrganisationName : version.ownerOrganisationName;
}

/** The organisation on one side of the agreement, as far as Art28 knows it. */
export function organisationOfSide(
  version: Pick<AuthoredVersionSummary, "ownerOrganisationName" | "counterpartyOrganisationName">,
  side: AgreementSide,
): string | null {
  return side === "controller" ? version.ownerOrganisationName : version.counterpartyOrganisationName;
}

/** Who is looking and what they may do in their organisation. */
export interface ViewerAbilities {
  /** `register.write` in the viewer's organisation: negotiate, prepare signing, reissue. */
  mayWrite: boolean;
  /** `agreements.sign` in the viewer's organisation. */
  maySign: boolean;
}

/** The deviations of every clause, each clause's in the order they were made (a thread). */
export function deviationsByClause(deviations: readonly Deviation[]): Map<string, Deviation[]> {
  const byClause = new Map<string, Deviation[]>();
  const ordered = [...deviations].sort((left, right) => left.createdAt.localeCompare(right.createdAt));
  for (const deviation of ordered) {
    const list = byClause.get(deviation.clauseId);
    if (list) list.push(deviation);
    else byClause.set(deviation.clauseId, [deviation]);
  }
  return byClause;
}

/** The clause's proposal that still awaits an answer; at most one exists per clause. */
export function openDeviation(deviations: readonly Deviation[]): Deviation | undefined {
  return deviations.find((deviation) => deviation.status === "proposed");
}

/** Whether both parties work in Art28: only then are proposals answered and signatures given in the app. */
export function supplierOnArt28(version: Pick<AuthoredVersionDetail, "counterpartyOrganisationId">): boolean {
  return version.counterpartyOrganisationId !== null;
}

/** May the viewer propose a deviation on a clause that has these deviations? Only when the supplier can answer it. */
export function mayProposeOn(
  version: Pick<AuthoredVersionDetail, "status" | "counterpartyOrganisationId">,
  clauseDeviations: readonly Deviation[],
  abilities: ViewerAbilities,
): boolean {
  return (
    abilities.mayWrite &&
    supplierOnArt28(version) &&
    version.status === "negotiating" &&
    openDeviation(clauseDeviations) === undefined
  );
}

/** The answers the viewer can give to one deviation now. */
export interface DeviationActions {
  /** Accept, reject or counter: an open proposal of the other side. */
  respond: boolean;
  /** Withdraw: an own open proposal. */
  withdraw: boolean;
}

/** Which answers the viewer can give to `deviation`, given the version's state. */
export function deviationActions(
  version: Pick<AuthoredVersionDetail, "status" | "viewerSide">,
  deviation: Pick<Deviation, "status" | "proposedBy">,
  abilities: ViewerAbilities,
): DeviationActions {
  const open = abilities.mayWrite && version.status === "negotiating" && deviation.status === "proposed";
  return {
    respond: open && deviation.proposedBy !== version.viewerSide,
    withdraw: open && deviation.proposedBy === version.viewerSide,
  };
}

/** Only the owner prepares signing, and only once every proposal has been answered. */
export function mayPrepareSigning(
  version: Pick<AuthoredVersionDetail, "status" | "viewerSide" | "deviations">,
  abilities: ViewerAbilities,
): boolean {
  return (
    abilities.mayWrite &&
    version.viewerSide === "controller" &&
    version.status === "negotiating" &&
    openDeviation(version.deviations) === undefined
  );
}

/** The owner can issue a new version when the register's data have moved on from this one's annexes. */
export function mayReissue(
  version: Pick<AuthoredVersionDetail, "status" | "viewerSide" | "outdatedAnnexes">,
  abilities: ViewerAbilities,
): boolean {
  return (
    abilities.mayWrite &&
    version.viewerSide === "controller" &&
    version.status !== "superseded" &&
    version.outdatedAnnexes.length > 0
  );
}

/** May the viewer sign for their side now? Only while signing, with the permission, once, and with the supplier on Art28. */
export function maySignNow(
  version: Pick<AuthoredVersionDetail, "status" | "viewerSide" | "signatures" | "counterpartyOrganisationId">,
  abilities: ViewerAbilities,
): boolean {
  return (
    abilities.maySign &&
    supplierOnArt28(version) &&
    version.status === "signing" &&
    !version.signatures.some((signature) => signature.side === version.viewerSide)
  );
}

/**
 * The owner may upload a scan of the paper copy both signed while the version is being signed,
 * only when the supplier is not on Art28 (otherwise both sign in the app).
 */
export function mayUploadScan(
  version: Pick<AuthoredVersionDetail, "status" | "viewerSide" | "counterpartyOrganisationId">,
  abilities: ViewerAbilities,
): boolean {
  return (
    abilities.mayWrite &&
    !supplierOnArt28(version) &&
    version.viewerSide === "controller" &&
    version.status === "signing"
  );
}

/** Versions newest first: most recently changed on top, then the higher version number. */
export function sortVersions(versions: readonly AuthoredVersionSummary[]): AuthoredVersionSummary[] {
  return [...versions].sort(
    (left, right) => right.updatedAt.localeCompare(left.updatedAt) || right.versionNumber - left.versionNumber,
  );
}

/** The id of a clause's element on the agreement page, for links and focus. */
export function clauseElementId(clauseId: string): string {
  return `clause-${clauseId}`;
}
