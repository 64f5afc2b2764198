import type { CounterpartyCategory } from "@art28/domain";

/**
 * A counterparty as seeded into the demo environment of "Gemeente Voorbeeld".
 *
 * Kept as plain data, separate from the database schema, so the seed script
 * and tests can read it without a database.
 */
export interface DemoCounterparty {
  /** Fictional company name; unique within the demo set. */
  name: string;
  /** Fictional 8-digit Chamber of Commerce number; null for foreign companies. */
  kvkNumber: string | null;
  /** ISO 3166-1 alpha-2 country of establishment. */
  country: string;
  contactName: string;
  /** Always at a reserved `.example` domain (RFC 2606), so demo mail can never reach anyone. */
  contactEmail: string;
  category: CounterpartyCategory;
  /** One Dutch sentence: what the party does for the municipality. */
  serviceNl: string;
  /** The same sentence in English. */
  serviceEn: string;
}

/**
 * Fifty suppliers of a municipality of about 60,000 inhabitants, covering
 * every counterparty category at least once, with a mix of Dutch, Belgian,
 * German, Irish and American parties so that overviews, filters and
 * third-country transfer warnings have something to show. All names, people,
 * KvK numbers and addresses are invented; any resemblance to a real
 * organisation is unintended.
 */
export const demoCounterparties: readonly DemoCounterparty[] = [
  // Personnel
  {
    name: "Salarisdienst Noord B.V.",
    kvkNumber: "71843206",
    country: "NL",
    contactName: "Marieke de Vries",
    contactEmail: "privacy@salarisdienst-noord.example",
    category: "payroll",
    serviceNl: "Verzorgt de maandelijkse salarisverwerking en de loonstroken voor alle medewerkers van de gemeente.",
    serviceEn: "Runs the monthly payroll and issues payslips for all municipal employees.",
  },
  {
    name: "Talentbrug Werving & Selectie B.V.",
    kvkNumber: "68219475",
    country: "NL",
    contactName: "Joost Hermans",
    contactEmail: "privacy@talentbrug.example",
    category: "hr_recruitment",
    serviceNl:
      "Werft en selecteert kandidaten voor gemeentelijke vacatures, inclusief assessments en referentiechecks.",
    serviceEn: "Recruits and screens candidates for municipal vacancies, including assessments and reference checks.",
  },
  {
    name: "Flexpool Overheidsdetachering B.V.",
    kvkNumber: "83906127",
    country: "NL",
    contactName: "Sanne Kuipers",
    contactEmail: "fg@flexpool-overheid.example",
    category: "hr_recruitment",
    serviceNl: "Detacheert tijdelijke medewerkers bij de gemeente en houdt hun urenregistratie en inzetgegevens bij.",
    serviceEn: "Seconds temporary staff to the municipality and keeps their timesheets and assignment records.",
  },
  {
    name: "ArboVitaal Verzuimbegeleiding B.V.",
    kvkNumber: "54730918",
    country: "NL",
    contactName: "Ingrid Bakker",
    contactEmail: "privacy@arbovitaal.example",
    category: "occupational_health",
    serviceNl: "Begeleidt via bedrijfsartsen het verzuim en de re-integratie van zieke medewerkers.",
    serviceEn: "Provides company doctors who manage sickness absence and the return to work of ill employees.",
  },
  {
    name: "Stichting Pensioenfonds Lage Landen Overheid",
    kvkNumber: "41187362",
    country: "NL",
    contactName: "Hans Vermeulen",
    contactEmail: "privacyofficer@pensioen-llo.example",
    category: "pension_fund",
    serviceNl:
      "Ontvangt salaris- en dienstverbandgegevens van medewerkers voor de administratie van hun pensioenopbouw.",
    serviceEn: "Receives salary and employment data on staff to administer their pension accrual.",
  },

  // Hosting and IT
  {
    name: "Nimbus Harbor Inc.",
    kvkNumber: null,
    country: "US",
    contactName: "Jennifer Caldwell",
    contactEmail: "dpo@nimbusharbor.example",
    category: "cloud_hosting",
    serviceNl: "Levert de online kantooromgeving met e-mail, agenda en documentopslag voor alle medewerkers.",
    serviceEn: "Provides the online office suite with e-mail, calendars and document storage for all staff.",
  },
  {
    name: "Skyloft Data Services Ltd.",
    kvkNumber: null,
    country: "IE",
    contactName: "Ciarán Byrne",
    contactEmail: "privacy@skyloft-data.example",
    category: "cloud_hosting",
    serviceNl: "Host de virtuele servers en databases van de gemeente in een datacenter binnen de Europese Unie.",
    serviceEn: "Hosts the municipality's virtual servers and databases in a data centre within the European Union.",
  },
  {
    name: "Cumulo Analytics EMEA Ltd.",
    kvkNumber: null,
    country: "IE",
    contactName: "Aoife Gallagher",
    contactEmail: "dataprotection@cumulo-analytics.example",
    category: "cloud_hosting",
    serviceNl: "Host het datawarehouse waarmee de gemeente managementinformatie en beleidsrapportages maakt.",
    serviceEn: "Hosts the data warehouse the municipality uses for management information and policy reports.",
  },
  {
    name: "Polderwolk Datacenters B.V.",
    kvkNumber: "80451637",
    country: "NL",
    contactName: "Ruud van Leeuwen",
    contactEmail: "security@polderwolk.example",
    category: "cloud_hosting",
    serviceNl:
      "Biedt een private cloud in twee Nederlandse datacenters waarop de vakapplicaties van de gemeente draaien.",
    serviceEn:
      "Offers a private cloud in two Dutch data centres that runs the municipality's line-of-business applications.",
  },
  {
    name: "Webhaven Hosting B.V.",
    kvkNumber: "62390184",
    country: "NL",
    contactName: "Thijs Dekker",
    contactEmail: "privacy@webhaven.example",
    category: "website_hosting",
    serviceNl: "Host en onderhoudt de gemeentelijke website en het digitale loket voor inwoners.",
    serviceEn: "Hosts and maintains the municipal website and the online service desk for residents.",
  },
  {
    name: "Lijnbaan ICT Services B.V.",
    kvkNumber: "73018462",
    country: "NL",
    contactName: "Priya Ramdin",
    contactEmail: "privacy@lijnbaan-ict.example",
    category: "ict_support",
    serviceNl: "Bemant de ICT-servicedesk en beheert de laptops, telefoons en werkplekken van medewerkers.",
    serviceEn: "Staffs the IT service desk and manages staff laptops, phones and workstations.",
  },
  {
    name: "Rheinbyte Systemhaus GmbH",
    kvkNumber: null,
    country: "DE",
    contactName: "Katrin Hoffmann",
    contactEmail: "datenschutz@rheinbyte.example",
    category: "ict_support",
    serviceNl: "Beheert op afstand de netwerkapparatuur en firewalls van het gemeentehuis en de buitenlocaties.",
    serviceEn: "Remotely manages the network equipment and firewalls of the town hall and outlying sites.",
  },
  {
    name: "Backupkluis BV",
    kvkNumber: null,
    country: "BE",
    contactName: "Wouter Peeters",
    contactEmail: "dpo@backupkluis.example",
    category: "ict_support",
    serviceNl:
      "Maakt dagelijks versleutelde back-ups van de gemeentelijke systemen en verzorgt de uitwijk bij calamiteiten.",
    serviceEn: "Takes daily encrypted backups of the municipal systems and provides disaster recovery.",
  },

  // Case handling and registers
  {
    name: "Zaakwijs Software B.V.",
    kvkNumber: "66284013",
    country: "NL",
    contactName: "Esther Jansen",
    contactEmail: "privacy@zaakwijs.example",
    category: "document_management",
    serviceNl:
      "Levert het zaaksysteem waarin aanvragen, meldingen en besluiten van de gemeente worden behandeld en vastgelegd.",
    serviceEn:
      "Supplies the case management system in which the municipality handles and records applications, reports and decisions.",
  },
  {
    name: "DocuLink Benelux NV",
    kvkNumber: null,
    country: "BE",
    contactName: "Lotte Claes",
    contactEmail: "privacy@doculink-benelux.example",
    category: "document_management",
    serviceNl: "Scant de binnenkomende papieren post en zet de stukken in het documentmanagementsysteem.",
    serviceEn: "Scans incoming paper mail and files the documents in the document management system.",
  },
  {
    name: "Archiefhuis Oost-Nederland B.V.",
    kvkNumber: "50172839",
    country: "NL",
    contactName: "Gerrit Brouwer",
    contactEmail: "informatiebeheer@archiefhuis-oost.example",
    category: "archive_storage",
    serviceNl: "Bewaart het papieren semi-statische archief van de gemeente en levert dossiers op verzoek aan.",
    serviceEn: "Stores the municipality's semi-current paper archive and retrieves files on request.",
  },
  {
    name: "Burgerlink Systemen B.V.",
    kvkNumber: "69902457",
    country: "NL",
    contactName: "Annelies Smit",
    contactEmail: "privacy@burgerlink.example",
    category: "civil_affairs_software",
    serviceNl: "Levert en onderhoudt de burgerzakenapplicatie voor de BRP, reisdocumenten en rijbewijzen.",
    serviceEn:
      "Supplies and maintains the civil affairs application for the population register (BRP), passports and driving licences.",
  },
  {
    name: "Taxaris Gemeentebelastingen B.V.",
    kvkNumber: "58814320",
    country: "NL",
    contactName: "Pieter Mol",
    contactEmail: "fg@taxaris.example",
    category: "taxation_software",
    serviceNl:
      "Levert de software voor WOZ-waardering, het opleggen van aanslagen en de invordering van gemeentelijke belastingen.",
    serviceEn:
      "Supplies the software for WOZ property valuation, tax assessments and the collection of municipal taxes.",
  },
  {
    name: "Sociaal Kompas Software B.V.",
    kvkNumber: "75563109",
    country: "NL",
    contactName: "Fatima El Amrani",
    contactEmail: "privacy@sociaalkompas.example",
    category: "social_domain_software",
    serviceNl:
      "Levert de applicatie waarin het sociaal domein dossiers voor de Wmo, de Jeugdwet en de Participatiewet bijhoudt.",
    serviceEn:
      "Supplies the application in which the social services department keeps files under the Social Support Act, Youth Act and Participation Act.",
  },
  {
    name: "Inkomenswijzer Digitaal B.V.",
    kvkNumber: "81127604",
    country: "NL",
    contactName: "Bart Willems",
    contactEmail: "privacy@inkomenswijzer.example",
    category: "social_domain_software",
    serviceNl:
      "Levert de rekenmodule voor bijstandsuitkeringen en bijzondere bijstand op grond van de Participatiewet.",
    serviceEn:
      "Supplies the calculation module for social assistance and special assistance benefits under the Participation Act.",
  },
  {
    name: "Vergunningshuis Software B.V.",
    kvkNumber: "77340285",
    country: "NL",
    contactName: "Mirjam Veldman",
    contactEmail: "privacy@vergunningshuis.example",
    category: "permit_software",
    serviceNl:
      "Levert de software waarmee de gemeente aanvragen voor omgevingsvergunningen onder de Omgevingswet behandelt.",
    serviceEn:
      "Supplies the software the municipality uses to handle environmental permit applications under the Environment and Planning Act.",
  },
  {
    name: "Kaartwerk Geo-informatie B.V.",
    kvkNumber: "63095718",
    country: "NL",
    contactName: "Daan Hendriks",
    contactEmail: "privacy@kaartwerk-geo.example",
    category: "gis_services",
    serviceNl: "Beheert de kaartlagen in het gemeentelijke GIS, waaronder gegevens uit de BAG en de BGT.",
    serviceEn:
      "Maintains the map layers in the municipal GIS, including data from the national address and topography registers.",
  },
  {
    name: "Meldwijs B.V.",
    kvkNumber: "84472091",
    country: "NL",
    contactName: "Noor Visser",
    contactEmail: "privacy@meldwijs.example",
    category: "other",
    serviceNl:
      "Levert de app en het systeem waarmee inwoners meldingen over de openbare ruimte doen, zoals losliggende stoeptegels.",
    serviceEn:
      "Supplies the app and back office through which residents report problems in public spaces, such as loose paving stones.",
  },
  {
    name: "Raadsvenster Online B.V.",
    kvkNumber: "65718302",
    country: "NL",
    contactName: "Willem Prins",
    contactEmail: "privacy@raadsvenster.example",
    category: "other",
    serviceNl: "Host het raadsinformatiesysteem met vergaderstukken en de livestreams van raadsvergaderingen.",
    serviceEn: "Hosts the council information system with meeting papers and the live streams of council meetings.",
  },

  // Residents and communication
  {
    name: "ParkeerGemak B.V.",
    kvkNumber: "70286541",
    country: "NL",
    contactName: "Kevin Schouten",
    contactEmail: "privacy@parkeergemak.example",
    category: "parking_app",
    serviceNl:
      "Levert de app waarmee bewoners en bezoekers per minuut parkeergeld betalen en bezoekersvergunningen beheren.",
    serviceEn:
      "Supplies the app with which residents and visitors pay for parking by the minute and manage visitor permits.",
  },
  {
    name: "Betaalbrug Payments B.V.",
    kvkNumber: "79631052",
    country: "NL",
    contactName: "Lisa Koster",
    contactEmail: "compliance@betaalbrug.example",
    category: "payment_services",
    serviceNl: "Verwerkt de online betalingen van leges in het digitale loket via iDEAL en betaalkaart.",
    serviceEn: "Processes online payments of municipal fees in the online service desk by iDEAL and card.",
  },
  {
    name: "Confera Video Inc.",
    kvkNumber: null,
    country: "US",
    contactName: "Michael Reyes",
    contactEmail: "privacy@conferavideo.example",
    category: "video_meetings",
    serviceNl: "Levert het videovergaderplatform voor intern overleg en digitale spreekuren met inwoners.",
    serviceEn: "Provides the video meeting platform for internal meetings and online consultations with residents.",
  },
  {
    name: "Mailpunt BV",
    kvkNumber: null,
    country: "BE",
    contactName: "Elke Janssens",
    contactEmail: "privacy@mailpunt.example",
    category: "e_mail_marketing",
    serviceNl:
      "Verstuurt de digitale nieuwsbrieven van de gemeente aan inwoners en ondernemers die zich hebben aangemeld.",
    serviceEn: "Sends the municipality's e-mail newsletters to residents and businesses who have subscribed.",
  },
  {
    name: "Postkamer Midden B.V.",
    kvkNumber: "52968304",
    country: "NL",
    contactName: "Robert Scholten",
    contactEmail: "privacy@postkamer-midden.example",
    category: "mailing_house",
    serviceNl: "Print, vouwt en verzendt belastingaanslagen en andere massapost aan inwoners.",
    serviceEn: "Prints, folds and posts tax assessments and other bulk mail to residents.",
  },
  {
    name: "Drukkerij Zuiderhaven B.V.",
    kvkNumber: "61540873",
    country: "NL",
    contactName: "Yvonne Groen",
    contactEmail: "privacy@drukkerij-zuiderhaven.example",
    category: "printing",
    serviceNl: "Drukt en personaliseert de stempassen die kiesgerechtigde inwoners voor verkiezingen ontvangen.",
    serviceEn: "Prints and personalises the polling cards that eligible residents receive before elections.",
  },
  {
    name: "Druckhaus Lindenberg GmbH",
    kvkNumber: null,
    country: "DE",
    contactName: "Matthias Becker",
    contactEmail: "datenschutz@druckhaus-lindenberg.example",
    category: "printing",
    serviceNl: "Maakt de personeelspassen met pasfoto waarmee medewerkers toegang krijgen tot gemeentelijke gebouwen.",
    serviceEn: "Produces the photo ID badges that give staff access to municipal buildings.",
  },
  {
    name: "Belwaarts Klantcontact B.V.",
    kvkNumber: "67745190",
    country: "NL",
    contactName: "Samira Bouzid",
    contactEmail: "privacy@belwaarts.example",
    category: "call_centre",
    serviceNl:
      "Beantwoordt bij piekdrukte en buiten kantoortijden telefonische vragen van inwoners namens de gemeente.",
    serviceEn:
      "Answers residents' phone calls on behalf of the municipality during peak periods and outside office hours.",
  },
  {
    name: "Peilpunt Onderzoek B.V.",
    kvkNumber: "59310846",
    country: "NL",
    contactName: "Martijn Bos",
    contactEmail: "privacy@peilpunt.example",
    category: "survey_research",
    serviceNl: "Voert het jaarlijkse cliëntervaringsonderzoek voor de Wmo en de Jeugdwet uit.",
    serviceEn: "Carries out the annual client satisfaction survey for social support and youth services.",
  },
  {
    name: "Umfragewerk GmbH",
    kvkNumber: null,
    country: "DE",
    contactName: "Julia Schneider",
    contactEmail: "datenschutz@umfragewerk.example",
    category: "survey_research",
    serviceNl: "Levert de online enquêtetool waarmee de gemeente het inwonerspanel raadpleegt.",
    serviceEn: "Supplies the online survey tool the municipality uses to consult its residents' panel.",
  },
  {
    name: "Linguana Vertalingen BV",
    kvkNumber: null,
    country: "BE",
    contactName: "Sofie Maes",
    contactEmail: "privacy@linguana.example",
    category: "translation",
    serviceNl:
      "Vertaalt brieven en besluiten en levert tolken voor gesprekken met inwoners die onvoldoende Nederlands spreken.",
    serviceEn:
      "Translates letters and decisions and provides interpreters for meetings with residents who speak little Dutch.",
  },

  // Legal and finance
  {
    name: "Hoekstra Verbeek Accountants B.V.",
    kvkNumber: "60718243",
    country: "NL",
    contactName: "Erik Hoekstra",
    contactEmail: "privacy@hoekstra-verbeek.example",
    category: "accountant",
    serviceNl: "Controleert als externe accountant de jaarrekening en de rechtmatigheid van de gemeentelijke uitgaven.",
    serviceEn: "Audits the annual accounts and the lawfulness of municipal spending as external auditor.",
  },
  {
    name: "Brandsma & Wijnen Advocaten",
    kvkNumber: "72205936",
    country: "NL",
    contactName: "mr. Charlotte Wijnen",
    contactEmail: "privacy@brandsma-wijnen.example",
    category: "lawyer",
    serviceNl: "Adviseert de gemeente en procedeert in bestuursrechtelijke zaken, zoals beroepen tegen besluiten.",
    serviceEn: "Advises the municipality and litigates in administrative law cases, such as appeals against decisions.",
  },
  {
    name: "Terpstra Maas Advocaten B.V.",
    kvkNumber: "56627018",
    country: "NL",
    contactName: "mr. Jeroen Terpstra",
    contactEmail: "kantoor@terpstra-maas.example",
    category: "lawyer",
    serviceNl: "Staat de gemeente bij in arbeidsrechtelijke geschillen met (voormalige) medewerkers.",
    serviceEn: "Represents the municipality in employment disputes with current and former staff.",
  },
  {
    name: "Gerechtsdeurwaarders Ploeg & De Haan",
    kvkNumber: "55082714",
    country: "NL",
    contactName: "Arjan Ploeg",
    contactEmail: "privacy@ploeg-dehaan.example",
    category: "bailiff",
    serviceNl: "Betekent dwangbevelen en int achterstallige gemeentelijke belastingen.",
    serviceEn: "Serves enforcement orders and collects overdue municipal taxes.",
  },
  {
    name: "Deurwaarderskantoor Kroon Oost B.V.",
    kvkNumber: "74859320",
    country: "NL",
    contactName: "Monique Kroon",
    contactEmail: "fg@kroon-oost.example",
    category: "bailiff",
    serviceNl: "Vordert onterecht verstrekte bijstand terug die bij besluit is vastgesteld.",
    serviceEn: "Recovers wrongly paid social assistance established by a recovery decision.",
  },
  {
    name: "Stichting Schuldhulp Op Orde",
    kvkNumber: "41298763",
    country: "NL",
    contactName: "Henk Dijkstra",
    contactEmail: "privacy@schuldhulp-op-orde.example",
    category: "debt_counselling",
    serviceNl: "Voert in opdracht van de gemeente schuldhulpverleningstrajecten en budgetbeheer voor inwoners uit.",
    serviceEn: "Provides debt counselling and budget management for residents on behalf of the municipality.",
  },

  // Care
  {
    name: "Stichting Kinderkracht Jeugdhulp",
    kvkNumber: "41063528",
    country: "NL",
    contactName: "Anouk Post",
    contactEmail: "privacy@kinderkracht.example",
    category: "youth_care_provider",
    serviceNl: "Biedt ambulante jeugdhulp en gezinsbegeleiding aan gezinnen die door het wijkteam zijn doorverwezen.",
    serviceEn: "Provides outpatient youth support and family coaching to families referred by the neighbourhood team.",
  },
  {
    name: "Stichting Zonnehoek Jeugd en Gezin",
    kvkNumber: "41179854",
    country: "NL",
    contactName: "Wim van der Berg",
    contactEmail: "fg@zonnehoek-jeugd.example",
    category: "youth_care_provider",
    serviceNl: "Biedt residentiële jeugdhulp en pleegzorg aan kinderen met een beschikking van de gemeente.",
    serviceEn: "Provides residential youth care and foster care to children with a municipal care decision.",
  },
  {
    name: "Praktijk Veerkracht Jeugd-GGZ B.V.",
    kvkNumber: "82350619",
    country: "NL",
    contactName: "Eva Timmermans",
    contactEmail: "privacy@praktijk-veerkracht.example",
    category: "youth_care_provider",
    serviceNl: "Behandelt kinderen en jongeren met psychische klachten binnen de jeugd-ggz.",
    serviceEn: "Treats children and young people with mental health problems as a youth mental health service.",
  },
  {
    name: "Taxicentrale Voorbeeldstreek B.V.",
    kvkNumber: "57203461",
    country: "NL",
    contactName: "Ahmed Yilmaz",
    contactEmail: "privacy@taxi-voorbeeldstreek.example",
    category: "other",
    serviceNl:
      "Verzorgt het leerlingenvervoer en het Wmo-vervoer en ontvangt daarvoor adressen en gegevens over beperkingen van reizigers.",
    serviceEn:
      "Runs school transport and social-support transport, for which it receives addresses and details of passengers' disabilities.",
  },

  // Facilities
  {
    name: "Wachtpost Beveiliging B.V.",
    kvkNumber: "64419735",
    country: "NL",
    contactName: "Dennis Koning",
    contactEmail: "privacy@wachtpost.example",
    category: "security_guarding",
    serviceNl: "Levert beveiligers voor het gemeentehuis en beheert de camerabewaking bij de publieksbalies.",
    serviceEn: "Supplies security guards for the town hall and operates the CCTV at the public service desks.",
  },
  {
    name: "Glansrijk Schoonmaakdiensten B.V.",
    kvkNumber: "53876102",
    country: "NL",
    contactName: "Petra Wouters",
    contactEmail: "privacy@glansrijk.example",
    category: "cleaning",
    serviceNl: "Maakt dagelijks de kantoren, spreekkamers en archiefruimten van het gemeentehuis schoon.",
    serviceEn: "Cleans the offices, interview rooms and archive rooms of the town hall every day.",
  },
  {
    name: "Smaakvol Bedrijfscatering B.V.",
    kvkNumber: "78124596",
    country: "NL",
    contactName: "Marco de Groot",
    contactEmail: "privacy@smaakvol-catering.example",
    category: "catering",
    serviceNl:
      "Runt het bedrijfsrestaurant en verzorgt maaltijden bij raadsvergaderingen, inclusief dieetwensen van deelnemers.",
    serviceEn: "Runs the staff restaurant and caters council meetings, including participants' dietary requirements.",
  },
  {
    name: "Papierwolf Vernietiging B.V.",
    kvkNumber: "69058327",
    country: "NL",
    contactName: "Frank Meijer",
    contactEmail: "privacy@papierwolf.example",
    category: "shredding",
    serviceNl: "Haalt vertrouwelijk papier en afgedankte gegevensdragers op en vernietigt deze aantoonbaar.",
    serviceEn:
      "Collects confidential paper and discarded storage media and destroys them with a certificate of destruction.",
  },
  {
    name: "Afvalbeheer Voorbeeldstreek N.V.",
    kvkNumber: "30964518",
    country: "NL",
    contactName: "Linda Vos",
    contactEmail: "privacy@afvalbeheer-voorbeeldstreek.example",
    category: "waste_collection",
    serviceNl: "Zamelt huishoudelijk afval in en registreert de ledigingen per adres voor de afvalstoffenheffing.",
    serviceEn: "Collects household waste and records bin collections per address for the waste levy.",
  },
];
