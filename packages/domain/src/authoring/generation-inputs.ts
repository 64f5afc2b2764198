/** What must be known before an agreement is generated, and whether an annex went out of date. */
import type {
  AgreementAnnexes,
  AgreementVariableName,
  AgreementVariables,
  LocalisedText,
  MissingInput,
  ProcessingAnnex,
} from "./model.ts";

/** Every variable a clause may refer to as `{{name}}`, in the order a form asks for them. */
export const agreementVariableNames = [
  "controllerName",
  "controllerAddress",
  "controllerKvkNumber",
  "processorName",
  "processorAddress",
  "processorKvkNumber",
  "serviceName",
  "effectiveDate",
  "endDate",
  "noticePeriodMonths",
  "breachNotificationHours",
  "liabilityCapEuros",
] as const satisfies readonly AgreementVariableName[];

// Fails to compile when a variable is added to the model but not to the list above.
const everyVariableListed: Exclude<AgreementVariableName, (typeof agreementVariableNames)[number]> extends never
  ? true
  : false = true;
void everyVariableListed;

/** What each variable is called in forms, in missing-input messages and in the "[ontbreekt: …]" marker. */
export const agreementVariableLabels: Record<AgreementVariableName, LocalisedText> = {
  controllerName: { nl: "Naam van de verwerkingsverantwoordelijke", en: "Name of the controller" },
  controllerAddress: { nl: "Adres van de verwerkingsverantwoordelijke", en: "Address of the controller" },
  controllerKvkNumber: {
    nl: "KvK-nummer van de verwerkingsverantwoordelijke",
    en: "Chamber of Commerce (KvK) number of the controller",
  },
  processorName: { nl: "Naam van de verwerker", en: "Name of the processor" },
  processorAddress: { nl: "Adres van de verwerker", en: "Address of the processor" },
  processorKvkNumber: { nl: "KvK-nummer van de verwerker", en: "Chamber of Commerce (KvK) number of the processor" },
  serviceName: { nl: "Dienst of hoofdovereenkomst", en: "Service or main agreement" },
  effectiveDate: { nl: "Ingangsdatum", en: "Effective date" },
  endDate: { nl: "Einddatum", en: "End date" },
  noticePeriodMonths: { nl: "Opzegtermijn in maanden", en: "Notice period in months" },
  breachNotificationHours: {
    nl: "Termijn voor het melden van een datalek (in uren, ten hoogste 72)",
    en: "Period for notifying a personal data breach (in hours, at most 72)",
  },
  liabilityCapEuros: { nl: "Aansprakelijkheidsgrens per jaar (in euro)", en: "Yearly liability cap (in euros)" },
};

/** The latest a processor may tell the controller of a breach: the controller itself has 72 hours (Art. 33 GDPR). */
export const maximumBreachNotificationHours = 72;

// Addresses are printed when known but not required: the register keeps none, and the parties are
// identified by name (and KvK number) in the agreement already.
const requiredTextVariables = [
  "controllerName",
  "processorName",
  "serviceName",
] as const satisfies readonly AgreementVariableName[];

const numericVariables = [
  "noticePeriodMonths",
  "breachNotificationHours",
  "liabilityCapEuros",
] as const satisfies readonly AgreementVariableName[];

type RequiredProcessingItem = keyof Pick<
  ProcessingAnnex,
  | "subjectMatter"
  | "nature"
  | "purposes"
  | "dataCategories"
  | "dataSubjectCategories"
  | "storageCountries"
  | "processingCountries"
>;

const requiredProcessingItems: Array<[RequiredProcessingItem, LocalisedText]> = [
  [
    "subjectMatter",
    { nl: "Onderwerp van de verwerking (bijlage 1)", en: "Subject-matter of the processing (annex 1)" },
  ],
  ["nature", { nl: "Aard van de verwerking (bijlage 1)", en: "Nature of the processing (annex 1)" }],
  ["purposes", { nl: "Doeleinden van de verwerking (bijlage 1)", en: "Purposes of the processing (annex 1)" }],
  ["dataCategories", { nl: "Categorieën persoonsgegevens (bijlage 1)", en: "Categories of personal data (annex 1)" }],
  ["dataSubjectCategories", { nl: "Categorieën betrokkenen (bijlage 1)", en: "Categories of data subjects (annex 1)" }],
  [
    "storageCountries",
    {
      nl: "Landen waar de gegevens worden opgeslagen (bijlage 1)",
      en: "Countries where the data are stored (annex 1)",
    },
  ],
  [
    "processingCountries",
    {
      nl: "Landen waar de gegevens worden verwerkt (bijlage 1)",
      en: "Countries where the data are processed (annex 1)",
    },
  ],
];

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for an existing calendar date written yyyy-mm-dd. */
export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

