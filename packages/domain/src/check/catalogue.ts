/**
 * The requirement catalogue of the agreement check: every element of Art. 28 GDPR that a
 * processor agreement must (sections A and B) or usually does (section C) contain, and the
 * clauses that contradict the GDPR (section D). The ids are a fixed contract with
 * `requirements.md` and the labelled corpora; the explanations are our own words.
 */

export const requirementSections = ["description", "processor_obligations", "commonly_agreed"] as const;
export type RequirementSection = (typeof requirementSections)[number];

export const requirementIds = [
  // A. Description of the processing
  "parties_roles",
  "subject_matter",
  "duration",
  "nature_purpose",
  "data_types",
  "data_subjects",
  // B. Processor obligations
  "instructions",
  "legal_requirement_notice",
  "international_transfers",
  "confidentiality",
  "security",
  "subprocessor_authorisation",
  "subprocessor_changes",
  "subprocessor_flowdown",
  "subprocessor_liability",
  "data_subject_rights",
  "assist_security",
  "breach_notification",
  "dpia_assistance",
  "deletion_return",
  "compliance_information",
  "audits",
  "infringing_instruction_notice",
  // C. Commonly agreed
  "data_location",
  "liability",
  "termination",
] as const;
export type RequirementId = (typeof requirementIds)[number];

export const conflictIds = [
  "own_purposes",
  "unrestricted_subprocessing",
  "breach_filtering_or_delay",
  "no_audit_right",
  "retention_after_end",
  "unlawful_instruction_warranty_only",
] as const;
export type ConflictId = (typeof conflictIds)[number];

/** Text in both languages of the product. */
export interface BilingualText {
  nl: string;
  en: string;
}

export interface RequirementDefinition {
  id: RequirementId;
  section: RequirementSection;
  /** The articles to cite. */
  legalBasis: string;
  /** True for sections A and B (Art. 28 demands it), false for the advisory section C. */
  mandatory: boolean;
  title: BilingualText;
  explanation: BilingualText;
}

export interface ConflictDefinition {
  id: ConflictId;
  /** The requirement that gets status `conflict` when this clause is found. */
  requirement: RequirementId;
  legalBasis: string;
  title: BilingualText;
  explanation: BilingualText;
}

function requirement(
  id: RequirementId,
  section: RequirementSection,
  legalBasis: string,
  title: BilingualText,
  explanation: BilingualText,
): RequirementDefinition {
  return { id, section, legalBasis, mandatory: section !== "commonly_agreed", title, explanation };
}

