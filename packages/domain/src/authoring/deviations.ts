/**
 * Negotiation clause by clause: either side proposes a deviation from a clause (new text and a
 * reason), the other side accepts, rejects or counter-proposes. A counter-proposal is a new
 * deviation whose `parentId` is the one it answers; the answered one becomes `countered`.
 */
import { requirementCatalogue, type RequirementId } from "../check/catalogue.ts";
import { checkAgreement, type CheckResult } from "../check/check-agreement.ts";
import { structureDocument } from "../document/structure.ts";
import { authoredDocumentParagraphs, composeAgreement } from "./compose.ts";
import type { AgreementSide, CompositionInput } from "./model.ts";

export const deviationStatuses = ["proposed", "accepted", "rejected", "countered", "withdrawn"] as const;
export type DeviationStatus = (typeof deviationStatuses)[number];

export const deviationDecisions = ["accept", "reject"] as const;
export type DeviationDecision = (typeof deviationDecisions)[number];

export interface DeviationFacts {
  id: string;
  clauseId: string;
  proposedBy: AgreementSide;
  status: DeviationStatus;
}

/** Why a negotiation step is refused; `null` when it is allowed. */
export type NegotiationRefusal =
  "unknown_clause" | "clause_has_open_proposal" | "not_open" | "own_proposal" | "not_proposer" | null;

/** May `side` propose a new deviation on `clauseId`, given the deviations so far? (At most one open proposal per clause.) */
export function proposalRefusal(
  clauseIds: readonly string[],
  deviations: readonly DeviationFacts[],
  clauseId: string,
): NegotiationRefusal {
  if (!clauseIds.includes(clauseId)) return "unknown_clause";
  const open = deviations.some((deviation) => deviation.clauseId === clauseId && deviation.status === "proposed");
  return open ? "clause_has_open_proposal" : null;
}

/** May `side` accept, reject or counter `deviation`? Only the other side, only while it is proposed. */
export function responseRefusal(deviation: DeviationFacts, side: AgreementSide): NegotiationRefusal {
  if (deviation.status !== "proposed") return "not_open";
  return deviation.proposedBy === side ? "own_proposal" : null;
}

/** May `side` withdraw `deviation`? Only its proposer, only while it is proposed. */
export function withdrawalRefusal(deviation: DeviationFacts, side: AgreementSide): NegotiationRefusal {
  if (deviation.status !== "proposed") return "not_open";
  return deviation.proposedBy === side ? null : "not_proposer";
}

/** What running the agreement check on the changed text found. */
export interface DeviationImpact {
  /** Mandatory requirements present with the standard's text and missing or in conflict with the proposed one. */
  weakened: RequirementId[];
  /** Requirements in conflict with the proposed text (section D of the catalogue). */
  conflicts: RequirementId[];
}

const mandatoryRequirements = new Set<RequirementId>(
  requirementCatalogue.filter((definition) => definition.mandatory).map((definition) => definition.id),
);

function checkComposition(composition: CompositionInput): CheckResult {
  const paragraphs = authoredDocumentParagraphs(composeAgreement(composition));
  // The renderers write DOCX first; reading the paragraphs as a DOCX reader would keeps the check's view the same.
  return checkAgreement(structureDocument(paragraphs, "docx"), { language: composition.language });
}

/**
 * Runs the agreement check on the whole agreement twice, with the clause as it stands and
 * with `proposedText` in its place, and reports the mandatory requirements the change breaks.
 *
 * "As it stands" is the agreement with its accepted deviations, so a proposal is judged against
 * what the parties have agreed so far. `proposedText` is in the agreement's language; "" proposes
 * to delete the clause. A clause id the standard does not have is a programming error and throws.
 */
export function assessDeviation(
  composition: Omit<CompositionInput, "signatures">,
  clauseId: string,
  proposedText: string,
): DeviationImpact {
  const known = composition.standard.articles.some((article) =>
    article.clauses.some((clause) => clause.id === clauseId),
  );
  if (!known) throw new Error(`Unknown clause ${clauseId} in standard ${composition.standard.version}`);

  const before = checkComposition({ ...composition, signatures: {} });
  const after = checkComposition({
    ...composition,
    agreedClauseTexts: { ...composition.agreedClauseTexts, [clauseId]: proposedText },
    signatures: {},
  });

  const statusBefore = new Map(before.requirements.map((requirement) => [requirement.id, requirement.status]));
  const weakened = after.requirements
    .filter(
      (requirement) =>
        mandatoryRequirements.has(requirement.id) &&
        statusBefore.get(requirement.id) === "present" &&
        requirement.status !== "present",
    )
    .map((requirement) => requirement.id);
  const conflicts = after.requirements
    .filter((requirement) => requirement.status === "conflict" && statusBefore.get(requirement.id) !== "conflict")
    .map((requirement) => requirement.id);
  return { weakened, conflicts };
}
