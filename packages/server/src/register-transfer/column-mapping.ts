import {
  counterpartyImportFields,
  type CounterpartyImportField,
  type CounterpartyImportMapping,
} from "@art28/contract";
import type { BilingualText } from "@art28/domain";

export const importFieldLabels: Record<CounterpartyImportField, BilingualText> = {
  name: { nl: "Naam", en: "Name" },
  kvkNumber: { nl: "KvK-nummer", en: "Chamber of Commerce (KvK) number" },
  country: { nl: "Land", en: "Country" },
  contactName: { nl: "Contactpersoon", en: "Contact person" },
  contactEmail: { nl: "E-mailadres", en: "E-mail address" },
  category: { nl: "Categorie", en: "Category" },
  serviceDescription: { nl: "Dienst of omschrijving", en: "Service description" },
};

/** Fields every counterparty needs; country and category may also come from the mapping's defaults. */
export const requiredImportFields: readonly CounterpartyImportField[] = ["name", "country", "category"];

/** Header text reduced to what identifies it: lower case, no accents, letters and digits only. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Headers that mean a field exactly, after `normaliseHeader`; Dutch and English. */
const exactHeaders: Record<CounterpartyImportField, readonly string[]> = {
  name: [
    "naam",
    "name",
    "bedrijfsnaam",
    "organisatie",
    "organisatienaam",
    "leverancier",
    "leveranciersnaam",
    "handelsnaam",
    "partij",
    "wederpartij",
    "verwerker",
    "company",
    "companyname",
    "organisation",
    "organization",
    "organisationname",
    "organizationname",
    "supplier",
    "suppliername",
    "vendor",
    "counterparty",
  ],
  kvkNumber: [
    "kvk",
    "kvknummer",
    "kvknr",
    "kvknumber",
    "kvkno",
    "kamervankoophandel",
    "kamervankoophandelnummer",
    "handelsregisternummer",
    "chamberofcommerce",
    "chamberofcommercenumber",
    "chamberofcommerceno",
    "coc",
    "cocnumber",
  ],
  country: ["land", "landcode", "vestigingsland", "country", "countrycode"],
  contactName: [
    "contactpersoon",
    "contact",
    "naamcontactpersoon",
    "contactnaam",
    "contactname",
    "contactperson",
    "contactpersonname",
  ],
  contactEmail: [
    "email",
    "emailadres",
    "mail",
    "mailadres",
    "emailcontactpersoon",
    "contactemail",
    "emailaddress",
    "contactemailaddress",
  ],
  category: ["categorie", "category", "soort", "soortdienst", "type", "typedienst", "servicecategory"],
  serviceDescription: [
    "dienst",
    "dienstverlening",
    "omschrijving",
    "beschrijving",
    "omschrijvingdienst",
    "service",
    "services",
    "servicedescription",
    "description",
  ],
};

/**
 * Looser matches for headers such as "KvK-nummer (8 cijfers)" or "E-mail contactpersoon", tried
 * in this order so the more specific field wins ("contact e-mail" is an address, not a name).
 */
const partialHeaders: ReadonlyArray<[CounterpartyImportField, readonly string[]]> = [
  ["contactEmail", ["email", "mail"]],
  ["kvkNumber", ["kvk", "chamberofcommerce"]],
  ["contactName", ["contact"]],
  ["country", ["land", "country"]],
  ["category", ["categor"]],
  ["serviceDescription", ["omschrijving", "dienst", "description", "service"]],
  ["name", ["naam", "name"]],
];

/** The mapping a person would choose for these headers: each header used for at most one field. */
export function suggestMapping(headers: readonly string[]): CounterpartyImportMapping {
  const normalised = headers.map(normaliseHeader);
  const columns: CounterpartyImportMapping["columns"] = {};
  const used = new Set<number>();
  const assign = (field: CounterpartyImportField, index: number) => {
    columns[field] = index;
    used.add(index);
  };
  for (const field of counterpartyImportFields) {
    const index = normalised.findIndex(
      (header, position) => !used.has(position) && exactHeaders[field].includes(header),
    );
    if (index >= 0) assign(field, index);
  }
  for (const [field, fragments] of partialHeaders) {
    if (columns[field] !== undefined) continue;
    const index = normalised.findIndex(
      (header, position) => !used.has(position) && header !== "" && fragments.some((part) => header.includes(part)),
    );
    if (index >= 0) assign(field, index);
  }
  return { columns, defaultCategory: null, defaultCountry: null };
}

export interface MappingProblem {
  field: CounterpartyImportField | null;
  message: BilingualText;
}

/** What makes a mapping unusable: a column that does not exist, one column for two fields, a required field without source. */
export function findMappingProblems(mapping: CounterpartyImportMapping, columnCount: number): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const fieldsByColumn = new Map<number, CounterpartyImportField[]>();
  for (const field of counterpartyImportFields) {
    const column = mapping.columns[field];
    if (column === undefined || column === null) continue;
    if (column >= columnCount) {
      problems.push({
        field,
        message: {
          nl: `${importFieldLabels[field].nl}: kolom ${column + 1} bestaat niet; het bestand heeft ${columnCount} kolommen.`,
          en: `${importFieldLabels[field].en}: column ${column + 1} does not exist; the file has ${columnCount} columns.`,
        },
      });
    }
    fieldsByColumn.set(column, [...(fieldsByColumn.get(column) ?? []), field]);
  }
  for (const [column, fields] of fieldsByColumn) {
    if (fields.length < 2) continue;
    problems.push({
      field: fields[1] ?? null,
      message: {
        nl: `Kolom ${column + 1} is gekozen voor ${fields.map((field) => importFieldLabels[field].nl).join(" én ")}; kies één veld per kolom.`,
        en: `Column ${column + 1} is chosen for ${fields.map((field) => importFieldLabels[field].en).join(" and ")}; choose one field per column.`,
      },
    });
  }
  const mapped = (field: CounterpartyImportField) =>
    mapping.columns[field] !== undefined && mapping.columns[field] !== null;
  if (!mapped("name")) {
    problems.push({
      field: "name",
      message: { nl: "Kies de kolom met de naam.", en: "Choose the column that holds the name." },
    });
  }
  if (!mapped("country") && mapping.defaultCountry === null) {
    problems.push({
      field: "country",
      message: {
        nl: "Kies de kolom met het land, of één land voor alle rijen.",
        en: "Choose the column that holds the country, or one country for all rows.",
      },
    });
  }
  if (!mapped("category") && mapping.defaultCategory === null) {
    problems.push({
      field: "category",
      message: {
        nl: "Kies de kolom met de categorie, of één categorie voor alle rijen.",
        en: "Choose the column that holds the category, or one category for all rows.",
      },
    });
  }
  return problems;
}
