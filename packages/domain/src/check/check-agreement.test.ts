import { describe, expect, it } from "vitest";
import type { ConflictId, RequirementId } from "./catalogue.ts";
import { checkAgreement, type CheckResult } from "./check-agreement.ts";
import { longestNotificationHours } from "./conflict-patterns.ts";
import { detectLanguage } from "./language.ts";
import { findPartyTerms } from "./parties.ts";
import { splitSentences } from "./sentences.ts";
import { documentFromParagraphs } from "./test-documents.ts";

// All texts are our own drafting.
const englishPreamble =
  'This agreement is made between the Municipality of Example ("Customer"), acting as controller, and Acme Cloud B.V. ("Supplier"), acting as processor.';
const dutchPreamble =
  'Deze overeenkomst is gesloten tussen de gemeente Voorbeeld, hierna: "Opdrachtgever", in de hoedanigheid van verwerkingsverantwoordelijke, en Acme B.V., hierna: "Opdrachtnemer", in de hoedanigheid van verwerker.';

function requirementOf(result: CheckResult, id: RequirementId) {
  const requirement = result.requirements.find((entry) => entry.id === id);
  if (!requirement) throw new Error(`no result for ${id}`);
  return requirement;
}

function checkClauses(language: "nl" | "en", ...clauses: string[]): CheckResult {
  const preamble = language === "nl" ? dutchPreamble : englishPreamble;
  return checkAgreement(documentFromParagraphs([preamble, ...clauses]), { language, assumeProcessorAgreement: true });
}

interface ConflictCase {
  conflict: ConflictId;
  requirement: RequirementId;
  language: "nl" | "en";
  conflicting: string[];
  clean: string[];
}

const conflictCases: ConflictCase[] = [
  {
    conflict: "own_purposes",
    requirement: "instructions",
    language: "en",
    conflicting: ["The Supplier may use the personal data to improve its own products and services."],
    clean: ["The Supplier shall not use the personal data for its own purposes."],
  },
  {
    conflict: "own_purposes",
    requirement: "instructions",
    language: "nl",
    conflicting: ["Opdrachtnemer mag de persoonsgegevens gebruiken voor eigen doeleinden, zoals marketing."],
    clean: ["Opdrachtnemer gebruikt de persoonsgegevens niet voor eigen doeleinden."],
  },
  {
    conflict: "unrestricted_subprocessing",
    requirement: "subprocessor_authorisation",
    language: "en",
    conflicting: ["The Supplier may engage sub-processors at its own discretion without informing the Customer."],
    clean: ["The Supplier may engage sub-processors only with the prior written authorisation of the Customer."],
  },
  {
    conflict: "unrestricted_subprocessing",
    requirement: "subprocessor_authorisation",
    language: "nl",
    conflicting: ["Opdrachtnemer mag zonder voorafgaande toestemming van Opdrachtgever subverwerkers inschakelen."],
    clean: [
      "Opdrachtnemer mag alleen subverwerkers inschakelen na voorafgaande schriftelijke toestemming van Opdrachtgever.",
    ],
  },
  {
    conflict: "breach_filtering_or_delay",
    requirement: "breach_notification",
    language: "en",
    conflicting: [
      "The Supplier notifies the Customer of a personal data breach within five working days.",
      "The Supplier only notifies the Customer of serious security incidents.",
    ],
    clean: ["The Supplier notifies the Customer of a personal data breach within 48 hours."],
  },
  {
    conflict: "breach_filtering_or_delay",
    requirement: "breach_notification",
    language: "nl",
    conflicting: [
      "Opdrachtnemer meldt een datalek binnen 96 uur aan Opdrachtgever.",
      "Opdrachtnemer meldt alleen ernstige datalekken aan Opdrachtgever.",
    ],
    clean: ["Opdrachtnemer meldt ieder datalek binnen 48 uur aan Opdrachtgever."],
  },
  {
    conflict: "no_audit_right",
    requirement: "audits",
    language: "en",
    conflicting: ["The Customer has no right to audit the Supplier."],
    clean: ["The Customer may audit the Supplier once a year."],
  },
  {
    conflict: "no_audit_right",
    requirement: "audits",
    language: "nl",
    conflicting: ["Opdrachtgever heeft geen recht op audits bij Opdrachtnemer."],
    clean: ["Opdrachtgever mag eenmaal per jaar een audit laten uitvoeren bij Opdrachtnemer."],
  },
  {
    conflict: "retention_after_end",
    requirement: "deletion_return",
    language: "en",
    conflicting: [
      "After termination, the Supplier may retain the personal data for twelve months for its own records.",
    ],
    clean: [
      "After termination, the Supplier retains personal data only where Union or Member State law requires storage.",
    ],
  },
  {
    conflict: "retention_after_end",
    requirement: "deletion_return",
    language: "nl",
    conflicting: ["Na beëindiging bewaart Opdrachtnemer de persoonsgegevens nog zes maanden voor eventuele vragen."],
    clean: ["Na beëindiging bewaart Opdrachtnemer geen persoonsgegevens, tenzij een wettelijke bewaarplicht geldt."],
  },
  {
    conflict: "unlawful_instruction_warranty_only",
    requirement: "infringing_instruction_notice",
    language: "en",
    conflicting: [
      "The Customer warrants that its instructions comply with the law; the Supplier is not obliged to assess the lawfulness of instructions.",
    ],
    clean: [
      "The Customer warrants that its instructions are lawful. The Supplier immediately informs the Customer if it believes an instruction infringes the GDPR.",
    ],
  },
  {
    conflict: "unlawful_instruction_warranty_only",
    requirement: "infringing_instruction_notice",
    language: "nl",
    conflicting: [
      "Opdrachtgever garandeert dat zijn instructies rechtmatig zijn en Opdrachtnemer is niet verplicht instructies te toetsen.",
    ],
    clean: [
      "Opdrachtgever garandeert dat zijn instructies rechtmatig zijn. Opdrachtnemer waarschuwt Opdrachtgever direct als een instructie naar zijn oordeel in strijd is met de AVG.",
    ],
  },
];

