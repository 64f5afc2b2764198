import { describe, expect, it } from "vitest";
import { requirementCatalogue, type RequirementId } from "./catalogue.ts";
import { checkAgreement, type RequirementStatus } from "./check-agreement.ts";
import { documentFromParagraphs } from "./test-documents.ts";

// Every clause below is our own drafting. The preambles only define the parties, so that the
// clauses can speak of "Supplier"/"Customer" and "Opdrachtnemer"/"Opdrachtgever".
const englishPreamble =
  'This agreement is made between the Municipality of Example ("Customer"), acting as controller, and Acme Cloud B.V. ("Supplier"), acting as processor.';
const dutchPreamble =
  'Deze overeenkomst is gesloten tussen de gemeente Voorbeeld, hierna: "Opdrachtgever", in de hoedanigheid van verwerkingsverantwoordelijke, en Acme B.V., hierna: "Opdrachtnemer", in de hoedanigheid van verwerker.';

function statusOf(id: RequirementId, clause: string, language: "nl" | "en", withPreamble = true): RequirementStatus {
  const paragraphs = withPreamble ? [language === "nl" ? dutchPreamble : englishPreamble, clause] : [clause];
  const result = checkAgreement(documentFromParagraphs(paragraphs), { language, assumeProcessorAgreement: true });
  const requirement = result.requirements.find((entry) => entry.id === id);
  if (!requirement) throw new Error(`no result for ${id}`);
  return requirement.status;
}

interface ClauseCase {
  english: string;
  dutch: string;
  /** Clauses on the same topic that must NOT satisfy the requirement. */
  nearMisses: string[];
  /** The requirement is judged without the party preamble (it would satisfy it on its own). */
  withoutPreamble?: boolean;
}

