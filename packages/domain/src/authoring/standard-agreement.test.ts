import { describe, expect, it } from "vitest";
import { requirementCatalogue, type RequirementId } from "../check/catalogue.ts";
import { checkAgreement, type CheckResult } from "../check/check-agreement.ts";
import { impliedBy } from "../check/requirement-patterns.ts";
import type { SourceParagraph, StructuredDocument } from "../document/document-model.ts";
import { structureDocument } from "../document/structure.ts";
import type { AgreementStandard, AgreementVariableName, AuthoringLanguage } from "./model.ts";
import { agreementStandards, agreementStandardVersion, currentAgreementStandard } from "./standard-agreement.ts";

type FilledValues = Record<AgreementVariableName, string>;

const sampleValues: Record<AuthoringLanguage, FilledValues> = {
  nl: {
    controllerName: "Gemeente Duinhoven",
    controllerAddress: "Raadhuisplein 1, 9999 AA Duinhoven",
    controllerKvkNumber: "",
    processorName: "Parkeerdata B.V.",
    processorAddress: "Stationsweg 12, 8011 CZ Zwolle",
    processorKvkNumber: "12345678",
    serviceName: "ParkeerWijzer",
    effectiveDate: "1 december 2026",
    endDate: "",
    noticePeriodMonths: "3",
    breachNotificationHours: "24",
    liabilityCapEuros: "€ 500.000",
  },
  en: {
    controllerName: "Gemeente Duinhoven",
    controllerAddress: "Raadhuisplein 1, 9999 AA Duinhoven",
    controllerKvkNumber: "",
    processorName: "Parkeerdata B.V.",
    processorAddress: "Stationsweg 12, 8011 CZ Zwolle",
    processorKvkNumber: "12345678",
    serviceName: "ParkeerWijzer",
    effectiveDate: "1 December 2026",
    endDate: "",
    noticePeriodMonths: "3",
    breachNotificationHours: "24",
    liabilityCapEuros: "EUR 500,000",
  },
};

// Annex rows as the composer lays them out: a heading, then label and value as table cells.
const annexRows: Record<AuthoringLanguage, Array<[string, Array<[string, string]>]>> = {
  nl: [
    [
      "Bijlage 1 Specificatie van de verwerking",
      [
        ["Onderwerp", "Uitgifte en beheer van parkeervergunningen"],
        ["Aard", "Opslaan, raadplegen en wijzigen"],
        ["Doeleinden", "Parkeervergunningen verlenen en controleren"],
        ["Persoonsgegevens", "Naam, adres, kenteken"],
        ["Betrokkenen", "Inwoners"],
        ["Opslaglocaties", "Nederland"],
      ],
    ],
    ["Bijlage 2 Beveiligingsmaatregelen", [["Versleuteling", "ISO 27001-certificaat"]]],
    ["Bijlage 3 Subverwerkers", [["Cloudhost B.V.", "Hosting, Nederland, toegestaan"]]],
  ],
  en: [
    [
      "Annex 1 Specification of the processing",
      [
        ["Subject-matter", "Issuing and managing parking permits"],
        ["Nature", "Storage, consultation and alteration"],
        ["Purposes", "Granting and checking parking permits"],
        ["Personal data", "Name, address, licence plate"],
        ["Data subjects", "Residents"],
        ["Storage locations", "Netherlands"],
      ],
    ],
    ["Annex 2 Security measures", [["Encryption", "ISO 27001 certificate"]]],
    ["Annex 3 Sub-processors", [["Cloudhost B.V.", "Hosting, Netherlands, authorised"]]],
  ],
};

function fill(text: string, values: FilledValues): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_placeholder, name: string) => {
    if (!(name in values)) throw new Error(`Unknown placeholder ${name}`);
    return values[name as AgreementVariableName];
  });
}

interface BuildOptions {
  /** Clause ids whose text is replaced by nothing (the number stays, as after a deleting deviation). */
  without?: ReadonlySet<string>;
  annexes?: boolean;
  values?: Partial<FilledValues>;
}

/** The agreement as a renderer hands it to the check: numbered article headings, one paragraph per clause. */
function agreementParagraphs(
  standard: AgreementStandard,
  language: AuthoringLanguage,
  options: BuildOptions = {},
): SourceParagraph[] {
  const values = { ...sampleValues[language], ...options.values };
  const articleWord = language === "nl" ? "Artikel" : "Article";
  const paragraphs = standard.articles.flatMap((article, articleIndex): SourceParagraph[] => [
    { text: `${articleWord} ${articleIndex + 1} ${article.title[language]}`, headingLevel: 2 },
    ...article.clauses.map((clause, clauseIndex) => ({
      text: options.without?.has(clause.id) ? "" : fill(clause.text[language], values),
      numberLabel: `${articleIndex + 1}.${clauseIndex + 1}`,
    })),
  ]);
  if (options.annexes) {
    for (const [heading, rows] of annexRows[language]) {
      paragraphs.push({ text: heading, headingLevel: 1 });
      for (const row of rows) for (const cell of row) paragraphs.push({ text: cell, tableCell: true });
    }
  }
  return paragraphs;
}

