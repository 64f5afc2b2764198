import type { Counterparty } from "@art28/contract";
import { roleOutcomeLabels } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from "@utrecht/component-library-react";
import { useId, useMemo, useState, type FormEvent } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { api } from "../api/client.ts";
import { registerApi } from "../api/register-client.ts";
import { useShellContext } from "../components/AppShell.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { hasErrors, type FormErrors } from "../register/field-issues.ts";
import { fieldLabel } from "../register/labels.ts";
import { relationshipListPath } from "../register/list-filters.ts";
import { errorsOfFailure, FieldControl, fieldControlId } from "../register/RecordFormView.tsx";
import {
  initialValues,
  relationshipForm,
  requestBody,
  validateBody,
  type FormValues,
} from "../register/record-forms.ts";
import "../register/register.css";

const idPrefix = "relationship-new";
const counterpartyFieldId = `${idPrefix}-counterpartyId`;

function CreateForm({
  organisationId,
  counterparties,
}: {
  organisationId: string;
  counterparties: readonly Counterparty[];
}) {
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const preselected = counterparties.find((counterparty) => counterparty.id === searchParams.get("partij"));
  const [counterpartyId, setCounterpartyId] = useState(preselected?.id ?? "");
  const [filter, setFilter] = useState("");
  const [values, setValues] = useState<FormValues>(() => ({
    ...initialValues(relationshipForm, null),
    role: preselected?.roleAssessment?.outcome ?? "",
  }));
  const [roleTouched, setRoleTouched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, other: [] });
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const filterId = useId();
  const filterDescriptionId = useId();
  const matchesId = useId();

  const matches = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(locale);
    const found = needle
      ? counterparties.filter((counterparty) => counterparty.name.toLocaleLowerCase(locale).includes(needle))
      : counterparties;
    // The chosen party stays in the list, or the select would silently show another one.
    const chosen = counterparties.find((counterparty) => counterparty.id === counterpartyId);
    return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  }, [counterparties, counterpartyId, filter, locale]);
  const chosen = counterparties.find((counterparty) => counterparty.id === counterpartyId);
  const assessed = chosen?.roleAssessment?.outcome;

  const chooseCounterparty = (id: string) => {
    setCounterpartyId(id);
    const outcome = counterparties.find((counterparty) => counterparty.id === id)?.roleAssessment?.outcome;
    // The role follows the party's assessment until the user picks a role themselves.
    if (!roleTouched) setValues((previous) => ({ ...previous, role: outcome ?? "" }));
  };

  const fail = (next: FormErrors) => {
    setErrors(next);
    setAttempt((value) => value + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const body = { counterpartyId, ...requestBody(relationshipForm, values) };
    const found = validateBody(relationshipForm, body, "create", ["counterpartyId"]);
    if (found.fields.counterpartyId) found.fields.counterpartyId = "register.issue.counterpartyRequired";
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const created = await registerApi.createRelationship(
        organisationId,
        body as Parameters<typeof registerApi.createRelationship>[1],
      );
      void navigate(routePath(routes.relationship, { organisationId, relationshipId: created.id }));
    } catch (error) {
      fail(errorsOfFailure(error, ["counterpartyId", ...relationshipForm.fields.map((field) => field.name)]));
      setSubmitting(false);
    }
  };

  const summaryItems = [
    ...(errors.fields.counterpartyId
      ? [
          {
            targetId: counterpartyFieldId,
            message: `${t("create.counterparty")}: ${t(errors.fields.counterpartyId)}`,
          },
        ]
      : []),
    ...relationshipForm.fields
      .filter((field) => errors.fields[field.name] !== undefined)
      .map((field) => ({
        targetId: fieldControlId(idPrefix, field),
        message: `${fieldLabel(t, "relationship", field.name)}: ${t(errors.fields[field.name]!)}`,
      })),
  ];
  const counterpartyError = errors.fields.counterpartyId;

  return (
    <form className="art28-form art28-register-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {hasErrors(errors) && (
        <ErrorSummary
          title={t("register.errorSummary")}
          items={summaryItems}
          general={errors.other.map((key) => t(key))}
          focusKey={attempt}
        />
      )}
      <FormField
        label={<FormLabel htmlFor={filterId}>{t("create.counterpartySearch")}</FormLabel>}
        description={
          <FormFieldDescription id={filterDescriptionId}>
            {t("create.counterpartySearchDescription")}
          </FormFieldDescription>
        }
        input={
          <Textbox
            id={filterId}
            type="search"
            autoComplete="off"
            aria-describedby={`${filterDescriptionId} ${matchesId}`}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        }
      />
      <p id={matchesId} role="status" className="art28-register-muted">
        {t(
          pluralForm(locale, matches.length) === "one"
            ? "create.counterpartyMatches.one"
            : "create.counterpartyMatches.other",
          {
            count: matches.length,
          },
        )}
      </p>
      <FormField
        invalid={counterpartyError !== undefined}
        label={
          <FormLabel htmlFor={counterpartyFieldId}>
            {t("create.counterparty")} ({t("register.required")})
          </FormLabel>
        }
        errorMessage={
          counterpartyError && (
            <FormFieldErrorMessage id={`${counterpartyFieldId}-error`}>{t(counterpartyError)}</FormFieldErrorMessage>
          )
        }
        input={
          <Select
            id={counterpartyFieldId}
            name="counterpartyId"
            invalid={counterpartyError !== undefined}
            aria-invalid={counterpartyError !== undefined || undefined}
            aria-describedby={counterpartyError ? `${counterpartyFieldId}-error` : undefined}
            value={counterpartyId}
            onChange={(event) => chooseCounterparty(event.target.value)}
          >
            <SelectOption value="">{t("create.counterpartyChoose")}</SelectOption>
            {matches.map((counterparty) => (
              <SelectOption key={counterparty.id} value={counterparty.id}>
                {counterparty.name}
              </SelectOption>
            ))}
          </Select>
        }
      />
      {chosen && assessed && (
        <Paragraph className="art28-register-note">
          {t("create.roleFromAssessment", { name: chosen.name, role: roleOutcomeLabels[assessed][locale] })}
        </Paragraph>
      )}
      {relationshipForm.fields.map((field) => (
        <FieldControl
          key={field.name}
          entityType="relationship"
          field={field}
          idPrefix={idPrefix}
          value={values[field.name] ?? ""}
          error={errors.fields[field.name]}
          onChange={(value) => {
            if (field.name === "role") setRoleTouched(true);
            setValues((previous) => ({ ...previous, [field.name]: value }));
          }}
        />
      ))}
      <div className="art28-form__actions art28-register-actions">
        <Button type="submit" purpose="primary" busy={submitting}>
          {submitting ? t("register.saving") : t("create.submit")}
        </Button>
        <RouterLink to={relationshipListPath(organisationId)}>{t("register.backToRegister")}</RouterLink>
      </div>
    </form>
  );
}

