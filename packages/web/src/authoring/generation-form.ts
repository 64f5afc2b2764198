import type { AgreementVariablesBody, FieldIssue, GenerationPreview } from "@art28/contract";
import {
  agreementVariableLabels,
  agreementVariableNames,
  missingGenerationInputs,
  type AgreementAnnexes,
  type AgreementVariableName,
  type AgreementVariables,
  type LocalisedText,
  type MissingInput,
} from "@art28/domain";

/**
 * The form before generating an agreement: the values proposed from the register, editable,
 * and what is still missing, recomputed as the user types. Missing register data (the annexes)
 * cannot be filled in here; the form says where in the register they go.
 */

/** The form's values: every variable as the text of its field. */
export type GenerationFormValues = Record<AgreementVariableName, string>;

/** The numeric variables, entered as whole numbers. */
export const numericVariableNames = [
  "noticePeriodMonths",
  "breachNotificationHours",
  "liabilityCapEuros",
] as const satisfies readonly AgreementVariableName[];
type NumericVariableName = (typeof numericVariableNames)[number];

function isNumeric(name: AgreementVariableName): name is NumericVariableName {
  return (numericVariableNames as readonly string[]).includes(name);
}

/** The form's starting values: the variables proposed from the register. */
export function formValuesOf(variables: AgreementVariablesBody): GenerationFormValues {
  const values = {} as GenerationFormValues;
  for (const name of agreementVariableNames) values[name] = String(variables[name]);
  return values;
}

/** A whole number typed into a field; anything else (also "12,5" or "1e3") is NaN, which the rules name as missing. */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim().replace(/[.\s]/g, "");
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The variables the form's values stand for. Dots and spaces in a number are read as
 * thousands separators ("1.000.000"), as Dutch users write them.
 */
export function variablesOf(values: GenerationFormValues): AgreementVariables {
  const variables = {} as Record<AgreementVariableName, string | number>;
  for (const name of agreementVariableNames) {
    variables[name] = isNumeric(name) ? parseWholeNumber(values[name]) : values[name].trim();
  }
  return variables as unknown as AgreementVariables;
}

/**
 * What the request sends: only the values that differ from those proposed from the register,
 * so the rest keep following the register.
 */
export function changedVariables(
  proposed: AgreementVariablesBody,
  variables: AgreementVariables,
): Partial<AgreementVariablesBody> {
  const changed: Record<string, string | number> = {};
  for (const name of agreementVariableNames) {
    if (variables[name] !== proposed[name]) changed[name] = variables[name];
  }
  return changed as Partial<AgreementVariablesBody>;
}

/**
 * What is missing now. The variables are checked as typed (the same rules as the server's);
 * the annexes come from the register, so for them the preview's own list stands.
 */
export function missingNow(preview: Pick<GenerationPreview, "missing" | "annexes">, values: GenerationFormValues) {
  const fromForm = missingGenerationInputs(variablesOf(values), preview.annexes as AgreementAnnexes).filter(
    (item) => variableOfField(item.field) !== undefined,
  );
  const fromRegister = preview.missing.filter((item) => variableOfField(item.field) === undefined);
  return [...fromForm, ...fromRegister];
}

/** The variable a missing item's field code names (`variables.processorAddress`), if it is one. */
export function variableOfField(field: string): AgreementVariableName | undefined {
  const name = field.startsWith("variables.") ? field.slice("variables.".length) : "";
  return (agreementVariableNames as readonly string[]).includes(name) ? (name as AgreementVariableName) : undefined;
}

/** Where a missing item is filled in: a field of this form, or a section of the relationship page. */
export type MissingTarget =
  | { kind: "field"; variable: AgreementVariableName }
  | { kind: "register"; section: "specification" | "security-measures" | "sub-processors" | "relationship" };

/** Where the user fills in a missing item, by its stable field code. */
export function missingTarget(field: string): MissingTarget {
  const variable = variableOfField(field);
  if (variable) return { kind: "field", variable };
  if (field.startsWith("processing.") || field === "processing") return { kind: "register", section: "specification" };
  if (field.startsWith("securityMeasures")) return { kind: "register", section: "security-measures" };
  if (field.startsWith("subProcessors")) return { kind: "register", section: "sub-processors" };
  return { kind: "register", section: "relationship" };
}

const emptyAnnexes: AgreementAnnexes = {
  processing: {
    subjectMatter: "",
    duration: "",
    nature: "",
    purposes: [],
    dataCategories: [],
    specialCategories: [],
    processesBsn: false,
    dataSubjectCategories: [],
    retention: "",
    storageCountries: [],
    processingCountries: [],
    transfers: [{ country: "", safeguard: "" }],
  },
  securityMeasures: [],
  subProcessors: [],
};

// With nothing filled in, the domain's rules name every item they know, each with its label:
// the table to translate the server's issues (which carry the Dutch label only) from.
const knownLabels: ReadonlyMap<string, LocalisedText> = new Map(
  missingGenerationInputs({}, emptyAnnexes).map((item) => [item.field, item.label]),
);

/** The variables a party may leave empty: those the domain's rules do not name when nothing is filled in. */
export const optionalVariableNames: ReadonlySet<AgreementVariableName> = new Set(
  agreementVariableNames.filter((name) => !knownLabels.has(`variables.${name}`)),
);

/**
 * The missing items a 422 `generation_inputs_missing` names: its issues carry the field code
 * as path (perhaps after `body.`) and the Dutch label as message. Known codes get the domain's
 * labels in both languages; unknown ones keep the server's words.
 */
export function missingFromIssues(issues: readonly FieldIssue[]): MissingInput[] {
  return issues.map((issue) => {
    const field = issue.path.replace(/^body\./, "");
    const variable = variableOfField(field);
    const label = variable
      ? agreementVariableLabels[variable]
      : (knownLabels.get(field) ?? { nl: issue.message, en: issue.message });
    return { field, label };
  });
}

/**
 * The supplier's organisation on Art28 to propose: the one whose name is the processor's in
 * the register (ignoring case and surrounding spaces), if exactly one is.
 */
export function suggestedPartner<Partner extends { id: string; name: string }>(
  partners: readonly Partner[],
  processorName: string,
): Partner | undefined {
  const wanted = processorName.trim().toLocaleLowerCase("nl");
  if (wanted === "") return undefined;
  const matches = partners.filter((partner) => partner.name.trim().toLocaleLowerCase("nl") === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}
