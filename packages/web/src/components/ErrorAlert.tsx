import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import { errorMessageKey } from "../api/error-messages.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";

export interface ErrorAlertProps {
  error: unknown;
  /** What failed, in the user's words, shown before the reason. */
  summaryKey?: MessageKey;
  onRetry?: () => void;
}

/** Explains a failed call in the user's language, with a way to try again where that helps. */
export function ErrorAlert({ error, summaryKey, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert type="error" className="art28-alert">
      {summaryKey && <Paragraph>{t(summaryKey)}</Paragraph>}
      <Paragraph>{t(errorMessageKey(error))}</Paragraph>
      {onRetry && (
        <Button purpose="secondary" onClick={onRetry}>
          {t("app.retry")}
        </Button>
      )}
    </Alert>
  );
}
