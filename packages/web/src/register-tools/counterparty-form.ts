import {
  updateCounterpartyRequestSchema,
  type Counterparty,
  type Locale,
  type UpdateCounterpartyRequest,
} from "@art28/contract";
import { countryCodes, countryName, isCountryCode } from "@art28/domain";
import type { MessageKey } from "../i18n/messages.ts";
import { formErrorsFromIssues, type IssueLike } from "../register/field-issues.ts";

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

/**
 * What the form sends, before the contract's schema has checked it: trimmed text, empty
 * optional text as null, and the country as its code when it was typed as a name.
 */
export function draftBodyOf(values: CounterpartyFormValues): Record<CounterpartyFormField, string | null> {
  const optional = (text: string) => (text.trim() === "" ? null : text.trim());
  return {
    name: values.name.trim(),
    kvkNumber: optional(values.kvkNumber),
    country: resolveCountry(values.country) ?? values.country.trim(),
    contactName: optional(values.contactName),
    contactEmail: optional(values.contactEmail),
    category: values.category,
    serviceDescription: values.serviceDescription.trim(),
  };
}

/**
 * The counterparty form's own message for a problem, where it says more than the general one
 * the register's forms use: the name or country that is missing, the code that is unknown,
 * the field that is too long.
 */
function counterpartyMessage(
  field: CounterpartyFormField,
  key: MessageKey,
  values: CounterpartyFormValues,
): MessageKey {
  if (key === "register.issue.tooLong") return "tools.counterparty.error.tooLong";
  switch (field) {
    case "name":
      return key === "register.issue.required" ? "tools.counterparty.error.nameRequired" : key;
    case "country":
      return values.country.trim() === ""
        ? "tools.counterparty.error.countryRequired"
        : "tools.counterparty.error.countryUnknown";
    // The contract has one rule each for these, so any problem is that rule.
    case "kvkNumber":
      return "tools.counterparty.error.kvkNumber";
    case "contactEmail":
      return "tools.counterparty.error.email";
    case "category":
      return "tools.counterparty.error.category";
    default:
      return key;
  }
}

/**
 * Problems found by the contract's schema, here or on the server (a 422's issues), as messages
 * in the interface language: first the register forms' general mapping, then the form's own
 * words. Issues for fields the form does not have are left out.
 */
export function errorsFromIssues(issues: readonly IssueLike[], values: CounterpartyFormValues): CounterpartyFormErrors {
  const { fields } = formErrorsFromIssues(issues, counterpartyFormFields);
  const errors: CounterpartyFormErrors = {};
  for (const field of counterpartyFormFields) {
    const key = fields[field];
    if (key) errors[field] = counterpartyMessage(field, key, values);
  }
  return errors;
}

/**
 * Checks the form with the API's own schema, so it refuses what the server would refuse, and
 * says per field what to fix.
 */
export function validateCounterpartyForm(values: CounterpartyFormValues): CounterpartyFormErrors {
  const result = updateCounterpartyRequestSchema.safeParse(draftBodyOf(values));
  return result.success ? {} : errorsFromIssues(result.error.issues, values);
}

/**
 * The request body for valid form values (check with `validateCounterpartyForm` first), as the
 * schema normalises it. Every field is sent, so the stored record matches the form.
 */
export function updateBodyOf(values: CounterpartyFormValues): UpdateCounterpartyRequest {
  return updateCounterpartyRequestSchema.parse(draftBodyOf(values));
}
