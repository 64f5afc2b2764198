import type { ProcessingRegister, RecipientsList, RegisterExport } from "@art28/contract";

/** One table of an export: a sheet in the workbook, a file in the CSV archive. */
export interface ExportTable {
  /** File name without extension, e.g. `wederpartijen-counterparties`. */
  fileStem: string;
  /** Sheet name (at most 31 characters, as Excel allows). */
  sheetName: string;
  /** Column headers in Dutch and English, e.g. "Naam / Name". */
  headers: string[];
  rows: unknown[][];
}

type Column<Row> = readonly [nl: string, en: string, value: (row: Row) => unknown];

function header(nl: string, en: string): string {
  return nl === en ? nl : `${nl} / ${en}`;
}

function table<Row>(
  fileStem: string,
  sheetName: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): ExportTable {
  return {
    fileStem,
    sheetName,
    headers: columns.map(([nl, en]) => header(nl, en)),
    rows: rows.map((row) => columns.map(([, , value]) => value(row))),
  };
}

const created = <Row extends { createdAt: string; updatedAt: string }>(): Column<Row>[] => [
  ["Aangemaakt", "Created", (row) => row.createdAt],
  ["Gewijzigd", "Updated", (row) => row.updatedAt],
];

/**
 * The JSON export as tables, one per kind of record, for XLSX and CSV. Child records carry the
 * name of their relationship and counterparty, so each table can be read on its own. Lists are
 * joined with "; " when written.
 */
