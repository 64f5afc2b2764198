import type { GenerationPreview } from "@art28/contract";
import {
  agreementVariableLabels,
  authoringLanguages,
  countryName,
  type AgreementVariableName,
  type AuthoringLanguage,
  type MissingInput,
} from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { authoringApi } from "../api/authoring-client.ts";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { StatusIcon } from "../check/StatusIcon.tsx";
import { jumpTo } from "../check/focus.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import {
  changedVariables,
  formValuesOf,
  missingFromIssues,
  missingNow,
  missingTarget,
  optionalVariableNames,
  parseWholeNumber,
  suggestedPartner,
  variableOfField,
  variablesOf,
  type GenerationFormValues,
} from "./generation-form.ts";
import { pluralKey } from "./plural.ts";
import { TextField } from "./TextField.tsx";

const fieldGroups: ReadonlyArray<{ legend: MessageKey; names: readonly AgreementVariableName[] }> = [
  {
    legend: "authoring.generate.partiesLegend",
    names: [
      "controllerName",
      "controllerAddress",
      "controllerKvkNumber",
      "processorName",
      "processorAddress",
      "processorKvkNumber",
    ],
  },
  {
    legend: "authoring.generate.serviceLegend",
    names: ["serviceName", "effectiveDate", "endDate", "noticePeriodMonths"],
  },
  { legend: "authoring.generate.termsLegend", names: ["breachNotificationHours", "liabilityCapEuros"] },
];

const dateNames: ReadonlySet<AgreementVariableName> = new Set(["effectiveDate", "endDate"]);
const numberNames: ReadonlySet<AgreementVariableName> = new Set([
  "noticePeriodMonths",
  "breachNotificationHours",
  "liabilityCapEuros",
]);

function fieldId(name: AgreementVariableName): string {
  return `generate-${name}`;
}

/** What is wrong with a variable's value, in the terms of its field. */
function variableProblem(name: AgreementVariableName, values: GenerationFormValues): MessageKey {
  switch (name) {
    case "effectiveDate":
      return "authoring.generate.problem.date";
    case "endDate":
      return values.endDate.trim() !== "" && /^\d{4}-\d{2}-\d{2}$/.test(values.endDate.trim())
        ? "authoring.generate.problem.endBeforeEffective"
        : "authoring.generate.problem.date";
    case "noticePeriodMonths":
      return "authoring.generate.problem.notice";
    case "breachNotificationHours":
      return "authoring.generate.problem.breach";
    case "liabilityCapEuros":
      return "authoring.generate.problem.cap";
    default:
      return "authoring.generate.problem.text";
  }
}

/** Limits of the contract that the domain's rules leave to the form: notice and cap upper bounds. */
function limitProblems(values: GenerationFormValues): Partial<Record<AgreementVariableName, MessageKey>> {
  const problems: Partial<Record<AgreementVariableName, MessageKey>> = {};
  if (parseWholeNumber(values.noticePeriodMonths) > 36)
    problems.noticePeriodMonths = "authoring.generate.problem.notice";
  if (parseWholeNumber(values.liabilityCapEuros) > 1_000_000_000)
    problems.liabilityCapEuros = "authoring.generate.problem.cap";
  for (const name of ["controllerName", "processorName", "serviceName"] as const) {
    if (values[name].trim().length > 300) problems[name] = "authoring.generate.problem.tooLong";
  }
  return problems;
}

/**
 * The list of what is missing, each item with what to do: a link to the field below, or to
 * the part of the register where the data belong.
 */
