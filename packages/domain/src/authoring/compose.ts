/** Turns the standard (or a template), the values and the annexes into one document model. */
import { countryName } from "../countries.ts";
import type { SourceParagraph } from "../document/document-model.ts";
import { calendarDateOf } from "../register/calendar.ts";
import { agreementVariableLabels, agreementVariableNames, isCalendarDate } from "./generation-inputs.ts";
import type {
  AgreementAnnexes,
  AgreementSide,
  AgreementStandard,
  AgreementVariableName,
  AgreementVariables,
  AuthoredBlock,
  AuthoredDocument,
  AuthoringLanguage,
  CompositionInput,
  LocalisedText,
  SignatureMark,
  SubProcessorAnnexRow,
  TemplateContent,
} from "./model.ts";

/** A clause as the agreement starts from it: the template's wording where it has one, else the standard's. */
export interface BaseClause {
  articleId: string;
  clauseId: string;
  /** Printed number, e.g. "7.2". */
  number: string;
  /** Text with placeholders, in both languages. */
  text: { nl: string; en: string };
  fromTemplate: boolean;
}

/** The clauses of the standard with a template's rewordings applied, in document order. */
export function baseClauses(standard: AgreementStandard, template: TemplateContent | null): BaseClause[] {
  return standard.articles.flatMap((article, articleIndex) =>
    article.clauses.map((clause, clauseIndex): BaseClause => {
      const reworded = template?.clauseTexts[clause.id];
      return {
        articleId: article.id,
        clauseId: clause.id,
        number: `${articleIndex + 1}.${clauseIndex + 1}`,
        text: reworded ? { nl: reworded.nl, en: reworded.en } : { nl: clause.text.nl, en: clause.text.en },
        fromTemplate: reworded !== undefined,
      };
    }),
  );
}