const cases: Record<RequirementId, ClauseCase> = {
  parties_roles: {
    english: "Acme Cloud B.V. acts as processor and the Municipality of Example is the controller.",
    dutch: "Acme B.V. treedt op als verwerker; de gemeente Voorbeeld is de verwerkingsverantwoordelijke.",
    nearMisses: ["The parties will cooperate in good faith.", "Partijen werken samen in goed vertrouwen."],
    withoutPreamble: true,
  },
  subject_matter: {
    english: "The subject-matter of the processing is the hosting of the citizen portal.",
    dutch: "Het onderwerp van de verwerking is het beheer van de salarisadministratie.",
    nearMisses: ["The Supplier shall invoice the fees monthly.", "Opdrachtnemer factureert maandelijks."],
  },
  duration: {
    english: "The processing lasts for as long as the main agreement is in force.",
    dutch: "De verwerking duurt zolang de hoofdovereenkomst loopt.",
    nearMisses: ["Invoices are payable within thirty days.", "Facturen worden binnen dertig dagen betaald."],
  },
  nature_purpose: {
    english: "The Supplier processes the personal data for the purpose of operating the parking permit system.",
    dutch: "Het doel van de verwerking is het verstrekken van parkeervergunningen.",
    nearMisses: ["The Supplier shall maintain the software.", "Opdrachtnemer onderhoudt de software."],
  },
  data_types: {
    english: "Categories of personal data: names, e-mail addresses and telephone numbers.",
    dutch: "Soorten persoonsgegevens: naam, adres en geboortedatum.",
    nearMisses: ["The Supplier keeps a record of the hours worked.", "Opdrachtnemer houdt een urenregistratie bij."],
  },
  data_subjects: {
    english: "The categories of data subjects are residents and employees of the municipality.",
    dutch: "Categorieën betrokkenen: inwoners en medewerkers van de gemeente.",
    nearMisses: ["Data subjects have rights under the GDPR.", "Betrokkenen hebben rechten onder de AVG."],
  },
  instructions: {
    english: "The Supplier processes the personal data only on the documented instructions of the Customer.",
    dutch:
      "Opdrachtnemer verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Opdrachtgever.",
    nearMisses: [
      "The Customer shall only give instructions in writing.",
      "Opdrachtgever geeft alleen schriftelijke instructies.",
    ],
  },
  legal_requirement_notice: {
    english:
      "Where Union or Member State law requires the Supplier to process the data otherwise, the Supplier shall inform the Customer of that legal requirement before processing, unless that law prohibits such information.",
    dutch:
      "Indien een wettelijk voorschrift Opdrachtnemer verplicht tot een andere verwerking, stelt Opdrachtnemer Opdrachtgever daarvan vooraf in kennis, tenzij die wet dit verbiedt.",
    nearMisses: [
      "The Supplier complies with all applicable laws.",
      "The Supplier is not required to inform the Customer of legal requirements before processing.",
      "Opdrachtnemer houdt zich aan alle toepasselijke wetgeving.",
    ],
  },
  international_transfers: {
    english:
      "The Supplier transfers personal data to a third country only on the Customer's instructions and under standard contractual clauses.",
    dutch:
      "Doorgifte van persoonsgegevens naar landen buiten de Europese Economische Ruimte vindt alleen plaats met passende waarborgen.",
    nearMisses: [
      "The Supplier shall transfer the invoices to the Customer's finance department.",
      "Opdrachtnemer stuurt de facturen naar de afdeling financiën.",
    ],
  },
  confidentiality: {
    english:
      "The Supplier ensures that all persons authorised to process the personal data are bound by a duty of confidentiality.",
    dutch:
      "Opdrachtnemer zorgt ervoor dat iedereen die toegang heeft tot de persoonsgegevens tot geheimhouding is verplicht.",
    nearMisses: [
      "The Customer ensures that its own staff are bound to confidentiality.",
      "Opdrachtgever verplicht het eigen personeel tot geheimhouding.",
    ],
  },
  security: {
    english: "The Supplier takes appropriate technical and organisational measures to secure the personal data.",
    dutch:
      "Opdrachtnemer neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen.",
    nearMisses: [
      "The Customer is responsible for the security of its own network.",
      "Opdrachtgever zorgt voor een veilig eigen netwerk.",
    ],
  },
  subprocessor_authorisation: {
    english: "The Supplier shall not engage a sub-processor without the prior written authorisation of the Customer.",
    dutch:
      "Opdrachtnemer schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever.",
    nearMisses: [
      "The Supplier keeps a list of its sub-processors.",
      "Opdrachtnemer houdt een lijst van subverwerkers bij.",
    ],
  },
  subprocessor_changes: {
    english:
      "The Supplier informs the Customer of any intended addition or replacement of a sub-processor, and the Customer may object to the change.",
    dutch:
      "Opdrachtnemer informeert Opdrachtgever vooraf over een voorgenomen wijziging van subverwerkers; Opdrachtgever kan daartegen bezwaar maken.",
    nearMisses: [
      "The Supplier keeps a list of its sub-processors.",
      "Opdrachtnemer houdt een lijst van subverwerkers bij.",
    ],
  },
  subprocessor_flowdown: {
    english:
      "The Supplier imposes on each sub-processor, by written contract, the same data protection obligations as set out in this agreement.",
    dutch:
      "Opdrachtnemer legt iedere subverwerker bij overeenkomst dezelfde verplichtingen op als die in deze verwerkersovereenkomst.",
    nearMisses: [
      "The sub-processor publishes its own terms and conditions.",
      "De subverwerker heeft eigen algemene voorwaarden.",
    ],
  },
  subprocessor_liability: {
    english: "The Supplier remains fully liable to the Customer for the performance of its sub-processors.",
    dutch: "Opdrachtnemer blijft volledig aansprakelijk jegens Opdrachtgever voor de nakoming door zijn subverwerkers.",
    nearMisses: [
      "The Supplier is not liable for the acts of its sub-processors.",
      "Opdrachtnemer is niet aansprakelijk voor zijn subverwerkers.",
    ],
  },
  data_subject_rights: {
    english:
      "The Supplier assists the Customer in responding to requests from data subjects to exercise their rights of access, rectification and erasure.",
    dutch: "Opdrachtnemer verleent Opdrachtgever medewerking bij het afhandelen van verzoeken van betrokkenen.",
    nearMisses: [
      "Data subjects may contact the Customer directly.",
      "Betrokkenen kunnen contact opnemen met Opdrachtgever.",
    ],
  },
  assist_security: {
    english: "The Supplier assists the Customer in meeting its obligations under Article 32 of the GDPR.",
    dutch: "Opdrachtnemer helpt Opdrachtgever bij de nakoming van diens verplichtingen op grond van artikel 32 AVG.",
    nearMisses: [
      "The Supplier complies with Article 32 of the GDPR.",
      "Opdrachtgever helpt Opdrachtnemer bij de beveiliging van de verwerking.",
    ],
  },
  breach_notification: {
    english:
      "The Supplier notifies the Customer without undue delay, and in any case within 24 hours, after becoming aware of a personal data breach.",
    dutch: "Opdrachtnemer meldt een datalek zonder onredelijke vertraging, uiterlijk binnen 24 uur, aan Opdrachtgever.",
    nearMisses: [
      "The Customer notifies the supervisory authority of a personal data breach within 72 hours.",
      "Opdrachtgever meldt een datalek binnen 72 uur bij de Autoriteit Persoonsgegevens.",
    ],
  },
  dpia_assistance: {
    english:
      "The Supplier assists the Customer with data protection impact assessments and the prior consultation of the supervisory authority.",
    dutch: "Opdrachtnemer verleent bijstand bij het uitvoeren van een gegevensbeschermingseffectbeoordeling (DPIA).",
    nearMisses: [
      "The Customer carries out a data protection impact assessment before go-live.",
      "Opdrachtgever voert zelf een gegevensbeschermingseffectbeoordeling uit.",
    ],
  },
  deletion_return: {
    english:
      "At the end of the agreement, the Supplier returns or deletes all personal data, at the Customer's choice, and deletes existing copies unless the law requires storage.",
    dutch:
      "Na afloop van de overeenkomst verwijdert Opdrachtnemer alle persoonsgegevens of geeft hij deze terug, naar keuze van Opdrachtgever.",
    nearMisses: [
      "The Customer may delete user accounts at any time.",
      "Opdrachtgever kan accounts op ieder moment verwijderen.",
    ],
  },
  compliance_information: {
    english:
      "The Supplier makes available to the Customer all information necessary to demonstrate compliance with this agreement.",
    dutch:
      "Opdrachtnemer stelt alle informatie ter beschikking die nodig is om de naleving van deze overeenkomst aan te tonen.",
    nearMisses: [
      "The Customer provides the Supplier with the information needed to deliver the service.",
      "Opdrachtgever verstrekt Opdrachtnemer de informatie die nodig is voor de dienst.",
    ],
  },
  audits: {
    english:
      "The Supplier allows for and contributes to audits, including inspections, by the Customer or an auditor appointed by the Customer.",
    dutch: "Opdrachtgever heeft het recht om audits uit te voeren bij Opdrachtnemer; Opdrachtnemer werkt daaraan mee.",
    nearMisses: [
      "The Supplier's financial statements are checked by its accountant.",
      "De jaarrekening van Opdrachtnemer wordt door een accountant gecontroleerd.",
    ],
  },
  infringing_instruction_notice: {
    english: "The Supplier immediately informs the Customer if, in its opinion, an instruction infringes the GDPR.",
    dutch:
      "Opdrachtnemer stelt Opdrachtgever onmiddellijk op de hoogte indien naar zijn oordeel een instructie in strijd is met de AVG.",
    nearMisses: [
      "The Customer shall ensure that its instructions are lawful.",
      "Opdrachtgever zorgt ervoor dat zijn instructies rechtmatig zijn.",
    ],
  },
  data_location: {
    english: "The personal data are stored in data centres in the Netherlands.",
    dutch: "De persoonsgegevens worden uitsluitend opgeslagen binnen de Europese Unie.",
    nearMisses: [
      "The Supplier answers support questions by telephone.",
      "Opdrachtnemer beantwoordt vragen telefonisch.",
    ],
  },
  liability: {
    english: "The Supplier's liability under this agreement is limited to the fees paid in the preceding year.",
    dutch: "De aansprakelijkheid van Opdrachtnemer is beperkt tot het bedrag van de hoofdovereenkomst.",
    nearMisses: ["The parties meet every quarter.", "Partijen overleggen ieder kwartaal."],
  },
  termination: {
    english: "This agreement terminates automatically when the main agreement ends.",
    dutch: "Deze verwerkersovereenkomst eindigt van rechtswege bij beëindiging van de hoofdovereenkomst.",
    nearMisses: ["The Supplier delivers software updates monthly.", "Opdrachtnemer levert maandelijks updates."],
  },
};

