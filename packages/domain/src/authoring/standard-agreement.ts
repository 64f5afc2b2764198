/**
 * The Art28 standard processor agreement, written by the project in Dutch and English. Every
 * version stays available, because an agreement records the version it is based on.
 *
 * The text is deliberately short: it refers to the AVG/GDPR where the law says enough, and it
 * leaves the facts of the processing to the three annexes the composer fills from the register
 * ("Bijlage 1 Specificatie van de verwerking", "Bijlage 2 Beveiligingsmaatregelen",
 * "Bijlage 3 Subverwerkers"). Each clause names the requirements of the check's catalogue it is
 * written to meet, and its wording is chosen so that the check finds each requirement in those
 * clauses and nowhere else: a deviation that deletes a clause then shows up as a missing
 * requirement. In particular, only `audits.right-to-audit` speaks of audits.
 */
import type { RequirementId } from "../check/catalogue.ts";
import type { AgreementStandard, LocalisedText, StandardArticle, StandardChange, StandardClause } from "./model.ts";

function clause(id: string, requirements: RequirementId[], nl: string, en: string): StandardClause {
  return { id, requirements, text: { nl, en } };
}

function article(id: string, title: LocalisedText, clauses: StandardClause[]): StandardArticle {
  return { id, title, clauses };
}

