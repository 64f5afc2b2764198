import { Button } from "@nl-design-system-candidate/button-react";
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useState, type FormEvent, type ReactNode } from "react";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { formErrorsFromIssues, hasErrors, type FormErrors } from "./field-issues.ts";
import { fieldHelpKey, fieldLabel, optionLabel } from "./labels.ts";
import {
  changedFields,
  requestBody,
  safeguardOptions,
  validateBody,
  type FieldDefinition,
  type FieldValue,
  type FormValues,
  type RecordForm,
  type TransferRow,
} from "./record-forms.ts";
import "./register.css";

/** The id of a field's control, so the error summary can link to it. */
export function fieldControlId(idPrefix: string, field: FieldDefinition): string {
  return field.type === "transfers" ? `${idPrefix}-${field.name}-0-country` : `${idPrefix}-${field.name}`;
}

interface FieldControlProps {
  entityType: string;
  field: FieldDefinition;
  idPrefix: string;
  value: FieldValue;
  error: MessageKey | undefined;
  onChange: (value: FieldValue) => void;
}

function TransfersControl({ field, idPrefix, value, error, onChange, label }: FieldControlProps & { label: string }) {
  const { t, locale } = useTranslation();
  const rows: TransferRow[] = Array.isArray(value) ? value : [];
  const errorId = `${idPrefix}-${field.name}-error`;
  const helpKey = fieldHelpKey("processing_specification", field.name);
  const descriptionId = `${idPrefix}-${field.name}-description`;
  const update = (index: number, change: Partial<TransferRow>) =>
    onChange(rows.map((row, position) => (position === index ? { ...row, ...change } : row)));
  return (
    <Fieldset
      invalid={error !== undefined}
      aria-describedby={[helpKey ? descriptionId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined}
      className="art28-register-transfers"
    >
      <FieldsetLegend>{label}</FieldsetLegend>
      {helpKey && <FormFieldDescription id={descriptionId}>{t(helpKey)}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{t(error)}</FormFieldErrorMessage>}
      {rows.length === 0 && <p className="art28-register-muted">{t("detail.transfersNone")}</p>}
      {rows.map((row, index) => {
        const rowId = `${idPrefix}-${field.name}-${index}`;
        return (
          <div
            key={index}
            className="art28-register-transfer"
            role="group"
            aria-label={t("detail.transferNumber", { number: index + 1 })}
          >
            <FormField
              label={<FormLabel htmlFor={`${rowId}-country`}>{t("detail.transferCountry")}</FormLabel>}
              input={
                <Textbox
                  id={`${rowId}-country`}
                  value={row.country}
                  autoComplete="off"
                  spellCheck={false}
                  invalid={error !== undefined}
                  className="art28-register-country-input"
                  onChange={(event) => update(index, { country: event.target.value })}
                />
              }
            />
            <FormField
              label={<FormLabel htmlFor={`${rowId}-safeguard`}>{t("detail.transferSafeguard")}</FormLabel>}
              input={
                <Select
                  id={`${rowId}-safeguard`}
                  value={row.safeguard}
                  onChange={(event) => update(index, { safeguard: event.target.value })}
                >
                  {safeguardOptions.map((option) => (
                    <SelectOption key={option} value={option}>
                      {optionLabel(t, locale, "processing_specification", "safeguard", option)}
                    </SelectOption>
                  ))}
                </Select>
              }
            />
            <Button
              purpose="secondary"
              type="button"
              onClick={() => onChange(rows.filter((_, position) => position !== index))}
            >
              {t("detail.transferRemove", { number: index + 1 })}
            </Button>
          </div>
        );
      })}
      <div>
        <Button
          purpose="secondary"
          type="button"
          id={rows.length === 0 ? `${idPrefix}-${field.name}-0-country` : undefined}
          onClick={() => onChange([...rows, { country: "", safeguard: "standard_contractual_clauses" }])}
        >
          {t("detail.transferAdd")}
        </Button>
      </div>
    </Fieldset>
  );
}

/** One field of a register form: label, help, error and the control that fits its type. */
export function FieldControl(props: FieldControlProps) {
  const { entityType, field, idPrefix, value, error, onChange } = props;
  const { t, locale } = useTranslation();
  const id = fieldControlId(idPrefix, field);
  const errorId = `${id}-error`;
  const helpKey = fieldHelpKey(entityType, field.name);
  const descriptionId = `${id}-description`;
  const describedBy = [helpKey ? descriptionId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const baseLabel = fieldLabel(t, entityType, field.name);
  const label = field.required ? `${baseLabel} (${t("register.required")})` : baseLabel;
  const text = typeof value === "string" ? value : "";
  const invalid = error !== undefined;

  if (field.type === "transfers") return <TransfersControl {...props} label={label} />;

  if (field.type === "checkbox") {
    return (
      <FormField
        type="checkbox"
        invalid={invalid}
        label={
          <FormLabel htmlFor={id} type="checkbox" checked={value === true}>
            {label}
          </FormLabel>
        }
        description={helpKey && <FormFieldDescription id={descriptionId}>{t(helpKey)}</FormFieldDescription>}
        errorMessage={error && <FormFieldErrorMessage id={errorId}>{t(error)}</FormFieldErrorMessage>}
        input={
          <Checkbox
            id={id}
            name={field.name}
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.checked)}
          />
        }
      />
    );
  }

  let input: ReactNode;
  const common = {
    id,
    name: field.name,
    invalid,
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    "aria-required": field.required || undefined,
  };
  switch (field.type) {
    case "textarea":
    case "lines":
      input = (
        <Textarea
          {...common}
          rows={field.type === "lines" ? 4 : 3}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
      break;
    case "select":
      input = (
        <Select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          {field.optional && <SelectOption value="">{t("register.option.none")}</SelectOption>}
          {(field.options ?? []).map((option) => (
            <SelectOption key={option} value={option}>
              {optionLabel(t, locale, entityType, field.name, option)}
            </SelectOption>
          ))}
        </Select>
      );
      break;
    default:
      input = (
        <Textbox
          {...common}
          type={field.type === "date" ? "date" : field.type === "datetime" ? "datetime-local" : "text"}
          autoComplete="off"
          spellCheck={field.type === "country" || field.type === "countries" ? false : undefined}
          className={field.type === "country" ? "art28-register-country-input" : undefined}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
  return (
    <FormField
      invalid={invalid}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={helpKey && <FormFieldDescription id={descriptionId}>{t(helpKey)}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{t(error)}</FormFieldErrorMessage>}
      input={input}
    />
  );
}

/** Errors of a failed request: the server's field issues on the fields, anything else in general. */
export function errorsOfFailure(error: unknown, fieldNames: readonly string[]): FormErrors {
  if (error instanceof ApiError && error.code === "validation_failed" && error.issues.length > 0) {
    return formErrorsFromIssues(error.issues, fieldNames);
  }
  return { fields: {}, other: [errorMessageKey(error)] };
}

export interface RecordFormViewProps {
  form: RecordForm;
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  initial: FormValues;
  /**
   * `create` sends every field; `update` (PATCH) sends only the fields that differ from
   * `initial`; `replace` (PUT) sends every field of an existing record.
   */
  mode: "create" | "update" | "replace";
  submitLabel: string;
  /** Sends the body; throws `ApiError` on failure (a 422 puts its issues on the fields). */
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
  /** An update in which nothing changed: nothing is sent, and this is called instead of `onSubmit`. */
  onUnchanged?: () => void;
  onCancel?: () => void;
}

/**
 * A register form built from its definition. Checks the body with the contract's schema before
 * sending; the server's answer is shown the same way, on the fields and in the summary.
 */
export function RecordFormView({
  form,
  idPrefix,
  initial,
  mode,
  submitLabel,
  onSubmit,
  onUnchanged,
  onCancel,
}: RecordFormViewProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, other: [] });
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const fieldNames = form.fields.map((field) => field.name);

  const fail = (next: FormErrors) => {
    setErrors(next);
    setAttempt((value) => value + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    // The whole form is checked, so rules between two fields also hold when only one changed.
    const body = requestBody(form, values);
    const found = validateBody(form, body, mode === "create" ? "create" : "update");
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    const sent = mode === "update" ? changedFields(form, initial, values) : body;
    if (mode === "update" && Object.keys(sent).length === 0) {
      setErrors({ fields: {}, other: [] });
      (onUnchanged ?? onCancel)?.();
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(sent);
      setErrors({ fields: {}, other: [] });
    } catch (error) {
      fail(errorsOfFailure(error, fieldNames));
    } finally {
      setSubmitting(false);
    }
  };

  const summaryItems = form.fields
    .filter((field) => errors.fields[field.name] !== undefined)
    .map((field) => ({
      targetId: fieldControlId(idPrefix, field),
      message: `${fieldLabel(t, form.entityType, field.name)}: ${t(errors.fields[field.name]!)}`,
    }));

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
      {form.fields.map((field) => (
        <FieldControl
          key={field.name}
          entityType={form.entityType}
          field={field}
          idPrefix={idPrefix}
          value={values[field.name] ?? ""}
          error={errors.fields[field.name]}
          onChange={(value) => setValues((previous) => ({ ...previous, [field.name]: value }))}
        />
      ))}
      <div className="art28-form__actions art28-register-actions">
        <Button type="submit" purpose="primary" busy={submitting}>
          {submitting ? t("register.saving") : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" purpose="secondary" onClick={onCancel}>
            {t("register.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
