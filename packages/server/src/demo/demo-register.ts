import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import {
  addDays,
  authorityNotificationDeadline,
  calendarDateOf,
  checkAgreement,
  type AgreementKind,
  type AgreementStatus,
  type CertificationKind,
  type ProcessingTransfer,
  type RoleOutcome,
  type SubProcessorAuthorisationStatus,
} from "@art28/domain";
import type { CheckReport } from "@art28/contract";
import { snapshotOf } from "../audit/audit-changes.ts";
import type { Transaction } from "../database/connection.ts";
import {
  agreementDocuments,
  agreements,
  audits,
  breaches,
  certifications,
  processingSpecifications,
  relationships,
  securityMeasures,
  subProcessors,
} from "../database/schema.ts";
import { createCounterpartyDataAccess } from "../data-access/counterparties.ts";
import { createRoleAssessmentDataAccess } from "../data-access/role-assessments.ts";
import { readDocumentInProcess } from "../documents/index.ts";
import { createAuditTrail, type AuditedEntityType } from "../services/audit-trail.ts";
import { presentCheckReport } from "../services/check-service.ts";
import { checkAttachedChanges, documentAttachedChanges } from "../services/register/document-use-cases.ts";

/**
 * The demo municipality's register: relationships with its demo counterparties, chosen so that
 * the dashboard shows every case a privacy officer meets. Dates are offsets from the day the
 * seed runs (days for calendar dates, hours for breach moments), so the demo never goes stale.
 */

/** Days from the seeding day; negative lies in the past. */
type Day = number;

interface DemoSpecification {
  subjectMatter: string;
  nature: string;
  purposes: string[];
  dataCategories: string[];
  specialCategories?: string[];
  processesBsn?: boolean;
  dataSubjectCategories: string[];
  retention: string;
  storageCountries: string[];
  processingCountries: string[];
  transfers?: ProcessingTransfer[];
}

interface DemoAgreement {
  kind: AgreementKind;
  status: AgreementStatus;
  standardName?: string;
  standardVersion?: string;
  signed?: Day;
  effective?: Day;
  ends?: Day;
  review?: Day;
  /**
   * The signed text is stored with the agreement and checked by the agreement check at seeding,
   * so its stored report is one the server produced itself.
   */
  signedDocument?: boolean;
}

interface DemoCertification {
  kind: CertificationKind;
  name?: string;
  holder: string;
  issued?: Day;
  expires?: Day;
  reportReference?: string;
}

interface DemoSubProcessor {
  name: string;
  service: string;
  country: string;
  authorisationStatus: SubProcessorAuthorisationStatus;
  authorised?: Day;
}

interface DemoAudit {
  planned?: Day;
  done?: Day;
  findings?: string;
  followUp?: string;
  followUpDue?: Day;
  followUpDone?: Day;
}

/** Breach moments in hours before the seeding moment. */
interface DemoBreach {
  occurredHoursAgo: number;
  processorAwareHoursAgo: number;
  controllerAwareHoursAgo: number;
  authorityNotifiedHoursAgo?: number;
  dataSubjectsInformedHoursAgo?: number;
  authorityNotificationRequired?: boolean;
  description: string;
  measures: string;
}

export interface DemoRelationship {
  /** Name of one of `demoCounterparties`. */
  counterparty: string;
  name: string;
  /** Left out: the outcome of the counterparty's role assessment, if any. */
  role?: RoleOutcome | null;
  notes?: string;
  specification?: DemoSpecification;
  securityMeasures?: Array<{ description: string; reference?: string }>;
  certifications?: DemoCertification[];
  subProcessors?: DemoSubProcessor[];
  agreements?: DemoAgreement[];
  audits?: DemoAudit[];
  breaches?: DemoBreach[];
}

const usualMeasures = [
  {
    description: "Versleuteling van gegevens bij opslag en transport (TLS 1.2 of hoger)",
    reference: "Bijlage 2, par. 1",
  },
  {
    description: "Tweefactorauthenticatie voor alle beheerders en medewerkers met toegang",
    reference: "Bijlage 2, par. 2",
  },
  { description: "Logging van toegang tot persoonsgegevens, twaalf maanden bewaard", reference: "Bijlage 2, par. 4" },
];

