/**
 * Complete agreements in different drafting styles, written by us for the check's tests, with the
 * status a careful reader gives each requirement. They are not taken from any real agreement or
 * corpus; names of organisations are invented. "# " marks a heading and "- " a list item (see
 * test-documents.ts).
 */

import type { RequirementId } from "./catalogue.ts";
import type { RequirementStatus } from "./check-agreement.ts";

export interface TestAgreement {
  name: string;
  language: "nl" | "en";
  paragraphs: readonly string[];
  /** Requirements that are not `present`; every other requirement is expected `present`. */
  notPresent: Partial<Record<RequirementId, Exclude<RequirementStatus, "present">>>;
}

/** A Dutch agreement after the municipal model, "Gemeente" and "Leverancier", with a specification annex. */
const municipalModel: TestAgreement = {
  name: "municipal model (Gemeente/Leverancier) with Bijlage 1 Specificatie",
  language: "nl",
  paragraphs: [
    "# Verwerkersovereenkomst",
    'Partijen: de gemeente Duinhoven, hierna: "Gemeente", en Parkeerdata B.V., gevestigd te Zwolle, hierna: "Leverancier".',
    "Gemeente is verwerkingsverantwoordelijke en Leverancier is verwerker in de zin van artikel 4 AVG.",
    "# Artikel 1 Onderwerp",
    "1.1 Deze verwerkersovereenkomst heeft betrekking op de verwerking van persoonsgegevens door Leverancier bij de uitvoering van de overeenkomst voor het parkeerbeheer.",
    "1.2 De aard en het doel van de verwerking, de soorten persoonsgegevens en de categorieën betrokkenen staan in Bijlage 1.",
    "# Artikel 2 Verwerking op instructie",
    "2.1 Leverancier verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Gemeente.",
    "2.2 Is Leverancier op grond van Unierecht of lidstatelijk recht gehouden tot een andere verwerking, dan licht Leverancier Gemeente daarover voorafgaand aan de verwerking in, tenzij die wetgeving dat verbiedt.",
    "2.3 Leverancier waarschuwt Gemeente onverwijld wanneer een instructie naar zijn oordeel in strijd is met de AVG.",
    "# Artikel 3 Geheimhouding en beveiliging",
    "3.1 Leverancier verplicht iedere medewerker die toegang heeft tot de persoonsgegevens tot geheimhouding.",
    "3.2 Leverancier treft passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen tegen verlies en onrechtmatige verwerking.",
    "3.3 Leverancier staat Gemeente bij in het nakomen van haar verplichtingen uit de artikelen 32 tot en met 36 AVG.",
    "# Artikel 4 Subverwerkers",
    "4.1 Leverancier schakelt uitsluitend subverwerkers in na voorafgaande schriftelijke toestemming van Gemeente.",
    "4.2 Leverancier stelt Gemeente minstens vier weken vooraf in kennis van een beoogde nieuwe subverwerker; Gemeente kan daartegen binnen twee weken bezwaar maken.",
    "4.3 Leverancier legt een subverwerker bij schriftelijke overeenkomst ten minste dezelfde verplichtingen op als die uit deze verwerkersovereenkomst.",
    "4.4 Leverancier blijft jegens Gemeente volledig aansprakelijk voor het handelen en nalaten van zijn subverwerkers.",
    "# Artikel 5 Doorgifte",
    "5.1 Leverancier geeft geen persoonsgegevens door naar een land buiten de Europese Economische Ruimte zonder schriftelijke instructie van Gemeente en zonder passende waarborgen als bedoeld in hoofdstuk V AVG.",
    "# Artikel 6 Bijstand",
    "6.1 Leverancier verleent Gemeente medewerking bij het afhandelen van verzoeken van betrokkenen om inzage, rectificatie of wissing.",
    "6.2 Leverancier werkt mee aan een gegevensbeschermingseffectbeoordeling en aan een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
    "# Artikel 7 Datalekken",
    "7.1 Leverancier meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en uiterlijk binnen 24 uur aan Gemeente.",
    "# Artikel 8 Informatie en audit",
    "8.1 Leverancier stelt Gemeente alle informatie ter beschikking die nodig is om aan te tonen dat hij deze verwerkersovereenkomst nakomt.",
    "8.2 Leverancier maakt audits mogelijk door Gemeente of een door haar aangewezen onafhankelijke auditor en draagt daaraan bij.",
    "# Artikel 9 Duur en einde",
    "9.1 Deze verwerkersovereenkomst geldt zolang de hoofdovereenkomst loopt en eindigt van rechtswege bij het einde daarvan.",
    "9.2 Na afloop van de hoofdovereenkomst retourneert Leverancier alle persoonsgegevens aan Gemeente of verwijdert hij deze, naar keuze van Gemeente, tenzij een wettelijke bewaarplicht geldt.",
    "9.3 De aansprakelijkheid van Leverancier is beperkt tot het bedrag dat in de hoofdovereenkomst is genoemd.",
    "# Bijlage 1 Specificatie",
    "Aard en doel van de verwerking: het uitgeven en controleren van parkeervergunningen.",
    "Soorten persoonsgegevens: naam, adres, kenteken en e-mailadres.",
    "Categorieën betrokkenen: inwoners en bezoekers van de gemeente.",
    "Locatie van de verwerking: de persoonsgegevens worden opgeslagen in datacenters in Nederland.",
  ],
  notPresent: {},
};

