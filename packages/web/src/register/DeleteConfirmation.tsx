import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { ApiError } from "../api/client.ts";

/**
 * Asks before deleting, in the page rather than in a browser dialog, so the question is in the
 * user's language and can be read with the rest of the page. Takes focus when it appears.
 */
export function DeleteConfirmation({
  name,
  onConfirm,
  onCancel,
  stillReferencedKey,
}: {
  name: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  /** A plainer explanation for `still_referenced` than the general one. */
  stillReferencedKey?: MessageKey;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const referenced = error instanceof ApiError && error.code === "still_referenced" && stillReferencedKey;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={t("register.deleteNamed", { name })}
      className="art28-register-confirm"
    >
      <Paragraph>{t("register.deleteQuestion", { name })}</Paragraph>
      {error !== null &&
        (referenced ? (
          <Paragraph className="art28-register-error-text">{t(stillReferencedKey)}</Paragraph>
        ) : (
          <ErrorAlert error={error} summaryKey="register.deleteFailed" />
        ))}
      <div className="art28-register-actions">
        <Button purpose="primary" hint="negative" busy={busy} onClick={() => void confirm()}>
          {t("register.deleteConfirm")}
        </Button>
        <Button purpose="secondary" onClick={onCancel}>
          {t("register.cancel")}
        </Button>
      </div>
    </div>
  );
}