/** Adds a relationship (a service or processing activity with a counterparty) to the register. */
export function RelationshipCreatePage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const { organisation } = useShellContext();
  const mayWrite = useHasPermission(organisationId, "register.write");
  const { state, reload } = useLoaded(
    (signal) => api.listCounterparties(organisationId, undefined, signal),
    organisationId,
  );
  useDocumentTitle(t("create.title"));
  const organisationName = organisation.status === "loaded" ? organisation.organisation.name : "";

  return (
    <div className="art28-register">
      <Heading level={1}>{t("create.title")}</Heading>
      {!mayWrite ? (
        <>
          <Paragraph>{t("create.noPermission")}</Paragraph>
          <Paragraph>
            <RouterLink to={relationshipListPath(organisationId)}>{t("register.backToRegister")}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          {organisationName && (
            <Paragraph purpose="lead">{t("create.intro", { organisation: organisationName })}</Paragraph>
          )}
          {state.status === "loading" && <Loading text={t("register.loading")} />}
          {state.status === "error" && (
            <ErrorAlert error={state.error} summaryKey="create.counterpartiesFailed" onRetry={reload} />
          )}
          {state.status === "loaded" && (
            <CreateForm organisationId={organisationId} counterparties={state.value.items} />
          )}
        </>
      )}
    </div>
  );
}
