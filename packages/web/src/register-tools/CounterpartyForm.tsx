import type { UpdateCounterpartyRequest } from "@art28/contract";
import { counterpartyCategories, counterpartyCategoryLabels, countryName } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { errorMessageKey } from "../api/error-messages.ts";
import { ApiError } from "../api/client.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import {
  counterpartyFormFields,
  countryOptions,
  errorsFromIssues,
  resolveCountry,
  updateBodyOf,
  validateCounterpartyForm,
  type CounterpartyFormErrors,
  type CounterpartyFormField,
  type CounterpartyFormValues,
} from "./counterparty-form.ts";
import "./register-tools.css";

const fieldIds: Record<CounterpartyFormField, string> = {
  name: "counterparty-name",
  kvkNumber: "counterparty-kvk-number",
  country: "counterparty-country",
  contactName: "counterparty-contact-name",
  contactEmail: "counterparty-contact-email",
  category: "counterparty-category",
  serviceDescription: "counterparty-service-description",
};

const labelKeys: Record<CounterpartyFormField, MessageKey> = {
  name: "tools.counterparty.name",
  kvkNumber: "tools.counterparty.kvkNumber",
  country: "tools.counterparty.country",
  contactName: "tools.counterparty.contactName",
  contactEmail: "tools.counterparty.contactEmail",
  category: "tools.counterparty.category",
  serviceDescription: "tools.counterparty.serviceDescription",
};

const descriptionKeys: Partial<Record<CounterpartyFormField, MessageKey>> = {
  name: "tools.counterparty.nameDescription",
  kvkNumber: "tools.counterparty.kvkNumberDescription",
  country: "tools.counterparty.countryDescription",
  serviceDescription: "tools.counterparty.serviceDescriptionDescription",
};

const countryListId = "counterparty-country-list";

export interface CounterpartyFormProps {
  initialValues: CounterpartyFormValues;
  /** Stores the values; throws `ApiError` so the form can show what the server refused. */
  onSave: (body: UpdateCounterpartyRequest) => Promise<void>;
  /** Shown next to the save button, e.g. a link back to the list. */
  secondaryAction?: ReactNode;
}

interface Problems {
  fields: CounterpartyFormErrors;
  general?: MessageKey;
}

