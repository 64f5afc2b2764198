import type { EffectiveTemplate, TemplateSummary } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { useState, type FormEvent } from "react";
import { authoringApi } from "../api/authoring-client.ts";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import {
  initialTemplateForm,
  publishBodyOf,
  requirementNames,
  templateServerProblems,
  validateTemplateForm,
  type TemplateFormErrors,
  type TemplateFormField,
  type TemplateFormValues,
  type TemplateServerProblem,
} from "./template-form.ts";
import { TextField } from "./TextField.tsx";

function fieldId(field: TemplateFormField): string {
  return `template-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** A clause's place in the standard, e.g. "4.2 Beveiliging", for choosing and naming it. */
function clauseName(effective: EffectiveTemplate, clauseId: string, language: "nl" | "en"): string {
  for (const article of effective.articles) {
    const clause = article.clauses.find((candidate) => candidate.id === clauseId);
    if (clause) return `${clause.number} ${article.title[language]}`;
  }
  return clauseId;
}

/**
 * Publishes a new own version of the template: name, change note, the defaults of the
 * negotiable numbers, and rewordings of chosen clauses in Dutch and English.
 */
export function TemplatePublishForm({
  organisationId,
  effective,
  onPublished,
}: {
  organisationId: string;
  effective: EffectiveTemplate;
  onPublished: (template: TemplateSummary) => void;
}) {
  const { t, locale } = useTranslation();
  const [values, setValues] = useState<TemplateFormValues>(() => initialTemplateForm(effective));
  const [errors, setErrors] = useState<TemplateFormErrors>({});
  /** What the server refused in the reworded clauses (such as a weakened requirement), until the next attempt. */
  const [serverProblems, setServerProblems] = useState<Partial<Record<TemplateFormField, TemplateServerProblem>>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [chosenClause, setChosenClause] = useState("");
  const [busy, setBusy] = useState(false);

  const chosen = new Set(values.clauseTexts.map((clause) => clause.clauseId));
  const clauses = effective.articles.flatMap((article) => article.clauses);

  const labels: Record<
    "name" | "changeNote" | "noticePeriodMonths" | "breachNotificationHours" | "liabilityCapEuros",
    string
  > = {
    name: t("authoring.templates.form.name"),
    changeNote: t("authoring.templates.form.changeNote"),
    noticePeriodMonths: t("authoring.templates.form.noticePeriodMonths"),
    breachNotificationHours: t("authoring.templates.form.breachNotificationHours"),
    liabilityCapEuros: t("authoring.templates.form.liabilityCapEuros"),
  };
  const labelOf = (field: TemplateFormField): string => {
    const match = /^clause:(.+):(nl|en)$/.exec(field);
    if (!match) return labels[field as keyof typeof labels];
    return t(`authoring.templates.form.clauseText.${match[2] as "nl" | "en"}`, {
      clause: clauseName(effective, match[1]!, locale),
    });
  };
  const errorText = (field: TemplateFormField) => {
    const server = serverProblems[field];
    if (server?.kind === "weakensRequirements") {
      return t("authoring.templates.form.weakensRequirements", {
        requirements: requirementNames(server.requirementIds, locale),
      });
    }
    const problem = errors[field] ?? server?.problem;
    return problem ? t(`authoring.problem.${problem}`, { example: "{{processorName}}" }) : undefined;
  };

  const addClause = () => {
    const clause = clauses.find((candidate) => candidate.id === chosenClause);
    if (!clause || chosen.has(clause.id)) return;
    setValues((previous) => ({
      ...previous,
      clauseTexts: [...previous.clauseTexts, { clauseId: clause.id, nl: clause.text.nl, en: clause.text.en }],
    }));
    setChosenClause("");
    // Continue in the new clause's Dutch text.
    requestAnimationFrame(() => document.getElementById(fieldId(`clause:${clause.id}:nl`))?.focus());
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validateTemplateForm(values);
    setErrors(found);
    setServerProblems({});
    setGeneral(null);
    if (Object.keys(found).length > 0) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      onPublished(await authoringApi.publishTemplate(organisationId, publishBodyOf(values)));
    } catch (error) {
      const refused =
        error instanceof ApiError && error.code === "validation_failed" ? templateServerProblems(error.issues) : {};
      setServerProblems(refused);
      // The clauses show what was refused; the general message covers the rest.
      setGeneral(Object.keys(refused).length > 0 ? null : errorMessageKey(error));
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  };

  const failing = [...new Set([...Object.keys(errors), ...Object.keys(serverProblems)] as TemplateFormField[])].filter(
    (field) => errorText(field) !== undefined,
  );
  const numberField = (field: "noticePeriodMonths" | "breachNotificationHours" | "liabilityCapEuros") => (
    <TextField
      id={fieldId(field)}
      label={labels[field]}
      error={errorText(field)}
      inputMode="numeric"
      required
      value={values[field]}
      onChange={(value) => setValues((previous) => ({ ...previous, [field]: value }))}
    />
  );

  return (
    <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {(failing.length > 0 || general) && (
        <ErrorSummary
          title={t("authoring.errorSummary")}
          focusKey={attempt}
          general={general ? [t(general)] : []}
          items={failing.map((field) => ({
            targetId: fieldId(field),
            message: `${labelOf(field)}: ${errorText(field)}`,
          }))}
        />
      )}
      <TextField
        id={fieldId("name")}
        label={labels.name}
        description={t("authoring.templates.form.nameDescription")}
        error={errorText("name")}
        required
        value={values.name}
        onChange={(name) => setValues((previous) => ({ ...previous, name }))}
      />
      <TextField
        id={fieldId("changeNote")}
        label={labels.changeNote}
        description={t("authoring.templates.form.changeNoteDescription")}
        error={errorText("changeNote")}
        rows={3}
        required
        value={values.changeNote}
        onChange={(changeNote) => setValues((previous) => ({ ...previous, changeNote }))}
      />
      <Fieldset>
        <FieldsetLegend>{t("authoring.templates.form.defaultsLegend")}</FieldsetLegend>
        {numberField("noticePeriodMonths")}
        {numberField("breachNotificationHours")}
        {numberField("liabilityCapEuros")}
      </Fieldset>
      <Fieldset aria-describedby="template-rewording-description">
        <FieldsetLegend>{t("authoring.templates.form.rewordLegend")}</FieldsetLegend>
        <FormFieldDescription id="template-rewording-description">
          {t("authoring.templates.form.rewordDescription", { example: "{{processorName}}" })}
        </FormFieldDescription>
        {values.clauseTexts.map((clause) => (
          <div
            key={clause.clauseId}
            className="art28-register-record"
            role="group"
            aria-labelledby={`${fieldId(`clause:${clause.clauseId}:nl`)}-heading`}
          >
            <Heading level={3} id={`${fieldId(`clause:${clause.clauseId}:nl`)}-heading`}>
              {t("authoring.templates.form.clauseHeading", { clause: clauseName(effective, clause.clauseId, locale) })}
            </Heading>
            {(["nl", "en"] as const).map((language) => {
              const field = `clause:${clause.clauseId}:${language}` as const;
              return (
                <TextField
                  key={language}
                  id={fieldId(field)}
                  label={labelOf(field)}
                  error={errorText(field)}
                  rows={5}
                  lang={language}
                  value={clause[language]}
                  onChange={(text) =>
                    setValues((previous) => ({
                      ...previous,
                      clauseTexts: previous.clauseTexts.map((entry) =>
                        entry.clauseId === clause.clauseId ? { ...entry, [language]: text } : entry,
                      ),
                    }))
                  }
                />
              );
            })}
            <div>
              <Button
                type="button"
                purpose="secondary"
                onClick={() =>
                  setValues((previous) => ({
                    ...previous,
                    clauseTexts: previous.clauseTexts.filter((entry) => entry.clauseId !== clause.clauseId),
                  }))
                }
              >
                {t("authoring.templates.form.removeClause", {
                  clause: clauseName(effective, clause.clauseId, locale),
                })}
              </Button>
            </div>
          </div>
        ))}
        <div className="art28-authoring-add-clause">
          <FormField
            label={<FormLabel htmlFor="template-choose-clause">{t("authoring.templates.form.chooseClause")}</FormLabel>}
            input={
              <Select
                id="template-choose-clause"
                value={chosenClause}
                onChange={(event) => setChosenClause(event.target.value)}
              >
                <SelectOption value="">{t("authoring.templates.form.chooseClausePlaceholder")}</SelectOption>
                {clauses
                  .filter((clause) => !chosen.has(clause.id))
                  .map((clause) => (
                    <SelectOption key={clause.id} value={clause.id}>
                      {clauseName(effective, clause.id, locale)}
                    </SelectOption>
                  ))}
              </Select>
            }
          />
          <Button type="button" purpose="secondary" disabled={chosenClause === ""} onClick={addClause}>
            {t("authoring.templates.form.addClause")}
          </Button>
        </div>
        {values.clauseTexts.length === 0 && <Paragraph>{t("authoring.templates.form.noRewording")}</Paragraph>}
      </Fieldset>
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {busy ? t("authoring.sending") : t("authoring.templates.form.submit")}
        </Button>
      </div>
    </form>
  );
}
