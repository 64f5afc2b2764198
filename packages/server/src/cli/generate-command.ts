import fs from "node:fs/promises";
import path from "node:path";
import { agreementAnnexesSchema, agreementVariablesSchema } from "@art28/contract";
import {
  agreementStandards,
  agreementStandardVersion,
  authoringLanguages,
  composeAgreement,
  currentAgreementStandard,
  missingGenerationInputs,
  type AgreementStandard,
  type AgreementVariables,
  type AuthoringLanguage,
  type CompositionInput,
  type MissingInput,
} from "@art28/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { agreementRenderFormats, renderAgreement } from "../authoring-render/index.ts";
import { startApplication } from "../composition-root.ts";
import { loadConfig } from "../config.ts";
import { relationships } from "../database/schema.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { AppError } from "../errors.ts";
import { loadRelationshipComposition } from "../services/authoring/composition-loader.ts";

export const generateOptionsSchema = z
  .object({
    relationship: z.uuid({ message: "--relationship must be a relationship id (UUID)" }).optional(),
    input: z.string().trim().min(1, "--input needs a file name").optional(),
    format: z.enum(agreementRenderFormats, { message: "--format must be docx, pdf or html" }),
    out: z.string({ message: "--out FILE is required" }).trim().min(1, "--out needs a file name"),
    lang: z.enum(authoringLanguages, { message: "--lang must be nl or en" }).optional(),
    values: z.string().trim().min(1, "--values needs a file name").optional(),
  })
  .refine((options) => (options.relationship === undefined) !== (options.input === undefined), {
    message:
      "Give either --relationship ID (generate from the register) or --input SPEC.json (without a database), not both.",
  })
  .refine((options) => options.values === undefined || options.relationship !== undefined, {
    message: "--values goes with --relationship; with --input, put the values in the SPEC's variables.",
  });
export type GenerateOptions = z.infer<typeof generateOptionsSchema>;

const localisedTextSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
const variableDefaultsSchema = agreementVariablesSchema
  .pick({ noticePeriodMonths: true, breachNotificationHours: true, liabilityCapEuros: true })
  .partial();

/**
 * The SPEC file of `art28 generate --input`: everything an agreement is composed from, without
 * a database. Documented in docs/authoring-spec.md. Text values left out count as empty (and
 * are then listed as missing); the three numbers default to the template's and the standard's.
 */
export const agreementSpecSchema = z.strictObject({
  language: z.enum(authoringLanguages).optional(),
  standardVersion: z.string().trim().min(1).optional(),
  template: z
    .strictObject({
      label: z.string().trim().min(1),
      name: z.string().trim().min(1),
      baseStandardVersion: z.string().trim().min(1),
      clauseTexts: z.record(z.string(), localisedTextSchema).default({}),
      variableDefaults: variableDefaultsSchema.default({}),
    })
    .optional(),
  variables: agreementVariablesSchema.partial().strict(),
  annexes: agreementAnnexesSchema,
  agreedClauseTexts: z.record(z.string(), z.string()).default({}),
});
export type AgreementSpec = z.infer<typeof agreementSpecSchema>;

function usageError(message: string): AppError {
  return new AppError("validation_failed", message);
}

function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = ""): string {
  return issues
    .map((issue) => {
      const where = issue.path.map(String).join(".");
      return `${prefix}${where === "" ? "" : `${where}: `}${issue.message}`;
    })
    .join("\n");
}

/** The agreement cannot be generated because values are missing; the list goes to standard error. */
function missingValuesError(
  missing: readonly MissingInput[],
  language: AuthoringLanguage,
  fieldPath: (field: string) => string,
  hint = "",
): AppError {
  const lines = missing.map((item) => `  - ${fieldPath(item.field)}: ${item.label[language]}`);
  return usageError(
    `The agreement cannot be generated: ${missing.length} value(s) missing or invalid:\n${lines.join("\n")}${hint}`,
  );
}

/** Where a missing input lives in the SPEC file: annex items under `annexes`. */
function specPath(field: string): string {
  return field.startsWith("variables.") ? field : `annexes.${field}`;
}