describe("conflicts with the GDPR", () => {
  for (const conflictCase of conflictCases) {
    for (const clause of conflictCase.conflicting) {
      it(`${conflictCase.conflict} (${conflictCase.language}) is found in: ${clause}`, () => {
        const requirement = requirementOf(checkClauses(conflictCase.language, clause), conflictCase.requirement);
        expect(requirement.status).toBe("conflict");
        expect(requirement.conflicts?.[0]?.id).toBe(conflictCase.conflict);
        expect(requirement.evidence[0]?.text).toContain(clause.slice(0, 30));
      });
    }
    for (const clause of conflictCase.clean) {
      it(`${conflictCase.conflict} (${conflictCase.language}) is not flagged in: ${clause}`, () => {
        const requirement = requirementOf(checkClauses(conflictCase.language, clause), conflictCase.requirement);
        expect(requirement.status).not.toBe("conflict");
      });
    }
  }

  it("counts working days over a weekend", () => {
    expect(longestNotificationHours("within 2 working days")).toBe(48);
    expect(longestNotificationHours("within five working days")).toBeGreaterThan(72);
    expect(longestNotificationHours("binnen 36 uur")).toBe(36);
    expect(longestNotificationHours("without undue delay")).toBeNull();
  });
});

const englishAgreement = [
  "# Data processing agreement",
  englishPreamble,
  "# 1. Subject, duration and purpose",
  "The subject-matter of the processing is the hosting of the citizen portal of the Customer.",
  "The processing lasts for as long as the main agreement is in force.",
  "The Supplier processes the personal data for the purpose of operating the parking permit system.",
  "Categories of personal data: names, e-mail addresses and telephone numbers.",
  "The categories of data subjects are residents and employees of the municipality.",
  "The personal data are stored in data centres in the Netherlands.",
  "# 2. Obligations of the Supplier",
  "The Supplier processes the personal data only on the documented instructions of the Customer, also with regard to transfers to a third country.",
  "Where Union or Member State law requires the Supplier to process the data otherwise, the Supplier shall inform the Customer of that legal requirement before processing, unless that law prohibits such information.",
  "Transfers to a third country take place only with the safeguards of Chapter V of the GDPR, such as standard contractual clauses.",
  "The Supplier ensures that all persons authorised to process the personal data are bound by a duty of confidentiality.",
  "The Supplier takes appropriate technical and organisational measures to secure the personal data, as set out in Annex 2.",
  "The Supplier immediately informs the Customer if, in its opinion, an instruction infringes the GDPR.",
  "# 3. Sub-processors",
  "The Supplier shall not engage a sub-processor without the prior written authorisation of the Customer.",
  "The Supplier informs the Customer of any intended addition or replacement of a sub-processor, and the Customer may object to the change.",
  "The Supplier imposes on each sub-processor, by written contract, the same data protection obligations as set out in this agreement.",
  "The Supplier remains fully liable to the Customer for the performance of its sub-processors.",
  "# 4. Assistance",
  "The Supplier assists the Customer in responding to requests from data subjects to exercise their rights of access, rectification and erasure.",
  "The Supplier assists the Customer in meeting its obligations under Article 32 of the GDPR.",
  "The Supplier assists the Customer with data protection impact assessments and the prior consultation of the supervisory authority.",
  "# 5. Personal data breaches",
  "The Supplier notifies the Customer without undue delay, and in any case within 24 hours, after becoming aware of a personal data breach.",
  "# 6. Audits",
  "The Supplier makes available to the Customer all information necessary to demonstrate compliance with this agreement.",
  "The Supplier allows for and contributes to audits, including inspections, by the Customer or an auditor appointed by the Customer.",
  "# 7. Liability, term and end",
  "The Supplier's liability under this agreement is limited to the fees paid in the preceding year.",
  "This agreement terminates automatically when the main agreement ends.",
  "At the end of the agreement, the Supplier returns or deletes all personal data, at the Customer's choice, and deletes existing copies unless the law requires storage.",
];