export function registerExportTables(document: RegisterExport): ExportTable[] {
  const relationships = new Map(document.relationships.map((relationship) => [relationship.id, relationship]));
  const relationshipColumns = <Row extends { relationshipId: string }>(): Column<Row>[] => [
    ["Relatie-ID", "Relationship ID", (row) => row.relationshipId],
    ["Relatie", "Relationship", (row) => relationships.get(row.relationshipId)?.name ?? ""],
    ["Wederpartij", "Counterparty", (row) => relationships.get(row.relationshipId)?.counterpartyName ?? ""],
  ];
  type Agreement = RegisterExport["agreements"][number];

  return [
    table(
      "over-about",
      "Over - About",
      [
        ["Gegeven", "Field", (row: [string, unknown]) => row[0]],
        ["Waarde", "Value", (row: [string, unknown]) => row[1]],
      ],
      [
        ["Organisatie / Organisation", document.organisation.name],
        ["Soort organisatie / Organisation kind", document.organisation.kind],
        ["Organisatie-ID / Organisation ID", document.organisation.id],
        ["Gemaakt op / Generated at", document.generatedAt],
        ["Schemaversie / Schema version", document.schemaVersion],
      ],
    ),
    table(
      "wederpartijen-counterparties",
      "Wederpartijen - Counterparties",
      [
        ["ID", "ID", (row) => row.id],
        ["Naam", "Name", (row) => row.name],
        ["KvK-nummer", "KvK number", (row) => row.kvkNumber],
        ["Land", "Country", (row) => row.country],
        ["Contactpersoon", "Contact person", (row) => row.contactName],
        ["E-mailadres", "E-mail address", (row) => row.contactEmail],
        ["Categorie", "Category", (row) => row.category],
        ["Dienst", "Service", (row) => row.serviceDescription],
        ["Rol volgens rolbepaling", "Role from role assessment", (row) => row.roleAssessment?.outcome ?? null],
        ["Rolbepaling op", "Role assessed at", (row) => row.roleAssessment?.assessedAt ?? null],
        ...created<RegisterExport["counterparties"][number]>(),
      ],
      document.counterparties,
    ),
    table(
      "relaties-relationships",
      "Relaties - Relationships",
      [
        ["ID", "ID", (row) => row.id],
        ["Wederpartij-ID", "Counterparty ID", (row) => row.counterpartyId],
        ["Wederpartij", "Counterparty", (row) => row.counterpartyName],
        ["Dienst of verwerking", "Service or processing", (row) => row.name],
        ["Rol", "Role", (row) => row.role],
        ["Vereiste overeenkomst", "Required agreement", (row) => row.status.requiredAgreement],
        ["Naleving", "Compliance", (row) => row.status.compliance],
        [
          "Signalen",
          "Flags",
          (row) => row.status.flags.map((flag) => (flag.on ? `${flag.flag} (${flag.on})` : flag.flag)),
        ],
        [
          "Termijnen (90 dagen)",
          "Deadlines (90 days)",
          (row) => row.status.deadlines.map((deadline) => `${deadline.deadline} (${deadline.on})`),
        ],
        ["Notities", "Notes", (row) => row.notes],
        ...created<RegisterExport["relationships"][number]>(),
      ],
      document.relationships,
    ),
    table(
      "verwerkingen-processing",
      "Verwerkingen - Processing",
      [
        ...relationshipColumns<RegisterExport["processingSpecifications"][number]>(),
        ["Onderwerp", "Subject matter", (row) => row.subjectMatter],
        ["Aard", "Nature", (row) => row.nature],
        ["Doeleinden", "Purposes", (row) => row.purposes],
        ["Persoonsgegevens", "Personal data", (row) => row.dataCategories],
        ["Bijzondere persoonsgegevens", "Special categories", (row) => row.specialCategories],
        ["BSN", "Citizen service number (BSN)", (row) => row.processesBsn],
        ["Betrokkenen", "Data subjects", (row) => row.dataSubjectCategories],
        ["Bewaartermijn", "Retention", (row) => row.retention],
        ["Opslag in", "Stored in", (row) => row.storageCountries],
        ["Verwerking in", "Processed in", (row) => row.processingCountries],
        [
          "Doorgiften buiten de EER",
          "Transfers outside the EEA",
          (row) => row.transfers.map((transfer) => `${transfer.country}: ${transfer.safeguard}`),
        ],
        ["Gewijzigd", "Updated", (row) => row.updatedAt],
      ],
      document.processingSpecifications,
    ),
    table(
      "maatregelen-measures",
      "Maatregelen - Measures",
      [
        ["ID", "ID", (row) => row.id],
        ...relationshipColumns<RegisterExport["securityMeasures"][number]>(),
        ["Maatregel", "Measure", (row) => row.description],
        ["Vindplaats", "Reference", (row) => row.reference],
        ...created<RegisterExport["securityMeasures"][number]>(),
      ],
      document.securityMeasures,
    ),
    table(
      "certificaten-certifications",
      "Certificaten - Certifications",
      [
        ["ID", "ID", (row) => row.id],
        ...relationshipColumns<RegisterExport["certifications"][number]>(),
        ["Soort", "Kind", (row) => row.kind],
        ["Naam of reikwijdte", "Name or scope", (row) => row.name],
        ["Houder", "Holder", (row) => row.holder],
        ["Uitgegeven op", "Issued on", (row) => row.issuedOn],
        ["Geldig tot", "Expires on", (row) => row.expiresOn],
        ["Rapport", "Report", (row) => row.reportReference],
        ...created<RegisterExport["certifications"][number]>(),
      ],
      document.certifications,
    ),
    table(
      "subverwerkers-sub-processors",
      "Subverwerkers - Sub-processors",
      [
        ["ID", "ID", (row) => row.id],
        ...relationshipColumns<RegisterExport["subProcessors"][number]>(),
        ["Naam", "Name", (row) => row.name],
        ["Dienst", "Service", (row) => row.service],
        ["Land", "Country", (row) => row.country],
        ["Toestemming", "Authorisation", (row) => row.authorisationStatus],
        ["Toestemming op", "Authorised at", (row) => row.authorisedAt],
        ...created<RegisterExport["subProcessors"][number]>(),
      ],
      document.subProcessors,
    ),
    table(
      "overeenkomsten-agreements",
      "Overeenkomsten - Agreements",
      [
        ["ID", "ID", (row: Agreement) => row.id],
        ...relationshipColumns<Agreement>(),
        ["Soort", "Kind", (row) => row.kind],
        ["Standaard", "Standard", (row) => row.standardName],
        ["Versie", "Version", (row) => row.standardVersion],
        ["Status", "Status", (row) => row.status],
        ["Ondertekend op", "Signed on", (row) => row.signedOn],
        ["Ingangsdatum", "Effective on", (row) => row.effectiveOn],
        ["Einddatum", "Ends on", (row) => row.endsOn],
        ["Evaluatiedatum", "Review on", (row) => row.reviewOn],
        ["Getekend document", "Signed document", (row) => row.signedDocument?.fileName ?? null],
        ["SHA-256 van het document", "Document SHA-256", (row) => row.signedDocument?.sha256 ?? null],
        ["Laatste toets op", "Latest check at", (row) => row.latestCheck?.checkedAt ?? null],
        ["Toets voldoet", "Check compliant", (row) => row.latestCheck?.compliant ?? null],
        [
          "Verplichte eisen aanwezig",
          "Mandatory requirements present",
          (row) => (row.latestCheck ? `${row.latestCheck.mandatoryPresent}/${row.latestCheck.mandatoryTotal}` : null),
        ],
        ["Strijdigheden", "Conflicts", (row) => row.latestCheck?.conflicts ?? null],
        ...created<Agreement>(),
      ],
      document.agreements,
    ),
    table(
      "audits",
      "Audits",
      [
        ["ID", "ID", (row) => row.id],
        ...relationshipColumns<RegisterExport["audits"][number]>(),
        ["Gepland op", "Planned on", (row) => row.plannedOn],
        ["Uitgevoerd op", "Done on", (row) => row.doneOn],
        ["Bevindingen", "Findings", (row) => row.findings],
        ["Opvolging", "Follow-up", (row) => row.followUp],
        ["Opvolging uiterlijk", "Follow-up due on", (row) => row.followUpDueOn],
        ["Opvolging gereed op", "Follow-up done on", (row) => row.followUpDoneOn],
        ...created<RegisterExport["audits"][number]>(),
      ],
      document.audits,
    ),
    table(
      "datalekken-breaches",
      "Datalekken - Breaches",
      [
        ["ID", "ID", (row) => row.id],
        ...relationshipColumns<RegisterExport["breaches"][number]>(),
        ["Ontstaan op", "Occurred at", (row) => row.occurredAt],
        ["Verwerker op de hoogte", "Processor aware at", (row) => row.processorAwareAt],
        ["Verantwoordelijke op de hoogte", "Controller aware at", (row) => row.controllerAwareAt],
        ["Uiterste meldmoment AP", "Authority deadline", (row) => row.authorityDeadlineAt],
        ["Melding bij AP nodig", "Authority notification required", (row) => row.authorityNotificationRequired],
        ["Gemeld bij AP op", "Authority notified at", (row) => row.authorityNotifiedAt],
        ["Betrokkenen ingelicht op", "Data subjects informed at", (row) => row.dataSubjectsInformedAt],
        ["Omschrijving", "Description", (row) => row.description],
        ["Maatregelen", "Measures", (row) => row.measures],
        ...created<RegisterExport["breaches"][number]>(),
      ],
      document.breaches,
    ),
  ];
}