/** Reads a JSON file and validates it; every problem is a usage error naming the file and the field. */
async function readJsonFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  what: string,
): Promise<z.infer<Schema>> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a folder" : error.message;
    throw usageError(`${file}: ${reason}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw usageError(`${file} is not a valid ${what}:\n${describeIssues(parsed.error.issues, "  ")}`);
  }
  return parsed.data;
}

/** The values file of `--values`: variables that replace what the register proposes. */
const valuesFileSchema = agreementVariablesSchema.partial().strict();

function standardFor(spec: AgreementSpec): AgreementStandard {
  const version = spec.standardVersion ?? spec.template?.baseStandardVersion;
  if (spec.standardVersion && spec.template && spec.template.baseStandardVersion !== spec.standardVersion) {
    throw usageError(
      `template.baseStandardVersion (${spec.template.baseStandardVersion}) and standardVersion (${spec.standardVersion}) differ: a template belongs to one version of the standard.`,
    );
  }
  if (version === undefined) return currentAgreementStandard;
  const standard = agreementStandardVersion(version);
  if (!standard) {
    const known = agreementStandards.map((candidate) => candidate.version).join(", ");
    throw usageError(`Unknown standard version "${version}"; available: ${known || "none"}.`);
  }
  return standard;
}

function clauseIdsOf(standard: AgreementStandard): Set<string> {
  return new Set(standard.articles.flatMap((article) => article.clauses.map((clause) => clause.id)));
}

/** Refuses clause texts for clauses the standard does not have: a typo would otherwise be ignored silently. */
function refuseUnknownClauses(standard: AgreementStandard, spec: AgreementSpec): void {
  const known = clauseIdsOf(standard);
  const unknown = [
    ...Object.keys(spec.template?.clauseTexts ?? {})
      .filter((id) => !known.has(id))
      .map((id) => `template.clauseTexts.${id}`),
    ...Object.keys(spec.agreedClauseTexts)
      .filter((id) => !known.has(id))
      .map((id) => `agreedClauseTexts.${id}`),
  ];
  if (unknown.length > 0) {
    throw usageError(
      `Unknown clause id(s) for standard ${standard.version}:\n${unknown.map((fieldPath) => `  ${fieldPath}`).join("\n")}`,
    );
  }
}

/** The composition a SPEC file describes, or a usage error naming what is wrong or missing. */
export function compositionFromSpec(
  spec: AgreementSpec,
  languageOption: AuthoringLanguage | undefined,
): CompositionInput {
  const standard = standardFor(spec);
  refuseUnknownClauses(standard, spec);
  const language = languageOption ?? spec.language ?? "nl";
  const defaults = { ...standard.variableDefaults, ...spec.template?.variableDefaults };
  const given = spec.variables;
  const variables: AgreementVariables = {
    controllerName: given.controllerName ?? "",
    controllerAddress: given.controllerAddress ?? "",
    controllerKvkNumber: given.controllerKvkNumber ?? "",
    processorName: given.processorName ?? "",
    processorAddress: given.processorAddress ?? "",
    processorKvkNumber: given.processorKvkNumber ?? "",
    serviceName: given.serviceName ?? "",
    effectiveDate: given.effectiveDate ?? "",
    endDate: given.endDate ?? "",
    noticePeriodMonths: given.noticePeriodMonths ?? defaults.noticePeriodMonths,
    breachNotificationHours: given.breachNotificationHours ?? defaults.breachNotificationHours,
    liabilityCapEuros: given.liabilityCapEuros ?? defaults.liabilityCapEuros,
  };
  const missing = missingGenerationInputs(variables, spec.annexes);
  if (missing.length > 0) throw missingValuesError(missing, language, specPath);
  return {
    standard,
    template: spec.template ?? null,
    language,
    variables,
    annexes: spec.annexes,
    agreedClauseTexts: spec.agreedClauseTexts,
    agreementVersion: 1,
    signatures: {},
  };
}

/** The composition of a relationship in the register, read from the configured database. */
async function compositionFromRelationship(
  relationshipId: string,
  language: AuthoringLanguage,
  overrides: Partial<AgreementVariables>,
): Promise<CompositionInput> {
  const application = await startApplication({ ...loadConfig(), loadDemoData: false }, { migrate: false });
  try {
    const database = application.connection.database;
    // Which organisation the relationship belongs to decides the scope everything else is read in.
    const [row] = await database
      .select({ organisationId: relationships.organisationId })
      .from(relationships)
      .where(eq(relationships.id, relationshipId))
      .limit(1);
    if (!row) throw usageError(`No relationship with id ${relationshipId} in the register.`);
    const composition = await withOrganisationScope(database, row.organisationId, (transaction) =>
      loadRelationshipComposition(transaction, row.organisationId, relationshipId, overrides),
    );
    if (composition.missing.length > 0) {
      const hint =
        "\nComplete the register, or give the values in a JSON file with --values, e.g. " +
        '{"serviceName": "Salarisadministratie", "effectiveDate": "2027-01-01"}.';
      throw missingValuesError(composition.missing, language, (field) => field, hint);
    }
    return {
      standard: composition.standard,
      template: composition.template,
      language,
      variables: composition.variables,
      annexes: composition.annexes,
      agreedClauseTexts: {},
      agreementVersion: 1,
      signatures: {},
    };
  } finally {
    await application.close();
  }
}

/** Writes the file, replacing an existing one; a missing or unwritable folder is a usage error. */
async function writeOutput(file: string, bytes: Buffer): Promise<void> {
  try {
    await fs.writeFile(file, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = path.dirname(path.resolve(file));
    const reason =
      code === "ENOENT"
        ? `the folder ${folder} does not exist`
        : code === "ENOTDIR"
          ? `${folder} is not a folder`
          : code === "EISDIR"
            ? "it is a folder"
            : code === "EACCES" || code === "EPERM"
              ? "permission denied"
              : (error as Error).message;
    throw usageError(`Cannot write ${file}: ${reason}.`);
  }
}

/**
 * `art28 generate`: composes an agreement from a relationship in the register or from a SPEC
 * file and writes it as DOCX, PDF or HTML. Exit code 0 when written; invalid options, an
 * invalid SPEC, an unknown relationship or missing values are usage errors (exit code 2).
 */
export async function generateCommand(rawOptions: unknown): Promise<number> {
  const parsed = generateOptionsSchema.safeParse(rawOptions);
  // The option messages name their option themselves.
  if (!parsed.success) throw usageError(parsed.error.issues.map((issue) => issue.message).join("\n"));
  const options = parsed.data;

  let composition: CompositionInput;
  if (options.input) {
    const spec = await readJsonFile(options.input, agreementSpecSchema, "agreement SPEC");
    composition = compositionFromSpec(spec, options.lang);
  } else {
    const overrides = options.values ? await readJsonFile(options.values, valuesFileSchema, "values file") : {};
    composition = await compositionFromRelationship(options.relationship as string, options.lang ?? "nl", overrides);
  }
  const document = composeAgreement(composition);
  const rendered = await renderAgreement(document, options.format);
  await writeOutput(options.out, rendered.bytes);
  console.log(`Wrote ${options.out} (${options.format}, ${document.language}): ${document.title} · ${document.basis}`);
  return 0;
}
