/**
 * A small standard and realistic inputs for the authoring tests, written by us for the tests
 * (not the real Art28 standard, and not taken from any model agreement). Names, addresses and
 * numbers are invented. Only for tests.
 */
import type {
  AgreementAnnexes,
  AgreementStandard,
  AgreementVariables,
  AuthoringLanguage,
  CompositionInput,
  StandardArticle,
} from "./model.ts";

function article(id: string, title: [string, string], clauses: Array<[string, string, string]>): StandardArticle {
  return {
    id,
    title: { nl: title[0], en: title[1] },
    clauses: clauses.map(([clauseId, nl, en]) => ({ id: `${id}.${clauseId}`, text: { nl, en }, requirements: [] })),
  };
}

/** Seven articles that together meet every requirement of the check, in plain words. */
export const testStandard: AgreementStandard = {
  name: { nl: "Proefstandaard", en: "Trial standard" },
  version: "0.9",
  changeLog: [
    { version: "0.9", date: "2026-01-15", changes: [{ nl: "Eerste proefversie.", en: "First trial version." }] },
  ],
  variableDefaults: { noticePeriodMonths: 3, breachNotificationHours: 36, liabilityCapEuros: 250_000 },
  articles: [
    article(
      "subject",
      ["Onderwerp en rollen", "Subject and roles"],
      [
        [
          "roles",
          "{{controllerName}} is verwerkingsverantwoordelijke en {{processorName}} is verwerker in de zin van de AVG.",
          "{{controllerName}} is the controller and {{processorName}} is the processor within the meaning of the GDPR.",
        ],
        [
          "scope",
          "Deze overeenkomst heeft betrekking op de verwerking van persoonsgegevens door de verwerker bij de uitvoering van {{serviceName}}, vanaf {{effectiveDate}}.",
          "This agreement applies to the processing of personal data by the processor in the performance of {{serviceName}}, from {{effectiveDate}}.",
        ],
        [
          "annex",
          "Het onderwerp, de aard en het doel van de verwerking, de soorten persoonsgegevens en de categorieën betrokkenen staan in bijlage 1.",
          "The subject-matter, nature and purpose of the processing, the types of personal data and the categories of data subjects are set out in annex 1.",
        ],
      ],
    ),
    article(
      "instructions",
      ["Werken op instructie", "Acting on instructions"],
      [
        [
          "written",
          "De verwerker verwerkt de persoonsgegevens alleen op schriftelijke instructie van de verwerkingsverantwoordelijke.",
          "The processor processes the personal data only on documented instructions from the controller.",
        ],
        [
          "legal-duty",
          "Moet de verwerker op grond van Unierecht of lidstatelijk recht anders verwerken, dan laat hij dat de verwerkingsverantwoordelijke vooraf weten, tenzij dat recht zo'n mededeling verbiedt.",
          "Where Union or Member State law requires the processor to process otherwise, the processor informs the controller of that requirement before processing, unless that law prohibits such information.",
        ],
        [
          "infringing",
          "De verwerker waarschuwt de verwerkingsverantwoordelijke onmiddellijk als een instructie naar zijn oordeel in strijd is met de AVG.",
          "The processor immediately informs the controller if, in its opinion, an instruction infringes the GDPR.",
        ],
        [
          "transfers",
          "De verwerker geeft geen persoonsgegevens door naar een land buiten de Europese Economische Ruimte zonder schriftelijke instructie van de verwerkingsverantwoordelijke en zonder passende waarborgen als bedoeld in hoofdstuk V AVG.",
          "The processor transfers no personal data to a country outside the European Economic Area without documented instructions from the controller and without appropriate safeguards under Chapter V GDPR.",
        ],
        [
          "location",
          "De persoonsgegevens worden opgeslagen en verwerkt in de landen die bijlage 1 noemt.",
          "The personal data are stored and processed in the countries listed in annex 1.",
        ],
      ],
    ),
    article(
      "security",
      ["Geheimhouding en beveiliging", "Confidentiality and security"],
      [
        [
          "confidentiality",
          "De verwerker verplicht alle personen die de persoonsgegevens onder zijn gezag verwerken tot geheimhouding.",
          "The processor ensures that every person authorised to process the personal data has committed to confidentiality.",
        ],
        [
          "measures",
          "De verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen, ten minste die van bijlage 2.",
          "The processor takes appropriate technical and organisational measures to secure the personal data, at least those of annex 2.",
        ],
        [
          "assist",
          "De verwerker helpt de verwerkingsverantwoordelijke bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 AVG.",
          "The processor assists the controller in ensuring compliance with the obligations of Articles 32 to 36 GDPR.",
        ],
      ],
    ),
    article(
      "subprocessors",
      ["Subverwerkers", "Sub-processors"],
      [
        [
          "authorisation",
          "De verwerker schakelt alleen subverwerkers in na voorafgaande schriftelijke toestemming van de verwerkingsverantwoordelijke; bijlage 3 noemt de subverwerkers waarvoor die toestemming is gegeven.",
          "The processor engages sub-processors only with the prior written authorisation of the controller; annex 3 lists the sub-processors so authorised.",
        ],
        [
          "changes",
          "De verwerker meldt een beoogde nieuwe subverwerker minstens vier weken vooraf aan de verwerkingsverantwoordelijke, die binnen twee weken bezwaar kan maken.",
          "The processor informs the controller of any intended new sub-processor at least four weeks in advance, and the controller may object within two weeks.",
        ],
        [
          "flowdown",
          "De verwerker legt elke subverwerker bij schriftelijke overeenkomst dezelfde verplichtingen op als die uit deze overeenkomst.",
          "The processor imposes on every sub-processor, by written contract, the same obligations as those of this agreement.",
        ],
        [
          "liability",
          "De verwerker blijft jegens de verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming van de verplichtingen door zijn subverwerkers.",
          "The processor remains fully liable to the controller for the performance of its sub-processors' obligations.",
        ],
      ],
    ),
    article(
      "assistance",
      ["Bijstand en datalekken", "Assistance and breaches"],
      [
        [
          "rights",
          "De verwerker helpt de verwerkingsverantwoordelijke bij het beantwoorden van verzoeken van betrokkenen om inzage, rectificatie of wissing.",
          "The processor assists the controller in responding to requests from data subjects for access, rectification or erasure.",
        ],
        [
          "breach",
          "De verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en uiterlijk binnen {{breachNotificationHours}} uur aan de verwerkingsverantwoordelijke.",
          "The processor notifies the controller of a personal data breach without undue delay and at the latest within {{breachNotificationHours}} hours.",
        ],
        [
          "dpia",
          "De verwerker werkt mee aan een gegevensbeschermingseffectbeoordeling en aan een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
          "The processor assists the controller with a data protection impact assessment and with a prior consultation of the supervisory authority.",
        ],
      ],
    ),
    article(
      "audits",
      ["Informatie en audits", "Information and audits"],
      [
        [
          "information",
          "De verwerker verstrekt de verwerkingsverantwoordelijke alle informatie die nodig is om aan te tonen dat hij deze overeenkomst nakomt.",
          "The processor makes available to the controller all information necessary to demonstrate compliance with this agreement.",
        ],
        [
          "audit",
          "De verwerker maakt audits mogelijk door de verwerkingsverantwoordelijke of een door haar aangewezen onafhankelijke auditor, en draagt daaraan bij.",
          "The processor enables and contributes to audits, including inspections, by the controller or by an independent auditor it appoints.",
        ],
      ],
    ),
    article(
      "term",
      ["Duur, einde en aansprakelijkheid", "Term, end and liability"],
      [
        [
          "duration",
          "Deze overeenkomst geldt zolang de verwerker persoonsgegevens voor de verwerkingsverantwoordelijke verwerkt en eindigt van rechtswege met de hoofdovereenkomst; elke partij kan haar opzeggen met een opzegtermijn van {{noticePeriodMonths}} maanden.",
          "This agreement applies for as long as the processor processes personal data for the controller and terminates automatically with the main agreement; either party may terminate it with {{noticePeriodMonths}} months' notice.",
        ],
        [
          "return",
          "Na het einde van de dienstverlening geeft de verwerker alle persoonsgegevens terug aan de verwerkingsverantwoordelijke of verwijdert hij ze, naar keuze van de verwerkingsverantwoordelijke, tenzij het recht bewaring verplicht.",
          "After the end of the services the processor returns all personal data to the controller or deletes them, at the controller's choice, unless the law requires storage.",
        ],
        [
          "liability",
          "De aansprakelijkheid van de verwerker is per jaar beperkt tot {{liabilityCapEuros}}.",
          "The processor's liability is limited to {{liabilityCapEuros}} per year.",
        ],
      ],
    ),
  ],
};

