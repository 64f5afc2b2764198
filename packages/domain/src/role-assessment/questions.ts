import type { BilingualText } from "../check/catalogue.ts";

/**
 * The questions of the role assessment (rolbepaling), in asking order. The keys and answer
 * values are a fixed contract (docs: shared spec "role-assessment.md"): forms, the API, the
 * CLI and stored assessments use exactly these, so they never change meaning once released.
 *
 * Every question is about the facts of ONE counterparty ("the party") and ONE processing
 * activity of the organisation using Art28 ("your organisation").
 */
export const roleQuestionKeys = [
  "personal_data",
  "direct_authority",
  "primary_service",
  "legal_task",
  "implicit_competence",
  "own_purposes",
  "purpose_by",
  "essential_means_by",
  "follows_instructions",
] as const;
export type RoleQuestionKey = (typeof roleQuestionKeys)[number];

export const yesNoValues = ["yes", "no"] as const;
/** Who takes a decision: your organisation, the party, or both together. */
export const decidedByValues = ["organisation", "party", "both"] as const;

/** The answer for "not answered" or "I don't know"; it never decides anything on its own. */
export const unknownAnswer = "unknown";
export type UnknownAnswer = typeof unknownAnswer;

/** The values each question accepts (besides `unknown`). */
export const roleAnswerValues = {
  personal_data: yesNoValues,
  direct_authority: yesNoValues,
  primary_service: yesNoValues,
  legal_task: yesNoValues,
  implicit_competence: yesNoValues,
  own_purposes: yesNoValues,
  purpose_by: decidedByValues,
  essential_means_by: decidedByValues,
  follows_instructions: yesNoValues,
} as const satisfies Record<RoleQuestionKey, readonly string[]>;

export type RoleAnswerValue<Key extends RoleQuestionKey = RoleQuestionKey> = (typeof roleAnswerValues)[Key][number];

/**
 * Answers as a form, the API or the CLI collects them. A missing key means "not asked yet";
 * `unknown` means "asked, but the answer is not known". Both count as unknown for the outcome;
 * the difference only matters for {@link nextRoleQuestion}, which does not ask again.
 */
export type RoleAssessmentAnswers = { [Key in RoleQuestionKey]?: RoleAnswerValue<Key> | UnknownAnswer };

/** One value for every question: the input of the decision model itself. */
export type CompleteRoleAnswers = { [Key in RoleQuestionKey]: RoleAnswerValue<Key> };

export interface RoleAnswerOption<Key extends RoleQuestionKey = RoleQuestionKey> {
  value: RoleAnswerValue<Key>;
  label: BilingualText;
}

/** One question with the help a wizard shows behind a "?" button. */
export interface RoleQuestion<Key extends RoleQuestionKey = RoleQuestionKey> {
  key: Key;
  /** A few words, for overviews and lists of open questions. */
  title: BilingualText;
  /** The question as it is asked. */
  text: BilingualText;
  help: {
    /** What the question means and why it matters. */
    meaning: BilingualText;
    /** A situation where the answer is clearly one way, and one where it is the other. */
    example: BilingualText;
    /** Where the criterion comes from. */
    references: readonly string[];
  };
  options: readonly RoleAnswerOption<Key>[];
}

const yes: BilingualText = { nl: "Ja", en: "Yes" };
const no: BilingualText = { nl: "Nee", en: "No" };
const yesNoOptions = [
  { value: "yes", label: yes },
  { value: "no", label: no },
] as const;
const decidedByOptions = [
  { value: "organisation", label: { nl: "Uw organisatie", en: "Your organisation" } },
  { value: "party", label: { nl: "De partij", en: "The party" } },
  { value: "both", label: { nl: "Samen", en: "Both together" } },
] as const;

/** Label of the "I don't know" choice a wizard may offer with every question. */
export const unknownAnswerLabel: BilingualText = { nl: "Weet ik niet", en: "I don't know" };

const dutchDataProtectionAuthority = "Autoriteit Persoonsgegevens, Verantwoordelijke en verwerker";
const edpbGuidelines = "EDPB Guidelines 07/2020";