/** All requirements in the order of `requirements.md`. */
export const requirementCatalogue: readonly RequirementDefinition[] = [
  requirement(
    "parties_roles",
    "description",
    "Art. 4(7), 4(8), 28(3) AVG/GDPR",
    { nl: "Partijen en hun rollen", en: "Parties and their roles" },
    {
      nl: "De overeenkomst moet zeggen wie verwerkingsverantwoordelijke is en wie verwerker.",
      en: "The agreement must say who is the controller and who is the processor.",
    },
  ),
  requirement(
    "subject_matter",
    "description",
    "Art. 28(3) AVG/GDPR",
    { nl: "Onderwerp van de verwerking", en: "Subject-matter of the processing" },
    {
      nl: "De overeenkomst moet beschrijven om welke dienst of verwerking het gaat.",
      en: "The agreement must describe which service or processing it covers.",
    },
  ),
  requirement(
    "duration",
    "description",
    "Art. 28(3) AVG/GDPR",
    { nl: "Duur van de verwerking", en: "Duration of the processing" },
    {
      nl: "De overeenkomst moet zeggen hoe lang de verwerking duurt, bijvoorbeeld zolang de hoofdovereenkomst loopt.",
      en: "The agreement must state how long the processing lasts, for example as long as the main agreement runs.",
    },
  ),
  requirement(
    "nature_purpose",
    "description",
    "Art. 28(3) AVG/GDPR",
    { nl: "Aard en doel van de verwerking", en: "Nature and purpose of the processing" },
    {
      nl: "De overeenkomst moet beschrijven wat er met de gegevens gebeurt en waarvoor.",
      en: "The agreement must describe what is done with the data and what for.",
    },
  ),
  requirement(
    "data_types",
    "description",
    "Art. 28(3) AVG/GDPR",
    { nl: "Soorten persoonsgegevens", en: "Types of personal data" },
    {
      nl: "De overeenkomst moet de soorten persoonsgegevens noemen, ook bijzondere categorieën als die er zijn.",
      en: "The agreement must list the types of personal data, including special categories where they occur.",
    },
  ),
  requirement(
    "data_subjects",
    "description",
    "Art. 28(3) AVG/GDPR",
    { nl: "Categorieën betrokkenen", en: "Categories of data subjects" },
    {
      nl: "De overeenkomst moet noemen over wie de gegevens gaan (bijvoorbeeld inwoners, medewerkers, klanten).",
      en: "The agreement must name whom the data are about (for example residents, employees, customers).",
    },
  ),
  requirement(
    "instructions",
    "processor_obligations",
    "Art. 28(3)(a), 29 AVG/GDPR",
    { nl: "Alleen op gedocumenteerde instructies", en: "Only on documented instructions" },
    {
      nl: "De verwerker verwerkt de gegevens alleen op schriftelijke of anderszins vastgelegde instructies van de verwerkingsverantwoordelijke.",
      en: "The processor processes the data only on written or otherwise documented instructions of the controller.",
    },
  ),
  requirement(
    "legal_requirement_notice",
    "processor_obligations",
    "Art. 28(3)(a) AVG/GDPR",
    { nl: "Melding van wettelijke verplichting", en: "Notice of a legal requirement" },
    {
      nl: "Moet de verwerker op grond van de wet anders verwerken, dan meldt hij dat vooraf, tenzij de wet die melding verbiedt.",
      en: "Where the law obliges the processor to process otherwise, it tells the controller beforehand unless that law forbids telling.",
    },
  ),
  requirement(
    "international_transfers",
    "processor_obligations",
    "Art. 28(3)(a), hoofdstuk/Chapter V AVG/GDPR",
    { nl: "Doorgifte buiten de EER", en: "Transfers outside the EEA" },
    {
      nl: "Doorgifte naar derde landen of internationale organisaties alleen op instructie en met de waarborgen van hoofdstuk V.",
      en: "Transfers to third countries or international organisations only on instruction and with the safeguards of Chapter V.",
    },
  ),
  requirement(
    "confidentiality",
    "processor_obligations",
    "Art. 28(3)(b) AVG/GDPR",
    { nl: "Geheimhouding", en: "Confidentiality" },
    {
      nl: "Wie bij de verwerker de gegevens mag verwerken, is aan geheimhouding gebonden.",
      en: "Everyone at the processor allowed to process the data is bound to confidentiality.",
    },
  ),
  requirement(
    "security",
    "processor_obligations",
    "Art. 28(3)(c), 32 AVG/GDPR",
    { nl: "Beveiliging", en: "Security" },
    {
      nl: "De verwerker neemt passende technische en organisatorische beveiligingsmaatregelen.",
      en: "The processor takes appropriate technical and organisational security measures.",
    },
  ),
  requirement(
    "subprocessor_authorisation",
    "processor_obligations",
    "Art. 28(2), 28(3)(d) AVG/GDPR",
    { nl: "Toestemming voor subverwerkers", en: "Authorisation of sub-processors" },
    {
      nl: "Geen subverwerker zonder voorafgaande specifieke of algemene schriftelijke toestemming van de verwerkingsverantwoordelijke.",
      en: "No sub-processor without the controller's prior specific or general written authorisation.",
    },
  ),
  requirement(
    "subprocessor_changes",
    "processor_obligations",
    "Art. 28(2) AVG/GDPR",
    { nl: "Wijzigingen in subverwerkers en bezwaar", en: "Changes of sub-processors and objection" },
    {
      nl: "Bij algemene toestemming meldt de verwerker voorgenomen nieuwe of vervangende subverwerkers, en kan de verwerkingsverantwoordelijke bezwaar maken.",
      en: "Under a general authorisation the processor announces intended new or replacing sub-processors, and the controller can object.",
    },
  ),
  requirement(
    "subprocessor_flowdown",
    "processor_obligations",
    "Art. 28(4) AVG/GDPR",
    { nl: "Dezelfde verplichtingen voor subverwerkers", en: "Same obligations for sub-processors" },
    {
      nl: "De verwerker legt de subverwerker bij overeenkomst dezelfde gegevensbeschermingsverplichtingen op.",
      en: "The processor imposes the same data protection obligations on the sub-processor by contract.",
    },
  ),
  requirement(
    "subprocessor_liability",
    "processor_obligations",
    "Art. 28(4) AVG/GDPR",
    { nl: "Aansprakelijkheid voor subverwerkers", en: "Liability for sub-processors" },
    {
      nl: "De verwerker blijft volledig aansprakelijk tegenover de verwerkingsverantwoordelijke voor zijn subverwerkers.",
      en: "The processor remains fully liable to the controller for its sub-processors.",
    },
  ),
  requirement(
    "data_subject_rights",
    "processor_obligations",
    "Art. 28(3)(e) AVG/GDPR",
    { nl: "Hulp bij rechten van betrokkenen", en: "Help with data subjects' rights" },
    {
      nl: "De verwerker helpt bij het afhandelen van verzoeken van betrokkenen (inzage, correctie, verwijdering, overdraagbaarheid).",
      en: "The processor helps to handle requests of data subjects (access, rectification, erasure, portability).",
    },
  ),
  requirement(
    "assist_security",
    "processor_obligations",
    "Art. 28(3)(f), 32 AVG/GDPR",
    { nl: "Hulp bij beveiligingsplichten", en: "Help with security obligations" },
    {
      nl: "De verwerker helpt de verwerkingsverantwoordelijke bij diens eigen beveiligingsplicht (art. 32).",
      en: "The processor helps the controller with the controller's own security obligation (Art. 32).",
    },
  ),
  requirement(
    "breach_notification",
    "processor_obligations",
    "Art. 28(3)(f), 33(2), 34 AVG/GDPR",
    { nl: "Melding van datalekken", en: "Notification of personal data breaches" },
    {
      nl: "De verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en helpt bij de melding aan de toezichthouder en betrokkenen.",
      en: "The processor reports a personal data breach without undue delay and helps with notifying the authority and data subjects.",
    },
  ),
  requirement(
    "dpia_assistance",
    "processor_obligations",
    "Art. 28(3)(f), 35, 36 AVG/GDPR",
    { nl: "Hulp bij DPIA en voorafgaande raadpleging", en: "Help with DPIAs and prior consultation" },
    {
      nl: "De verwerker helpt bij gegevensbeschermingseffectbeoordelingen (DPIA) en de voorafgaande raadpleging van de toezichthouder.",
      en: "The processor helps with data protection impact assessments (DPIA) and the prior consultation of the authority.",
    },
  ),
  requirement(
    "deletion_return",
    "processor_obligations",
    "Art. 28(3)(g) AVG/GDPR",
    { nl: "Verwijderen of teruggeven aan het einde", en: "Deletion or return at the end" },
    {
      nl: "Na afloop verwijdert of retourneert de verwerker alle persoonsgegevens, naar keuze van de verwerkingsverantwoordelijke, tenzij de wet bewaren voorschrijft.",
      en: "At the end the processor deletes or returns all personal data, as the controller chooses, unless the law requires storage.",
    },
  ),
  requirement(
    "compliance_information",
    "processor_obligations",
    "Art. 28(3)(h) AVG/GDPR",
    { nl: "Informatie om naleving aan te tonen", en: "Information to demonstrate compliance" },
    {
      nl: "De verwerker stelt alle informatie beschikbaar die nodig is om aan te tonen dat hij zijn verplichtingen nakomt.",
      en: "The processor makes available all information needed to show that it meets its obligations.",
    },
  ),
  requirement(
    "audits",
    "processor_obligations",
    "Art. 28(3)(h) AVG/GDPR",
    { nl: "Audits en inspecties", en: "Audits and inspections" },
    {
      nl: "De verwerker maakt audits en inspecties door de verwerkingsverantwoordelijke of een door hem aangewezen controleur mogelijk en werkt eraan mee.",
      en: "The processor allows and contributes to audits and inspections by the controller or an auditor it appoints.",
    },
  ),
  requirement(
    "infringing_instruction_notice",
    "processor_obligations",
    "Art. 28(3), laatste alinea/last paragraph AVG/GDPR",
    { nl: "Waarschuwing bij onrechtmatige instructie", en: "Warning about an infringing instruction" },
    {
      nl: "De verwerker meldt direct als een instructie naar zijn oordeel in strijd is met de AVG.",
      en: "The processor immediately says so when an instruction, in its opinion, infringes the GDPR.",
    },
  ),
  requirement(
    "data_location",
    "commonly_agreed",
    "praktijk/practice; hoofdstuk/Chapter V AVG/GDPR",
    { nl: "Locatie van de gegevens", en: "Location of the data" },
    {
      nl: "Waar de gegevens worden opgeslagen of verwerkt (land, regio).",
      en: "Where the data are stored or processed (country, region).",
    },
  ),
  requirement(
    "liability",
    "commonly_agreed",
    "burgerlijk recht/civil law",
    { nl: "Aansprakelijkheid", en: "Liability" },
    {
      nl: "Afspraken over aansprakelijkheid tussen partijen (beperkingen, vrijwaringen).",
      en: "Liability between the parties (caps, indemnities).",
    },
  ),
  requirement(
    "termination",
    "commonly_agreed",
    "burgerlijk recht/civil law",
    { nl: "Looptijd en beëindiging", en: "Term and termination" },
    {
      nl: "Looptijd, beëindiging en welke verplichtingen na het einde doorlopen.",
      en: "Term, termination and which obligations survive the end.",
    },
  ),
];

