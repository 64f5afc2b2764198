import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert, FormField, FormFieldErrorMessage, FormLabel, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from "react";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { Loading } from "../components/Loading.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { useSession } from "../session/SessionProvider.tsx";

type LoginField = "email" | "password";

const fieldIds: Record<LoginField, string> = { email: "login-email", password: "login-password" };
const fieldOrder: readonly LoginField[] = ["email", "password"];

interface LoginErrors {
  /** A problem with the attempt as a whole, such as wrong credentials. */
  general?: MessageKey;
  fields: Partial<Record<LoginField, MessageKey>>;
}

// Deliberately loose: the server has the final say, this only catches obvious typing slips.
const plausibleEmail = /^[^\s@]+@[^\s@]+$/;

function validate(email: string, password: string): LoginErrors["fields"] {
  const fields: LoginErrors["fields"] = {};
  if (email.trim() === "") fields.email = "login.emailRequired";
  else if (!plausibleEmail.test(email.trim())) fields.email = "login.emailInvalid";
  if (password === "") fields.password = "login.passwordRequired";
  return fields;
}

function errorsFromFailure(error: unknown): LoginErrors {
  if (error instanceof ApiError && error.code === "validation_failed") {
    const fields: LoginErrors["fields"] = {};
    for (const issue of error.issues) {
      // Issue texts come from the server in English; the field name is enough to explain them.
      if (issue.path === "email") fields.email = "login.emailInvalid";
      if (issue.path === "password") fields.password = "login.passwordRequired";
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  return { general: errorMessageKey(error), fields: {} };
}

/** Only same-app paths are followed after login, so a crafted link cannot send users elsewhere. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

/** The login form. */
export function LoginPage() {
  const { t } = useTranslation();
  const { state: session, login } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<LoginErrors | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useDocumentTitle(errors ? `${t("login.errorSummary")}: ${t("login.title")}` : t("login.title"));

  useEffect(() => {
    // Moving focus to the summary lets keyboard users reach the links to the fields at once.
    if (errors) summaryRef.current?.focus();
  }, [errors]);

  if (session.status === "authenticated") return <Navigate to={returnPath(location.state)} replace />;
  if (session.status === "loading") return <Loading />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const fields = validate(email, password);
    if (Object.keys(fields).length > 0) {
      setErrors({ fields });
      return;
    }
    setSubmitting(true);
    try {
      await login({ email: email.trim(), password });
    } catch (error) {
      setErrors(errorsFromFailure(error));
    } finally {
      setSubmitting(false);
    }
  };

  const focusField = (field: LoginField) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here so the router does not treat the fragment as a navigation.
    event.preventDefault();
    document.getElementById(fieldIds[field])?.focus();
  };

  const fieldErrors = errors?.fields ?? {};
  const invalidFields = fieldOrder.filter((field) => fieldErrors[field] !== undefined);

  const renderField = (field: LoginField, label: string, type: string, autoComplete: string, value: string) => {
    const errorKey = fieldErrors[field];
    const errorId = `${fieldIds[field]}-error`;
    return (
      <FormField
        invalid={errorKey !== undefined}
        label={<FormLabel htmlFor={fieldIds[field]}>{label}</FormLabel>}
        errorMessage={errorKey && <FormFieldErrorMessage id={errorId}>{t(errorKey)}</FormFieldErrorMessage>}
        input={
          <Textbox
            id={fieldIds[field]}
            name={field}
            type={type}
            autoComplete={autoComplete}
            required
            invalid={errorKey !== undefined}
            aria-describedby={errorKey ? errorId : undefined}
            value={value}
            onChange={(event) => (field === "email" ? setEmail : setPassword)(event.target.value)}
          />
        }
      />
    );
  };

  return (
    <div className="art28-login">
      <Heading level={1}>{t("login.title")}</Heading>
      <Paragraph>{t("login.intro")}</Paragraph>
      {errors && (
        <Alert type="error" ref={summaryRef} tabIndex={-1} className="art28-alert">
          <Heading level={2} appearance="level-4">
            {t("login.errorSummary")}
          </Heading>
          {errors.general && <Paragraph>{t(errors.general)}</Paragraph>}
          {invalidFields.length > 0 && (
            <ul className="art28-error-list">
              {invalidFields.map((field) => {
                const errorKey = fieldErrors[field];
                return (
                  errorKey && (
                    <li key={field}>
                      <Link href={`#${fieldIds[field]}`} onClick={focusField(field)}>
                        {t(errorKey)}
                      </Link>
                    </li>
                  )
                );
              })}
            </ul>
          )}
        </Alert>
      )}
      {/* noValidate: the browser's own bubbles ignore the chosen language and vanish too soon. */}
      <form className="art28-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {renderField("email", t("login.email"), "email", "username", email)}
        {renderField("password", t("login.password"), "password", "current-password", password)}
        <div className="art28-form__actions">
          <Button type="submit" purpose="primary" busy={submitting}>
            {t("login.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