const dutchAgreement = [
  "# Verwerkersovereenkomst",
  dutchPreamble,
  "# Artikel 1. Onderwerp, duur en doel",
  "Het onderwerp van de verwerking is het beheer van de salarisadministratie van Opdrachtgever.",
  "De verwerking duurt zolang de hoofdovereenkomst loopt.",
  "Het doel van de verwerking is het uitbetalen van salarissen aan medewerkers.",
  "Soorten persoonsgegevens: naam, adres, geboortedatum en bankrekeningnummer.",
  "Categorieën betrokkenen: medewerkers en oud-medewerkers van de gemeente.",
  "De persoonsgegevens worden uitsluitend opgeslagen binnen de Europese Unie.",
  "# Artikel 2. Verplichtingen van Opdrachtnemer",
  "Opdrachtnemer verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Opdrachtgever.",
  "Indien een wettelijk voorschrift Opdrachtnemer verplicht tot een andere verwerking, stelt Opdrachtnemer Opdrachtgever daarvan vooraf in kennis, tenzij die wet dit verbiedt.",
  "Doorgifte van persoonsgegevens naar landen buiten de Europese Economische Ruimte vindt alleen plaats op instructie van Opdrachtgever en met passende waarborgen.",
  "Opdrachtnemer zorgt ervoor dat iedereen die toegang heeft tot de persoonsgegevens tot geheimhouding is verplicht.",
  "Opdrachtnemer neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen.",
  "Opdrachtnemer stelt Opdrachtgever onmiddellijk op de hoogte indien naar zijn oordeel een instructie in strijd is met de AVG.",
  "# Artikel 3. Subverwerkers",
  "Opdrachtnemer schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever.",
  "Opdrachtnemer informeert Opdrachtgever vooraf over een voorgenomen wijziging van subverwerkers; Opdrachtgever kan daartegen bezwaar maken.",
  "Opdrachtnemer legt iedere subverwerker bij overeenkomst dezelfde verplichtingen op als die in deze verwerkersovereenkomst.",
  "Opdrachtnemer blijft volledig aansprakelijk jegens Opdrachtgever voor de nakoming door zijn subverwerkers.",
  "# Artikel 4. Bijstand",
  "Opdrachtnemer verleent Opdrachtgever medewerking bij het afhandelen van verzoeken van betrokkenen.",
  "Opdrachtnemer helpt Opdrachtgever bij de nakoming van diens verplichtingen op grond van artikel 32 AVG.",
  "Opdrachtnemer verleent bijstand bij het uitvoeren van een gegevensbeschermingseffectbeoordeling (DPIA) en bij een voorafgaande raadpleging.",
  "# Artikel 5. Datalekken",
  "Opdrachtnemer meldt een datalek zonder onredelijke vertraging, uiterlijk binnen 24 uur, aan Opdrachtgever.",
  "# Artikel 6. Audit",
  "Opdrachtnemer stelt alle informatie ter beschikking die nodig is om de naleving van deze overeenkomst aan te tonen.",
  "Opdrachtgever heeft het recht om audits uit te voeren bij Opdrachtnemer; Opdrachtnemer werkt daaraan mee.",
  "# Artikel 7. Aansprakelijkheid, looptijd en einde",
  "De aansprakelijkheid van Opdrachtnemer is beperkt tot het bedrag van de hoofdovereenkomst.",
  "Deze verwerkersovereenkomst eindigt van rechtswege bij beëindiging van de hoofdovereenkomst.",
  "Na afloop van de overeenkomst verwijdert Opdrachtnemer alle persoonsgegevens of geeft hij deze terug, naar keuze van Opdrachtgever.",
];