/** English SaaS terms whose data protection section is the processor agreement. */
const saasTerms: TestAgreement = {
  name: "SaaS terms with an embedded data protection section (Customer/Company)",
  language: "en",
  paragraphs: [
    "# Terms of Service",
    'These terms apply between Brightdesk Software Ltd ("Company") and the organisation that subscribes to the service ("Customer").',
    "# 1. The service",
    "1.1 Company provides an online helpdesk platform with which Customer answers questions from its clients.",
    "1.2 The subscription runs for twelve months and renews automatically unless either party gives notice.",
    "# 9. Data protection",
    "9.1 Customer is the controller and Company is the processor of the personal data that Customer enters into the platform.",
    "9.2 Company processes that personal data solely to provide the service and only on Customer's documented instructions, including with regard to transfers to a third country.",
    "9.3 The personal data consist of names, e-mail addresses and the content of support tickets of Customer's clients and staff.",
    "9.4 Company processes the personal data for as long as the subscription is in force.",
    "9.5 Company ensures that its personnel who have access to the personal data are bound by appropriate confidentiality obligations.",
    "9.6 Company implements appropriate technical and organisational measures to protect the personal data, as described on its security page.",
    "9.7 Customer grants Company a general authorisation to engage sub-processors. Company will inform Customer of any intended change to its sub-processors at least thirty days in advance, and Customer may object to the change.",
    "9.8 Company imposes data protection obligations on each sub-processor that are no less protective than those in these terms, and remains fully liable to Customer for the performance of its sub-processors.",
    "9.9 Company will notify Customer without undue delay, and in any event within 48 hours, after becoming aware of a personal data breach.",
    "9.10 Company shall assist Customer in responding to requests from data subjects exercising their rights.",
    "9.11 Company makes available to Customer all information necessary to demonstrate compliance with Article 28 GDPR and allows for and contributes to audits conducted by Customer or an auditor it mandates.",
    "9.12 Within thirty days after the subscription ends, Company deletes all personal data, unless Customer has asked for their return before that date or the law requires storage.",
    "9.13 Personal data are hosted in the European Union.",
    "# 12. Liability",
    "12.1 Company's total liability is limited to the fees paid in the twelve months before the claim.",
  ],
  notPresent: {
    // No duty to warn about infringing instructions, no notice of legally required processing,
    // no help with DPIAs or with the controller's own security obligations.
    legal_requirement_notice: "missing",
    infringing_instruction_notice: "missing",
    dpia_assistance: "missing",
    assist_security: "missing",
  },
};