function structured(
  standard: AgreementStandard,
  language: AuthoringLanguage,
  options?: BuildOptions,
): StructuredDocument {
  return structureDocument(agreementParagraphs(standard, language, options), "docx");
}

function check(standard: AgreementStandard, language: AuthoringLanguage, options?: BuildOptions): CheckResult {
  return checkAgreement(structured(standard, language, options), { language });
}

function resultOf(result: CheckResult, id: RequirementId) {
  const found = result.requirements.find((requirement) => requirement.id === id);
  if (!found) throw new Error(`No result for ${id}`);
  return found;
}

function clausesOf(standard: AgreementStandard) {
  return standard.articles.flatMap((article) => article.clauses);
}

/** The clauses that claim each requirement. */
function claimants(standard: AgreementStandard): Map<RequirementId, string[]> {
  const byRequirement = new Map<RequirementId, string[]>();
  for (const clause of clausesOf(standard)) {
    for (const id of clause.requirements) byRequirement.set(id, [...(byRequirement.get(id) ?? []), clause.id]);
  }
  return byRequirement;
}

/** Where the check places each clause, e.g. "Artikel 9 › 9.2", by clause id. */
function clauseLocations(standard: AgreementStandard, language: AuthoringLanguage): Map<string, string> {
  const blocks = structured(standard, language).blocks;
  const locations = new Map<string, string>();
  standard.articles.forEach((article, articleIndex) =>
    article.clauses.forEach((clause, clauseIndex) => {
      const block = blocks.find((candidate) => candidate.number === `${articleIndex + 1}.${clauseIndex + 1}`);
      if (block) locations.set(clause.id, block.location);
    }),
  );
  return locations;
}

// Typed as a record over every variable, so this lists exactly the names a placeholder may use.
const variableNames = Object.keys(sampleValues.nl);
const placeholderPattern = /\{\{(\w+)\}\}/g;
function placeholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? "").sort();
}

const mandatoryIds = requirementCatalogue
  .filter((definition) => definition.mandatory)
  .map((definition) => definition.id);
const languages: AuthoringLanguage[] = ["nl", "en"];
const cases = agreementStandards.flatMap((standard) =>
  languages.map((language) => ({ version: standard.version, language, standard })),
);

describe.each(cases)("Art28 standard $version ($language) under the agreement check", ({ standard, language }) => {
  it.each([
    { annexes: true, label: "with sample annexes" },
    { annexes: false, label: "without annex data" },
  ])("is a complete processor agreement without conflicts, $label", ({ annexes }) => {
    const result = check(standard, language, { annexes });

    expect(result.isProcessorAgreement).toBe(true);
    expect(result.summary).toMatchObject({ compliant: true, missing: [], conflicts: [], advisoryMissing: [] });
    expect(result.summary.mandatoryPresent).toBe(23);
    for (const id of ["data_location", "liability", "termination"] as const) {
      expect(resultOf(result, id).status).toBe("present");
    }
  });

  it("accepts the longest breach deadline the standard allows (72 hours) without conflict", () => {
    const result = check(standard, language, { values: { breachNotificationHours: "72" } });

    expect(resultOf(result, "breach_notification").status).toBe("present");
    expect(result.summary.conflicts).toEqual([]);
  });

  it("finds every requirement a clause claims in that clause", () => {
    const locations = clauseLocations(standard, language);
    for (const [id, clauseIds] of claimants(standard)) {
      for (const clauseId of clauseIds) {
        // With the other clauses claiming the same requirement gone, this clause must carry it.
        const others = new Set(clauseIds.filter((other) => other !== clauseId));
        const requirement = resultOf(check(standard, language, { without: others }), id);

        expect(requirement.status, `${clauseId} → ${id}`).toBe("present");
        expect(
          requirement.evidence.map((evidence) => evidence.location),
          `${clauseId} → ${id}`,
        ).toContain(locations.get(clauseId));
      }
    }
  });

  it("misses a mandatory requirement once the clauses claiming it are deleted", () => {
    for (const [id, clauseIds] of claimants(standard)) {
      if (!mandatoryIds.includes(id)) continue;
      const result = check(standard, language, { without: new Set(clauseIds) });
      // The check itself reads some requirements into others (e.g. an objection right for new
      // sub-processors presupposes their authorisation); those stay present through that source.
      const borrowed = (impliedBy[id] ?? []).some((source) => resultOf(result, source).status === "present");

      expect(resultOf(result, id).status, `${id} without ${clauseIds.join(", ")}`).toBe(
        borrowed ? "present" : "missing",
      );
    }
  });

  it("flags only `audits` when the audit clause is deleted", () => {
    const result = check(standard, language, { without: new Set(["audits.right-to-audit"]) });

    expect(resultOf(result, "audits").status).toBe("missing");
    expect(result.summary.missing).toEqual(["audits"]);
    expect(result.summary.conflicts).toEqual([]);
  });
});