describe("a complete agreement", () => {
  for (const [language, paragraphs] of [
    ["en", englishAgreement],
    ["nl", dutchAgreement],
  ] as const) {
    it(`comes out compliant (${language})`, () => {
      const result = checkAgreement(documentFromParagraphs(paragraphs));
      expect(result.language).toBe(language);
      expect(result.languageDetected).toBe(true);
      expect(result.isProcessorAgreement).toBe(true);
      expect(
        result.requirements
          .filter((requirement) => requirement.status !== "present")
          .map((requirement) => requirement.id),
      ).toEqual([]);
      expect(result.summary).toMatchObject({ compliant: true, missing: [], conflicts: [], advisoryMissing: [] });
      expect(result.summary.mandatoryPresent).toBe(result.summary.mandatoryTotal);
      for (const requirement of result.requirements) {
        expect(requirement.evidence.length).toBeGreaterThan(0);
        expect(requirement.evidence.length).toBeLessThanOrEqual(3);
        expect(requirement.evidence[0]?.location).not.toBe("");
      }
    });
  }

  it("names what is missing, in the document's language", () => {
    const withoutBreachClause = dutchAgreement.filter((paragraph) => !paragraph.includes("datalek zonder"));
    const result = checkAgreement(documentFromParagraphs(withoutBreachClause));
    const breach = requirementOf(result, "breach_notification");
    expect(breach.status).toBe("missing");
    expect(breach.evidence).toEqual([]);
    expect(breach.explanation).toMatch(/niet gevonden/);
    expect(result.summary.compliant).toBe(false);
    expect(result.summary.missing).toEqual(["breach_notification"]);
  });

  it("reports a conflict in the summary and is then not compliant", () => {
    const result = checkAgreement(
      documentFromParagraphs([
        ...englishAgreement,
        "The Supplier may use the personal data to improve its own products and services.",
      ]),
    );
    expect(requirementOf(result, "instructions").status).toBe("conflict");
    expect(result.summary.conflicts).toEqual(["instructions"]);
    expect(result.summary.compliant).toBe(false);
  });

  it("checks a 150,000-character agreement without trouble", () => {
    const paragraphs: string[] = [];
    while (paragraphs.join(" ").length < 150_000) paragraphs.push(...englishAgreement);
    const result = checkAgreement(documentFromParagraphs(paragraphs));
    expect(result.summary.compliant).toBe(true);
  });
});

