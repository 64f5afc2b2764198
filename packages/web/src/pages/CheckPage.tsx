import type { CheckReport } from "@art28/contract";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { api, ApiError, type ApiErrorCode } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { CheckForm, type LanguageChoice } from "../check/CheckForm.tsx";
import { CheckResult } from "../check/CheckResult.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";

type CheckState =
  | { phase: "idle" }
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "checking" }
  | { phase: "failed"; error: unknown; fileName: string }
  | { phase: "done"; report: CheckReport; fileName: string; checkedAt: Date };

/** Where the general error text would be vague for an upload, the check says it in its own words. */
const checkErrorKeys: Partial<Record<ApiErrorCode, MessageKey>> = {
  payload_too_large: "check.error.payload_too_large",
  unsupported_media_type: "check.error.unsupported_media_type",
  validation_failed: "check.error.validation_failed",
  rate_limited: "check.error.rate_limited",
};

function checkErrorKey(error: unknown): MessageKey {
  return (error instanceof ApiError ? checkErrorKeys[error.code] : undefined) ?? errorMessageKey(error);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/**
 * "Toets een verwerkersovereenkomst": anyone can check an agreement against Art. 28 GDPR. The
 * result lives only in this page's memory, like the document on the server: nothing is stored.
 */
export function CheckPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<CheckState>({ phase: "idle" });
  const [language, setLanguage] = useState<LanguageChoice>("auto");
  const [statusKey, setStatusKey] = useState<MessageKey | null>(null);
  // A new key gives a fresh form (and an empty file input) for the next check.
  const [formKey, setFormKey] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const focusFormHeading = useRef(false);

  useDocumentTitle(
    state.phase === "done"
      ? t("check.resultPageTitle", { name: state.fileName })
      : state.phase === "failed"
        ? `${t("check.failedTitle")}: ${t("check.title")}`
        : t("check.title"),
  );

  // Leaving the page stops a check on its way: nobody is waiting for it any more.
  useEffect(() => () => controllerRef.current?.abort(), []);

  useEffect(() => {
    // Focus follows the outcome, so keyboard and screen-reader users start reading there.
    if (state.phase === "done") resultHeadingRef.current?.focus();
    if (state.phase === "failed") errorRef.current?.focus();
    if (state.phase === "idle" && focusFormHeading.current) {
      focusFormHeading.current = false;
      formHeadingRef.current?.focus();
    }
  }, [state.phase]);

  const busy = state.phase === "uploading" || state.phase === "checking";

  const submit = async (file: File) => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ phase: "uploading", loaded: 0, total: file.size });
    setStatusKey("check.uploading");
    try {
      const report = await api.checkDocument(file, {
        language: language === "auto" ? undefined : language,
        signal: controller.signal,
        onUploadProgress: ({ loaded, total }) => setState({ phase: "uploading", loaded, total: total || file.size }),
        onUploadComplete: () => {
          setState({ phase: "checking" });
          setStatusKey("check.checking");
        },
      });
      setState({ phase: "done", report, fileName: file.name, checkedAt: new Date() });
      setStatusKey("check.done");
    } catch (error) {
      if (isAbort(error)) {
        if (controllerRef.current === controller) {
          setState({ phase: "idle" });
          setStatusKey("check.cancelled");
        }
        return;
      }
      setState({ phase: "failed", error, fileName: file.name });
      setStatusKey(null);
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  };

  const checkAnother = () => {
    focusFormHeading.current = true;
    setFormKey((key) => key + 1);
    setState({ phase: "idle" });
    setStatusKey(null);
  };

  const clearFailure = () => {
    setState((current) => (current.phase === "failed" ? { phase: "idle" } : current));
  };

  const percent = state.phase === "uploading" && state.total > 0 ? Math.round((state.loaded / state.total) * 100) : 0;

  return (
    <div className="art28-check">
      {state.phase === "done" ? (
        <CheckResult
          report={state.report}
          fileName={state.fileName}
          checkedAt={state.checkedAt}
          onCheckAnother={checkAnother}
          headingRef={resultHeadingRef}
        />
      ) : (
        <>
          <Heading level={1} ref={formHeadingRef} tabIndex={-1}>
            {t("check.title")}
          </Heading>
          <Paragraph purpose="lead">{t("check.intro")}</Paragraph>
          <Paragraph className="art28-check__privacy">
            <strong>{t("check.privacy")}</strong>
          </Paragraph>

          {state.phase === "failed" && (
            <Alert type="error" ref={errorRef} tabIndex={-1} className="art28-alert">
              <Heading level={2} appearance="level-4">
                {t("check.failedTitle")}
              </Heading>
              <Paragraph>{t(checkErrorKey(state.error))}</Paragraph>
              <Paragraph>{t("check.failedHint")}</Paragraph>
              <Paragraph className="art28-check__failed-file">
                {t("check.failedFile", { name: state.fileName })}
              </Paragraph>
            </Alert>
          )}

          <CheckForm
            key={formKey}
            language={language}
            onLanguageChange={setLanguage}
            busy={busy}
            onSubmit={(file) => void submit(file)}
            onCancel={() => controllerRef.current?.abort()}
            onFileChange={clearFailure}
            inputRef={fileInputRef}
          />
        </>
      )}

      {/* Always present and in the same place, so assistive technology is listening before the first announcement. */}
      <Paragraph
        role="status"
        className={state.phase === "done" || !statusKey ? "art28-visually-hidden" : "art28-check__status"}
      >
        {statusKey ? t(statusKey) : ""}
      </Paragraph>
      {state.phase === "uploading" && (
        <div className="art28-check__progress">
          <progress aria-label={t("check.uploadProgressLabel")} value={state.loaded} max={state.total || 1} />
          <span aria-hidden="true">{t("check.uploadProgress", { percent })}</span>
        </div>
      )}
      {state.phase === "checking" && (
        <div className="art28-check__progress">
          <progress aria-label={t("check.checkingLabel")} />
        </div>
      )}
    </div>
  );
}
