import type { BilingualText } from "../check/catalogue.ts";
import type { RoleOutcome } from "./outcomes.ts";
import type { CompleteRoleAnswers } from "./questions.ts";

/** Version of the decision model; stored with every assessment so old outcomes stay explainable. */
export const roleDecisionModelVersion = "v1";
export type RoleDecisionModelVersion = typeof roleDecisionModelVersion;

/**
 * Stable ids of the rules of decision model v1: `R` + the rule's number in the spec + what it
 * tests. Stored with every assessment; never renamed.
 */
export const roleRuleIds = [
  "R1_no_personal_data",
  "R2_direct_authority",
  "R3_incidental_access",
  "R4_statutory_task",
  "R5_implicit_competence",
  "R6_own_purposes",
  "R7_party_decides_purpose",
  "R8_decided_together",
  "R9_party_decides_essential_means",
  "R10_instructions_not_followed",
  "R11_processes_on_instructions",
  "R12_undetermined",
] as const;
export type RoleRuleId = (typeof roleRuleIds)[number];

/** One rule of the decision model, with everything needed to explain its outcome. */
export interface RoleRule {
  id: RoleRuleId;
  outcome: RoleOutcome;
  /** The condition in the spec's notation, e.g. `personal_data = no`. */
  condition: string;
  /** Whether the rule fires for a complete set of answers. */
  applies(answers: CompleteRoleAnswers): boolean;
  /** Why this outcome follows, in plain language. */
  explanation: BilingualText;
  references: readonly string[];
  /** What the parties must do next, most important first. */
  nextSteps: readonly BilingualText[];
}

const gdpr = (article: string) => `Art. ${article} AVG/GDPR`;
const edpbGuidelines = "EDPB Guidelines 07/2020";
const dutchDataProtectionAuthority = "Autoriteit Persoonsgegevens, Verantwoordelijke en verwerker";

const independentControllerSteps: readonly BilingualText[] = [
  {
    nl:
      "Sluit voor deze verwerking geen verwerkersovereenkomst. De partij verwerkt de gegevens onder eigen " +
      "verantwoordelijkheid en heeft daarvoor zelf een grondslag nodig (artikel 6 AVG).",
    en:
      "Do not conclude a processor agreement for this processing. The party processes the data under its own " +
      "responsibility and needs its own legal basis for that (Article 6 GDPR).",
  },
  {
    nl:
      "Ga na of uw organisatie de gegevens aan de partij mag verstrekken: op welke grondslag, en past de " +
      "verstrekking bij het doel waarvoor u de gegevens verzamelde (artikel 5 lid 1 onder b en artikel 6 AVG)?",
    en:
      "Check whether your organisation may provide the data to the party: on which legal basis, and is providing " +
      "them compatible with the purpose you collected them for (Article 5(1)(b) and Article 6 GDPR)?",
  },
  {
    nl: "Noem de partij als ontvanger in uw privacyverklaring en in uw verwerkingsregister (artikelen 13, 14 en 30 AVG).",
    en: "Name the party as a recipient in your privacy notice and in your record of processing (Articles 13, 14 and 30 GDPR).",
  },
  {
    nl:
      "Leg zo nodig in een gegevensdelingsovereenkomst vast welke gegevens u verstrekt, hoe u ze veilig overdraagt " +
      "en hoe u elkaar informeert over datalekken. Dat is niet verplicht, maar wel verstandig.",
    en:
      "Where useful, record in a data-sharing agreement which data you provide, how you transfer them securely and " +
      "how you inform each other about data breaches. This is optional but sensible.",
  },
];

const jointControllerSteps: readonly BilingualText[] = [
  {
    nl:
      "Maak met de partij een regeling als bedoeld in artikel 26 AVG. Leg daarin vast wie welke verplichting " +
      "nakomt, vooral wie de betrokkenen informeert en wie verzoeken om inzage, correctie of verwijdering afhandelt.",
    en:
      "Make an arrangement with the party as required by Article 26 GDPR. Set out who meets which obligation, " +
      "especially who informs the people concerned and who handles requests for access, correction or erasure.",
  },
  {
    nl: "Maak de hoofdlijnen van die regeling bekend aan de betrokkenen, bijvoorbeeld in uw privacyverklaring (artikel 26 lid 2 AVG).",
    en: "Make the essence of the arrangement available to the people concerned, for example in your privacy notice (Article 26(2) GDPR).",
  },
  {
    nl: "Sluit voor deze verwerking geen verwerkersovereenkomst: die zou de werkelijke verhouding verkeerd weergeven.",
    en: "Do not conclude a processor agreement for this processing: it would misrepresent the actual relationship.",
  },
  {
    nl: "Zorg dat u allebei een grondslag heeft, en bepaal samen of een DPIA nodig is (artikel 35 AVG).",
    en: "Make sure you each have a legal basis, and decide together whether a DPIA is needed (Article 35 GDPR).",
  },
];