/** The processor's register (Art. 30(2)) as one table: a row per controller and activity. */
export function processingRegisterTable(register: ProcessingRegister): ExportTable {
  return table(
    "verwerkingsregister-art-30-2-processing-register",
    "Register art. 30 lid 2",
    [
      ["Verwerkingsverantwoordelijke", "Controller", (entry) => entry.controller.name],
      ["KvK-nummer", "KvK number", (entry) => entry.controller.kvkNumber],
      ["Land", "Country", (entry) => entry.controller.country],
      ["Contactpersoon", "Contact person", (entry) => entry.controller.contactName],
      ["E-mailadres", "E-mail address", (entry) => entry.controller.contactEmail],
      ["Dienst of verwerking", "Service or processing", (entry) => entry.activity],
      ["Onderwerp", "Subject matter", (entry) => entry.subjectMatter],
      ["Categorieën van verwerkingen", "Categories of processing", (entry) => entry.nature],
      ["Doeleinden", "Purposes", (entry) => entry.purposes],
      ["Persoonsgegevens", "Personal data", (entry) => entry.dataCategories],
      ["Bijzondere persoonsgegevens", "Special categories", (entry) => entry.specialCategories],
      ["BSN", "Citizen service number (BSN)", (entry) => entry.processesBsn],
      ["Betrokkenen", "Data subjects", (entry) => entry.dataSubjectCategories],
      ["Opslag in", "Stored in", (entry) => entry.storageCountries],
      ["Verwerking in", "Processed in", (entry) => entry.processingCountries],
      [
        "Doorgiften en waarborgen",
        "Transfers and safeguards",
        (entry) => entry.transfers.map((transfer) => `${transfer.country}: ${transfer.safeguardLabel.nl}`),
      ],
      ["Subverwerkers", "Sub-processors", (entry) => entry.subProcessors.map((sub) => `${sub.name} (${sub.country})`)],
      ["Beveiligingsmaatregelen", "Security measures", (entry) => entry.securityMeasures],
      [
        "Certificeringen",
        "Certifications",
        (entry) =>
          entry.certifications.map((certification) =>
            certification.expiresOn ? `${certification.kind} (${certification.expiresOn})` : certification.kind,
          ),
      ],
      [
        "Overeenkomst",
        "Agreement",
        (entry) => (entry.agreement ? `${entry.agreement.kind}: ${entry.agreement.status}` : null),
      ],
    ],
    register.entries,
  );
}

/** The controller's recipients (Art. 30(1)(d)) as one table: a row per activity and recipient. */
export function recipientsTable(list: RecipientsList): ExportTable {
  const rows = list.activities.flatMap((activity) =>
    activity.recipients.map((recipient) => ({ activity: activity.activity, ...recipient })),
  );
  return table(
    "ontvangers-recipients",
    "Ontvangers - Recipients",
    [
      ["Verwerking", "Processing activity", (row) => row.activity],
      ["Ontvanger", "Recipient", (row) => row.name],
      ["Soort ontvanger", "Kind of recipient", (row) => `${row.kindLabel.nl} / ${row.kindLabel.en}`],
      ["Via verwerker", "Via processor", (row) => row.via],
      ["Land", "Country", (row) => row.country],
      ["Opslag in", "Stored in", (row) => row.storageCountries],
      ["Verwerking in", "Processed in", (row) => row.processingCountries],
      ["Buiten de EER", "Outside the EEA", (row) => row.outsideEea],
      [
        "Doorgiften en waarborgen",
        "Transfers and safeguards",
        (row) => row.transfers.map((transfer) => `${transfer.country}: ${transfer.safeguardLabel.nl}`),
      ],
    ],
    rows,
  );
}