/** A service level agreement with a short block of processor clauses. */
const serviceLevelAgreement: TestAgreement = {
  name: "service level agreement with a short processor clause block",
  language: "en",
  paragraphs: [
    "# Service Level Agreement",
    'This agreement is made between Riverside Housing Association ("Client") and Stackline Hosting B.V. ("Provider").',
    "# 1. Availability",
    "1.1 Provider aims for an availability of the hosting platform of 99.9 percent per month.",
    "1.2 Maintenance is announced at least five working days in advance.",
    "# 2. Support",
    "2.1 Provider answers support requests within four business hours.",
    "# 3. Personal data",
    "3.1 In hosting the Client's application, Provider acts as processor and Client as controller.",
    "3.2 Provider processes the personal data only on the documented instructions of Client.",
    "3.3 Provider takes appropriate technical and organisational security measures.",
    "3.4 Provider notifies Client of any personal data breach without undue delay.",
    "3.5 At the end of the agreement Provider deletes or returns all personal data, at Client's choice.",
    "# 4. Term",
    "4.1 This agreement remains in force for as long as the hosting agreement is in force.",
  ],
  notPresent: {
    subject_matter: "missing",
    nature_purpose: "missing",
    data_types: "missing",
    data_subjects: "missing",
    legal_requirement_notice: "missing",
    international_transfers: "missing",
    confidentiality: "missing",
    subprocessor_authorisation: "missing",
    subprocessor_changes: "missing",
    subprocessor_flowdown: "missing",
    subprocessor_liability: "missing",
    data_subject_rights: "missing",
    assist_security: "missing",
    dpia_assistance: "missing",
    compliance_information: "missing",
    audits: "missing",
    infringing_instruction_notice: "missing",
    data_location: "missing",
    liability: "missing",
  },
};

/** A US-style data processing addendum: "Customer" and "Service Provider", with two clauses that contradict the GDPR. */
const usStyleAddendum: TestAgreement = {
  name: "US-style DPA (Customer/Service Provider) with conflicts",
  language: "en",
  paragraphs: [
    "# Data Processing Addendum",
    'This Data Processing Addendum forms part of the Master Services Agreement between Evergreen Analytics Inc. ("Service Provider") and the customer named in the order form ("Customer").',
    "# 1. Roles",
    "1.1 With respect to Customer Personal Data, Customer is the controller and Service Provider is the processor.",
    "1.2 The subject matter of the processing is the provision of the analytics services described in the Master Services Agreement.",
    "1.3 The nature and purpose of the processing is the collection and analysis of website usage data on behalf of Customer.",
    "1.4 Categories of personal data: IP addresses, device identifiers and browsing behaviour.",
    "1.5 Categories of data subjects: visitors of Customer's websites.",
    "1.6 The processing continues for the term of the Master Services Agreement.",
    "# 2. Service Provider obligations",
    "2.1 Service Provider shall process Customer Personal Data only on Customer's documented instructions.",
    "2.2 If applicable law requires Service Provider to process Customer Personal Data otherwise, Service Provider shall inform Customer of that legal requirement before processing, unless the law prohibits this on important grounds of public interest.",
    "2.3 Service Provider shall immediately inform Customer if, in its opinion, an instruction infringes the GDPR.",
    "2.4 Service Provider may use Customer Personal Data to improve its own products and services.",
    "2.5 Service Provider ensures that persons authorised to process Customer Personal Data have committed themselves to confidentiality.",
    "2.6 Service Provider shall implement the technical and organisational measures set out in Exhibit B.",
    "2.7 Service Provider may transfer Customer Personal Data to the United States under the standard contractual clauses adopted by the European Commission.",
    "# 3. Subprocessors",
    "3.1 Customer authorises Service Provider to engage the subprocessors listed in Exhibit C.",
    "3.2 Service Provider shall notify Customer of any new subprocessor at least fifteen days in advance, and Customer may object on reasonable grounds.",
    "3.3 Service Provider shall enter into a written agreement with each subprocessor imposing the same data protection obligations as this Addendum.",
    "3.4 Service Provider remains fully liable to Customer for the acts and omissions of its subprocessors.",
    "# 4. Assistance",
    "4.1 Service Provider shall assist Customer by appropriate technical and organisational measures in fulfilling Customer's obligation to respond to requests from data subjects.",
    "4.2 Service Provider shall assist Customer in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments and prior consultations.",
    "4.3 Service Provider shall notify Customer of a personal data breach within five business days.",
    "# 5. Audits and deletion",
    "5.1 Service Provider shall make available to Customer all information necessary to demonstrate compliance with this Addendum and shall permit audits by Customer or its independent auditor.",
    "5.2 Upon termination, Service Provider shall delete or return all Customer Personal Data at Customer's election.",
    "5.3 Service Provider's liability under this Addendum is subject to the limitations of the Master Services Agreement.",
    "5.4 This Addendum terminates when the Master Services Agreement terminates.",
  ],
  notPresent: {
    instructions: "conflict",
    breach_notification: "conflict",
    // A transfer to the United States is allowed, but where the data are stored is not said.
    data_location: "missing",
  },
};