/** All questions in asking order, which is the order of the decision model's rules. */
export const roleQuestions: readonly RoleQuestion[] = [
  {
    key: "personal_data",
    title: { nl: "Persoonsgegevens", en: "Personal data" },
    text: {
      nl: "Heeft het werk dat de partij voor uw organisatie doet iets met persoonsgegevens te maken?",
      en: "Does the work the party does for your organisation involve personal data at all?",
    },
    help: {
      meaning: {
        nl:
          "Persoonsgegevens zijn alle gegevens over een mens die herkenbaar is: een naam, adres, BSN, e-mailadres of " +
          "foto, maar ook een klantnummer of IP-adres dat naar iemand te herleiden is. Het telt ook mee als de partij " +
          "de gegevens alleen bewaart, doorstuurt of kan inzien.",
        en:
          "Personal data is any information about a person who can be identified: a name, address, citizen service " +
          "number, e-mail address or photo, but also a customer number or IP address that can be traced back to " +
          "someone. It also counts when the party only stores, forwards or can look at the data.",
      },
      example: {
        nl:
          "Een salarisbureau werkt met namen, BSN's en salarissen: ja. Een bureau dat alleen anonieme " +
          "verkeerstellingen aanlevert: nee.",
        en:
          "A payroll bureau works with names, citizen service numbers and salaries: yes. A firm that only delivers " +
          "anonymous traffic counts: no.",
      },
      references: ["Art. 4(1) AVG/GDPR", "Art. 4(2) AVG/GDPR"],
    },
    options: yesNoOptions,
  },
  {
    key: "direct_authority",
    title: { nl: "Rechtstreeks gezag", en: "Direct authority" },
    text: {
      nl:
        "Werkt de partij onder het rechtstreekse gezag van uw organisatie, zoals een eigen medewerker, een " +
        "gedetacheerde of een uitzendkracht die binnen uw organisatie werkt?",
      en:
        "Does the party work under your organisation's direct authority, like an employee, seconded staff or an " +
        "agency worker working inside your organisation?",
    },
    help: {
      meaning: {
        nl:
          "Rechtstreeks gezag betekent dat uw organisatie iemand aanstuurt zoals een eigen medewerker: hij werkt " +
          "binnen uw organisatie, in uw systemen en onder uw leidinggevenden. Dat is intern beheer, geen opdracht " +
          "aan een buitenstaander. Een externe dienstverlener die uw instructies volgt maar zelf zijn mensen en " +
          "werk organiseert, valt hier niet onder.",
        en:
          "Direct authority means your organisation directs someone as it directs its own staff: they work inside " +
          "your organisation, in your systems and under your managers. That is internal management, not an " +
          "assignment to an outsider. An outside service provider that follows your instructions but organises its " +
          "own people and work does not count.",
      },
      example: {
        nl:
          "Een gedetacheerde beleidsmedewerker die in het gemeentehuis in uw systemen werkt: ja. Een ICT-bedrijf " +
          "dat op afstand uw servers beheert: nee.",
        en:
          "A seconded policy officer working in the town hall in your systems: yes. An IT company managing your " +
          "servers remotely: no.",
      },
      references: ["Art. 4(10) AVG/GDPR", "Art. 29 AVG/GDPR", dutchDataProtectionAuthority],
    },
    options: yesNoOptions,
  },
  {
    key: "primary_service",
    title: { nl: "Kern van de opdracht", en: "Core of the assignment" },
    text: {
      nl:
        "Is het verwerken van de persoonsgegevens de kern van wat de partij voor u doet, en niet iets wat alleen " +
        "toevallig gebeurt?",
      en:
        "Is processing the personal data the core of what the party does for you, rather than something that only " +
        "happens incidentally?",
    },
    help: {
      meaning: {
        nl:
          "Een partij is alleen verwerker als het verwerken van persoonsgegevens haar eigenlijke opdracht is. Komt " +
          "zij alleen bij toeval met gegevens in aanraking terwijl haar opdracht iets anders is, dan is zij geen " +
          "verwerker.",
        en:
          "A party is only a processor when processing personal data is what it was actually asked to do. When it " +
          "only comes across data by chance while its assignment is something else, it is not a processor.",
      },
      example: {
        nl:
          "Een verzendhuis dat uw belastingaanslagen print en verstuurt: ja. Een schoonmaakbedrijf dat papieren op " +
          "bureaus kan zien, of een monteur die een kopieerapparaat repareert: nee.",
        en:
          "A mailing house that prints and posts your tax assessments: yes. A cleaning company that may see papers " +
          "on desks, or a technician repairing a copier: no.",
      },
      references: ["Art. 4(8) AVG/GDPR", "Art. 28(1) AVG/GDPR", dutchDataProtectionAuthority],
    },
    options: yesNoOptions,
  },
  {
    key: "legal_task",
    title: { nl: "Eigen wettelijke taak", en: "Own statutory task" },
    text: {
      nl: "Geeft een wet de partij zelf uitdrukkelijk de taak of de plicht om deze gegevens te verwerken?",
      en: "Does a law expressly give the party its own task or duty to process these data?",
    },
    help: {
      meaning: {
        nl:
          "Soms wijst een wet een organisatie aan die bepaalde gegevens moet of mag verwerken. Die organisatie " +
          "beslist dan op grond van die wet, niet op grond van uw opdracht. Het moet gaan om een taak van de partij " +
          "zelf, niet om een wettelijke taak van uw organisatie die u door de partij laat uitvoeren.",
        en:
          "Sometimes a law names an organisation that must or may process certain data. That organisation then " +
          "decides on the basis of that law, not on the basis of your assignment. The task must be the party's own, " +
          "not a statutory task of your organisation that you have the party carry out.",
      },
      example: {
        nl:
          "De accountant die de jaarrekening van de gemeente controleert, de gerechtsdeurwaarder die een dwangbevel " +
          "betekent, het pensioenfonds dat pensioen opbouwt voor uw medewerkers: ja. De leverancier van uw " +
          "belastingsoftware: nee, de wettelijke taak is van uw organisatie.",
        en:
          "The auditor who audits the municipality's annual accounts, the bailiff serving an enforcement order, the " +
          "pension fund building up your employees' pensions: yes. The supplier of your tax software: no, the " +
          "statutory task is your organisation's.",
      },
      references: [
        "Art. 4(7) AVG/GDPR",
        "Art. 6(1)(c) AVG/GDPR",
        "Art. 6(1)(e) AVG/GDPR",
        dutchDataProtectionAuthority,
      ],
    },
    options: yesNoOptions,
  },
  {
    key: "implicit_competence",
    title: { nl: "Eigen rol van de partij", en: "The party's own role" },
    text: {
      nl:
        "Volgt uit de eigen beroepsrol van de partij, of uit haar eigen relatie met de betrokkenen, dat zij zelf " +
        "beslist over deze verwerking?",
      en:
        "Does the party's own professional role, or its own relationship with the people concerned, mean that it " +
        "decides on this processing itself?",
    },
    help: {
      meaning: {
        nl:
          "Ook als geen wet het uitdrukkelijk zegt, kan uit de rol van een partij volgen dat zij zelf beslist. Een " +
          "werkgever beslist over de gegevens van zijn personeel, een vereniging over die van haar leden, een " +
          "advocaat bepaalt zelf welke gegevens hij nodig heeft voor een zaak, en een bezorger gebruikt adressen " +
          "omdat hij pakketten moet afleveren. Zo'n partij is zelf verwerkingsverantwoordelijke, ook als zij voor " +
          "u werkt.",
        en:
          "Even when no law says so expressly, a party's role can mean that it decides for itself. An employer " +
          "decides on its staff's data, an association on its members' data, a lawyer decides which data a case " +
          "needs, and a courier uses addresses because it has to deliver parcels. Such a party is a controller " +
          "itself, even when it works for you.",
      },
      example: {
        nl:
          "Een advocatenkantoor dat de gemeente bijstaat in een beroepszaak, of een pakketbezorger met track & " +
          "trace: ja. Een klantcontactcentrum dat volgens uw scripts uw telefoon beantwoordt: nee.",
        en:
          "A law firm assisting the municipality in an appeal, or a parcel carrier with track & trace: yes. A call " +
          "centre answering your phone line from your scripts: no.",
      },
      references: ["Art. 4(7) AVG/GDPR", edpbGuidelines, dutchDataProtectionAuthority],
    },
    options: yesNoOptions,
  },
  {
    key: "own_purposes",
    title: { nl: "Eigen doelen", en: "Own purposes" },
    text: {
      nl:
        "Gebruikt de partij de gegevens (ook) voor eigen doelen, zoals eigen marketing, het verbeteren van haar " +
        "product, een eigen klantrelatie of het verkopen van inzichten?",
      en:
        "Does the party (also) use the data for purposes of its own, such as its own marketing, improving its " +
        "product, its own customer relationship or selling insights?",
    },
    help: {
      meaning: {
        nl:
          "Een verwerker gebruikt de gegevens alleen voor uw opdracht. Gebruikt de partij ze daarnaast voor iets " +
          "wat zij zelf wil, dan is zij voor dat gebruik verwerkingsverantwoordelijke. Kijk naar wat er in de " +
          "praktijk gebeurt en naar de voorwaarden en privacyverklaring van de partij, niet alleen naar wat u " +
          "heeft afgesproken.",
        en:
          "A processor uses the data only for your assignment. When the party also uses them for something it " +
          "wants itself, it is a controller for that use. Look at what happens in practice and at the party's terms " +
          "and privacy notice, not only at what you agreed.",
      },
      example: {
        nl:
          "Een clouddienst die de opgeslagen documenten analyseert om haar eigen producten te verbeteren: ja. Een " +
          "hostingbedrijf dat alleen uw servers laat draaien: nee.",
        en:
          "A cloud service that analyses the stored documents to improve its own products: yes. A hosting company " +
          "that only keeps your servers running: no.",
      },
      references: ["Art. 28(10) AVG/GDPR", "Art. 4(7) AVG/GDPR", dutchDataProtectionAuthority],
    },
    options: yesNoOptions,
  },
  {
    key: "purpose_by",
    title: { nl: "Wie bepaalt het doel", en: "Who decides the purpose" },
    text: {
      nl: "Wie bepaalt waarom de gegevens worden verwerkt?",
      en: "Who decides why the data are processed?",
    },
    help: {
      meaning: {
        nl:
          "Het doel is het waarom van de verwerking: wat er met de gegevens bereikt moet worden. Wie dat bepaalt, " +
          "is verwerkingsverantwoordelijke. Bepalen uw organisatie en de partij het doel samen, dan zijn zij samen " +
          "verantwoordelijk.",
        en:
          "The purpose is the why of the processing: what the data are meant to achieve. Whoever decides that is a " +
          "controller. When your organisation and the party decide it together, they are jointly responsible.",
      },
      example: {
        nl:
          "De gemeente laat een bureau een tevredenheidsonderzoek onder haar Wmo-cliënten doen voor haar eigen " +
          "beleid: uw organisatie. Twee gemeenten die samen één loket opzetten en samen bepalen waarvoor de " +
          "gegevens dienen: samen.",
        en:
          "The municipality has a firm survey its social support clients' satisfaction for its own policy: your " +
          "organisation. Two municipalities setting up one joint service desk and together deciding what the data " +
          "are for: both together.",
      },
      references: ["Art. 4(7) AVG/GDPR", "Art. 26 AVG/GDPR"],
    },
    options: decidedByOptions,
  },
  {
    key: "essential_means_by",
    title: { nl: "Wie bepaalt de wezenlijke middelen", en: "Who decides the essential means" },
    text: {
      nl:
        "Wie beslist over de wezenlijke kenmerken van de verwerking: welke gegevens, van welke personen, hoe lang " +
        "ze worden bewaard en wie er toegang toe krijgt?",
      en:
        "Who decides the essential features of the processing: which data, about whom, how long they are kept and " +
        "who gets access to them?",
    },
    help: {
      meaning: {
        nl:
          "Wezenlijke (essentiële) middelen zijn keuzes die nauw met het doel samenhangen: welke gegevens, van wie, " +
          "hoe lang en wie ze krijgt. Die keuzes horen bij de verwerkingsverantwoordelijke. Technische keuzes, zoals " +
          "de software, de hosting of de details van de beveiliging, zijn niet wezenlijk; die mag u aan een " +
          "verwerker overlaten.",
        en:
          "Essential means are choices closely tied to the purpose: which data, about whom, for how long and who " +
          "receives them. They belong to the controller. Technical choices, such as the software, the hosting or " +
          "the details of the security measures, are not essential and may be left to a processor.",
      },
      example: {
        nl:
          "Uw zaaksysteemleverancier kiest zelf de servers en de programmatuur, maar u bepaalt de bewaartermijnen " +
          "en wie toegang heeft: uw organisatie. Een onderzoeksbureau dat zelf kiest welke inwoners het benadert " +
          "en wat het over hen vastlegt: de partij.",
        en:
          "Your case management supplier chooses the servers and the software, but you decide the retention " +
          "periods and who has access: your organisation. A research firm that chooses which residents it " +
          "approaches and what it records about them: the party.",
      },
      references: ["Art. 4(7) AVG/GDPR", edpbGuidelines, dutchDataProtectionAuthority],
    },
    options: decidedByOptions,
  },
  {
    key: "follows_instructions",
    title: { nl: "Volgt uw instructies", en: "Follows your instructions" },
    text: {
      nl: "Verwerkt de partij de gegevens alleen volgens de instructies van uw organisatie, en doet zij dat in de praktijk ook?",
      en: "Does the party process the data only on your organisation's instructions, and does it do so in practice?",
    },
    help: {
      meaning: {
        nl:
          "Een verwerker verwerkt de gegevens uitsluitend volgens uw instructies. Het gaat om de praktijk: een " +
          "contract waarin staat dat de partij uw instructies volgt, is niet genoeg als zij in werkelijkheid haar " +
          "eigen gang gaat.",
        en:
          "A processor processes the data only on your instructions. What counts is practice: a contract saying the " +
          "party follows your instructions is not enough when in reality it goes its own way.",
      },
      example: {
        nl:
          "Een salarisbureau dat de salarissen berekent zoals u opgeeft en de gegevens nergens anders voor " +
          "gebruikt: ja. Een leverancier die zelf besluit gegevens aan anderen te geven of langer te bewaren dan u " +
          "wilt: nee.",
        en:
          "A payroll bureau that calculates salaries as you specify and uses the data for nothing else: yes. A " +
          "supplier that decides by itself to pass data on to others or keep them longer than you want: no.",
      },
      references: ["Art. 28(3)(a) AVG/GDPR", "Art. 29 AVG/GDPR", "Art. 28(10) AVG/GDPR"],
    },
    options: yesNoOptions,
  },
];

const questionsByKey = new Map<RoleQuestionKey, RoleQuestion>(
  roleQuestions.map((question) => [question.key, question]),
);

/** The question with this key. */
export function roleQuestion<Key extends RoleQuestionKey>(key: Key): RoleQuestion<Key> {
  return questionsByKey.get(key) as RoleQuestion<Key>;
}

/**
 * The value of a question in these answers: `unknown` when it was not answered, and also for a
 * value the question does not know (untyped callers), so such a value never decides anything.
 */
export function answerOf<Key extends RoleQuestionKey>(
  answers: RoleAssessmentAnswers,
  key: Key,
): RoleAnswerValue<Key> | UnknownAnswer {
  const value = answers[key];
  const allowed: readonly string[] = roleAnswerValues[key];
  return value !== undefined && allowed.includes(value) ? value : unknownAnswer;
}