describe("documents that are not a processor agreement", () => {
  it("recognises a privacy statement", () => {
    const result = checkAgreement(
      documentFromParagraphs([
        "# Privacyverklaring",
        "Wij respecteren uw privacy.",
        "Wij verwerken uw persoonsgegevens om onze dienst te kunnen leveren.",
        "Wij nemen passende beveiligingsmaatregelen en bewaren uw gegevens niet langer dan nodig.",
        "U heeft recht op inzage, correctie en verwijdering van uw gegevens.",
        "Wij schakelen een verwerker in voor de hosting van onze website.",
      ]),
    );
    expect(result.isProcessorAgreement).toBe(false);
    expect(result.processorAgreementReason).not.toBe("");
    expect(result.summary.compliant).toBe(false);
    expect(result.summary.conflicts).toEqual([]);
    // What the text does say is still shown, with the reason it does not count.
    const security = requirementOf(result, "security");
    expect(security.status).toBe("present");
    expect(security.evidence[0]?.text).toContain("beveiligingsmaatregelen");
    expect(security.explanation).toMatch(/geen verwerkersovereenkomst/);
    expect(requirementOf(result, "breach_notification").status).toBe("missing");
  });

  it("recognises a statement that no agreement is needed", () => {
    const result = checkAgreement(
      documentFromParagraphs([
        "# Our role under the GDPR",
        "Acme processes the personal data of its users as an independent controller.",
        "Acme is not a processor for its customers, so no data processing agreement is needed.",
        "Acme takes appropriate technical and organisational measures to protect personal data.",
      ]),
    );
    expect(result.isProcessorAgreement).toBe(false);
    expect(result.summary.compliant).toBe(false);
  });

  it("recognises an unrelated contract", () => {
    const result = checkAgreement(
      documentFromParagraphs([
        "# Software licence",
        "The Licensor grants the Licensee a non-exclusive licence to use the software.",
        "Fees are payable within thirty days of the invoice date.",
        "Each party shall keep the other party's confidential information secret.",
        "Either party may terminate this agreement with three months' notice.",
        "The Licensor's liability is limited to the fees paid.",
      ]),
    );
    expect(result.isProcessorAgreement).toBe(false);
    expect(result.summary.compliant).toBe(false);
    expect(
      result.requirements.filter((requirement) => requirement.mandatory && requirement.status === "present"),
    ).toEqual([]);
  });

  it("never reports a conflict outside a processor agreement", () => {
    const result = checkAgreement(
      documentFromParagraphs([
        "# Privacy statement",
        "We process your personal data to deliver our newsletter.",
        "We may use your personal data for marketing and statistics.",
        "We engage a processor for sending e-mail.",
      ]),
    );
    expect(result.isProcessorAgreement).toBe(false);
    expect(result.summary.conflicts).toEqual([]);
  });
});

