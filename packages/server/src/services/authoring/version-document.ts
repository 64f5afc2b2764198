/**
 * A stored version as the domain's composer needs it: the standard it was based on, its
 * template snapshot, values and annexes, the texts both sides accepted, and the signatures.
 * Every reading of a version (detail, renderings, signing, negotiation) goes through here, so
 * they all show the same agreement.
 */
import {
  agreementStandardVersion,
  baseClauses,
  composeAgreement,
  fillPlaceholders,
  type AgreementSide,
  type AgreementStandard,
  type AuthoredDocument,
  type AuthoringLanguage,
  type CompositionInput,
  type SignatureMark,
} from "@art28/domain";
import type { DeviationRecord } from "../../data-access/authoring-deviations.ts";
import type { SignatureRecord } from "../../data-access/authoring-signatures.ts";
import type { VersionRecord } from "../../data-access/authoring-versions.ts";
import { AppError } from "../../errors.ts";

/** The standard version an agreement records; every published version stays in the domain, so a miss is a defect. */
export function standardOf(version: Pick<VersionRecord, "id" | "standardVersion">): AgreementStandard {
  const standard = agreementStandardVersion(version.standardVersion);
  if (!standard) {
    throw new AppError(
      "internal_error",
      `Agreement version ${version.id} is based on standard ${version.standardVersion}, which this server does not know.`,
    );
  }
  return standard;
}

/**
 * Per clause, the accepted deviation that made its agreed text, in the order they were agreed.
 * When a clause was agreed more than once (a later proposal on an already agreed clause), the
 * last answer counts.
 */
export function agreedDeviationsOf(deviations: readonly DeviationRecord[]): DeviationRecord[] {
  const accepted = deviations
    .filter((deviation) => deviation.status === "accepted")
    .sort(
      (left, right) =>
        (left.respondedAt?.getTime() ?? 0) - (right.respondedAt?.getTime() ?? 0) ||
        left.createdAt.getTime() - right.createdAt.getTime(),
    );
  const byClause = new Map<string, DeviationRecord>();
  for (const deviation of accepted) {
    byClause.delete(deviation.clauseId);
    byClause.set(deviation.clauseId, deviation);
  }
  return [...byClause.values()];
}

/** The agreed texts by clause id. */
export function agreedClauseTextsOf(deviations: readonly DeviationRecord[]): Record<string, string> {
  return Object.fromEntries(
    agreedDeviationsOf(deviations).map((deviation) => [deviation.clauseId, deviation.proposedText]),
  );
}

/** Signature marks for the signature block, by side. */
export function signatureMarksOf(
  signatures: readonly SignatureRecord[],
): Partial<Record<AgreementSide, SignatureMark>> {
  return Object.fromEntries(
    signatures.map((signature) => [
      signature.side,
      { name: signature.signatoryName, role: signature.signatoryRole, signedAt: signature.signedAt.toISOString() },
    ]),
  );
}

/** What the composer needs for the version, without signatures (the check of a deviation ignores them). */
export function compositionOf(
  version: VersionRecord,
  deviations: readonly DeviationRecord[],
  language: AuthoringLanguage = version.language,
): Omit<CompositionInput, "signatures"> {
  return {
    standard: standardOf(version),
    template: version.templateContent,
    language,
    variables: version.variables,
    annexes: version.annexes,
    agreedClauseTexts: agreedClauseTextsOf(deviations),
    agreementVersion: version.versionNumber,
  };
}

/** The version as a document in `language`, with the signatures given (none for the PDF prepared for signing). */
export function documentOf(
  version: VersionRecord,
  deviations: readonly DeviationRecord[],
  signatures: readonly SignatureRecord[],
  language: AuthoringLanguage = version.language,
): AuthoredDocument {
  return composeAgreement({
    ...compositionOf(version, deviations, language),
    signatures: signatureMarksOf(signatures),
  });
}

/** One clause of a version: where it stands, its text before any deviation and as it stands now. */
export interface VersionClause {
  clauseId: string;
  articleTitle: string;
  number: string;
  /** The standard's (or the template's) text with the version's values filled in. */
  standardText: string;
  /** The clause as the document shows it: the agreed text where a deviation was accepted ("[Vervallen]" when deleted). */
  currentText: string;
  /** As the composer decides it: the text differs from the standard's (template wording or an agreed deviation). */
  deviates: boolean;
}

/** The version's clauses in document order, in the language of `document` (composed from the same version). */
export function clausesOf(version: VersionRecord, document: AuthoredDocument): VersionClause[] {
  const standard = standardOf(version);
  const language = document.language;
  const titles = new Map(standard.articles.map((article) => [article.id, article.title[language]]));
  const composed = new Map(
    document.blocks.flatMap((block) => (block.kind === "clause" ? [[block.clauseId, block] as const] : [])),
  );
  return baseClauses(standard, version.templateContent).map((clause) => {
    const standardText = fillPlaceholders(clause.text[language], version.variables, language);
    const block = composed.get(clause.clauseId);
    return {
      clauseId: clause.clauseId,
      articleTitle: titles.get(clause.articleId) ?? "",
      number: clause.number,
      standardText,
      currentText: block?.text ?? standardText,
      deviates: block?.deviates ?? clause.fromTemplate,
    };
  });
}

/** "Verwerkersovereenkomst Salarisadministratie" / "Data processing agreement Payroll": how lists name a version. */
export function versionTitle(version: Pick<VersionRecord, "language" | "variables">): string {
  const kind = version.language === "nl" ? "Verwerkersovereenkomst" : "Data processing agreement";
  const service = version.variables.serviceName.trim();
  return service === "" ? kind : `${kind} ${service}`;
}