const articlesVersion10: StandardArticle[] = [
  article("subject", { nl: "Partijen en reikwijdte", en: "Parties and scope" }, [
    clause(
      "subject.parties",
      ["parties_roles"],
      '{{controllerName}} is verwerkingsverantwoordelijke (hierna: "Verwerkingsverantwoordelijke") en {{processorName}} is verwerker (hierna: "Verwerker") in de zin van artikel 4 van de Algemene verordening gegevensbescherming (hierna: "AVG"). Samen heten zij "Partijen".',
      '{{controllerName}} is the controller (hereinafter: the "Controller") and {{processorName}} is the processor (hereinafter: the "Processor") within the meaning of Article 4 of the General Data Protection Regulation (hereinafter: the "GDPR"). Together they are the "Parties".',
    ),
    clause(
      "subject.scope",
      ["subject_matter"],
      'Deze verwerkersovereenkomst regelt de verwerking van persoonsgegevens door Verwerker voor Verwerkingsverantwoordelijke bij het leveren van {{serviceName}} (hierna: de "Dienst") op grond van de overeenkomst tussen Partijen over de Dienst (hierna: de "Hoofdovereenkomst").',
      'This Agreement governs the processing of personal data by the Processor for the Controller in providing {{serviceName}} (hereinafter: the "Service") under the agreement between the Parties on the Service (hereinafter: the "Main Agreement").',
    ),
    clause(
      "subject.specification",
      ["nature_purpose", "data_types", "data_subjects"],
      "De aard en de doeleinden van de verwerking, de soorten persoonsgegevens en de categorieën betrokkenen staan in Bijlage 1 Specificatie van de verwerking.",
      "The nature and purposes of the processing, the types of personal data and the categories of data subjects are set out in Annex 1 Specification of the processing.",
    ),
    clause(
      "subject.definitions",
      [],
      "Begrippen die in de AVG een betekenis hebben, zoals persoonsgegevens, verwerking en inbreuk in verband met persoonsgegevens, hebben in deze verwerkersovereenkomst dezelfde betekenis.",
      "Terms defined in the GDPR, such as personal data, processing and personal data breach, have the same meaning in this Agreement.",
    ),
  ]),
  article("instructions", { nl: "Instructies", en: "Instructions" }, [
    clause(
      "instructions.documented",
      ["instructions"],
      "Verwerker verwerkt de persoonsgegevens uitsluitend op schriftelijke instructies van Verwerkingsverantwoordelijke. Deze verwerkersovereenkomst en de Hoofdovereenkomst gelden als zulke instructies; verdere instructies geeft Verwerkingsverantwoordelijke schriftelijk. Eigen gebruik van de persoonsgegevens door Verwerker, zoals voor productverbetering, marketing of statistiek, is uitgesloten.",
      "The Processor processes the personal data only on documented instructions from the Controller. This Agreement and the Main Agreement are such instructions; the Controller gives any further instructions in writing. The Processor does not use the personal data for its own purposes, such as product improvement, marketing or statistics.",
    ),
    clause(
      "instructions.legal-requirement",
      ["legal_requirement_notice"],
      "Moet Verwerker op grond van Unierecht of lidstatelijk recht persoonsgegevens op een andere wijze verwerken, dan meldt hij dat Verwerkingsverantwoordelijke voordat de verwerking begint, tenzij dat recht die melding om gewichtige redenen van algemeen belang verbiedt.",
      "Where Union or Member State law requires the Processor to process personal data otherwise, the Processor informs the Controller of that legal requirement before it processes the data, unless that law prohibits such information on important grounds of public interest.",
    ),
    clause(
      "instructions.infringing",
      ["infringing_instruction_notice"],
      "Verwerker stelt Verwerkingsverantwoordelijke onmiddellijk in kennis als een instructie naar zijn oordeel in strijd is met de AVG of met andere regels over gegevensbescherming.",
      "The Processor immediately informs the Controller if, in its opinion, an instruction infringes the GDPR or other data protection law.",
    ),
  ]),
  article("confidentiality", { nl: "Geheimhouding", en: "Confidentiality" }, [
    clause(
      "confidentiality.persons",
      ["confidentiality"],
      "Verwerker zorgt ervoor dat iedereen die onder zijn gezag toegang heeft tot de persoonsgegevens, zich tot geheimhouding heeft verplicht of aan een wettelijke geheimhoudingsplicht is gebonden. Verwerker geeft alleen toegang aan personen voor wie dat voor de Dienst nodig is.",
      "The Processor ensures that everyone under its authority who has access to the personal data has committed themselves to confidentiality or is under a statutory obligation of confidentiality. The Processor grants access only to persons who need it for the Service.",
    ),
  ]),
  article("security", { nl: "Beveiliging", en: "Security" }, [
    clause(
      "security.measures",
      ["security"],
      "Verwerker neemt passende technische en organisatorische maatregelen om een op het risico afgestemd beveiligingsniveau te waarborgen, zoals artikel 32 AVG vereist. Die maatregelen omvatten ten minste de maatregelen in Bijlage 2 Beveiligingsmaatregelen; Verwerker verlaagt het beveiligingsniveau niet zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.",
      "The Processor takes appropriate technical and organisational measures to ensure a level of security appropriate to the risk, as required by Article 32 GDPR. These include at least the measures in Annex 2 Security measures; the Processor does not lower the level of security without the Controller's prior written consent.",
    ),
  ]),
  article("sub-processors", { nl: "Subverwerkers", en: "Sub-processors" }, [
    clause(
      "sub-processors.authorisation",
      ["subprocessor_authorisation"],
      "Verwerker schakelt alleen een subverwerker in met voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke. Met deze verwerkersovereenkomst geeft Verwerkingsverantwoordelijke toestemming voor de subverwerkers die in Bijlage 3 Subverwerkers als toegestaan zijn vermeld, en algemene toestemming voor andere subverwerkers op de voorwaarden van dit artikel.",
      "The Processor engages a sub-processor only with the prior written authorisation of the Controller. By this Agreement, the Controller authorises the sub-processors listed as authorised in Annex 3 Sub-processors, and gives general authorisation for other sub-processors on the terms of this Article.",
    ),
    clause(
      "sub-processors.changes",
      ["subprocessor_changes"],
      "Verwerker informeert Verwerkingsverantwoordelijke ten minste vier weken vooraf schriftelijk over elke voorgenomen toevoeging of vervanging van een subverwerker, met de naam, de diensten en de verwerkingslocaties van die subverwerker. Verwerkingsverantwoordelijke kan binnen die termijn op redelijke gronden bezwaar maken.",
      "The Processor informs the Controller in writing at least four weeks in advance of any intended addition or replacement of a sub-processor, stating the name, the services and the processing locations of that sub-processor. The Controller may object on reasonable grounds within that period.",
    ),
    clause(
      "sub-processors.flow-down",
      ["subprocessor_flowdown"],
      "Verwerker legt iedere subverwerker bij schriftelijke overeenkomst ten minste dezelfde verplichtingen inzake gegevensbescherming op als die uit deze verwerkersovereenkomst.",
      "The Processor imposes on each sub-processor, by written contract, at least the same data protection obligations as those in this Agreement.",
    ),
    clause(
      "sub-processors.liability",
      ["subprocessor_liability"],
      "Verwerker blijft jegens Verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming van de verplichtingen van zijn subverwerkers.",
      "The Processor remains fully liable to the Controller for the performance of its sub-processors' obligations.",
    ),
  ]),
  article("data-subject-rights", { nl: "Rechten van betrokkenen", en: "Rights of data subjects" }, [
    clause(
      "data-subject-rights.assistance",
      ["data_subject_rights"],
      "Verwerker helpt Verwerkingsverantwoordelijke bij het beantwoorden van verzoeken van betrokkenen die hun rechten uit hoofdstuk III AVG uitoefenen, zoals inzage, rectificatie, wissing en overdraagbaarheid van hun gegevens.",
      "The Processor assists the Controller in responding to requests from data subjects exercising their rights under Chapter III GDPR, such as access, rectification, erasure and data portability.",
    ),
    clause(
      "data-subject-rights.direct-requests",
      ["data_subject_rights"],
      "Ontvangt Verwerker een verzoek rechtstreeks van een betrokkene, dan stuurt hij dat onverwijld door aan Verwerkingsverantwoordelijke en beantwoordt hij het niet zelf, tenzij Verwerkingsverantwoordelijke hem daarom vraagt.",
      "If the Processor receives a request directly from a data subject, it forwards the request to the Controller without undue delay and does not answer it itself unless the Controller asks it to.",
    ),
  ]),
  article("assistance", { nl: "Overige bijstand", en: "Further assistance" }, [
    clause(
      "assistance.security",
      ["assist_security"],
      "Verwerker helpt Verwerkingsverantwoordelijke bij het nakomen van haar eigen beveiligingsverplichtingen.",
      "The Processor assists the Controller in meeting the Controller's own security obligations.",
    ),
    clause(
      "assistance.dpia",
      ["dpia_assistance"],
      "Verwerker helpt Verwerkingsverantwoordelijke bij een gegevensbeschermingseffectbeoordeling en een voorafgaande raadpleging van de Autoriteit Persoonsgegevens (artikelen 35 en 36 AVG).",
      "The Processor assists the Controller with data protection impact assessments and prior consultation of the supervisory authority (Articles 35 and 36 GDPR).",
    ),
  ]),
  article("breaches", { nl: "Datalekken", en: "Personal data breaches" }, [
    clause(
      "breaches.notification",
      ["breach_notification"],
      "Verwerker meldt iedere inbreuk in verband met persoonsgegevens aan Verwerkingsverantwoordelijke zonder onredelijke vertraging en in elk geval binnen {{breachNotificationHours}} uur nadat hij die heeft ontdekt.",
      "The Processor notifies the Controller of every personal data breach without undue delay and in any case within {{breachNotificationHours}} hours of becoming aware of it.",
    ),
    clause(
      "breaches.information",
      ["breach_notification"],
      "Verwerker geeft Verwerkingsverantwoordelijke bij de melding, en daarna zodra beschikbaar, alle informatie die zij nodig heeft om de inbreuk te melden aan de Autoriteit Persoonsgegevens en, waar nodig, aan de betrokkenen (artikelen 33 en 34 AVG). Verwerker neemt onverwijld maatregelen om de gevolgen van de inbreuk te beperken en houdt Verwerkingsverantwoordelijke op de hoogte.",
      "With the notification, and afterwards as soon as it becomes available, the Processor gives the Controller all information the Controller needs to notify the breach to the supervisory authority and, where necessary, to the data subjects (Articles 33 and 34 GDPR). The Processor takes measures without undue delay to limit the consequences of the breach and keeps the Controller informed.",
    ),
  ]),
  article("audits", { nl: "Informatie en audits", en: "Information and audits" }, [
    clause(
      "audits.information",
      ["compliance_information"],
      "Verwerker stelt alle informatie ter beschikking die Verwerkingsverantwoordelijke nodig heeft om aan te tonen dat Verwerker de verplichtingen uit artikel 28 AVG en deze verwerkersovereenkomst nakomt.",
      "The Processor makes available to the Controller all information necessary to demonstrate that the Processor complies with Article 28 GDPR and this Agreement.",
    ),
    clause(
      "audits.right-to-audit",
      ["audits"],
      "Verwerker maakt audits, waaronder inspecties, door Verwerkingsverantwoordelijke of een door haar aangewezen onafhankelijke deskundige mogelijk en draagt daaraan bij. Verwerkingsverantwoordelijke kondigt een audit ten minste twee weken vooraf aan, tenzij er een gegrond vermoeden is dat Verwerker deze verwerkersovereenkomst niet nakomt. Certificaten en auditrapporten van Verwerker kunnen een audit aanvullen, maar niet vervangen. Verwerkingsverantwoordelijke draagt de kosten van de audit, tenzij de audit laat zien dat Verwerker deze verwerkersovereenkomst op wezenlijke punten niet nakomt.",
      "The Processor allows for and contributes to audits, including inspections, by the Controller or an independent auditor appointed by the Controller. The Controller announces an audit at least two weeks in advance, unless there are reasonable grounds to suspect that the Processor does not comply with this Agreement. Certificates and audit reports held by the Processor may supplement an audit but do not replace it. The Controller bears the cost of the audit, unless the audit shows that the Processor materially fails to comply with this Agreement.",
    ),
  ]),
  article("location-transfers", { nl: "Verwerkingslocaties", en: "Processing locations" }, [
    clause(
      "location-transfers.location",
      ["data_location", "international_transfers"],
      "Verwerker slaat de persoonsgegevens op en verwerkt ze binnen de Europese Economische Ruimte (EER), op de locaties die in Bijlage 1 Specificatie van de verwerking staan. Een andere locatie gebruikt Verwerker alleen met voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.",
      "The Processor stores and processes the personal data within the European Economic Area (EEA), at the locations set out in Annex 1 Specification of the processing. The Processor uses another location only with the Controller's prior written consent.",
    ),
    clause(
      "location-transfers.transfers",
      ["international_transfers", "data_location"],
      "Verwerker geeft persoonsgegevens alleen door naar een land buiten de EER of aan een internationale organisatie als Verwerkingsverantwoordelijke daarvoor vooraf schriftelijk toestemming heeft gegeven en er passende waarborgen als bedoeld in hoofdstuk V AVG zijn getroffen. De doorgiften waarvoor die toestemming geldt, staan in Bijlage 1.",
      "The Processor transfers personal data to a country outside the EEA or to an international organisation only if the Controller has given its prior written consent and appropriate safeguards within the meaning of Chapter V GDPR are in place. The transfers covered by that consent are set out in Annex 1.",
    ),
  ]),
  article("liability", { nl: "Aansprakelijkheid", en: "Liability" }, [
    clause(
      "liability.cap",
      ["liability"],
      "De aansprakelijkheid van Verwerker voor schade door het niet nakomen van deze verwerkersovereenkomst of door schending van de AVG is beperkt tot {{liabilityCapEuros}} per kalenderjaar.",
      "The Processor's liability for damage caused by a failure to comply with this Agreement or by an infringement of the GDPR is limited to {{liabilityCapEuros}} per calendar year.",
    ),
    clause(
      "liability.exclusions",
      [],
      "Deze beperking geldt niet bij opzet of grove schuld van Verwerker, en niet voor de aansprakelijkheid van Verwerker voor zijn subverwerkers.",
      "This limitation does not apply in the event of intent or gross negligence on the part of the Processor, nor to the Processor's liability for its sub-processors.",
    ),
  ]),
  article("duration-termination", { nl: "Duur en beëindiging", en: "Duration and termination" }, [
    clause(
      "duration-termination.term",
      ["duration"],
      "Deze verwerkersovereenkomst treedt in werking op {{effectiveDate}} en geldt zolang Verwerker voor de Dienst persoonsgegevens verwerkt.",
      "This Agreement takes effect on {{effectiveDate}} and applies for as long as the Processor processes personal data for the Service.",
    ),
    clause(
      "duration-termination.notice",
      ["termination"],
      "Een Partij kan deze verwerkersovereenkomst alleen opzeggen samen met de Hoofdovereenkomst, schriftelijk en met een opzegtermijn van {{noticePeriodMonths}} maanden. Eindigt de Hoofdovereenkomst, dan eindigt ook deze verwerkersovereenkomst.",
      "A Party may terminate this Agreement only together with the Main Agreement, in writing and with a notice period of {{noticePeriodMonths}} months. If the Main Agreement ends, so does this Agreement.",
    ),
    clause(
      "duration-termination.survival",
      ["termination"],
      "Verplichtingen die naar hun aard bedoeld zijn om na beëindiging van deze verwerkersovereenkomst door te lopen, zoals geheimhouding, blijven daarna bestaan.",
      "Obligations which by their nature are intended to continue after termination of this Agreement, such as confidentiality, survive its termination.",
    ),
  ]),
  article("deletion-return", { nl: "Verwijderen en teruggeven", en: "Deletion and return" }, [
    clause(
      "deletion-return.end",
      ["deletion_return"],
      "Na het einde van de verwerking voor de Dienst geeft Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle persoonsgegevens aan haar terug of verwijdert hij ze, en verwijdert hij bestaande kopieën, tenzij Unierecht of lidstatelijk recht Verwerker verplicht de persoonsgegevens te bewaren.",
      "After the processing for the Service has ended, the Processor, at the Controller's choice, returns all personal data to the Controller or deletes them, and deletes existing copies, unless Union or Member State law requires the Processor to store the personal data.",
    ),
    clause(
      "deletion-return.confirmation",
      ["deletion_return"],
      "Verwerker bevestigt op verzoek van Verwerkingsverantwoordelijke schriftelijk dat hij de persoonsgegevens heeft verwijderd. Voor persoonsgegevens die Verwerker op grond van de wet moet bewaren, blijft deze verwerkersovereenkomst gelden; Verwerker verwerkt die gegevens alleen voor zover de wet dat vereist.",
      "On the Controller's request, the Processor confirms in writing that it has deleted the personal data. For personal data that the Processor must store by law, this Agreement continues to apply; the Processor processes those data only to the extent the law requires.",
    ),
  ]),
  article("final-provisions", { nl: "Slotbepalingen", en: "Final provisions" }, [
    clause(
      "final-provisions.precedence",
      [],
      "Bij strijd tussen deze verwerkersovereenkomst en de Hoofdovereenkomst gaat deze verwerkersovereenkomst voor.",
      "In the event of a conflict between this Agreement and the Main Agreement, this Agreement prevails.",
    ),
    clause(
      "final-provisions.amendments",
      [],
      "Partijen kunnen deze verwerkersovereenkomst alleen schriftelijk wijzigen.",
      "The Parties can amend this Agreement only in writing.",
    ),
    clause(
      "final-provisions.law",
      [],
      "Op deze verwerkersovereenkomst is Nederlands recht van toepassing. Geschillen legt een Partij voor aan de bevoegde rechter in het arrondissement waar Verwerkingsverantwoordelijke is gevestigd.",
      "This Agreement is governed by Dutch law. Disputes are submitted to the competent court in the district where the Controller has its seat.",
    ),
  ]),
];