function hasEntries(values: readonly string[]): boolean {
  return values.some((value) => value.trim() !== "");
}

function variableMissing(
  name: AgreementVariableName,
  label: LocalisedText = agreementVariableLabels[name],
): MissingInput {
  return { field: `variables.${name}`, label };
}

/**
 * Names every value the agreement needs and does not have: parties, service, effective date,
 * and the annex 1 items the GDPR requires (subject-matter, nature, purposes, data categories,
 * data subjects, locations). Security measures are required too; sub-processors may be none.
 * Also refuses a breach notification period over 72 hours and non-positive numbers.
 *
 * An invalid value is named like a missing one (an effective date that is no calendar date, an
 * end date before the effective date, a transfer without a safeguard), so the form can point to
 * the field. The order is the order of the form: parties, service, dates, numbers, annexes.
 */
export function missingGenerationInputs(
  variables: Partial<AgreementVariables>,
  annexes: AgreementAnnexes,
): MissingInput[] {
  const missing: MissingInput[] = [];
  for (const name of requiredTextVariables) {
    if (isBlank(variables[name])) missing.push(variableMissing(name));
  }

  const effectiveDate = variables.effectiveDate ?? "";
  if (!isCalendarDate(effectiveDate)) missing.push(variableMissing("effectiveDate"));
  const endDate = variables.endDate ?? "";
  if (endDate !== "") {
    if (!isCalendarDate(endDate)) {
      missing.push(variableMissing("endDate"));
    } else if (isCalendarDate(effectiveDate) && endDate < effectiveDate) {
      missing.push(
        variableMissing("endDate", {
          nl: "Einddatum (niet vóór de ingangsdatum)",
          en: "End date (not before the effective date)",
        }),
      );
    }
  }

  for (const name of numericVariables) {
    const value = variables[name];
    const usable = value !== undefined && Number.isInteger(value) && value > 0;
    const tooLate = name === "breachNotificationHours" && usable && value > maximumBreachNotificationHours;
    if (!usable || tooLate) missing.push(variableMissing(name));
  }

  const processing = annexes.processing;
  for (const [item, label] of requiredProcessingItems) {
    const value = processing[item];
    const present = typeof value === "string" ? !isBlank(value) : hasEntries(value);
    if (!present) missing.push({ field: `processing.${item}`, label });
  }
  if (processing.transfers.some((transfer) => isBlank(transfer.country) || isBlank(transfer.safeguard))) {
    missing.push({
      field: "processing.transfers",
      label: {
        nl: "Land en waarborg van elke doorgifte buiten de EER (bijlage 1)",
        en: "Country and safeguard of every transfer outside the EEA (annex 1)",
      },
    });
  }

  if (!annexes.securityMeasures.some((measure) => !isBlank(measure.description))) {
    missing.push({
      field: "securityMeasures",
      label: { nl: "Beveiligingsmaatregelen (bijlage 2)", en: "Security measures (annex 2)" },
    });
  }
  return missing;
}

export const annexKeys = ["processing", "securityMeasures", "subProcessors"] as const;
export type AnnexKey = (typeof annexKeys)[number];

/**
 * A JSON text that is the same for equal content whatever the order: object keys sorted, and
 * every list sorted by its entries' own canonical text, so lists compare as multisets.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const entries = value.map(canonicalJson).sort();
    return `[${entries.join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The annexes whose content differs between what an agreement was issued with and the register now (order-insensitive for lists). */
export function outdatedAnnexes(issued: AgreementAnnexes, current: AgreementAnnexes): AnnexKey[] {
  return annexKeys.filter((key) => canonicalJson(issued[key]) !== canonicalJson(current[key]));
}