/** The form for a counterparty's details, with the error summary above it after a failed attempt. */
export function CounterpartyForm({ initialValues, onSave, secondaryAction }: CounterpartyFormProps) {
  const { t, locale } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [saving, setSaving] = useState(false);
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const change = (field: CounterpartyFormField) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const fields = validateCounterpartyForm(values);
    if (Object.keys(fields).length > 0) {
      setProblems({ fields });
      return;
    }
    setSaving(true);
    try {
      await onSave(updateBodyOf(values));
      setProblems(null);
    } catch (error) {
      const fromServer =
        error instanceof ApiError && error.code === "validation_failed" ? errorsFromIssues(error.issues, values) : {};
      setProblems(
        Object.keys(fromServer).length > 0 ? { fields: fromServer } : { fields: {}, general: errorMessageKey(error) },
      );
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = problems?.fields ?? {};
  const errorMessage = (field: CounterpartyFormField): string | undefined => {
    const key = fieldErrors[field];
    if (!key) return undefined;
    return key === "tools.counterparty.error.countryUnknown"
      ? t(key, { code: values.country.trim() })
      : t(key, { field: t(labelKeys[field]) });
  };

  const describedBy = (field: CounterpartyFormField) =>
    [
      descriptionKeys[field] ? `${fieldIds[field]}-description` : "",
      fieldErrors[field] ? `${fieldIds[field]}-error` : "",
    ]
      .filter(Boolean)
      .join(" ") || undefined;

  const field = (name: CounterpartyFormField, input: ReactNode, extra?: ReactNode) => {
    const message = errorMessage(name);
    const descriptionKey = descriptionKeys[name];
    return (
      <FormField
        invalid={message !== undefined}
        label={<FormLabel htmlFor={fieldIds[name]}>{t(labelKeys[name])}</FormLabel>}
        description={
          descriptionKey && (
            <FormFieldDescription id={`${fieldIds[name]}-description`}>{t(descriptionKey)}</FormFieldDescription>
          )
        }
        errorMessage={
          message && <FormFieldErrorMessage id={`${fieldIds[name]}-error`}>{message}</FormFieldErrorMessage>
        }
        input={
          <>
            {input}
            {extra}
          </>
        }
      />
    );
  };

  const textbox = (
    name: CounterpartyFormField,
    options: { type?: string; autoComplete?: string; inputMode?: "numeric" } = {},
  ) => (
    <Textbox
      id={fieldIds[name]}
      name={name}
      type={options.type ?? "text"}
      autoComplete={options.autoComplete ?? "off"}
      inputMode={options.inputMode}
      invalid={fieldErrors[name] !== undefined}
      aria-describedby={describedBy(name)}
      required={name === "name" || name === "country"}
      value={values[name]}
      onChange={(event) => change(name)(event.target.value)}
    />
  );

  const resolvedCountry = resolveCountry(values.country);
  const invalidFields = counterpartyFormFields.filter((name) => fieldErrors[name] !== undefined);

  return (
    <>
      {problems && (
        // A new problems object per failed attempt: keyboard users land on the summary each time.
        <ErrorSummary
          focusKey={problems}
          title={t("tools.counterparty.errorSummary")}
          general={problems.general && [t(problems.general)]}
          items={invalidFields.map((name) => ({ targetId: fieldIds[name], message: errorMessage(name) ?? "" }))}
        />
      )}
      {/* noValidate: the browser's own bubbles ignore the chosen language. */}
      <form className="art28-form art28-tools-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {field("name", textbox("name", { autoComplete: "organization" }))}
        {field("kvkNumber", textbox("kvkNumber", { inputMode: "numeric" }))}
        {field(
          "country",
          <>
            <Textbox
              id={fieldIds.country}
              name="country"
              autoComplete="off"
              list={countryListId}
              invalid={fieldErrors.country !== undefined}
              aria-describedby={[describedBy("country"), `${fieldIds.country}-resolved`].filter(Boolean).join(" ")}
              required
              value={values.country}
              onChange={(event) => change("country")(event.target.value)}
            />
            <datalist id={countryListId}>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </datalist>
          </>,
          <p id={`${fieldIds.country}-resolved`} className="art28-tools-form__hint">
            {resolvedCountry
              ? t("tools.counterparty.countryResolved", {
                  name: countryName(resolvedCountry, locale),
                  code: resolvedCountry,
                })
              : ""}
          </p>,
        )}
        {field("contactName", textbox("contactName", { autoComplete: "name" }))}
        {field("contactEmail", textbox("contactEmail", { type: "email", autoComplete: "email" }))}
        {field(
          "category",
          <Select
            id={fieldIds.category}
            name="category"
            invalid={fieldErrors.category !== undefined}
            aria-describedby={describedBy("category")}
            value={values.category}
            onChange={(event) => change("category")(event.target.value)}
          >
            {counterpartyCategories.map((category) => (
              <SelectOption key={category} value={category}>
                {counterpartyCategoryLabels[category][locale]}
              </SelectOption>
            ))}
          </Select>,
        )}
        {field(
          "serviceDescription",
          <Textarea
            id={fieldIds.serviceDescription}
            name="serviceDescription"
            rows={4}
            invalid={fieldErrors.serviceDescription !== undefined}
            aria-describedby={describedBy("serviceDescription")}
            value={values.serviceDescription}
            onChange={(event) => change("serviceDescription")(event.target.value)}
          />,
        )}
        <div className="art28-tools-actions">
          <Button type="submit" purpose="primary" busy={saving}>
            {saving ? t("tools.counterparty.saving") : t("tools.counterparty.save")}
          </Button>
          {secondaryAction}
        </div>
      </form>
    </>
  );
}