const name: LocalisedText = { nl: "Art28-standaard", en: "Art28 standard" };

const variableDefaults: AgreementStandard["variableDefaults"] = {
  noticePeriodMonths: 3,
  breachNotificationHours: 24,
  liabilityCapEuros: 500_000,
};

const changes10: StandardChange = {
  version: "1.0",
  date: "2026-11-23",
  changes: [
    {
      nl: "Eerste versie van de Art28-standaardverwerkersovereenkomst.",
      en: "First version of the Art28 standard processor agreement.",
    },
  ],
};

const standardVersion10: AgreementStandard = {
  name,
  version: "1.0",
  changeLog: [changes10],
  articles: articlesVersion10,
  variableDefaults,
};

/** A copy of the articles with one clause's text replaced. */
function withClauseText(articles: StandardArticle[], clauseId: string, text: LocalisedText): StandardArticle[] {
  if (!articles.some((entry) => entry.clauses.some((existing) => existing.id === clauseId))) {
    throw new Error(`Unknown clause ${clauseId}`);
  }
  return articles.map((entry) => ({
    ...entry,
    clauses: entry.clauses.map((existing) => (existing.id === clauseId ? { ...existing, text } : existing)),
  }));
}

/** A copy of the articles with a clause added at the end of an article, so later numbers stay. */
function withClauseAppended(articles: StandardArticle[], articleId: string, added: StandardClause): StandardArticle[] {
  if (!articles.some((entry) => entry.id === articleId)) throw new Error(`Unknown article ${articleId}`);
  return articles.map((entry) => (entry.id === articleId ? { ...entry, clauses: [...entry.clauses, added] } : entry));
}