/**
 * Decision model v1, in the spec's order: the first rule that fires decides. For complete
 * answers one of rules 1 to 11 always fires; rule 12 is reached only while answers are missing.
 */
export const roleRules: readonly RoleRule[] = [
  {
    id: "R1_no_personal_data",
    outcome: "not_applicable",
    condition: "personal_data = no",
    applies: (answers) => answers.personal_data === "no",
    explanation: {
      nl:
        "Bij het werk voor uw organisatie komt de partij niet in aanraking met persoonsgegevens: gegevens waarmee " +
        "iemand direct of indirect herkenbaar is. De AVG is dan niet van toepassing op deze samenwerking, dus er is " +
        "geen verwerkersovereenkomst of andere privacyafspraak nodig.",
      en:
        "The party's work for your organisation does not involve personal data: information that identifies " +
        "someone directly or indirectly. The GDPR then does not apply to this work, so no processor agreement or " +
        "other privacy arrangement is needed.",
    },
    references: [gdpr("2(1)"), gdpr("4(1)")],
    nextSteps: [
      { nl: "Er is geen AVG-overeenkomst nodig.", en: "No GDPR agreement is needed." },
      {
        nl: "Doe de rolbepaling opnieuw als de opdracht verandert en de partij toch persoonsgegevens gaat verwerken.",
        en: "Assess the role again when the assignment changes and the party does start to handle personal data.",
      },
    ],
  },
  {
    id: "R2_direct_authority",
    outcome: "internal",
    condition: "direct_authority = yes",
    applies: (answers) => answers.direct_authority === "yes",
    explanation: {
      nl:
        "De partij werkt onder het rechtstreekse gezag van uw organisatie, zoals een eigen medewerker, een " +
        "gedetacheerde of een uitzendkracht die binnen uw organisatie werkt. Voor de AVG hoort zij dan bij uw eigen " +
        "organisatie: dit is intern beheer, geen uitbesteding aan een buitenstaander. Uw organisatie blijft zelf " +
        "verantwoordelijk en geeft de instructies; een verwerkersovereenkomst is niet nodig.",
      en:
        "The party works under your organisation's direct authority, like an employee, seconded staff or an agency " +
        "worker working inside your organisation. For the GDPR it is then part of your own organisation: this is " +
        "internal management, not outsourcing to an outsider. Your organisation remains responsible and gives the " +
        "instructions; no processor agreement is needed.",
    },
    references: [gdpr("4(10)"), gdpr("29"), gdpr("32(4)"), dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl:
          "Regel instructies en geheimhouding in de arbeids-, detacherings- of inhuurovereenkomst; een aparte " +
          "AVG-overeenkomst met de persoon is niet nodig (artikel 29 en artikel 32 lid 4 AVG).",
        en:
          "Arrange instructions and confidentiality in the employment, secondment or hiring contract; a separate " +
          "GDPR agreement with the person is not needed (Article 29 and Article 32(4) GDPR).",
      },
      {
        nl: "Geef alleen toegang tot de gegevens die nodig zijn voor het werk, en trek die in zodra het werk stopt.",
        en: "Give access only to the data the work needs, and withdraw it as soon as the work ends.",
      },
      {
        nl:
          "Let op: het detacherings- of uitzendbureau zelf kan wel gegevens voor u verwerken, bijvoorbeeld als het de " +
          "uren en inzet bijhoudt. Beoordeel die verwerking apart.",
        en:
          "Note: the secondment or staffing agency itself may still process data for you, for example when it keeps " +
          "the timesheets. Assess that processing separately.",
      },
    ],
  },
  {
    id: "R3_incidental_access",
    outcome: "not_applicable",
    condition: "primary_service = no",
    applies: (answers) => answers.primary_service === "no",
    explanation: {
      nl:
        "Het verwerken van persoonsgegevens is niet de kern van de opdracht. De partij komt hooguit toevallig met " +
        "gegevens in aanraking, zoals een schoonmaker die papieren op een bureau ziet liggen of een monteur die een " +
        "scherm ziet. Zo'n partij is geen verwerker, dus een verwerkersovereenkomst is niet nodig. Omdat zij wel " +
        "gegevens kan zien, is een geheimhoudingsafspraak verstandig.",
      en:
        "Processing personal data is not the core of the assignment. At most the party comes across data by " +
        "chance, like a cleaner who sees papers on a desk or a technician who sees a screen. Such a party is not a " +
        "processor, so no processor agreement is needed. Because it can still see data, a confidentiality clause " +
        "is advisable.",
    },
    references: [gdpr("4(8)"), gdpr("28(1)"), dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl: "Neem een geheimhoudingsclausule op in het contract met de partij.",
        en: "Include a confidentiality clause in the contract with the party.",
      },
      {
        nl: "Beperk wat de partij kan zien, bijvoorbeeld met een clean-desk-beleid, afgesloten kasten en vergrendelde schermen.",
        en: "Limit what the party can see, for example with a clear-desk policy, locked cabinets and locked screens.",
      },
      { nl: "Een verwerkersovereenkomst is niet nodig.", en: "No processor agreement is needed." },
    ],
  },
  {
    id: "R4_statutory_task",
    outcome: "independent_controller",
    condition: "legal_task = yes",
    applies: (answers) => answers.legal_task === "yes",
    explanation: {
      nl:
        "Een wet geeft de partij zelf de taak of de plicht om deze gegevens te verwerken, zoals bij de controlerend " +
        "accountant, de gerechtsdeurwaarder of het pensioenfonds. De partij bepaalt dan op grond van die wet zelf " +
        "waarvoor en hoe zij de gegevens gebruikt. Zij is zelfstandig verwerkingsverantwoordelijke en geen " +
        "verwerker, ook al schakelt uw organisatie haar in en betaalt u haar.",
      en:
        "A law gives the party its own task or duty to process these data, as with the statutory auditor, the " +
        "bailiff or the pension fund. On the basis of that law the party itself decides why and how it uses the " +
        "data. It is an independent controller and not a processor, even though your organisation engages and " +
        "pays it.",
    },
    references: [gdpr("4(7)"), gdpr("6(1)(c)"), gdpr("6(1)(e)"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: independentControllerSteps,
  },
  {
    id: "R5_implicit_competence",
    outcome: "independent_controller",
    condition: "implicit_competence = yes",
    applies: (answers) => answers.implicit_competence === "yes",
    explanation: {
      nl:
        "Geen wet zegt het uitdrukkelijk, maar uit de eigen rol van de partij volgt dat zij zelf beslist over deze " +
        "verwerking. Denk aan een werkgever met de gegevens van zijn personeel, een vereniging met die van haar " +
        "leden, een advocaat die zelf bepaalt wat hij voor een zaak nodig heeft, of een bezorger die pakketten op " +
        "adressen moet afleveren. De partij is daarom zelfstandig verwerkingsverantwoordelijke; een " +
        "verwerkersovereenkomst past hier niet.",
      en:
        "No law says so expressly, but the party's own role means that it decides on this processing itself. " +
        "Think of an employer with its staff's data, an association with its members' data, a lawyer deciding what " +
        "a case needs, or a courier who must deliver parcels to addresses. The party is therefore an independent " +
        "controller; a processor agreement does not fit here.",
    },
    references: [gdpr("4(7)"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: independentControllerSteps,
  },
  {
    id: "R6_own_purposes",
    outcome: "independent_controller",
    condition: "own_purposes = yes",
    applies: (answers) => answers.own_purposes === "yes",
    explanation: {
      nl:
        "De partij gebruikt de gegevens ook voor eigen doelen, bijvoorbeeld voor eigen marketing, om haar product " +
        "te verbeteren of om inzichten te verkopen. Daarmee gaat zij buiten uw opdracht, en voor dat gebruik is zij " +
        "zelf verwerkingsverantwoordelijke (artikel 28 lid 10 AVG). Een contract dat haar 'verwerker' noemt, " +
        "verandert daar niets aan: de feitelijke situatie beslist.",
      en:
        "The party also uses the data for purposes of its own, for example its own marketing, improving its " +
        "product or selling insights. That goes beyond your assignment, and for that use it is a controller itself " +
        "(Article 28(10) GDPR). A contract calling it a 'processor' does not change this: the facts decide.",
    },
    references: [gdpr("28(10)"), gdpr("4(7)"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl:
          "Ga na of uw organisatie dit eigen gebruik wil en mag toestaan. Zo niet: spreek af dat de partij het " +
          "stopt, of kies een andere leverancier.",
        en:
          "Decide whether your organisation wants to, and may, allow this use of its own. If not, agree that the " +
          "party stops it, or choose another supplier.",
      },
      {
        nl:
          "Verwerkt de partij de gegevens daarnaast strikt in uw opdracht, bijvoorbeeld door ze voor u op te slaan? " +
          "Beoordeel die verwerking apart: daarvoor kan zij wel uw verwerker zijn en is een verwerkersovereenkomst nodig.",
        en:
          "Does the party also process the data strictly on your behalf, for example by storing them for you? Assess " +
          "that processing separately: for it, the party may well be your processor and need a processor agreement.",
      },
      ...independentControllerSteps.slice(1),
    ],
  },
  {
    id: "R7_party_decides_purpose",
    outcome: "independent_controller",
    condition: "purpose_by = party",
    applies: (answers) => answers.purpose_by === "party",
    explanation: {
      nl:
        "De partij bepaalt zelf waarom de gegevens worden verwerkt. Wie het doel van een verwerking bepaalt, is " +
        "verwerkingsverantwoordelijke. De partij is dus zelfstandig verwerkingsverantwoordelijke en niet uw verwerker.",
      en:
        "The party itself decides why the data are processed. Whoever decides the purpose of processing is a " +
        "controller. The party is therefore an independent controller and not your processor.",
    },
    references: [gdpr("4(7)"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: independentControllerSteps,
  },
  {
    id: "R8_decided_together",
    outcome: "joint_controllers",
    condition: "purpose_by = both or essential_means_by = both",
    applies: (answers) => answers.purpose_by === "both" || answers.essential_means_by === "both",
    explanation: {
      nl:
        "Uw organisatie en de partij bepalen samen waarom de gegevens worden verwerkt, of samen welke gegevens, van " +
        "wie, hoe lang en voor wie. Dan zijn u en de partij gezamenlijk verwerkingsverantwoordelijk. U moet samen " +
        "vastleggen wie welke AVG-verplichting nakomt.",
      en:
        "Your organisation and the party decide together why the data are processed, or together which data, about " +
        "whom, for how long and for whom. You and the party are then joint controllers, and must set out together " +
        "who meets which GDPR obligation.",
    },
    references: [gdpr("26"), gdpr("4(7)"), edpbGuidelines, "CJEU/HvJ EU C-40/17 (Fashion ID)"],
    nextSteps: jointControllerSteps,
  },
  {
    id: "R9_party_decides_essential_means",
    outcome: "joint_controllers",
    condition: "essential_means_by = party",
    applies: (answers) => answers.essential_means_by === "party",
    explanation: {
      nl:
        "Uw organisatie bepaalt het doel, maar de partij beslist over wezenlijke kenmerken van de verwerking: welke " +
        "gegevens, van wie, hoe lang ze bewaard worden of wie er toegang toe krijgt. Die keuzes horen bij een " +
        "verwerkingsverantwoordelijke, dus de partij is er ook een. Omdat u het doel bepaalt, bent u samen " +
        "verantwoordelijk. Technische keuzes, zoals de software of de hosting, tellen hierbij niet mee.",
      en:
        "Your organisation decides the purpose, but the party decides essential features of the processing: which " +
        "data, about whom, how long they are kept or who gets access to them. Those choices belong to a " +
        "controller, so the party is one too. Because you decide the purpose, you are jointly responsible. " +
        "Technical choices, such as the software or the hosting, do not count here.",
    },
    references: [gdpr("4(7)"), gdpr("26"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: [
      ...jointControllerSteps,
      {
        nl:
          "Wilt u dat de partij uw verwerker is? Neem dan zelf de beslissingen over welke gegevens, van wie, hoe " +
          "lang en wie toegang krijgt, leg ze vast in uw instructies en doe de rolbepaling opnieuw.",
        en:
          "Do you want the party to be your processor? Then take the decisions on which data, about whom, for how " +
          "long and who gets access yourself, set them out in your instructions, and assess the role again.",
      },
    ],
  },
  {
    id: "R10_instructions_not_followed",
    outcome: "independent_controller",
    condition: "follows_instructions = no",
    applies: (answers) => answers.follows_instructions === "no",
    explanation: {
      nl:
        "De partij houdt zich niet (alleen) aan de instructies van uw organisatie. Een verwerker mag de gegevens " +
        "uitsluitend volgens uw instructies verwerken. Een partij die zelf beslist wat er met de gegevens gebeurt, " +
        "wordt volgens de AVG als verwerkingsverantwoordelijke gezien, ook als het contract haar 'verwerker' noemt: " +
        "de feitelijke situatie beslist.",
      en:
        "The party does not keep (only) to your organisation's instructions. A processor may process the data only " +
        "on your instructions. A party that decides by itself what happens to the data counts as a controller under " +
        "the GDPR, even when the contract calls it a 'processor': the facts decide.",
    },
    references: [gdpr("28(10)"), gdpr("28(3)(a)"), gdpr("29"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl:
          "Wilt u dat de partij als verwerker werkt? Dan moet zij zich in de praktijk aan uw instructies houden; een " +
          "contract alleen is niet genoeg. Spreek dat af, controleer het, en doe de rolbepaling daarna opnieuw.",
        en:
          "Do you want the party to act as your processor? Then it must keep to your instructions in practice; a " +
          "contract alone is not enough. Agree on that, verify it, and assess the role again afterwards.",
      },
      ...independentControllerSteps,
    ],
  },
  {
    id: "R11_processes_on_instructions",
    outcome: "processor",
    condition: "purpose_by = organisation and essential_means_by = organisation and follows_instructions = yes",
    applies: (answers) =>
      answers.purpose_by === "organisation" &&
      answers.essential_means_by === "organisation" &&
      answers.follows_instructions === "yes",
    explanation: {
      nl:
        "Uw organisatie bepaalt waarom de gegevens worden verwerkt en welke gegevens, van wie, hoe lang en voor " +
        "wie. De partij voert dat in uw opdracht en volgens uw instructies uit. De partij is dan uw verwerker. De " +
        "AVG verplicht u en de verwerker allebei om een verwerkersovereenkomst te sluiten; zonder die overeenkomst " +
        "zijn jullie allebei in overtreding.",
      en:
        "Your organisation decides why the data are processed and which data, about whom, for how long and for " +
        "whom. The party carries this out on your behalf and on your instructions. The party is then your " +
        "processor. The GDPR requires both you and the processor to conclude a processor agreement; without it, " +
        "you are both in breach.",
    },
    references: [gdpr("4(8)"), gdpr("28(1)"), gdpr("28(3)"), gdpr("28(9)"), dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl:
          "Sluit een schriftelijke verwerkersovereenkomst (elektronisch mag ook) met alle onderwerpen die artikel 28 " +
          "lid 3 AVG noemt, en laat Art28 de overeenkomst controleren.",
        en:
          "Conclude a written processor agreement (electronic form is fine) covering every subject Article 28(3) " +
          "GDPR lists, and have Art28 check it.",
      },
      {
        nl:
          "Ga na of de verwerker voldoende garanties biedt, bijvoorbeeld met een certificering of een recent " +
          "auditrapport over de beveiliging (artikel 28 lid 1 AVG).",
        en:
          "Check that the processor offers sufficient guarantees, for example a certification or a recent audit " +
          "report on its security (Article 28(1) GDPR).",
      },
      {
        nl: "Spreek af onder welke voorwaarden de verwerker subverwerkers mag inschakelen (artikel 28 lid 2 AVG).",
        en: "Agree on the conditions under which the processor may engage sub-processors (Article 28(2) GDPR).",
      },
      {
        nl: "Noem de verwerker in uw verwerkingsregister bij de verwerkingen waarvoor hij werkt (artikel 30 AVG).",
        en: "Name the processor in your record of processing for the activities it works on (Article 30 GDPR).",
      },
    ],
  },
  {
    id: "R12_undetermined",
    outcome: "undetermined",
    condition: "otherwise",
    applies: () => true,
    // The full explanation names the open questions; see `assessRole`.
    explanation: {
      nl: "Er ontbreekt nog een antwoord dat de uitkomst bepaalt.",
      en: "An answer that decides the outcome is still missing.",
    },
    references: [gdpr("4(7)"), gdpr("4(8)"), edpbGuidelines, dutchDataProtectionAuthority],
    nextSteps: [
      {
        nl:
          "Vraag zo nodig de partij wat zij met de gegevens doet, en kijk naar wat er in de praktijk gebeurt, niet " +
          "alleen naar wat het contract zegt.",
        en:
          "Where needed, ask the party what it does with the data, and look at what happens in practice, not only at " +
          "what the contract says.",
      },
      {
        nl: "Wacht met het verstrekken van persoonsgegevens tot de rol vaststaat: de rol bepaalt welke afspraken nodig zijn.",
        en: "Hold off providing personal data until the role is clear: the role decides which arrangements are needed.",
      },
    ],
  },
];

const rulesById = new Map<RoleRuleId, RoleRule>(roleRules.map((rule) => [rule.id, rule]));

/** The rule with this id. */
export function roleRule(id: RoleRuleId): RoleRule {
  return rulesById.get(id)!;
}

/**
 * Decision model v1 on a complete set of answers: the first rule that fires. Always one of
 * rules 1 to 11, because complete answers leave nothing undetermined.
 */
export function decideRole(answers: CompleteRoleAnswers): RoleRule {
  return roleRules.find((rule) => rule.applies(answers))!;
}