describe("documents that present themselves as a processor agreement", () => {
  // A short agreement: title, parties, instructions and security, and little else.
  const shortAgreement = [
    "# Verwerkersovereenkomst",
    'Deze overeenkomst is gesloten tussen de gemeente Havenstad, hierna te noemen "Verwerkingsverantwoordelijke", en Tekstwerk B.V., hierna te noemen "Verwerker".',
    "Verwerker verwerkt de persoonsgegevens uitsluitend op schriftelijke instructie van Verwerkingsverantwoordelijke.",
    "Verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen.",
  ];

  it("is judged as an incomplete processor agreement, not as something else", () => {
    const result = checkAgreement(documentFromParagraphs(shortAgreement));
    expect(result.isProcessorAgreement).toBe(true);
    expect(result.processorAgreementReason).toMatch(/verwerkersovereenkomst/);
    expect(requirementOf(result, "instructions").status).toBe("present");
    expect(requirementOf(result, "security").status).toBe("present");
    const breach = requirementOf(result, "breach_notification");
    expect(breach.status).toBe("missing");
    expect(breach.explanation).toMatch(/niet gevonden/);
    expect(breach.explanation).not.toMatch(/geen verwerkersovereenkomst/);
    expect(result.summary.compliant).toBe(false);
  });

  it("recognises English titles and parties defined by role", () => {
    for (const title of ["# Data Processing Addendum", "# DPA", "# Processor Agreement"]) {
      const result = checkAgreement(
        documentFromParagraphs([
          title,
          "Acme Cloud Ltd acts as processor for the Customer, who is the controller.",
          "The processor processes personal data only on documented instructions from the controller.",
        ]),
      );
      expect(result.isProcessorAgreement, title).toBe(true);
    }
    const untitled = checkAgreement(
      documentFromParagraphs([
        'This addendum is made between Northwind School ("Controller") and Acme Cloud Ltd ("Processor").',
        "The Processor processes personal data only on documented instructions from the Controller.",
      ]),
    );
    expect(untitled.isProcessorAgreement).toBe(true);
  });

  it("does not take a party's seat for its name", () => {
    const terms = findPartyTerms(['Rekenwerk B.V., gevestigd te Almelo, hierna te noemen "Verwerker".']);
    expect(terms.processorTerms).not.toContain("almelo");
  });
});

describe("language", () => {
  it("detects Dutch and English", () => {
    expect(
      detectLanguage("De verwerker verwerkt de persoonsgegevens uitsluitend op instructie van de verantwoordelijke.")
        .language,
    ).toBe("nl");
    expect(
      detectLanguage("The processor shall process the personal data only on documented instructions.").language,
    ).toBe("en");
  });

  it("can be chosen by the caller", () => {
    const result = checkAgreement(documentFromParagraphs(englishAgreement), { language: "nl" });
    expect(result.language).toBe("nl");
    expect(result.languageDetected).toBe(false);
    expect(requirementOf(result, "security").explanation).toMatch(/geregeld/);
  });
});

describe("defined terms", () => {
  it("finds terms defined in brackets and with 'hereinafter'", () => {
    const terms = findPartyTerms([
      'Acme Hosting Ltd (hereinafter: "Provider") provides the services.',
      '"Client" means the entity that acts as controller of the personal data.',
      "Provider acts as processor.",
    ]);
    expect(terms.processorTerms).toContain("provider");
    expect(terms.processorTerms).toContain("acme hosting ltd");
    expect(terms.controllerTerms).toContain("client");
  });

  it("reads Dutch definitions", () => {
    const terms = findPartyTerms([
      "Zuid Software B.V., hierna te noemen: Verwerker, en de gemeente Noord.",
      "De Verwerker (Leverancier) levert de dienst aan de gemeente.",
      "De Gemeente Noord treedt op als verwerkingsverantwoordelijke.",
    ]);
    expect(terms.processorTerms).toEqual(expect.arrayContaining(["zuid software b.v", "leverancier"]));
    expect(terms.controllerTerms).toContain("gemeente noord");
  });

  it("reads 'X as processor and Y as controller'", () => {
    const terms = findPartyTerms([
      "This addendum applies between Acme GmbH as processor and the Client as controller.",
    ]);
    expect(terms.processorTerms).toContain("acme gmbh");
    expect(terms.controllerTerms).toContain("client");
  });

  it("maps 'we' and 'you' when the text ties them to roles", () => {
    const terms = findPartyTerms(["We act as your processor.", "You are the controller of the data you upload."]);
    expect(terms.processorTerms).toContain("we");
    expect(terms.controllerTerms).toContain("you");
  });

  it("reports the terms in the result and uses them for the obligations", () => {
    const result = checkAgreement(documentFromParagraphs(englishAgreement));
    expect(result.parties.processorTerms).toContain("supplier");
    expect(result.parties.controllerTerms).toContain("customer");
  });

  it("does not count an obligation of the controller as one of the processor", () => {
    const result = checkClauses(
      "en",
      "The Customer shall notify the Supplier of any personal data breach without undue delay.",
    );
    expect(requirementOf(result, "breach_notification").status).toBe("missing");
  });
});