/** The conflicts of section D. */
export const conflictCatalogue: readonly ConflictDefinition[] = [
  {
    id: "own_purposes",
    requirement: "instructions",
    legalBasis: "Art. 28(3)(a), 28(10) AVG/GDPR",
    title: { nl: "Gebruik voor eigen doeleinden", en: "Use for own purposes" },
    explanation: {
      nl: "De verwerker mag de gegevens voor eigen doelen gebruiken (productverbetering, statistiek, marketing); daarmee wordt hij zelf verwerkingsverantwoordelijke.",
      en: "The processor may use the data for its own ends (product improvement, statistics, marketing); that makes it a controller itself.",
    },
  },
  {
    id: "unrestricted_subprocessing",
    requirement: "subprocessor_authorisation",
    legalBasis: "Art. 28(2) AVG/GDPR",
    title: { nl: "Onbeperkt subverwerkers inschakelen", en: "Unrestricted sub-processing" },
    explanation: {
      nl: "De verwerker mag subverwerkers inschakelen zonder voorafgaande toestemming, of noemt ze alleen op verzoek.",
      en: "The processor may engage sub-processors without prior authorisation, or names them only on request.",
    },
  },
  {
    id: "breach_filtering_or_delay",
    requirement: "breach_notification",
    legalBasis: "Art. 33(2) AVG/GDPR",
    title: { nl: "Datalekken gefilterd of te laat gemeld", en: "Breaches filtered or reported late" },
    explanation: {
      nl: "Alleen sommige datalekken worden gemeld (bijvoorbeeld alleen ernstige), of de verwerker mag er langer dan 72 uur over doen.",
      en: "Only some breaches are reported (for example only serious ones), or the processor may take longer than 72 hours.",
    },
  },
  {
    id: "no_audit_right",
    requirement: "audits",
    legalBasis: "Art. 28(3)(h) AVG/GDPR",
    title: { nl: "Geen recht op audit", en: "No audit right" },
    explanation: {
      nl: "De verwerkingsverantwoordelijke mag niet auditen of inspecteren; certificaten mogen een audit aanvullen, niet uitsluiten.",
      en: "The controller may not audit or inspect; certificates may supplement an audit but not exclude it.",
    },
  },
  {
    id: "retention_after_end",
    requirement: "deletion_return",
    legalBasis: "Art. 28(3)(g) AVG/GDPR",
    title: { nl: "Bewaren na het einde", en: "Retention after the end" },
    explanation: {
      nl: "De verwerker mag de persoonsgegevens na afloop houden zonder dat de wet dat verplicht.",
      en: "The processor may keep the personal data after the end without a legal obligation to do so.",
    },
  },
  {
    id: "unlawful_instruction_warranty_only",
    requirement: "infringing_instruction_notice",
    legalBasis: "Art. 28(3), laatste alinea/last paragraph AVG/GDPR",
    title: { nl: "Alleen een garantie van rechtmatige instructies", en: "Only a warranty of lawful instructions" },
    explanation: {
      nl: "De verwerkingsverantwoordelijke garandeert dat zijn instructies rechtmatig zijn, en de verwerker hoeft niet te waarschuwen.",
      en: "The controller warrants that its instructions are lawful, and the processor need not warn.",
    },
  },
];

const requirementsById = new Map(requirementCatalogue.map((definition) => [definition.id, definition]));
const conflictsById = new Map(conflictCatalogue.map((definition) => [definition.id, definition]));

/** The catalogue entry of a requirement. */
export function requirementDefinition(id: RequirementId): RequirementDefinition {
  const definition = requirementsById.get(id);
  if (!definition) throw new Error(`Unknown requirement id: ${id}`);
  return definition;
}

/** The catalogue entry of a conflict. */
export function conflictDefinition(id: ConflictId): ConflictDefinition {
  const definition = conflictsById.get(id);
  if (!definition) throw new Error(`Unknown conflict id: ${id}`);
  return definition;
}
