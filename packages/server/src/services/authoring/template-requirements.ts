/**
 * Does a template keep what the standard promises? The standard is composed once as it is and
 * once with the template's rewordings, both in Dutch and English with invented sample values,
 * and the agreement check judges both. A mandatory requirement the standard meets and the
 * template misses, or a conflict the template brings in, refuses the template.
 */
import type { FieldIssue } from "@art28/contract";
import {
  authoredDocumentParagraphs,
  authoringLanguages,
  checkAgreement,
  composeAgreement,
  requirementCatalogue,
  structureDocument,
  type AgreementAnnexes,
  type AgreementStandard,
  type AgreementVariables,
  type AuthoringLanguage,
  type CompositionInput,
  type LocalisedText,
  type RequirementId,
  type TemplateContent,
} from "@art28/domain";

/** The start of every issue message about weakened requirements; the web reads the ids after it. */
export const weakenedRequirementsMessage = "The rewording weakens requirements the standard meets:";

/** Invented parties and processing: the check needs a complete agreement to read. */
const sampleVariables: AgreementVariables = {
  controllerName: "Gemeente Voorbeeldstad",
  controllerAddress: "Marktplein 1, 1000 AA Voorbeeldstad",
  controllerKvkNumber: "",
  processorName: "Voorbeeld Diensten B.V.",
  processorAddress: "Stationsweg 2, 1000 BB Voorbeeldstad",
  processorKvkNumber: "12345678",
  serviceName: "Voorbeelddienst",
  effectiveDate: "2027-01-01",
  endDate: "",
  noticePeriodMonths: 3,
  breachNotificationHours: 36,
  liabilityCapEuros: 500_000,
};

const sampleAnnexes: AgreementAnnexes = {
  processing: {
    subjectMatter: "Uitvoeren van de voorbeelddienst voor de gemeente",
    duration: "Zolang de hoofdovereenkomst loopt",
    nature: "Vastleggen, raadplegen en bewaren",
    purposes: ["Uitvoeren van de dienst"],
    dataCategories: ["Naam en adres"],
    specialCategories: [],
    processesBsn: false,
    dataSubjectCategories: ["Inwoners"],
    retention: "Tot het einde van de overeenkomst",
    storageCountries: ["NL"],
    processingCountries: ["NL"],
    transfers: [],
  },
  securityMeasures: [{ description: "Versleutelde opslag en versleuteld transport", reference: "" }],
  subProcessors: [],
};

const mandatory = new Set<RequirementId>(
  requirementCatalogue.filter((definition) => definition.mandatory).map((definition) => definition.id),
);

type Statuses = Map<RequirementId, string>;

function statusesOf(
  standard: AgreementStandard,
  language: AuthoringLanguage,
  clauseTexts: Record<string, LocalisedText>,
  variableDefaults: TemplateContent["variableDefaults"],
): Statuses {
  const composition: CompositionInput = {
    standard,
    template: { name: "", label: "", baseStandardVersion: standard.version, clauseTexts, variableDefaults },
    language,
    variables: { ...sampleVariables, ...standard.variableDefaults, ...variableDefaults },
    annexes: sampleAnnexes,
    agreedClauseTexts: {},
    agreementVersion: 1,
    signatures: {},
  };
  const paragraphs = authoredDocumentParagraphs(composeAgreement(composition));
  // Read as the DOCX reader would, like the negotiation's assessment does.
  const result = checkAgreement(structureDocument(paragraphs, "docx"), { language });
  return new Map(result.requirements.map((requirement) => [requirement.id, requirement.status]));
}

/** Mandatory requirements present before and not after, and conflicts the change brings in. */
function offended(before: Statuses, after: Statuses): RequirementId[] {
  const ids: RequirementId[] = [];
  for (const [id, status] of after) {
    const weakened = mandatory.has(id) && before.get(id) === "present" && status !== "present";
    const conflicting = status === "conflict" && before.get(id) !== "conflict";
    if (weakened || conflicting) ids.push(id);
  }
  return ids;
}

/**
 * Issues for every reworded clause (per language) that makes the agreement miss a mandatory
 * requirement the standard meets, or conflict with one; empty when the template keeps them all.
 * Each issue names the requirement ids. When only the rewordings together weaken a requirement,
 * the clauses written to meet it (or else all reworded clauses) carry the issue.
 * Clause ids must be the standard's: check them first.
 */
export function templateRequirementIssues(
  standard: AgreementStandard,
  template: Pick<TemplateContent, "clauseTexts" | "variableDefaults">,
): FieldIssue[] {
  const clauseIds = Object.keys(template.clauseTexts);
  if (clauseIds.length === 0) return [];
  const clauseRequirements = new Map(
    standard.articles.flatMap((article) => article.clauses.map((clause) => [clause.id, clause.requirements] as const)),
  );
  const issues: FieldIssue[] = [];
  for (const language of authoringLanguages) {
    const before = statusesOf(standard, language, {}, template.variableDefaults);
    const whole = offended(before, statusesOf(standard, language, template.clauseTexts, template.variableDefaults));
    if (whole.length === 0) continue;
    const byClause = new Map<string, Set<RequirementId>>();
    for (const clauseId of clauseIds) {
      const alone = { [clauseId]: template.clauseTexts[clauseId]! };
      const found = offended(before, statusesOf(standard, language, alone, template.variableDefaults));
      if (found.length > 0) byClause.set(clauseId, new Set(found));
    }
    // A requirement no single rewording breaks is broken by several together.
    for (const id of whole.filter((id) => ![...byClause.values()].some((ids) => ids.has(id)))) {
      const meant = clauseIds.filter((clauseId) => clauseRequirements.get(clauseId)?.includes(id));
      for (const clauseId of meant.length > 0 ? meant : clauseIds) {
        byClause.set(clauseId, (byClause.get(clauseId) ?? new Set()).add(id));
      }
    }
    for (const clauseId of clauseIds) {
      const ids = byClause.get(clauseId);
      if (!ids) continue;
      issues.push({
        path: `body.clauseTexts.${clauseId}.${language}`,
        message: `${weakenedRequirementsMessage} ${[...ids].sort().join(", ")}`,
      });
    }
  }
  return issues;
}
