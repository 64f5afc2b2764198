import { conflictDefinition, requirementDefinition } from "@art28/domain";
import type { CheckReport } from "@art28/contract";
import { requirementsInReportOrder } from "./check-report-text.ts";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]!);
}

const words = {
  nl: {
    title: "Toetsrapport verwerkersovereenkomst",
    intro: "Getoetst aan artikel 28 AVG door Art28. Een toets ondersteunt juridisch oordeel en vervangt het niet.",
    file: "Document",
    language: "Taal",
    languages: { nl: "Nederlands", en: "Engels" },
    isAgreement: "Verwerkersovereenkomst",
    yes: "ja",
    no: "nee",
    verdict: { true: "Voldoet aan artikel 28", false: "Voldoet niet aan artikel 28" },
    present: (report: CheckReport) =>
      `${report.summary.mandatoryPresent} van ${report.summary.mandatoryTotal} verplichte onderdelen aanwezig`,
    status: { conflict: "In strijd met de AVG", missing: "Ontbreekt", present: "Aanwezig" },
    requirement: "Onderdeel",
    result: "Uitkomst",
    basis: "Grondslag",
    evidence: "Vindplaats",
    advisory: "advies, niet verplicht",
  },
  en: {
    title: "Processor agreement check report",
    intro: "Checked against Article 28 GDPR by Art28. A check supports legal judgement; it does not replace it.",
    file: "Document",
    language: "Language",
    languages: { nl: "Dutch", en: "English" },
    isAgreement: "Processor agreement",
    yes: "yes",
    no: "no",
    verdict: { true: "Meets Article 28", false: "Does not meet Article 28" },
    present: (report: CheckReport) =>
      `${report.summary.mandatoryPresent} of ${report.summary.mandatoryTotal} mandatory elements present`,
    status: { conflict: "Conflicts with the GDPR", missing: "Missing", present: "Present" },
    requirement: "Element",
    result: "Result",
    basis: "Legal basis",
    evidence: "Evidence",
    advisory: "advisory, not mandatory",
  },
} as const;

const style = `
  body { font-family: "Noto Sans", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; }
  h1 { font-size: 1.75rem; margin-bottom: .25rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #c4c4c4; }
  .status { font-weight: bold; white-space: nowrap; } .conflict { color: #a3000b; } .missing { color: #8a4b00; } .present { color: #1d6b2e; }
  blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid #c4c4c4; } .location { color: #505050; font-size: .9em; }
  dl { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; } dt { font-weight: bold; }
  @media print { body { margin: 0; max-width: none; } section { break-inside: avoid-page; } }
`;

function renderOne(report: CheckReport): string {
  const language = report.language;
  const text = words[language];
  const rows = requirementsInReportOrder(report.requirements).map((requirement) => {
    const definition = requirementDefinition(requirement.id);
    const conflicts = (requirement.conflicts ?? []).map(
      (conflict) =>
        `<p><strong>${escapeHtml(conflictDefinition(conflict.id).title[language])}</strong></p>` +
        `<blockquote>${escapeHtml(conflict.text)}<br><span class="location">${escapeHtml(conflict.location)}</span></blockquote>`,
    );
    const evidence = requirement.status === "present" ? requirement.evidence.slice(0, 2) : [];
    const quotes = evidence.map(
      (item) =>
        `<blockquote>${escapeHtml(item.text)}<br><span class="location">${escapeHtml(item.location)}</span></blockquote>`,
    );
    return `<tr>
      <th scope="row">${escapeHtml(definition.title[language])}${requirement.mandatory ? "" : ` <small>(${text.advisory})</small>`}<br><span class="location">${escapeHtml(definition.legalBasis)}</span></th>
      <td><span class="status ${requirement.status}">${text.status[requirement.status]}</span><p>${escapeHtml(requirement.explanation)}</p>${conflicts.join("")}${quotes.join("")}</td>
    </tr>`;
  });
  return `<section>
  <h2>${escapeHtml(report.file)}</h2>
  <dl>
    <dt>${text.language}</dt><dd>${text.languages[language]}</dd>
    <dt>${text.isAgreement}</dt><dd>${report.isProcessorAgreement ? text.yes : text.no} — ${escapeHtml(report.processorAgreementReason)}</dd>
    <dt>${text.result}</dt><dd><strong class="${report.summary.compliant ? "present" : "conflict"}">${text.verdict[`${report.summary.compliant}`]}</strong>: ${text.present(report)}</dd>
  </dl>
  <table>
    <thead><tr><th scope="col">${text.requirement}</th><th scope="col">${text.result}</th></tr></thead>
    <tbody>${rows.join("\n")}</tbody>
  </table>
</section>`;
}

/** A self-contained, printable HTML report of one or more checks, in the language of the first document. */
export function renderCheckReportHtml(reports: readonly CheckReport[]): string {
  const language = reports[0]?.language ?? "nl";
  const text = words[language];
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title><style>${style}</style></head>
<body>
<main>
<h1>${text.title}</h1>
<p>${text.intro}</p>
${reports.map(renderOne).join("\n")}
</main>
</body>
</html>
`;
}
