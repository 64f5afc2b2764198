import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** The problem with the value, already in the interface language. */
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** A text area with this many rows instead of a one-line text box. */
  rows?: number;
  type?: "text" | "date" | "number";
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  required?: boolean;
  /** The language of the text typed in, when it differs from the interface's. */
  lang?: string;
  className?: string;
}

/**
 * A labelled text box or text area with its description and error, linked by
 * `aria-describedby`, as the register's forms have them.
 */
export function TextField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  rows,
  type = "text",
  inputMode,
  autoComplete = "off",
  required,
  lang,
  className,
}: TextFieldProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: id,
    invalid: error !== undefined,
    "aria-invalid": error !== undefined || undefined,
    "aria-required": required || undefined,
    "aria-describedby": describedBy,
    lang,
  };
  return (
    <FormField
      className={className}
      invalid={error !== undefined}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={
        rows ? (
          <Textarea {...common} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <Textbox
            {...common}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    />
  );
}