/** A municipality and a payroll supplier, invented. */
export const testVariables: AgreementVariables = {
  controllerName: "Gemeente Duinhoven",
  controllerAddress: "Raadhuisplein 1, 1234 AB Duinhoven",
  controllerKvkNumber: "",
  processorName: "Loonwijzer B.V.",
  processorAddress: "Havenkade 12, 8011 XY Zwolle",
  processorKvkNumber: "87654321",
  serviceName: "Salarisadministratie 2027",
  effectiveDate: "2027-01-01",
  endDate: "",
  noticePeriodMonths: 3,
  breachNotificationHours: 36,
  liabilityCapEuros: 500_000,
};

/** What the register knows about the payroll service, invented. */
export const testAnnexes: AgreementAnnexes = {
  processing: {
    subjectMatter: "Salarisverwerking voor medewerkers van de gemeente",
    duration: "",
    nature: "Berekenen, uitbetalen en verantwoorden van salarissen",
    purposes: ["Uitbetalen van salarissen", "Aangifte loonheffingen"],
    dataCategories: ["Naam en adres", "Bankrekeningnummer", "Salarisgegevens"],
    specialCategories: [],
    processesBsn: true,
    dataSubjectCategories: ["Medewerkers", "Oud-medewerkers"],
    retention: "Zeven jaar na uitdiensttreding",
    storageCountries: ["NL"],
    processingCountries: ["NL", "DE"],
    transfers: [],
  },
  securityMeasures: [
    { description: "Versleuteling van gegevens in rust en onderweg", reference: "ISO 27001 A.8.24" },
    { description: "Tweefactorauthenticatie voor beheerders", reference: "" },
  ],
  subProcessors: [
    { name: "Rekencentrum Oost B.V.", service: "Hosting", country: "DE", authorisationStatus: "authorised" },
  ],
};

/** A complete composition of the trial standard, without template, deviations or signatures. */
export function testComposition(language: AuthoringLanguage = "nl"): CompositionInput {
  return {
    standard: testStandard,
    template: null,
    language,
    variables: testVariables,
    annexes: testAnnexes,
    agreedClauseTexts: {},
    agreementVersion: 1,
    signatures: {},
  };
}
