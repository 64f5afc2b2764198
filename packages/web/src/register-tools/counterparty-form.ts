import type { Counterparty, FieldIssue, Locale } from "@art28/contract";
import {
  countryCodes,
  countryName,
  counterpartyCategories,
  isCountryCode,
  type CounterpartyCategory,
} from "@art28/domain";
import type { MessageKey } from "../i18n/messages.ts";

/** The fields of the counterparty form, in the order they appear on screen and in the error summary. */
export const counterpartyFormFields = [
  "name",
  "kvkNumber",
  "country",
  "contactName",
  "contactEmail",
  "category",
  "serviceDescription",
] as const;
export type CounterpartyFormField = (typeof counterpartyFormFields)[number];

/** What the form holds: text as typed, so nothing the user wrote is lost while it is still invalid. */
export type CounterpartyFormValues = Record<CounterpartyFormField, string>;

/** One message per field that is not right yet. */
export type CounterpartyFormErrors = Partial<Record<CounterpartyFormField, MessageKey>>;

/** The body of `PATCH …/counterparties/:counterpartyId`: every field, so the stored record matches the form. */
export interface CounterpartyUpdateBody {
  name: string;
  kvkNumber: string | null;
  country: string;
  contactName: string | null;
  contactEmail: string | null;
  category: CounterpartyCategory;
  serviceDescription: string;
}

// The same limits as the API's schema, so the form refuses what the server would refuse.
const maximumLengths: Record<CounterpartyFormField, number> = {
  name: 200,
  kvkNumber: 8,
  country: 100,
  contactName: 200,
  contactEmail: 320,
  category: 100,
  serviceDescription: 2000,
};

// Deliberately loose: the server decides; this only catches obvious typing slips.
const plausibleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form filled with a stored counterparty. */
export function formValuesOf(counterparty: Counterparty): CounterpartyFormValues {
  return {
    name: counterparty.name,
    kvkNumber: counterparty.kvkNumber ?? "",
    country: counterparty.country,
    contactName: counterparty.contactName ?? "",
    contactEmail: counterparty.contactEmail ?? "",
    category: counterparty.category,
    serviceDescription: counterparty.serviceDescription,
  };
}

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase();
}

/**
 * The country code for what was typed: a code in any case ("nl"), or the country's name in
 * Dutch or English ("Duitsland", "Germany"). Null when it is neither.
 */
export function resolveCountry(input: string): string | null {
  const typed = input.trim();
  if (typed === "") return null;
  const upper = typed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const wanted = normalise(typed);
  for (const code of countryCodes()) {
    if (normalise(countryName(code, "nl")) === wanted || normalise(countryName(code, "en")) === wanted) return code;
  }
  return null;
}

/** Countries for the suggestion list, sorted by their name in the interface language. */
export function countryOptions(locale: Locale): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(locale);
  return countryCodes()
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((first, second) => collator.compare(first.name, second.name));
}

function isCategory(value: string): value is CounterpartyCategory {
  return (counterpartyCategories as readonly string[]).includes(value);
}

/** Checks the form as the server will, and says per field what to fix. */
export function validateCounterpartyForm(values: CounterpartyFormValues): CounterpartyFormErrors {
  const errors: CounterpartyFormErrors = {};
  for (const field of counterpartyFormFields) {
    if (values[field].trim().length > maximumLengths[field]) errors[field] = "tools.counterparty.error.tooLong";
  }
  if (values.name.trim() === "") errors.name = "tools.counterparty.error.nameRequired";
  const kvkNumber = values.kvkNumber.trim();
  if (kvkNumber !== "" && !/^\d{8}$/.test(kvkNumber)) errors.kvkNumber = "tools.counterparty.error.kvkNumber";
  if (values.country.trim() === "") errors.country = "tools.counterparty.error.countryRequired";
  else if (!resolveCountry(values.country)) errors.country = "tools.counterparty.error.countryUnknown";
  const email = values.contactEmail.trim();
  if (email !== "" && !plausibleEmail.test(email)) errors.contactEmail = "tools.counterparty.error.email";
  if (!isCategory(values.category)) errors.category = "tools.counterparty.error.category";
  return errors;
}

/** The request body for valid form values (check with `validateCounterpartyForm` first). */
export function updateBodyOf(values: CounterpartyFormValues): CounterpartyUpdateBody {
  const optional = (text: string) => (text.trim() === "" ? null : text.trim());
  return {
    name: values.name.trim(),
    kvkNumber: optional(values.kvkNumber),
    country: resolveCountry(values.country) ?? values.country.trim().toUpperCase(),
    contactName: optional(values.contactName),
    contactEmail: optional(values.contactEmail),
    category: isCategory(values.category) ? values.category : "other",
    serviceDescription: values.serviceDescription.trim(),
  };
}

const serverFieldMessages: Record<CounterpartyFormField, MessageKey> = {
  name: "tools.counterparty.error.nameRequired",
  kvkNumber: "tools.counterparty.error.kvkNumber",
  country: "tools.counterparty.error.countryUnknown",
  contactName: "tools.counterparty.error.tooLong",
  contactEmail: "tools.counterparty.error.email",
  category: "tools.counterparty.error.category",
  serviceDescription: "tools.counterparty.error.tooLong",
};

/**
 * The server's 422 issues as messages in the interface language. Its texts are English, so
 * each is replaced by the message for its field; issues for unknown fields are left out.
 */
export function errorsFromIssues(issues: readonly FieldIssue[]): CounterpartyFormErrors {
  const errors: CounterpartyFormErrors = {};
  for (const issue of issues) {
    // Paths may come as "country" or "body.country", depending on where the server found them.
    const field = issue.path
      .split(".")
      .find((part): part is CounterpartyFormField => (counterpartyFormFields as readonly string[]).includes(part));
    if (field && errors[field] === undefined) errors[field] = serverFieldMessages[field];
  }
  return errors;
}