/** A Dutch agreement with "Opdrachtgever" and "Opdrachtnemer" that lets the processor engage anyone. */
const contractorAgreement: TestAgreement = {
  name: "Dutch agreement (Opdrachtgever/Opdrachtnemer) with unrestricted sub-processing",
  language: "nl",
  paragraphs: [
    "# Verwerkersovereenkomst",
    'De ondergetekenden: Waterschap Lage Velden, hierna: "Opdrachtgever", en Meetnet Diensten B.V., hierna: "Opdrachtnemer".',
    "Opdrachtgever treedt op als verwerkingsverantwoordelijke en Opdrachtnemer als verwerker.",
    "# 1 Verwerking",
    "1.1 Opdrachtnemer verwerkt persoonsgegevens in opdracht van Opdrachtgever ten behoeve van het beheer van het klantportaal voor aanslagen.",
    "1.2 Het gaat om de volgende persoonsgegevens van belastingplichtigen: naam, adres, telefoonnummer en aanslaggegevens.",
    "1.3 Opdrachtnemer verwerkt de gegevens alleen volgens de schriftelijke instructies van Opdrachtgever.",
    "1.4 De verwerking duurt zolang de dienstverleningsovereenkomst loopt.",
    "# 2 Beveiliging en geheimhouding",
    "2.1 Opdrachtnemer neemt passende technische en organisatorische maatregelen.",
    "2.2 Medewerkers van Opdrachtnemer die persoonsgegevens verwerken, zijn tot geheimhouding verplicht.",
    "# 3 Derden",
    "3.1 Opdrachtnemer mag naar eigen inzicht subverwerkers inschakelen zonder voorafgaande toestemming van Opdrachtgever.",
    "# 4 Datalekken",
    "4.1 Opdrachtnemer informeert Opdrachtgever zo spoedig mogelijk, uiterlijk binnen 48 uur, over een datalek.",
    "# 5 Einde",
    "5.1 Na het einde van de overeenkomst verwijdert Opdrachtnemer alle persoonsgegevens.",
  ],
  notPresent: {
    legal_requirement_notice: "missing",
    international_transfers: "missing",
    subprocessor_authorisation: "conflict",
    subprocessor_changes: "missing",
    subprocessor_flowdown: "missing",
    subprocessor_liability: "missing",
    data_subject_rights: "missing",
    assist_security: "missing",
    dpia_assistance: "missing",
    compliance_information: "missing",
    audits: "missing",
    infringing_instruction_notice: "missing",
    data_location: "missing",
    liability: "missing",
    // The term is stated (1.4), but nothing on ending the agreement or on what survives it.
    termination: "missing",
  },
};

/** All test agreements. */
export const testAgreements: readonly TestAgreement[] = [
  municipalModel,
  saasTerms,
  serviceLevelAgreement,
  usStyleAddendum,
  contractorAgreement,
];