describe("sentences", () => {
  it("does not split at abbreviations, article references and clause numbers", () => {
    expect(
      splitSentences(
        "Pursuant to Art. 28(3) GDPR and art. 5 lid 2 sub b, the processor acts e.g. for the municipality. The controller decides.",
      ),
    ).toEqual([
      "Pursuant to Art. 28(3) GDPR and art. 5 lid 2 sub b, the processor acts e.g. for the municipality.",
      "The controller decides.",
    ]);
    expect(splitSentences("1.1. The processor shall act. 1.2. The controller shall decide.")).toEqual([
      "1.1. The processor shall act.",
      "1.2. The controller shall decide.",
    ]);
    expect(splitSentences("Zie bijv. artikel 3. Verwerker werkt mee.")).toEqual([
      "Zie bijv. artikel 3.",
      "Verwerker werkt mee.",
    ]);
    expect(splitSentences("The processor shall (a) process only on instructions; (b) keep records.")).toHaveLength(1);
  });
});

describe("evidence", () => {
  // Our own clauses, laid out like a municipal agreement: the infringing-instruction clause comes
  // before the breach clause, and one article covers both data-subject rights and the DPIA.
  const paragraphs = [
    "# Verwerkersovereenkomst",
    dutchPreamble,
    "# Artikel 3 Instructies",
    "3.3 Opdrachtnemer stelt Opdrachtgever onmiddellijk op de hoogte indien een instructie naar zijn oordeel inbreuk maakt op de AVG.",
    "# Artikel 8 Rechten van betrokkenen en DPIA",
    "8.1 Opdrachtnemer helpt Opdrachtgever bij het beantwoorden van verzoeken van betrokkenen om inzage en rectificatie.",
    "8.2 Opdrachtnemer verleent Opdrachtgever bijstand bij een gegevensbeschermingseffectbeoordeling (DPIA) en een voorafgaande raadpleging.",
    "# Artikel 9 Datalekken",
    "9.1 Opdrachtnemer meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging aan Opdrachtgever.",
    "# Artikel 10 Onderwerp",
    "10.1 Deze overeenkomst heeft betrekking op de verwerking van persoonsgegevens voor de salarisadministratie.",
  ];
  const result = checkAgreement(documentFromParagraphs(paragraphs));

  it("takes a personal data breach, not an infringing instruction, as the breach clause", () => {
    const breach = requirementOf(result, "breach_notification");
    expect(breach.evidence[0]?.text).toMatch(/^9\.1/);
    expect(breach.evidence.some((evidence) => evidence.text.startsWith("3.3"))).toBe(false);
    expect(requirementOf(result, "infringing_instruction_notice").evidence[0]?.text).toMatch(/^3\.3/);
  });

  it("ranks the clause that names the DPIA above one that only shares its heading", () => {
    expect(requirementOf(result, "dpia_assistance").evidence[0]?.text).toMatch(/^8\.2/);
    expect(requirementOf(result, "data_subject_rights").evidence[0]?.text).toMatch(/^8\.1/);
  });

  it("prefers a clause to a bare heading", () => {
    const subject = requirementOf(result, "subject_matter");
    expect(subject.evidence[0]?.text).toMatch(/^10\.1/);
  });

  it("treats an infringement of the law as no personal data breach", () => {
    const alone = checkClauses(
      "nl",
      "Opdrachtnemer stelt Opdrachtgever direct op de hoogte als een instructie inbreuk maakt op de AVG.",
    );
    expect(requirementOf(alone, "breach_notification").status).toBe("missing");
    const english = checkClauses(
      "en",
      "The Supplier shall notify the Customer without delay if an instruction would be in breach of applicable law.",
    );
    expect(requirementOf(english, "breach_notification").status).toBe("missing");
  });
});