function clauseText(articles: StandardArticle[], clauseId: string): LocalisedText {
  const found = articles.flatMap((entry) => entry.clauses).find((existing) => existing.id === clauseId);
  if (!found) throw new Error(`Unknown clause ${clauseId}`);
  return found.text;
}

// 1.1: what happens after an objection to a new sub-processor, and cooperation with the
// supervisory authority (Art. 31 GDPR), which 1.0 left to the law.
const subprocessorChanges10 = clauseText(articlesVersion10, "sub-processors.changes");
const articlesVersion11 = withClauseAppended(
  withClauseText(articlesVersion10, "sub-processors.changes", {
    nl: `${subprocessorChanges10.nl} Maakt Verwerkingsverantwoordelijke bezwaar, dan schakelt Verwerker die subverwerker niet in voor de Dienst; vinden Partijen binnen vier weken geen oplossing, dan kan Verwerkingsverantwoordelijke het betrokken deel van de Dienst zonder kosten beëindigen.`,
    en: `${subprocessorChanges10.en} If the Controller objects, the Processor does not engage that sub-processor for the Service; if the Parties find no solution within four weeks, the Controller may end the affected part of the Service without cost.`,
  }),
  "assistance",
  clause(
    "assistance.supervisory-authority",
    [],
    "Wendt een toezichthouder zich over de verwerking tot Verwerker, dan laat Verwerker dat Verwerkingsverantwoordelijke onverwijld weten, voor zover de wet dat toestaat. Verwerker werkt op verzoek mee met de Autoriteit Persoonsgegevens bij de uitvoering van haar taken (artikel 31 AVG).",
    "If a supervisory authority contacts the Processor about the processing, the Processor lets the Controller know without undue delay, insofar as the law allows. The Processor cooperates, on request, with the supervisory authority in the performance of its tasks (Article 31 GDPR).",
  ),
);

