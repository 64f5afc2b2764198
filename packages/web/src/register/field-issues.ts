import type { MessageKey } from "../i18n/messages.ts";

/** A field-level problem as the server reports it (`path` joined with dots) or as zod finds it (`path` as an array). */
export interface IssueLike {
  path: string | readonly PropertyKey[];
  message: string;
}

/** The problems of one form: one message per field, and those that belong to no field on the form. */
export interface FormErrors {
  fields: Record<string, MessageKey>;
  other: MessageKey[];
}

// The contract's own messages (packages/contract/src/register.ts) and zod's defaults, in English;
// each becomes a translated text. An unknown message falls back to a general one.
const knownMessages: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^Required$/, "register.issue.required"],
  [/received undefined$/, "register.issue.required"],
  [/^Too small: expected string/, "register.issue.required"],
  [/expiry date lies before the issue date/i, "register.issue.expiryBeforeIssue"],
  [/end date lies before the effective date/i, "register.issue.endBeforeEffective"],
  [/^Unknown country code/i, "register.issue.unknownCountry"],
  [/^ISO 3166-1 alpha-2 country code/i, "register.issue.unknownCountry"],
  [/^Date as YYYY-MM-DD/i, "register.issue.invalidDate"],
  [/^Date and time in ISO 8601/i, "register.issue.invalidDateTime"],
  [/version needs the name of the standard/i, "register.issue.versionNeedsStandard"],
  [/^Aware before the breach occurred/i, "register.issue.awareBeforeOccurred"],
  [/controller cannot learn of the breach before the processor/i, "register.issue.controllerBeforeProcessor"],
  [/^Too big: expected string/, "register.issue.tooLong"],
  [/^Too big: expected array/, "register.issue.tooMany"],
];

/** The interface text for one issue message. */
export function issueMessageKey(message: string): MessageKey {
  return knownMessages.find(([pattern]) => pattern.test(message))?.[1] ?? "register.issue.invalid";
}

/**
 * The form field an issue belongs to: the first step of its path, after the `body.` that the
 * server puts before problems found in the request body. `transfers.0.country` belongs to
 * `transfers`, `storageCountries.2` to `storageCountries`.
 */
export function issueField(path: IssueLike["path"]): string {
  const steps = typeof path === "string" ? path.split(".") : path.map(String);
  const withoutBody = steps[0] === "body" ? steps.slice(1) : steps;
  return withoutBody[0] ?? "";
}

/** Sorts issues onto the form's fields; the first issue of a field wins, as a field shows one message. */
export function formErrorsFromIssues(issues: readonly IssueLike[], fieldNames: readonly string[]): FormErrors {
  const errors: FormErrors = { fields: {}, other: [] };
  for (const issue of issues) {
    const field = issueField(issue.path);
    const key = issueMessageKey(issue.message);
    if (fieldNames.includes(field)) {
      errors.fields[field] ??= key;
    } else if (!errors.other.includes(key)) {
      errors.other.push(key);
    }
  }
  return errors;
}

/** True when the form has nothing to complain about. */
export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.other.length > 0;
}