const processorAgreementInForce = (overrides: Partial<DemoAgreement> = {}): DemoAgreement => ({
  kind: "processor_agreement",
  status: "active",
  signed: -420,
  effective: -410,
  review: 320,
  signedDocument: true,
  ...overrides,
});

/**
 * The cases, one relationship each unless noted: compliant, compliant but expiring, review
 * overdue, audit overdue, audit follow-up overdue, certification expired, breach deadline
 * running and missed, missing agreements, an agreement signed but not yet in force, one never
 * checked, a joint-controller arrangement, and relationships that need no agreement or whose
 * role is still open.
 */
export const demoRelationships: readonly DemoRelationship[] = [
  {
    counterparty: "Salarisdienst Noord B.V.",
    name: "Salarisadministratie en loonstroken",
    notes: "Hoofdovereenkomst loopt tot wederopzegging; contactpersoon bij HR is de teamleider salarissen.",
    specification: {
      subjectMatter: "Salarisverwerking voor de medewerkers van de gemeente",
      nature: "vastleggen, berekenen en uitbetalen van salarissen en het aanleveren van de loonaangifte",
      purposes: ["Salarisbetaling", "Loonaangifte aan de Belastingdienst", "Jaaropgaven"],
      dataCategories: [
        "Naam, adres en woonplaats",
        "Geboortedatum",
        "Burgerservicenummer",
        "Bankrekeningnummer",
        "Salarisgegevens",
        "Loonheffingsgegevens",
      ],
      processesBsn: true,
      dataSubjectCategories: ["Medewerkers", "Oud-medewerkers", "Stagiairs"],
      retention: "Zeven jaar na het einde van het dienstverband (fiscale bewaarplicht)",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures,
    certifications: [
      {
        kind: "iso_27001",
        holder: "Salarisdienst Noord B.V.",
        issued: -300,
        expires: 795,
        reportReference: "Certificaat 2025-ISMS-0412",
      },
    ],
    subProcessors: [
      {
        name: "Polderwolk Datacenters B.V.",
        service: "Hosting van de salarisapplicatie",
        country: "NL",
        authorisationStatus: "authorised",
        authorised: -430,
      },
    ],
    agreements: [processorAgreementInForce({ review: 180 })],
    audits: [
      {
        planned: -160,
        done: -150,
        findings: "Geen bevindingen van betekenis; één aanbeveling over het intrekken van accounts bij vertrek.",
        followUp: "Verwerker past het vertrekproces aan.",
        followUpDue: -90,
        followUpDone: -100,
      },
    ],
  },
  {
    counterparty: "Polderwolk Datacenters B.V.",
    name: "Hosting van gemeentelijke applicaties",
    notes: "De hoofdovereenkomst loopt af; de aanbesteding voor de opvolger loopt.",
    specification: {
      subjectMatter: "Hosting en beheer van servers voor gemeentelijke applicaties",
      nature: "opslaan van gegevens en beschikbaar houden van de applicaties, inclusief back-ups",
      purposes: ["Beschikbaarheid en continuïteit van gemeentelijke applicaties"],
      dataCategories: ["Alle gegevens in de gehoste applicaties", "Inloggegevens van medewerkers"],
      processesBsn: true,
      dataSubjectCategories: ["Inwoners", "Medewerkers", "Ondernemers"],
      retention: "Zolang de hostingovereenkomst loopt; back-ups 35 dagen",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: [
      ...usualMeasures,
      { description: "Twee gescheiden datacenters met dagelijkse back-up", reference: "Bijlage 2, par. 6" },
    ],
    certifications: [
      { kind: "iso_27001", holder: "Polderwolk Datacenters B.V.", issued: -1035, expires: 60 },
      { kind: "nen_7510", holder: "Polderwolk Datacenters B.V.", issued: -200, expires: 895 },
    ],
    agreements: [processorAgreementInForce({ signed: -1100, effective: -1095, ends: 45, review: 20 })],
    audits: [{ planned: -400, done: -395, findings: "Geen bevindingen." }],
  },
  {
    counterparty: "Skyloft Data Services Ltd.",
    name: "Cloudkantoorsoftware (e-mail, agenda en documenten)",
    specification: {
      subjectMatter: "E-mail, agenda, documentopslag en samenwerken voor alle medewerkers",
      nature: "opslaan, doorzoeken en beschikbaar stellen van berichten en documenten",
      purposes: ["Communicatie en samenwerking", "Documentopslag"],
      dataCategories: ["Contactgegevens", "Inhoud van e-mail en documenten", "Gebruiks- en loggegevens"],
      specialCategories: ["Gezondheidsgegevens in documenten van het sociaal domein"],
      processesBsn: true,
      dataSubjectCategories: ["Medewerkers", "Inwoners", "Contactpersonen van organisaties"],
      retention: "Volgens de Archiefwet en de selectielijst; logs 180 dagen",
      storageCountries: ["IE", "NL"],
      processingCountries: ["IE", "NL"],
      transfers: [{ country: "US", safeguard: "adequacy_decision" }],
    },
    securityMeasures: usualMeasures,
    certifications: [
      { kind: "iso_27001", holder: "Skyloft Data Services Ltd.", issued: -200, expires: 895 },
      { kind: "iso_27701", holder: "Skyloft Data Services Ltd.", issued: -200, expires: 895 },
      {
        kind: "soc_2",
        name: "SOC 2 Type II",
        holder: "Skyloft Data Services Ltd.",
        issued: -120,
        expires: 245,
        reportReference: "SOC 2 Type II-rapport over het afgelopen boekjaar",
      },
    ],
    subProcessors: [
      {
        name: "Skyloft Inc.",
        service: "Ondersteuning op afstand in de derde lijn",
        country: "US",
        authorisationStatus: "authorised",
        authorised: -410,
      },
      {
        name: "Northwind Support Sp. z o.o.",
        service: "Ondersteuning in de eerste lijn",
        country: "PL",
        authorisationStatus: "pending",
      },
    ],
    agreements: [processorAgreementInForce({ review: -35 })],
  },
  {
    counterparty: "ParkeerGemak B.V.",
    name: "Parkeerapp voor bewoners en bezoekers",
    role: "processor",
    notes: "De app is in gebruik genomen voordat de verwerkersovereenkomst rond was.",
    specification: {
      subjectMatter: "Digitaal parkeren met de app en het aanmelden van bezoekers van bewoners",
      nature: "registreren van parkeeracties, afrekenen en doorgeven aan de handhaving",
      purposes: ["Parkeerbelasting heffen", "Handhaving van het parkeerbeleid"],
      dataCategories: ["Kenteken", "Locatie en tijdstip van parkeren", "Betaalgegevens", "E-mailadres"],
      dataSubjectCategories: ["Bewoners", "Bezoekers", "Parkeerders"],
      retention: "Parkeeracties twee jaar; betaalgegevens zeven jaar",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    agreements: [{ kind: "processor_agreement", status: "negotiating" }],
  },
  {
    counterparty: "Nimbus Harbor Inc.",
    name: "Back-up van het e-mailarchief",
    specification: {
      subjectMatter: "Externe back-up van het e-mailarchief",
      nature: "kopiëren en bewaren van versleutelde back-ups",
      purposes: ["Herstel na een storing of incident"],
      dataCategories: ["Inhoud van e-mail", "Contactgegevens"],
      dataSubjectCategories: ["Medewerkers", "Inwoners"],
      retention: "Negentig dagen per back-up",
      storageCountries: ["US"],
      processingCountries: ["US"],
      transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
    },
  },
  {
    counterparty: "Webhaven Hosting B.V.",
    name: "Hosting van de gemeentelijke website",
    specification: {
      subjectMatter: "Hosting van www.gemeente-voorbeeld.example en de webformulieren",
      nature: "opslaan en doorsturen van ingevulde webformulieren",
      purposes: ["Informatie aan inwoners", "Ontvangen van meldingen en aanvragen"],
      dataCategories: ["Naam en contactgegevens", "Inhoud van formulieren", "IP-adres"],
      dataSubjectCategories: ["Inwoners", "Bezoekers van de website"],
      retention: "Formulieren dertig dagen na doorsturen; logs negentig dagen",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures.slice(0, 2),
    certifications: [{ kind: "iso_27001", holder: "Webhaven Hosting B.V.", issued: -500, expires: 595 }],
    agreements: [processorAgreementInForce({ review: 75 })],
    audits: [{ planned: -21, findings: "" }],
  },
  {
    counterparty: "Zaakwijs Software B.V.",
    name: "Zaaksysteem en documentbeheer",
    specification: {
      subjectMatter: "Zaakgericht werken: registratie en afhandeling van aanvragen, meldingen en bezwaren",
      nature: "opslaan, ordenen en ontsluiten van zaken en documenten",
      purposes: ["Afhandeling van zaken", "Verantwoording en archivering"],
      dataCategories: ["Naam, adres en woonplaats", "Burgerservicenummer", "Inhoud van aanvragen en besluiten"],
      specialCategories: ["Gezondheidsgegevens", "Strafrechtelijke gegevens"],
      processesBsn: true,
      dataSubjectCategories: ["Inwoners", "Ondernemers", "Medewerkers"],
      retention: "Volgens de selectielijst gemeenten",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures,
    certifications: [
      {
        kind: "iso_27001",
        holder: "Zaakwijs Software B.V.",
        issued: -1110,
        expires: -18,
        reportReference: "Certificaat verlopen; hercertificering aangevraagd",
      },
    ],
    subProcessors: [
      {
        name: "Polderwolk Datacenters B.V.",
        service: "Hosting",
        country: "NL",
        authorisationStatus: "authorised",
        authorised: -700,
      },
    ],
    agreements: [processorAgreementInForce({ signed: -730, effective: -720, review: 270 })],
    audits: [{ planned: 40 }],
  },
  {
    counterparty: "Sociaal Kompas Software B.V.",
    name: "Applicatie voor Participatiewet en Wmo",
    role: "processor",
    specification: {
      subjectMatter: "Registratie van aanvragen en voorzieningen in het sociaal domein",
      nature: "vastleggen en beoordelen van aanvragen, beschikkingen en betalingen",
      purposes: ["Uitvoering Participatiewet", "Uitvoering Wet maatschappelijke ondersteuning"],
      dataCategories: ["Naam, adres en woonplaats", "Burgerservicenummer", "Inkomensgegevens", "Gezinssituatie"],
      specialCategories: ["Gezondheidsgegevens"],
      processesBsn: true,
      dataSubjectCategories: ["Aanvragers", "Gezinsleden van aanvragers"],
      retention: "Tien jaar na het einde van de voorziening",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures,
    certifications: [{ kind: "nen_7510", holder: "Sociaal Kompas Software B.V.", issued: -250, expires: 845 }],
    agreements: [processorAgreementInForce({ review: 150 })],
    audits: [
      {
        planned: -120,
        done: -110,
        findings: "Autorisaties van oud-medewerkers niet tijdig ingetrokken.",
        followUp: "Verwerker levert een periodieke autorisatiecontrole aan.",
        followUpDue: -10,
      },
    ],
  },
  {
    counterparty: "Belwaarts Klantcontact B.V.",
    name: "Telefonisch klantcontact buiten kantoortijden",
    specification: {
      subjectMatter: "Aannemen van telefoongesprekken van inwoners buiten kantoortijden",
      nature: "registreren van vragen en meldingen en doorzetten naar de gemeente",
      purposes: ["Bereikbaarheid van de gemeente"],
      dataCategories: ["Naam en telefoonnummer", "Inhoud van de vraag of melding"],
      dataSubjectCategories: ["Inwoners", "Ondernemers"],
      retention: "Gespreksnotities dertig dagen na overdracht",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures.slice(1),
    agreements: [processorAgreementInForce({ review: 210 })],
    breaches: [
      {
        occurredHoursAgo: 30,
        processorAwareHoursAgo: 26,
        controllerAwareHoursAgo: 20,
        description:
          "Een medewerker van de verwerker heeft een overzicht met terugbelverzoeken naar een verkeerd e-mailadres gestuurd.",
        measures:
          "De ontvanger is gevraagd het bericht te verwijderen; e-mailadressen worden voortaan automatisch aangevuld.",
      },
    ],
  },
  {
    counterparty: "Postkamer Midden B.V.",
    name: "Printen en verzenden van aanslagen en brieven",
    specification: {
      subjectMatter: "Printen, couverteren en verzenden van aanslagen en brieven",
      nature: "ontvangen van printbestanden, printen en aanbieden aan de post",
      purposes: ["Verzending van gemeentelijke post"],
      dataCategories: ["Naam en adres", "Inhoud van brieven en aanslagen"],
      processesBsn: true,
      dataSubjectCategories: ["Inwoners", "Ondernemers"],
      retention: "Printbestanden veertien dagen na verzending",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    securityMeasures: usualMeasures,
    certifications: [{ kind: "iso_27001", holder: "Postkamer Midden B.V.", issued: -400, expires: 695 }],
    agreements: [processorAgreementInForce({ review: 240 })],
    breaches: [
      {
        occurredHoursAgo: 24 * 9,
        processorAwareHoursAgo: 24 * 7,
        controllerAwareHoursAgo: 24 * 6,
        description: "Tweehonderd aanslagen zijn in vensterenveloppen van een andere gemeente verzonden.",
        measures: "De partij is teruggehaald bij PostNL; de instellingen van de couverteermachine zijn aangepast.",
      },
      {
        occurredHoursAgo: 24 * 200,
        processorAwareHoursAgo: 24 * 199,
        controllerAwareHoursAgo: 24 * 199 - 3,
        authorityNotifiedHoursAgo: 24 * 198,
        dataSubjectsInformedHoursAgo: 24 * 197,
        description: "Een doos met retourpost is zoekgeraakt tijdens transport.",
        measures: "Retourpost wordt nu in verzegelde kratten vervoerd.",
      },
    ],
  },
  {
    counterparty: "Archiefhuis Oost-Nederland B.V.",
    name: "Opslag van het semi-statisch archief",
    specification: {
      subjectMatter: "Opslag en raadpleging van het papieren semi-statisch archief",
      nature: "bewaren van dossiers en op verzoek digitaal beschikbaar stellen",
      purposes: ["Archivering volgens de Archiefwet"],
      dataCategories: ["Inhoud van dossiers", "Naam en adres"],
      processesBsn: true,
      dataSubjectCategories: ["Inwoners", "Medewerkers"],
      retention: "Volgens de selectielijst gemeenten",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    agreements: [
      processorAgreementInForce({ status: "ended", signed: -1500, effective: -1490, ends: -40, review: undefined }),
      processorAgreementInForce({ status: "signed", signed: -12, effective: 20, review: 385 }),
    ],
  },
  {
    counterparty: "Papierwolf Vernietiging B.V.",
    name: "Vernietiging van vertrouwelijk papier",
    notes: "Ondertekend exemplaar ligt op papier in het contractenarchief; nog niet geüpload en getoetst.",
    specification: {
      subjectMatter: "Ophalen en vernietigen van vertrouwelijk papier",
      nature: "ophalen in afgesloten containers en versnipperen",
      purposes: ["Veilige vernietiging"],
      dataCategories: ["Inhoud van vernietigde documenten"],
      dataSubjectCategories: ["Inwoners", "Medewerkers"],
      retention: "Vernietiging binnen vijf werkdagen na ophalen",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    agreements: [processorAgreementInForce({ signedDocument: false, review: 300 })],
  },
  {
    counterparty: "Stichting Schuldhulp Op Orde",
    name: "Schuldhulpverlening",
    role: "joint_controllers",
    notes: "Gemeente en stichting bepalen samen doel en middelen van het schuldhulptraject.",
    specification: {
      subjectMatter: "Gezamenlijke uitvoering van de schuldhulpverlening",
      nature: "intake, budgetbeheer en schuldregeling",
      purposes: ["Uitvoering van de Wet gemeentelijke schuldhulpverlening"],
      dataCategories: ["Naam, adres en woonplaats", "Burgerservicenummer", "Inkomens- en schuldgegevens"],
      processesBsn: true,
      dataSubjectCategories: ["Inwoners met schulden", "Schuldeisers"],
      retention: "Vijf jaar na afsluiting van het traject",
      storageCountries: ["NL"],
      processingCountries: ["NL"],
    },
    agreements: [{ kind: "art26_arrangement", status: "active", signed: -200, effective: -190, review: 165 }],
  },
  {
    counterparty: "Hoekstra Verbeek Accountants B.V.",
    name: "Controle van de jaarrekening",
    notes: "De accountant controleert onder eigen wettelijke verantwoordelijkheid (Gemeentewet).",
    agreements: [{ kind: "none_needed", status: "active", signed: -60, effective: -60 }],
  },
  {
    counterparty: "Glansrijk Schoonmaakdiensten B.V.",
    name: "Schoonmaak van het gemeentehuis",
  },
  {
    counterparty: "Smaakvol Bedrijfscatering B.V.",
    name: "Bedrijfsrestaurant en catering bij bijeenkomsten",
    notes: "Rol nog bepalen: de cateraar houdt dieetwensen bij, dat kunnen gezondheidsgegevens zijn.",
  },
];

const demoActor = { userId: null, label: "demo" };
const agreementTemplate = new URL("./demo-verwerkersovereenkomst.md", import.meta.url);

const dutchDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function listText(items: readonly string[]): string {
  const lower = items.map((item, index) => (index === 0 ? item : item.charAt(0).toLowerCase() + item.slice(1)));
  return lower.length <= 1 ? (lower[0] ?? "") : `${lower.slice(0, -1).join(", ")} en ${lower.at(-1)}`;
}

/** The demo agreement text for one relationship, with its parties and processing filled in. */
function agreementText(template: string, relationship: DemoRelationship, signedOn: string): string {
  const specification = relationship.specification;
  const values: Record<string, string> = {
    verwerker: relationship.counterparty,
    dienst: relationship.name.toLowerCase(),
    aard: specification?.nature ?? "de verwerkingen die nodig zijn voor de dienst",
    doel: listText(specification?.purposes ?? ["het leveren van de dienst"]).toLowerCase(),
    gegevens: listText(specification?.dataCategories ?? ["contactgegevens"]).toLowerCase(),
    betrokkenen: listText(specification?.dataSubjectCategories ?? ["inwoners"]).toLowerCase(),
    datum: dutchDate.format(new Date(`${signedOn}T00:00:00Z`)),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => values[key] ?? "");
}

const fields = {
  counterparty: ["name", "kvkNumber", "country", "contactName", "contactEmail", "category", "serviceDescription"],
  relationship: ["counterpartyId", "name", "role", "notes"],
  specification: [
    "relationshipId",
    "subjectMatter",
    "nature",
    "purposes",
    "dataCategories",
    "specialCategories",
    "processesBsn",
    "dataSubjectCategories",
    "retention",
    "storageCountries",
    "processingCountries",
    "transfers",
  ],
  securityMeasure: ["relationshipId", "description", "reference"],
  certification: ["relationshipId", "kind", "name", "holder", "issuedOn", "expiresOn", "reportReference"],
  subProcessor: ["relationshipId", "name", "service", "country", "authorisationStatus", "authorisedAt"],
  agreement: [
    "relationshipId",
    "kind",
    "standardName",
    "standardVersion",
    "status",
    "signedOn",
    "effectiveOn",
    "endsOn",
    "reviewOn",
  ],
  audit: ["relationshipId", "plannedOn", "doneOn", "findings", "followUp", "followUpDueOn", "followUpDoneOn"],
  breach: [
    "relationshipId",
    "occurredAt",
    "processorAwareAt",
    "controllerAwareAt",
    "authorityDeadlineAt",
    "authorityNotificationRequired",
    "authorityNotifiedAt",
    "dataSubjectsInformedAt",
    "description",
    "measures",
  ],
} as const;

/**
 * Writes the demo register into the municipality, inside its organisation scope (the caller's
 * transaction), with a "created" audit event by actor "demo" for every seeded record, the
 * counterparties included. Rows go in one insert per table; agreements marked as signed
 * documents are checked with the domain's `checkAgreement` on the text stored with them.
 */
export async function seedDemoRegister(
  transaction: Transaction,
  organisationId: string,
  options: { now: Date },
): Promise<void> {
  const now = options.now;
  const today = calendarDateOf(now);
  const day = (offset: Day | undefined) => (offset === undefined ? null : addDays(today, offset));
  const hoursAgo = (hours: number | undefined) =>
    hours === undefined ? null : new Date(now.getTime() - hours * 60 * 60 * 1000);
  const owned = { organisationId, createdAt: now, updatedAt: now };

  const counterpartyRecords = await createCounterpartyDataAccess(transaction, organisationId).list();
  const counterpartyByName = new Map(counterpartyRecords.map((record) => [record.name, record]));
  const assessments = await createRoleAssessmentDataAccess(transaction, organisationId).latestByCounterparty();
  const template = fs.readFileSync(agreementTemplate, "utf8");

  const rows = {
    relationships: [] as (typeof relationships.$inferInsert & { id: string })[],
    specifications: [] as (typeof processingSpecifications.$inferInsert & { id: string })[],
    securityMeasures: [] as (typeof securityMeasures.$inferInsert & { id: string })[],
    certifications: [] as (typeof certifications.$inferInsert & { id: string })[],
    subProcessors: [] as (typeof subProcessors.$inferInsert & { id: string })[],
    agreements: [] as (typeof agreements.$inferInsert & { id: string })[],
    documents: [] as (typeof agreementDocuments.$inferInsert & { id: string })[],
    audits: [] as (typeof audits.$inferInsert & { id: string })[],
    breaches: [] as (typeof breaches.$inferInsert & { id: string })[],
  };

  for (const demo of demoRelationships) {
    const counterparty = counterpartyByName.get(demo.counterparty);
    if (!counterparty) throw new Error(`Demo register: unknown demo counterparty ${demo.counterparty}`);
    const relationshipId = randomUUID();
    const role = demo.role === undefined ? (assessments.get(counterparty.id)?.outcome ?? null) : demo.role;
    rows.relationships.push({
      ...owned,
      id: relationshipId,
      counterpartyId: counterparty.id,
      name: demo.name,
      role,
      notes: demo.notes ?? "",
    });
    const child = { ...owned, relationshipId };
    if (demo.specification) {
      rows.specifications.push({
        ...child,
        id: randomUUID(),
        ...demo.specification,
        specialCategories: demo.specification.specialCategories ?? [],
        processesBsn: demo.specification.processesBsn ?? false,
        transfers: demo.specification.transfers ?? [],
      });
    }
    for (const measure of demo.securityMeasures ?? []) {
      rows.securityMeasures.push({ ...child, id: randomUUID(), ...measure, reference: measure.reference ?? null });
    }
    for (const certification of demo.certifications ?? []) {
      rows.certifications.push({
        ...child,
        id: randomUUID(),
        kind: certification.kind,
        name: certification.name ?? "",
        holder: certification.holder,
        issuedOn: day(certification.issued),
        expiresOn: day(certification.expires),
        reportReference: certification.reportReference ?? null,
      });
    }
    for (const subProcessor of demo.subProcessors ?? []) {
      rows.subProcessors.push({
        ...child,
        id: randomUUID(),
        name: subProcessor.name,
        service: subProcessor.service,
        country: subProcessor.country,
        authorisationStatus: subProcessor.authorisationStatus,
        authorisedAt: subProcessor.authorised === undefined ? null : hoursAgo(-subProcessor.authorised * 24),
      });
    }
    for (const agreement of demo.agreements ?? []) {
      const agreementId = randomUUID();
      const signedOn = day(agreement.signed);
      let latestCheckReport: CheckReport | null = null;
      let latestCheckAt: Date | null = null;
      if (agreement.signedDocument && signedOn) {
        const fileName = `verwerkersovereenkomst-${slug(demo.counterparty)}-${signedOn}.md`;
        const content = Buffer.from(agreementText(template, demo, signedOn), "utf8");
        const document = await readDocumentInProcess({ bytes: content, fileName, mediaType: "text/markdown" });
        latestCheckReport = presentCheckReport(fileName, document, checkAgreement(document));
        latestCheckAt = hoursAgo(-(agreement.signed ?? 0) * 24);
        rows.documents.push({
          id: randomUUID(),
          organisationId,
          agreementId,
          purpose: "signed_agreement",
          fileName,
          mediaType: "text/markdown",
          byteSize: content.byteLength,
          sha256: createHash("sha256").update(content).digest("hex"),
          content,
          uploadedBy: null,
          createdAt: latestCheckAt!,
        });
      }
      rows.agreements.push({
        ...child,
        id: agreementId,
        kind: agreement.kind,
        standardName: agreement.standardName ?? null,
        standardVersion: agreement.standardVersion ?? null,
        status: agreement.status,
        signedOn,
        effectiveOn: day(agreement.effective),
        endsOn: day(agreement.ends),
        reviewOn: day(agreement.review),
        latestCheckReport,
        latestCheckAt,
      });
    }
    for (const audit of demo.audits ?? []) {
      rows.audits.push({
        ...child,
        id: randomUUID(),
        plannedOn: day(audit.planned),
        doneOn: day(audit.done),
        findings: audit.findings ?? "",
        followUp: audit.followUp ?? "",
        followUpDueOn: day(audit.followUpDue),
        followUpDoneOn: day(audit.followUpDone),
      });
    }
    for (const breach of demo.breaches ?? []) {
      const controllerAwareAt = hoursAgo(breach.controllerAwareHoursAgo)!;
      rows.breaches.push({
        ...child,
        id: randomUUID(),
        occurredAt: hoursAgo(breach.occurredHoursAgo),
        processorAwareAt: hoursAgo(breach.processorAwareHoursAgo),
        controllerAwareAt,
        authorityDeadlineAt: authorityNotificationDeadline(controllerAwareAt),
        authorityNotificationRequired: breach.authorityNotificationRequired ?? true,
        authorityNotifiedAt: hoursAgo(breach.authorityNotifiedHoursAgo),
        dataSubjectsInformedAt: hoursAgo(breach.dataSubjectsInformedHoursAgo),
        description: breach.description,
        measures: breach.measures,
      });
    }
  }

  // Parents before children: the composite foreign keys check each insert.
  const insertAll = async <Row extends object>(table: Parameters<Transaction["insert"]>[0], values: Row[]) => {
    if (values.length > 0) await transaction.insert(table).values(values as never);
  };
  await insertAll(relationships, rows.relationships);
  await insertAll(processingSpecifications, rows.specifications);
  await insertAll(securityMeasures, rows.securityMeasures);
  await insertAll(certifications, rows.certifications);
  await insertAll(subProcessors, rows.subProcessors);
  await insertAll(agreements, rows.agreements);
  await insertAll(agreementDocuments, rows.documents);
  await insertAll(audits, rows.audits);
  await insertAll(breaches, rows.breaches);

  // One batch per kind of record: a handful of statements instead of three per event. Events
  // are filed as the API files them, so the history endpoint finds the demo's history too.
  const trail = createAuditTrail(transaction, organisationId, demoActor, () => now);
  const record = async <Row extends { id: string }>(
    entityType: AuditedEntityType,
    values: readonly Row[],
    recordedFields: readonly string[],
    entityIdOf: (row: Row) => string = (row) => row.id,
  ) =>
    trail.recordedMany(
      entityType,
      "created",
      values.map((row) => ({
        entityId: entityIdOf(row),
        changes: snapshotOf(row, recordedFields as readonly (keyof Row & string)[]),
      })),
    );
  await record("counterparty", counterpartyRecords, fields.counterparty);
  await record("relationship", rows.relationships, fields.relationship);
  // A relationship has one specification, whose history is kept under the relationship's id.
  await record("processing_specification", rows.specifications, fields.specification, (row) => row.relationshipId);
  await record("security_measure", rows.securityMeasures, fields.securityMeasure);
  await record("certification", rows.certifications, fields.certification);
  await record("sub_processor", rows.subProcessors, fields.subProcessor);
  await record("agreement", rows.agreements, fields.agreement);
  // Like an upload: the document, then the server's check of it, both on the agreement.
  await trail.recordedMany(
    "agreement",
    "document_attached",
    rows.documents.map((document) => ({ entityId: document.agreementId, changes: documentAttachedChanges(document) })),
  );
  const agreementById = new Map(rows.agreements.map((agreement) => [agreement.id, agreement]));
  await trail.recordedMany(
    "agreement",
    "check_attached",
    rows.documents.flatMap((document) => {
      const agreement = agreementById.get(document.agreementId)!;
      if (!agreement.latestCheckReport || !agreement.latestCheckAt) return [];
      return [
        {
          entityId: agreement.id,
          changes: checkAttachedChanges(document.id, agreement.latestCheckAt, agreement.latestCheckReport),
        },
      ];
    }),
  );
  await record("audit", rows.audits, fields.audit);
  await record("breach", rows.breaches, fields.breach);
}