const monthNames: Record<AuthoringLanguage, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** A calendar date (yyyy-mm-dd) as an agreement writes it: "1 januari 2027", "1 January 2027". Other text is returned unchanged. */
export function formatAgreementDate(date: string, language: AuthoringLanguage): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day} ${monthNames[language][month - 1]} ${year}`;
}

/** An amount in whole euros: "€ 500.000" in Dutch, "EUR 500,000" in English. */
export function formatEuros(amount: number, language: AuthoringLanguage): string {
  const digits = String(Math.round(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/gu, language === "nl" ? "." : ",");
  const sign = amount < 0 ? "-" : "";
  return language === "nl" ? `€ ${sign}${grouped}` : `EUR ${sign}${grouped}`;
}

const missingMarker: Record<AuthoringLanguage, string> = { nl: "ontbreekt", en: "missing" };

function formatVariable(
  name: AgreementVariableName,
  variables: AgreementVariables,
  language: AuthoringLanguage,
): string {
  const value = variables[name];
  if (typeof value === "number") return name === "liabilityCapEuros" ? formatEuros(value, language) : String(value);
  const text = (value ?? "").trim();
  // Generation refuses missing values first; a blank that slips through stays visible instead of vanishing.
  if (text === "") return `[${missingMarker[language]}: ${agreementVariableLabels[name][language]}]`;
  if (name === "effectiveDate" || name === "endDate") return formatAgreementDate(text, language);
  return text;
}

const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/gu;
const variableNameSet = new Set<string>(agreementVariableNames);

function isVariableName(name: string): name is AgreementVariableName {
  return variableNameSet.has(name);
}

function replacePlaceholders(
  text: string,
  variables: AgreementVariables,
  language: AuthoringLanguage,
  unknown: "throw" | "keep",
): string {
  return text.replace(placeholderPattern, (placeholder, name: string) => {
    if (isVariableName(name)) return formatVariable(name, variables, language);
    if (unknown === "keep") return placeholder;
    throw new Error(`Unknown placeholder ${placeholder} in agreement text`);
  });
}

/**
 * Replaces `{{name}}` placeholders with formatted values (dates and amounts in the language's style).
 * A placeholder that names no variable is a mistake in the standard or template and throws.
 */
export function fillPlaceholders(text: string, variables: AgreementVariables, language: AuthoringLanguage): string {
  return replacePlaceholders(text, variables, language, "throw");
}

/** The words of the document, Dutch first. */
const words = {
  title: { nl: "Verwerkersovereenkomst", en: "Data processing agreement" },
  template: { nl: "sjabloon", en: "template" },
  agreementVersion: { nl: "versie {n} van deze overeenkomst", en: "version {n} of this agreement" },
  article: { nl: "Artikel", en: "Article" },
  annex: { nl: "Bijlage", en: "Annex" },
  deleted: { nl: "[Vervallen]", en: "[Deleted]" },
  none: { nl: "Geen", en: "None" },
  notStated: { nl: "Niet opgegeven", en: "Not stated" },
  yes: { nl: "Ja", en: "Yes" },
  no: { nl: "Nee", en: "No" },
  kvkNumber: { nl: "KvK-nummer", en: "Chamber of Commerce (KvK) number" },
  controller: { nl: "verwerkingsverantwoordelijke", en: "controller" },
  processor: { nl: "verwerker", en: "processor" },
  signingHeading: { nl: "Ondertekening", en: "Signatures" },
  onBehalfOfController: { nl: "Namens de verwerkingsverantwoordelijke", en: "For the controller" },
  onBehalfOfProcessor: { nl: "Namens de verwerker", en: "For the processor" },
  signatureName: { nl: "Naam", en: "Name" },
  signatureRole: { nl: "Functie", en: "Role" },
  signatureDate: { nl: "Datum", en: "Date" },
  durationUntil: {
    nl: "Van {{effectiveDate}} tot en met {{endDate}}",
    en: "From {{effectiveDate}} until {{endDate}} inclusive",
  },
  durationOpen: {
    nl: "Vanaf {{effectiveDate}}, zolang de overeenkomst voor {{serviceName}} loopt",
    en: "From {{effectiveDate}}, for as long as the agreement for {{serviceName}} runs",
  },
  safeguard: { nl: "waarborg", en: "safeguard" },
} satisfies Record<string, LocalisedText>;

const annexTitles = {
  processing: { nl: "Specificatie van de verwerking", en: "Specification of the processing" },
  securityMeasures: { nl: "Beveiligingsmaatregelen", en: "Security measures" },
  subProcessors: { nl: "Subverwerkers", en: "Sub-processors" },
} satisfies Record<keyof AgreementAnnexes, LocalisedText>;

const processingRowLabels = {
  subjectMatter: { nl: "Onderwerp van de verwerking", en: "Subject-matter of the processing" },
  duration: { nl: "Duur van de verwerking", en: "Duration of the processing" },
  nature: { nl: "Aard van de verwerking", en: "Nature of the processing" },
  purposes: { nl: "Doeleinden van de verwerking", en: "Purposes of the processing" },
  dataCategories: { nl: "Categorieën persoonsgegevens", en: "Categories of personal data" },
  specialCategories: { nl: "Bijzondere categorieën persoonsgegevens", en: "Special categories of personal data" },
  processesBsn: { nl: "Burgerservicenummer (BSN)", en: "Citizen service number (BSN)" },
  dataSubjectCategories: { nl: "Categorieën betrokkenen", en: "Categories of data subjects" },
  retention: { nl: "Bewaartermijn", en: "Retention period" },
  storageCountries: { nl: "Opslaglocaties", en: "Storage locations" },
  processingCountries: { nl: "Verwerkingslocaties", en: "Processing locations" },
  transfers: {
    nl: "Doorgifte buiten de Europese Economische Ruimte",
    en: "Transfers outside the European Economic Area",
  },
} satisfies Record<string, LocalisedText>;

const tableHeaders = {
  processing: { nl: ["Onderdeel", "Invulling"], en: ["Item", "Details"] },
  securityMeasures: { nl: ["Maatregel", "Referentie"], en: ["Measure", "Reference"] },
  subProcessors: {
    nl: ["Naam", "Dienst", "Land", "Status toestemming"],
    en: ["Name", "Service", "Country", "Authorisation status"],
  },
} satisfies Record<keyof AgreementAnnexes, Record<AuthoringLanguage, string[]>>;

/** The authorisation status of a sub-processor as annex 3 shows it. */
export const authorisationStatusLabels: Record<SubProcessorAnnexRow["authorisationStatus"], LocalisedText> = {
  authorised: { nl: "Toegestaan", en: "Authorised" },
  pending: { nl: "Toestemming gevraagd", en: "Authorisation requested" },
  objected: { nl: "Bezwaar gemaakt", en: "Objected to" },
  refused: { nl: "Geweigerd", en: "Refused" },
};

function listText(values: readonly string[], language: AuthoringLanguage): string {
  const entries = values.map((value) => value.trim()).filter((value) => value !== "");
  return entries.length === 0 ? words.none[language] : entries.join("; ");
}

function countriesText(codes: readonly string[], language: AuthoringLanguage): string {
  return listText(
    codes.map((code) => countryName(code, language)),
    language,
  );
}

function textOrNotStated(value: string, language: AuthoringLanguage): string {
  return value.trim() === "" ? words.notStated[language] : value.trim();
}

function processingTable(input: CompositionInput): string[][] {
  const { language, variables } = input;
  const processing = input.annexes.processing;
  const durationTemplate = variables.endDate.trim() === "" ? words.durationOpen : words.durationUntil;
  // The register may leave the duration in words empty: the dates of the agreement then say it.
  const duration =
    processing.duration.trim() === ""
      ? fillPlaceholders(durationTemplate[language], variables, language)
      : processing.duration.trim();
  const transfers = processing.transfers.map((transfer) => {
    const country = countryName(transfer.country, language);
    const safeguard = transfer.safeguard.trim();
    return safeguard === "" ? country : `${country} (${words.safeguard[language]}: ${safeguard})`;
  });
  const rows: Array<[keyof typeof processingRowLabels, string]> = [
    ["subjectMatter", textOrNotStated(processing.subjectMatter, language)],
    ["duration", duration],
    ["nature", textOrNotStated(processing.nature, language)],
    ["purposes", listText(processing.purposes, language)],
    ["dataCategories", listText(processing.dataCategories, language)],
    ["specialCategories", listText(processing.specialCategories, language)],
    ["processesBsn", processing.processesBsn ? words.yes[language] : words.no[language]],
    ["dataSubjectCategories", listText(processing.dataSubjectCategories, language)],
    ["retention", textOrNotStated(processing.retention, language)],
    ["storageCountries", countriesText(processing.storageCountries, language)],
    ["processingCountries", countriesText(processing.processingCountries, language)],
    ["transfers", listText(transfers, language)],
  ];
  return rows.map(([key, value]) => [processingRowLabels[key][language], value]);
}

/** A table's rows, or one row saying "Geen" when the list is empty. */
function rowsOrNone(rows: string[][], columns: number, language: AuthoringLanguage): string[][] {
  if (rows.length > 0) return rows;
  return [[words.none[language], ...Array.from({ length: columns - 1 }, () => "")]];
}

function annexBlocks(input: CompositionInput): AuthoredBlock[] {
  const { language, annexes } = input;
  const tables: Array<[keyof AgreementAnnexes, string[][]]> = [
    ["processing", processingTable(input)],
    [
      "securityMeasures",
      rowsOrNone(
        annexes.securityMeasures.map((measure) => [measure.description.trim(), measure.reference.trim()]),
        2,
        language,
      ),
    ],
    [
      "subProcessors",
      rowsOrNone(
        annexes.subProcessors.map((subProcessor) => [
          subProcessor.name.trim(),
          subProcessor.service.trim(),
          countryName(subProcessor.country, language),
          authorisationStatusLabels[subProcessor.authorisationStatus][language],
        ]),
        4,
        language,
      ),
    ],
  ];
  return tables.flatMap(([key, rows], index): AuthoredBlock[] => [
    {
      kind: "heading",
      level: 1,
      number: `${words.annex[language]} ${index + 1}`,
      text: annexTitles[key][language],
    },
    { kind: "table", caption: annexTitles[key][language], header: tableHeaders[key][language], rows },
  ]);
}

function partyLine(
  name: string,
  address: string,
  kvkNumber: string,
  role: LocalisedText,
  language: AuthoringLanguage,
): string {
  // "Name (role), address, KvK-nummer …": the role in brackets right after the name is how the
  // agreement check recognises who is who.
  const parts = [`${name.trim()} (${role[language]})`, address.trim()];
  if (kvkNumber.trim() !== "") parts.push(`${words.kvkNumber[language]} ${kvkNumber.trim()}`);
  return parts.filter((part) => part !== "").join(", ");
}

function normalisedWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function basisLine(input: CompositionInput): string {
  const { language, standard, template } = input;
  const parts = [`${standard.name[language]} ${standard.version}`];
  if (template) parts.push(`${words.template[language]} ${template.label}`);
  parts.push(words.agreementVersion[language].replace("{n}", String(input.agreementVersion)));
  return parts.join(" · ");
}

function signatureParty(
  side: AgreementSide,
  input: CompositionInput,
): Extract<AuthoredBlock, { kind: "signatures" }>["parties"][number] {
  const { language, variables } = input;
  return {
    side,
    heading: (side === "controller" ? words.onBehalfOfController : words.onBehalfOfProcessor)[language],
    organisation: side === "controller" ? variables.controllerName.trim() : variables.processorName.trim(),
    labels: {
      name: words.signatureName[language],
      role: words.signatureRole[language],
      date: words.signatureDate[language],
    },
    signature: input.signatures[side] ?? null,
  };
}

/**
 * The complete agreement: title, parties, articles with numbered clauses, annexes 1–3 as tables, signature block.
 *
 * Each clause starts from the template's wording (or the standard's) and is replaced by the
 * agreed text where a deviation was accepted; an agreed text of "" deletes the clause, which
 * stays visible as "[Vervallen]" so the numbering does not shift. A clause `deviates` when its
 * final text differs from the standard's.
 */
export function composeAgreement(input: CompositionInput): AuthoredDocument {
  const { language, variables, standard } = input;
  const standardTexts = new Map(
    standard.articles.flatMap((article) =>
      article.clauses.map((clause) => [clause.id, clause.text[language]] as const),
    ),
  );
  const clauses = baseClauses(standard, input.template);
  const serviceName = variables.serviceName.trim();

  const blocks: AuthoredBlock[] = [
    { kind: "title", text: words.title[language], subtitle: serviceName },
    {
      kind: "parties",
      lines: [
        partyLine(
          variables.controllerName,
          variables.controllerAddress,
          variables.controllerKvkNumber,
          words.controller,
          language,
        ),
        partyLine(
          variables.processorName,
          variables.processorAddress,
          variables.processorKvkNumber,
          words.processor,
          language,
        ),
      ],
    },
  ];

  standard.articles.forEach((article, articleIndex) => {
    blocks.push({
      kind: "heading",
      level: 1,
      number: `${words.article[language]} ${articleIndex + 1}`,
      text: article.title[language],
    });
    for (const clause of clauses) {
      if (clause.articleId !== article.id) continue;
      const standardText = fillPlaceholders(standardTexts.get(clause.clauseId) ?? "", variables, language);
      const agreed = input.agreedClauseTexts[clause.clauseId];
      let text: string;
      if (agreed === undefined) {
        text = fillPlaceholders(clause.text[language], variables, language);
      } else if (agreed.trim() === "") {
        text = words.deleted[language];
      } else {
        // Negotiated text comes from people: a placeholder it keeps is filled, anything else in braces stays as typed.
        text = replacePlaceholders(agreed, variables, language, "keep");
      }
      blocks.push({
        kind: "clause",
        number: clause.number,
        clauseId: clause.clauseId,
        text,
        deviates: normalisedWhitespace(text) !== normalisedWhitespace(standardText),
      });
    }
  });

  blocks.push(...annexBlocks(input));
  blocks.push({ kind: "heading", level: 1, number: null, text: words.signingHeading[language] });
  blocks.push({
    kind: "signatures",
    parties: [signatureParty("controller", input), signatureParty("processor", input)],
  });

  return {
    language,
    title: serviceName === "" ? words.title[language] : `${words.title[language]} – ${serviceName}`,
    basis: basisLine(input),
    blocks,
  };
}

/** The day a signature was placed, as the signature block prints it (the Dutch calendar day). */
export function formatSignatureDate(signature: SignatureMark, language: AuthoringLanguage): string {
  return formatAgreementDate(calendarDateOf(new Date(signature.signedAt)), language);
}

/**
 * The lines of one party in the signature block: heading, organisation, then name, role and
 * date with their labels (empty after the label until signed). Shared by every renderer.
 */
export function signatureLines(
  party: Extract<AuthoredBlock, { kind: "signatures" }>["parties"][number],
  language: AuthoringLanguage,
): string[] {
  const signature = party.signature;
  const labelled = (label: string, value: string) => (value === "" ? `${label}:` : `${label}: ${value}`);
  return [
    party.heading,
    party.organisation,
    labelled(party.labels.name, signature?.name.trim() ?? ""),
    labelled(party.labels.role, signature?.role.trim() ?? ""),
    labelled(party.labels.date, signature ? formatSignatureDate(signature, language) : ""),
  ].filter((line) => line !== "");
}

/**
 * The document as paragraphs the agreement check reads (headings, numbered clauses, table cells),
 * the way a DOCX reader would see the rendered file: the title and headings as headings, the
 * subtitle, basis and party lines as paragraphs, each clause as a paragraph whose number is a
 * generated label, every table cell (header included) as a table cell, and the signature lines
 * as paragraphs. Table captions are left out: renderers give them to assistive technology only.
 */
export function authoredDocumentParagraphs(document: AuthoredDocument): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case "title":
        paragraphs.push({ text: block.text, headingLevel: 1 });
        if (block.subtitle.trim() !== "") paragraphs.push({ text: block.subtitle });
        paragraphs.push({ text: document.basis });
        break;
      case "parties":
        for (const line of block.lines) paragraphs.push({ text: line });
        break;
      case "heading":
        paragraphs.push({
          text: block.number ? `${block.number} ${block.text}` : block.text,
          headingLevel: block.level,
        });
        break;
      case "clause":
        paragraphs.push({ text: block.text, numberLabel: block.number });
        break;
      case "paragraph":
        paragraphs.push({ text: block.text });
        break;
      case "table":
        for (const row of [block.header, ...block.rows]) {
          for (const cell of row) if (cell.trim() !== "") paragraphs.push({ text: cell, tableCell: true });
        }
        break;
      case "signatures":
        for (const party of block.parties) {
          for (const line of signatureLines(party, document.language)) paragraphs.push({ text: line });
        }
        break;
    }
  }
  return paragraphs;
}
