import { conflictDefinition, requirementDefinition } from "@art28/domain";
import type { CheckReport, RequirementResultView } from "@art28/contract";

const words = {
  nl: {
    language: { nl: "Nederlands", en: "Engels" },
    detected: "herkend",
    chosen: "opgegeven",
    isAgreement: "Verwerkersovereenkomst",
    yes: "ja",
    no: "nee",
    status: { conflict: "CONFLICT", missing: "ONTBREEKT", present: "aanwezig" },
    advisory: "advies",
    summary: (report: CheckReport) =>
      `${report.summary.mandatoryPresent} van ${report.summary.mandatoryTotal} verplichte onderdelen aanwezig, ` +
      `${report.summary.missing.length} ontbreken, ${report.summary.conflicts.length} in strijd met de AVG. ` +
      (report.summary.compliant ? "Voldoet aan artikel 28." : "Voldoet niet aan artikel 28."),
  },
  en: {
    language: { nl: "Dutch", en: "English" },
    detected: "detected",
    chosen: "given",
    isAgreement: "Processor agreement",
    yes: "yes",
    no: "no",
    status: { conflict: "CONFLICT", missing: "MISSING", present: "present" },
    advisory: "advisory",
    summary: (report: CheckReport) =>
      `${report.summary.mandatoryPresent} of ${report.summary.mandatoryTotal} mandatory elements present, ` +
      `${report.summary.missing.length} missing, ${report.summary.conflicts.length} in conflict with the GDPR. ` +
      (report.summary.compliant ? "Meets Article 28." : "Does not meet Article 28."),
  },
} as const;

const statusOrder = { conflict: 0, missing: 1, present: 2 } as const;

/** Conflicts first, then missing mandatory elements, then the rest, each in catalogue order. */
export function requirementsInReportOrder(requirements: readonly RequirementResultView[]): RequirementResultView[] {
  return requirements
    .map((requirement, index) => ({ requirement, index }))
    .sort(
      (left, right) =>
        statusOrder[left.requirement.status] - statusOrder[right.requirement.status] ||
        Number(right.requirement.mandatory) - Number(left.requirement.mandatory) ||
        left.index - right.index,
    )
    .map(({ requirement }) => requirement);
}

/** A plain-text report for the terminal, in the language of the document. */
export function renderCheckReportText(report: CheckReport): string {
  const language = report.language;
  const text = words[language];
  const lines = [
    `${report.file}`,
    `  ${text.language[language]} (${report.languageDetected ? text.detected : text.chosen}); ` +
      `${text.isAgreement}: ${report.isProcessorAgreement ? text.yes : text.no}. ${report.processorAgreementReason}`,
    "",
  ];
  for (const requirement of requirementsInReportOrder(report.requirements)) {
    const definition = requirementDefinition(requirement.id);
    const label = text.status[requirement.status].padEnd(9);
    const advisory = requirement.mandatory ? "" : ` (${text.advisory})`;
    lines.push(`  ${label} ${definition.title[language]}${advisory} [${requirement.id}]`);
    lines.push(`            ${requirement.explanation}`);
    for (const conflict of requirement.conflicts ?? []) {
      lines.push(
        `            ! ${conflictDefinition(conflict.id).title[language]} — ${conflict.location}: “${conflict.text}”`,
      );
    }
    const evidence = requirement.status === "conflict" ? [] : requirement.evidence.slice(0, 1);
    for (const item of evidence) lines.push(`            ${item.location}: “${item.text}”`);
  }
  lines.push("", `  ${text.summary(report)}`);
  return lines.join("\n");
}