describe("requirement clauses", () => {
  it("has a case for every requirement of the catalogue", () => {
    expect(Object.keys(cases).sort()).toEqual(requirementCatalogue.map((definition) => definition.id).sort());
  });

  for (const [id, clauseCase] of Object.entries(cases) as Array<[RequirementId, ClauseCase]>) {
    const withPreamble = !clauseCase.withoutPreamble;
    describe(id, () => {
      it("is met by an English clause", () => {
        expect(statusOf(id, clauseCase.english, "en", withPreamble)).toBe("present");
      });
      it("is met by a Dutch clause", () => {
        expect(statusOf(id, clauseCase.dutch, "nl", withPreamble)).toBe("present");
      });
      for (const nearMiss of clauseCase.nearMisses) {
        it(`is not met by: ${nearMiss}`, () => {
          const language = /\b(?:the|and|of)\b/i.test(nearMiss) ? "en" : "nl";
          expect(statusOf(id, nearMiss, language, withPreamble)).not.toBe("present");
        });
      }
    });
  }
});

// Other common ways of drafting the same obligations, in both languages: separable Dutch verbs
// ("stelt … in kennis", "licht … in", "staat … bij"), passives, and English variants.
const phrasings: Partial<Record<RequirementId, { nl: string[]; en: string[] }>> = {
  legal_requirement_notice: {
    nl: [
      "Indien een wettelijke bepaling Opdrachtnemer verplicht tot een andere verwerking, stelt Opdrachtnemer Opdrachtgever daarvan voorafgaand aan de verwerking in kennis, tenzij die wet deze kennisgeving verbiedt.",
      "Is Opdrachtnemer op grond van het Unierecht gehouden de gegevens anders te verwerken, dan licht hij Opdrachtgever daarover vooraf in, tenzij de wet dat verbiedt.",
      "Wanneer een wettelijke verplichting Opdrachtnemer dwingt tot verwerking buiten de instructies, brengt Opdrachtnemer Opdrachtgever daarvan vooraf op de hoogte, behalve als de wet dit verbiedt.",
    ],
    en: [
      "If Union or Member State law obliges the Supplier to process the data otherwise, the Supplier shall notify the Customer of that legal requirement before processing, unless the law prohibits such notice.",
      "Where the Supplier is required by applicable law to process personal data beyond the Customer's instructions, it will let the Customer know in advance, unless that law forbids it.",
    ],
  },
  audits: {
    nl: [
      "Opdrachtnemer maakt audits en inspecties mogelijk door Opdrachtgever of een door haar gemachtigde controleur en draagt daaraan bij.",
      "Opdrachtnemer verleent medewerking aan audits, waaronder inspecties, door Opdrachtgever of een door Opdrachtgever aangewezen onafhankelijke deskundige.",
      "Opdrachtnemer staat toe dat Opdrachtgever eenmaal per jaar een audit laat uitvoeren.",
    ],
    en: [
      "The Supplier shall permit the Customer or its mandated auditor to conduct audits and inspections.",
      "The Supplier allows for and contributes to audits, including inspections, conducted by the Customer.",
      "The Supplier will make its premises available for inspection by the Customer's auditor.",
    ],
  },
  breach_notification: {
    nl: [
      "Opdrachtnemer informeert Opdrachtgever onverwijld over een inbreuk in verband met persoonsgegevens.",
      "Een datalek wordt door Opdrachtnemer zonder onredelijke vertraging aan Opdrachtgever gemeld.",
      "Opdrachtnemer brengt Opdrachtgever binnen 24 uur op de hoogte van een inbreuk op de beveiliging die persoonsgegevens treft.",
    ],
    en: [
      "The Supplier shall promptly inform the Customer of any personal data breach.",
      "The Supplier notifies the Customer without undue delay after becoming aware of a security incident affecting personal data.",
    ],
  },
  compliance_information: {
    nl: [
      "Opdrachtnemer verschaft Opdrachtgever alle informatie die nodig is om de nakoming van artikel 28 AVG aan te tonen.",
      "Opdrachtnemer legt op verzoek de documentatie over waarmee hij aantoont dat hij deze overeenkomst naleeft.",
    ],
    en: [
      "The Supplier makes available to the Customer all information necessary to demonstrate compliance with Article 28 GDPR.",
      "The Supplier shall provide the Customer with evidence of its compliance with this agreement on request.",
    ],
  },
  data_subject_rights: {
    nl: [
      "Opdrachtnemer staat Opdrachtgever bij bij het beantwoorden van verzoeken van betrokkenen om inzage, rectificatie of wissing.",
      "Opdrachtnemer stuurt verzoeken van betrokkenen onverwijld door aan Opdrachtgever en werkt mee aan de afhandeling daarvan.",
    ],
    en: [
      "The Supplier shall assist the Customer in fulfilling its obligation to respond to requests for exercising the data subject's rights.",
      "The Supplier forwards any request from a data subject to the Customer without delay.",
    ],
  },
  dpia_assistance: {
    nl: [
      "Opdrachtnemer werkt mee aan een gegevensbeschermingseffectbeoordeling en aan een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
    ],
    en: [
      "The Supplier shall provide reasonable assistance with any data protection impact assessment and prior consultation with the supervisory authority.",
    ],
  },
  assist_security: {
    nl: [
      "Opdrachtnemer staat Opdrachtgever bij in het nakomen van de verplichtingen uit artikel 32 tot en met 36 AVG.",
    ],
    en: [
      "Taking into account the nature of the processing, the Supplier helps the Customer to ensure compliance with Articles 32 to 36 GDPR.",
    ],
  },
  infringing_instruction_notice: {
    nl: ["Opdrachtnemer licht Opdrachtgever direct in als een instructie naar zijn mening in strijd is met de AVG."],
    en: ["The Supplier shall immediately alert the Customer if it considers that an instruction infringes the GDPR."],
  },
  subprocessor_changes: {
    nl: [
      "Opdrachtnemer deelt Opdrachtgever vooraf mee welke subverwerker hij wil toevoegen; Opdrachtgever kan daartegen bezwaar maken.",
    ],
    en: [
      "The Supplier gives the Customer thirty days' notice of a new sub-processor, and the Customer may object to it.",
    ],
  },
  deletion_return: {
    nl: [
      "Bij het einde van de overeenkomst draagt Opdrachtnemer alle persoonsgegevens over aan Opdrachtgever en vernietigt hij de kopieën.",
    ],
    en: [
      "Upon termination, the Supplier shall delete all personal data and certify the deletion to the Customer, unless Union law requires storage.",
    ],
  },
  confidentiality: {
    nl: ["Opdrachtnemer legt zijn medewerkers die toegang hebben tot de persoonsgegevens een geheimhoudingsplicht op."],
    en: ["All staff of the Supplier with access to the personal data have signed a non-disclosure agreement."],
  },
};

describe("other phrasings of the same obligation", () => {
  for (const [id, variants] of Object.entries(phrasings) as Array<[RequirementId, { nl: string[]; en: string[] }]>) {
    for (const [language, clauses] of [
      ["nl", variants.nl],
      ["en", variants.en],
    ] as const) {
      for (const clause of clauses) {
        it(`${id} is met by: ${clause}`, () => {
          expect(statusOf(id, clause, language)).toBe("present");
        });
      }
    }
  }
});