const standardVersion11: AgreementStandard = {
  name,
  version: "1.1",
  changeLog: [
    changes10,
    {
      version: "1.1",
      date: "2026-11-23",
      changes: [
        {
          nl: "Subverwerkers: bij bezwaar tegen een nieuwe subverwerker zet Verwerker die niet in, en kan Verwerkingsverantwoordelijke het betrokken deel van de Dienst zonder kosten beëindigen als Partijen geen oplossing vinden.",
          en: "Sub-processors: after an objection to a new sub-processor the Processor does not engage it, and the Controller may end the affected part of the Service without cost if the Parties find no solution.",
        },
        {
          nl: "Nieuwe bepaling over medewerking met de Autoriteit Persoonsgegevens (artikel 31 AVG) in het artikel Overige bijstand.",
          en: "New clause on cooperation with the supervisory authority (Article 31 GDPR) in the article Further assistance.",
        },
      ],
    },
  ],
  articles: articlesVersion11,
  variableDefaults,
};

/** Every published version, oldest first. */
export const agreementStandards: readonly AgreementStandard[] = [standardVersion10, standardVersion11];

/** The newest version, what new agreements and templates start from. */
export const currentAgreementStandard: AgreementStandard = standardVersion11;

/** The version with this number, or undefined. */
export function agreementStandardVersion(version: string): AgreementStandard | undefined {
  return agreementStandards.find((standard) => standard.version === version);
}