function MissingList({
  items,
  organisationId,
  relationshipId,
  title,
  intro,
  focusKey,
}: {
  items: readonly MissingInput[];
  organisationId: string;
  relationshipId: string;
  title: string;
  intro: string;
  focusKey?: number;
}) {
  const { t, locale } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined && focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  const relationshipPath = routePath(routes.relationship, { organisationId, relationshipId });
  return (
    <div ref={ref} tabIndex={-1} className="art28-authoring-warning" id="generation-missing">
      <Heading level={2} appearance="level-4">
        <StatusIcon appearance="missing" /> {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <ul className="art28-authoring-missing">
        {items.map((item) => {
          const target = missingTarget(item.field);
          return (
            <li key={item.field}>
              <strong>{item.label[locale]}</strong>
              {" — "}
              {target.kind === "field" ? (
                <Link href={`#${fieldId(target.variable)}`} onClick={jumpTo(fieldId(target.variable))}>
                  {t("authoring.generate.fillInBelow")}
                </Link>
              ) : (
                <RouterLink
                  to={`${relationshipPath}${target.section === "relationship" ? "" : `#section-${target.section}`}`}
                >
                  {t(`authoring.generate.fillInRegister.${target.section}`)}
                </RouterLink>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A short account of what the annexes will hold, so the user sees the register data before generating. */
function AnnexSummary({ preview }: { preview: GenerationPreview }) {
  const { t, locale } = useTranslation();
  const { processing, securityMeasures, subProcessors } = preview.annexes;
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(", ") : t("authoring.generate.none"));
  return (
    <section className="art28-register-section" aria-labelledby="generate-annexes">
      <Heading level={2} id="generate-annexes">
        {t("authoring.generate.annexesTitle")}
      </Heading>
      <dl className="art28-facts art28-register-facts">
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexSubject")}</dt>
          <dd>{processing.subjectMatter || t("authoring.generate.none")}</dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexPurposes")}</dt>
          <dd>{list(processing.purposes)}</dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexDataCategories")}</dt>
          <dd>{list(processing.dataCategories)}</dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexLocations")}</dt>
          <dd>
            {list(
              [...new Set([...processing.storageCountries, ...processing.processingCountries])].map((code) =>
                countryName(code, locale),
              ),
            )}
          </dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexMeasures")}</dt>
          <dd>
            {t(pluralKey("authoring.generate.measures", locale, securityMeasures.length), {
              count: securityMeasures.length,
            })}
          </dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.generate.annexSubProcessors")}</dt>
          <dd>{list(subProcessors.map((subProcessor) => subProcessor.name))}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The form before generating: the values proposed from the register (editable), the
 * language, the supplier's organisation on Art28, and what is still missing.
 */
export function GenerationForm({
  organisationId,
  relationshipId,
  preview,
}: {
  organisationId: string;
  relationshipId: string;
  preview: GenerationPreview;
}) {
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<GenerationFormValues>(() => formValuesOf(preview.variables));
  const [language, setLanguage] = useState<AuthoringLanguage>("nl");
  const [partnerId, setPartnerId] = useState(
    () => suggestedPartner(preview.partnerOrganisations, preview.variables.processorName)?.id ?? "",
  );
  const [serverMissing, setServerMissing] = useState<MissingInput[] | null>(null);
  const [problems, setProblems] = useState<Partial<Record<AgreementVariableName, MessageKey>>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const missing = missingNow(preview, values);
  const missingVariables = new Set(missing.map((item) => variableOfField(item.field)).filter(Boolean));
  const fieldError = (name: AgreementVariableName): string | undefined => {
    const key = problems[name] ?? (missingVariables.has(name) ? variableProblem(name, values) : undefined);
    return key ? t(key) : undefined;
  };
  const label = (name: AgreementVariableName) =>
    optionalVariableNames.has(name)
      ? `${agreementVariableLabels[name][locale]} (${t("authoring.optional")})`
      : agreementVariableLabels[name][locale];

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || missing.length > 0) return;
    const found = limitProblems(values);
    setProblems(found);
    setGeneral(null);
    setServerMissing(null);
    if (Object.keys(found).length > 0) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      const created = await authoringApi.generateAgreement(organisationId, relationshipId, {
        language,
        variables: changedVariables(preview.variables, variablesOf(values)),
        counterpartyOrganisationId: partnerId === "" ? null : partnerId,
      });
      void navigate(routePath(routes.agreement, { organisationId, versionId: created.id }));
    } catch (error) {
      if (error instanceof ApiError && error.code === "generation_inputs_missing" && error.issues.length > 0) {
        setServerMissing(missingFromIssues(error.issues));
      } else if (error instanceof ApiError && error.code === "validation_failed" && error.issues.length > 0) {
        const fromServer: Partial<Record<AgreementVariableName, MessageKey>> = {};
        for (const issue of error.issues) {
          const path = issue.path.replace(/^body\./, "");
          const name = variableOfField(path);
          if (name) fromServer[name] ??= variableProblem(name, values);
        }
        setProblems(fromServer);
        if (Object.keys(fromServer).length === 0) setGeneral(errorMessageKey(error));
      } else {
        setGeneral(errorMessageKey(error));
      }
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  };

  const problemFields = (Object.keys(problems) as AgreementVariableName[]).filter((name) => problems[name]);

  return (
    <>
      <Paragraph>
        {preview.templateSource === "standard"
          ? t("authoring.generate.templateStandard", { template: preview.templateLabel })
          : t("authoring.generate.template", {
              template: preview.templateLabel,
              source: t(`authoring.templateSource.${preview.templateSource}`),
            })}
      </Paragraph>
      {serverMissing && serverMissing.length > 0 && (
        <MissingList
          items={serverMissing}
          organisationId={organisationId}
          relationshipId={relationshipId}
          title={t("authoring.generate.serverMissingTitle")}
          intro={t("authoring.generate.missingIntro")}
          focusKey={attempt}
        />
      )}
      {!serverMissing && missing.length > 0 && (
        <MissingList
          items={missing}
          organisationId={organisationId}
          relationshipId={relationshipId}
          title={t("authoring.generate.missingTitle")}
          intro={t("authoring.generate.missingIntro")}
        />
      )}
      {(problemFields.length > 0 || general) && (
        <ErrorSummary
          title={t("authoring.generate.failedTitle")}
          focusKey={attempt}
          general={general ? [t(general)] : []}
          items={problemFields.map((name) => ({
            targetId: fieldId(name),
            message: `${agreementVariableLabels[name][locale]}: ${t(problems[name]!)}`,
          }))}
        />
      )}
      <AnnexSummary preview={preview} />
      <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Heading level={2}>{t("authoring.generate.valuesTitle")}</Heading>
        <Paragraph>{t("authoring.generate.valuesIntro")}</Paragraph>
        {fieldGroups.map((group) => (
          <Fieldset key={group.legend}>
            <FieldsetLegend>{t(group.legend)}</FieldsetLegend>
            {group.names.map((name) => (
              <TextField
                key={name}
                id={fieldId(name)}
                label={label(name)}
                description={
                  name === "endDate"
                    ? t("authoring.generate.endDateDescription")
                    : name === "liabilityCapEuros"
                      ? t("authoring.generate.capDescription")
                      : undefined
                }
                error={fieldError(name)}
                type={dateNames.has(name) ? "date" : "text"}
                inputMode={numberNames.has(name) ? "numeric" : undefined}
                required={!optionalVariableNames.has(name)}
                value={values[name]}
                onChange={(value) => setValues((previous) => ({ ...previous, [name]: value }))}
              />
            ))}
          </Fieldset>
        ))}
        <Fieldset>
          <FieldsetLegend>{t("authoring.generate.languageLegend")}</FieldsetLegend>
          {authoringLanguages.map((choice) => {
            const id = `generate-language-${choice}`;
            return (
              <FormField
                key={choice}
                type="radio"
                label={
                  <FormLabel htmlFor={id} type="radio" checked={language === choice}>
                    {t(`authoring.language.${choice}`)}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={id}
                    name="language"
                    value={choice}
                    checked={language === choice}
                    onChange={() => setLanguage(choice)}
                  />
                }
              />
            );
          })}
        </Fieldset>
        <FormField
          label={<FormLabel htmlFor="generate-partner">{t("authoring.generate.partner")}</FormLabel>}
          description={
            <FormFieldDescription id="generate-partner-description">
              {t("authoring.generate.partnerDescription")}
            </FormFieldDescription>
          }
          input={
            <Select
              id="generate-partner"
              aria-describedby="generate-partner-description"
              value={partnerId}
              onChange={(event) => setPartnerId(event.target.value)}
            >
              <SelectOption value="">{t("authoring.generate.partnerNone")}</SelectOption>
              {preview.partnerOrganisations.map((partner) => (
                <SelectOption key={partner.id} value={partner.id}>
                  {partner.name}
                </SelectOption>
              ))}
            </Select>
          }
        />
        {missing.length > 0 && (
          <Paragraph id="generate-blocked" className="art28-register-warning-text">
            {t(pluralKey("authoring.generate.blocked", locale, missing.length), { count: missing.length })}
          </Paragraph>
        )}
        <div className="art28-register-actions">
          <Button
            type="submit"
            purpose="primary"
            busy={busy}
            disabled={missing.length > 0}
            aria-describedby={missing.length > 0 ? "generate-blocked" : undefined}
          >
            {busy ? t("authoring.generate.generating") : t("authoring.generate.submit")}
          </Button>
          <RouterLink to={routePath(routes.relationship, { organisationId, relationshipId })}>
            {t("authoring.cancel")}
          </RouterLink>
        </div>
      </form>
    </>
  );
}
