/**
 * The Art28 standard as generated: every published version, composed in Dutch and English with
 * realistic register data, read back as a DOCX reader would and judged by the agreement check.
 * The municipality, supplier and data are invented.
 */
import { describe, expect, it } from "vitest";
import { checkAgreement } from "../check/check-agreement.ts";
import { structureDocument } from "../document/structure.ts";
import { authoredDocumentParagraphs, composeAgreement } from "./compose.ts";
import { assessDeviation } from "./deviations.ts";
import { missingGenerationInputs } from "./generation-inputs.ts";
import type {
  AgreementAnnexes,
  AgreementStandard,
  AgreementVariables,
  AuthoringLanguage,
  CompositionInput,
} from "./model.ts";
import { agreementStandards, agreementStandardVersion, currentAgreementStandard } from "./standard-agreement.ts";

const variables: AgreementVariables = {
  controllerName: "Gemeente Lindewaard",
  controllerAddress: "Stadhuisplein 3, 6511 AA Lindewaard",
  controllerKvkNumber: "50123456",
  processorName: "Salarisnet Nederland B.V.",
  processorAddress: "Kanaalweg 40, 3526 KM Utrecht",
  processorKvkNumber: "71234567",
  serviceName: "Salaris- en personeelsadministratie",
  effectiveDate: "2027-01-01",
  endDate: "",
  noticePeriodMonths: 6,
  breachNotificationHours: 24,
  liabilityCapEuros: 1_000_000,
};

const annexes: AgreementAnnexes = {
  processing: {
    subjectMatter: "Salarisadministratie en personeelsdossiers van de gemeente",
    duration: "Zolang de hoofdovereenkomst voor de salarisadministratie loopt",
    nature: "Vastleggen, berekenen, uitbetalen, rapporteren en archiveren",
    purposes: ["Maandelijkse salarisbetaling", "Aangifte loonheffingen bij de Belastingdienst", "Pensioenaanmelding"],
    dataCategories: ["Naam, adres en geboortedatum", "Bankrekeningnummer", "Salaris en toeslagen", "Verlof en verzuim"],
    specialCategories: ["Gegevens over gezondheid (verzuimregistratie)"],
    processesBsn: true,
    dataSubjectCategories: ["Medewerkers", "Oud-medewerkers", "Stagiairs"],
    retention: "Zeven jaar na het einde van het dienstverband (fiscale bewaarplicht)",
    storageCountries: ["NL"],
    processingCountries: ["NL", "BE"],
    transfers: [],
  },
  securityMeasures: [
    { description: "Informatiebeveiliging volgens een gecertificeerd managementsysteem", reference: "ISO/IEC 27001" },
    { description: "Meerfactorauthenticatie voor alle gebruikers", reference: "BIO 9.4.2" },
    { description: "Versleutelde opslag en versleuteld transport", reference: "" },
  ],
  subProcessors: [
    { name: "Datacentrum Midden B.V.", service: "Hosting", country: "NL", authorisationStatus: "authorised" },
    { name: "Printstraat NV", service: "Afdrukken van loonstroken", country: "BE", authorisationStatus: "pending" },
  ],
};

function composition(standard: AgreementStandard, language: AuthoringLanguage): CompositionInput {
  return {
    standard,
    template: null,
    language,
    variables,
    annexes,
    agreedClauseTexts: {},
    agreementVersion: 1,
    signatures: {},
  };
}

function check(input: CompositionInput) {
  const structured = structureDocument(authoredDocumentParagraphs(composeAgreement(input)), "docx");
  return checkAgreement(structured, { language: input.language });
}

const cases = ["1.0", "1.1"].flatMap((version) =>
  (["nl", "en"] as const).map((language) => [version, language] as const),
);

describe("the Art28 standard, generated", () => {
  it("is published in versions 1.0 and 1.1, the newest being current", () => {
    expect(agreementStandards.map((standard) => standard.version)).toEqual(["1.0", "1.1"]);
    expect(currentAgreementStandard.version).toBe("1.1");
    expect(missingGenerationInputs(variables, annexes)).toEqual([]);
  });

  it.each(cases)("meets every requirement of the check (version %s, %s)", (version, language) => {
    const standard = agreementStandardVersion(version);
    if (!standard) throw new Error(`no standard ${version}`);
    const result = check(composition(standard, language));
    expect(result.isProcessorAgreement).toBe(true);
    expect(result.language).toBe(language);
    expect(result.summary.missing).toEqual([]);
    expect(result.summary.conflicts).toEqual([]);
    expect(result.summary.compliant).toBe(true);
    const status = Object.fromEntries(result.requirements.map((requirement) => [requirement.id, requirement.status]));
    expect({
      data_location: status.data_location,
      liability: status.liability,
      termination: status.termination,
    }).toEqual({
      data_location: "present",
      liability: "present",
      termination: "present",
    });
  });

  it.each(cases)("flags deleting the audit clause as breaking audits (version %s, %s)", (version, language) => {
    const standard = agreementStandardVersion(version);
    if (!standard) throw new Error(`no standard ${version}`);
    const impact = assessDeviation(composition(standard, language), "audits.right-to-audit", "");
    expect(impact.weakened).toContain("audits");
    expect(impact.conflicts).toEqual([]);
  });

  const liabilityRewording: Record<AuthoringLanguage, string> = {
    nl: "Per kalenderjaar bedraagt de aansprakelijkheid van Verwerker voor schade door het niet nakomen van deze verwerkersovereenkomst of door schending van de AVG ten hoogste {{liabilityCapEuros}}.",
    en: "Per calendar year, the Processor's liability for damage caused by a failure to comply with this Agreement or by an infringement of the GDPR shall not exceed {{liabilityCapEuros}}.",
  };

  it.each(["nl", "en"] as const)(
    "finds nothing weakened by a harmless rewording of the liability cap (%s)",
    (language) => {
      const input = composition(currentAgreementStandard, language);
      expect(assessDeviation(input, "liability.cap", liabilityRewording[language])).toEqual({
        weakened: [],
        conflicts: [],
      });
      const reworded = check({ ...input, agreedClauseTexts: { "liability.cap": liabilityRewording[language] } });
      expect(reworded.requirements.find((requirement) => requirement.id === "liability")?.status).toBe("present");
    },
  );
});