describe("Art28 standard as data", () => {
  it("publishes 1.0 and 1.1, with 1.1 current", () => {
    expect(agreementStandards.map((standard) => standard.version)).toEqual(["1.0", "1.1"]);
    expect(currentAgreementStandard.version).toBe("1.1");
    expect(agreementStandardVersion("1.0")).toBe(agreementStandards[0]);
    expect(agreementStandardVersion("0.9")).toBeUndefined();
  });

  it.each(agreementStandards)(
    "version $version has unique article and clause ids, each under its article",
    (standard) => {
      const articleIds = standard.articles.map((article) => article.id);
      const clauseIds = clausesOf(standard).map((clause) => clause.id);

      expect(new Set(articleIds).size).toBe(articleIds.length);
      expect(new Set(clauseIds).size).toBe(clauseIds.length);
      for (const article of standard.articles) {
        for (const clause of article.clauses) expect(clause.id.startsWith(`${article.id}.`), clause.id).toBe(true);
      }
    },
  );

  it.each(agreementStandards)(
    "version $version uses only known placeholders, the same in both languages",
    (standard) => {
      for (const clause of clausesOf(standard)) {
        const dutch = placeholders(clause.text.nl);
        expect(placeholders(clause.text.en), clause.id).toEqual(dutch);
        for (const name of dutch) expect(variableNames, `${clause.id}: ${name}`).toContain(name);
        // An empty end date must never leave a blank: the duration follows the service instead.
        expect(dutch, clause.id).not.toContain("endDate");
      }
      const first = clausesOf(standard)[0];
      expect(placeholders(first?.text.nl ?? "")).toEqual(["controllerName", "processorName"]);
      const used = new Set(clausesOf(standard).flatMap((clause) => placeholders(clause.text.nl)));
      for (const name of [
        "serviceName",
        "effectiveDate",
        "noticePeriodMonths",
        "breachNotificationHours",
        "liabilityCapEuros",
      ]) {
        expect(used, name).toContain(name);
      }
    },
  );

  it.each(agreementStandards)(
    "version $version claims every mandatory requirement plus location, liability and termination",
    (standard) => {
      const claimed = [...claimants(standard).keys()];

      for (const id of [...mandatoryIds, "data_location", "liability", "termination"] as const) {
        expect(claimed, id).toContain(id);
      }
      expect(standard.variableDefaults.breachNotificationHours).toBeLessThanOrEqual(72);
    },
  );

  it("builds 1.1 from 1.0: same articles and clause order, one clarified and one added clause, both in the change log", () => {
    const [first, second] = agreementStandards as [AgreementStandard, AgreementStandard];
    const before = new Map(clausesOf(first).map((clause) => [clause.id, clause]));
    const after = clausesOf(second);

    expect(second.articles.map((article) => article.id)).toEqual(first.articles.map((article) => article.id));
    // Every 1.0 clause keeps its id and its number.
    second.articles.forEach((article, index) => {
      const earlierIds = first.articles[index]?.clauses.map((clause) => clause.id) ?? [];
      expect(article.clauses.map((clause) => clause.id).slice(0, earlierIds.length)).toEqual(earlierIds);
    });
    const added = after.filter((clause) => !before.has(clause.id)).map((clause) => clause.id);
    const changed = after
      .filter((clause) => {
        const earlier = before.get(clause.id);
        return earlier !== undefined && JSON.stringify(earlier) !== JSON.stringify(clause);
      })
      .map((clause) => clause.id);
    expect(added).toEqual(["assistance.supervisory-authority"]);
    expect(changed).toEqual(["sub-processors.changes"]);

    expect(second.changeLog.map((entry) => entry.version)).toEqual(["1.0", "1.1"]);
    expect(second.changeLog[0]).toEqual(first.changeLog[0]);
    const latest = second.changeLog[1];
    expect(latest?.changes).toHaveLength(2);
    for (const change of latest?.changes ?? []) {
      expect(change.nl.length).toBeGreaterThan(20);
      expect(change.en.length).toBeGreaterThan(20);
    }
  });
});
