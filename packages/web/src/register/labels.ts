import type { Locale } from "@art28/contract";
import {
  agreementKindLabels,
  agreementStatusLabels,
  certificationKindLabels,
  countryName,
  requirementDefinition,
  roleOutcomeLabels,
  type AgreementKind,
  type AgreementStatus,
  type CertificationKind,
  type RequirementId,
  type RoleOutcome,
} from "@art28/domain";
import { nl, type MessageKey, type MessageValues } from "../i18n/messages.ts";
import { formatCalendarDate, formatMoment } from "./register-time.ts";

/** The `t` of `useTranslation`, passed in so these helpers stay pure. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Whether `key` is one of the interface texts; for keys put together from stable ids. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/**
 * The label of a field of a register record, e.g. `expiresOn` of a certification. Fields with
 * the same name but another meaning per record ("name", "kind", "description") have their own
 * text; the rest share one. Unknown fields keep their technical name rather than vanish.
 */
export function fieldLabel(t: Translate, entityType: string, field: string): string {
  const specific = `register.field.${entityType}.${field}`;
  if (isMessageKey(specific)) return t(specific);
  const shared = `register.field.${field}`;
  return isMessageKey(shared) ? t(shared) : field;
}

/** The help text of a form field, if it has one. */
export function fieldHelpKey(entityType: string, field: string): MessageKey | undefined {
  const key = `register.help.${entityType}.${field}`;
  return isMessageKey(key) ? key : undefined;
}

const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const momentPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const countryFields = new Set(["country", "storageCountries", "processingCountries"]);
/** Fields of a check result that list requirements of the catalogue by id. */
const requirementFields = new Set(["missing", "conflicts"]);

function requirementTitle(id: string, locale: Locale): string {
  try {
    return requirementDefinition(id as RequirementId).title[locale];
  } catch {
    return id;
  }
}

/** The label of one option of a select field, by field and stable key. */
export function optionLabel(t: Translate, locale: Locale, entityType: string, field: string, value: string): string {
  switch (field) {
    case "role":
      return roleOutcomeLabels[value as RoleOutcome]?.[locale] ?? value;
    case "status":
      return agreementStatusLabels[value as AgreementStatus]?.[locale] ?? value;
    case "kind":
      return entityType === "certification"
        ? (certificationKindLabels[value as CertificationKind]?.[locale] ?? value)
        : (agreementKindLabels[value as AgreementKind]?.[locale] ?? value);
    case "country":
      return countryName(value, locale);
    default: {
      const key = `register.option.${field}.${value}`;
      return isMessageKey(key) ? t(key) : value;
    }
  }
}

/**
 * A stored value in words, as the detail page and the history show it: dates and moments
 * formatted, stable keys as their labels, country codes as names, lists joined, and an empty
 * value said as such.
 */
export function displayValue(t: Translate, locale: Locale, entityType: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("register.emptyValue");
  if (typeof value === "boolean") return t(value ? "register.yes" : "register.no");
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t("register.emptyValue");
    return value
      .map((item) =>
        typeof item === "object" && item !== null && "country" in item && "safeguard" in item
          ? `${countryName(String(item.country), locale)} (${optionLabel(t, locale, entityType, "safeguard", String(item.safeguard))})`
          : countryFields.has(field)
            ? countryName(String(item), locale)
            : requirementFields.has(field)
              ? requirementTitle(String(item), locale)
              : displayValue(t, locale, entityType, field, item),
      )
      .join(", ");
  }
  if (typeof value === "object") {
    if ("fileName" in value) return String(value.fileName);
    return JSON.stringify(value);
  }
  const text = String(value);
  if (calendarDatePattern.test(text)) return formatCalendarDate(locale, text);
  if (momentPattern.test(text)) return formatMoment(locale, text);
  if (["role", "status", "kind", "authorisationStatus", "safeguard", "country"].includes(field)) {
    return optionLabel(t, locale, entityType, field, text);
  }
  return text;
}
