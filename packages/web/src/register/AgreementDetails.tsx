import type { Agreement } from "@art28/contract";
import { agreementStatusLabels, calendarDateOf, type AgreementStatus } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from "@utrecht/component-library-react";
import { useId, useState, type FormEvent } from "react";
import { agreementDocumentPath, registerApi } from "../api/register-client.ts";
import { formatFileSize } from "../check/check-file.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import type { SectionContext } from "./RecordSection.tsx";
import { formatCalendarDate, formatMoment } from "./register-time.ts";

/** Moves an agreement along the statuses the domain allows from where it is. */
function StatusTransitions({
  agreement,
  context,
  title,
}: {
  agreement: Agreement;
  context: SectionContext;
  title: string;
}) {
  const { t, locale } = useTranslation();
  const [busy, setBusy] = useState<AgreementStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();
  const move = async (status: AgreementStatus) => {
    setBusy(status);
    setError(null);
    try {
      await registerApi.changeAgreementStatus(context.organisationId, agreement.id, status);
      context.onChanged(t("detail.transitionDone", { status: agreementStatusLabels[status][locale] }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div role="group" aria-labelledby={headingId} className="art28-register-transitions">
      <Heading level={4} id={headingId}>
        {t("detail.transitionsTitle")}
        <span className="art28-visually-hidden">: {title}</span>
      </Heading>
      {agreement.allowedTransitions.length === 0 ? (
        <Paragraph>{t("detail.transitionsNone")}</Paragraph>
      ) : (
        <div className="art28-register-actions">
          {agreement.allowedTransitions.map((status) => (
            <Button
              key={status}
              purpose="secondary"
              hint={status === "ended" ? "negative" : undefined}
              busy={busy === status}
              disabled={busy !== null}
              onClick={() => void move(status)}
            >
              {t("detail.transitionTo", { status: agreementStatusLabels[status][locale] })}
            </Button>
          ))}
        </div>
      )}
      {error !== null && <ErrorAlert error={error} summaryKey="detail.transitionFailed" />}
    </div>
  );
}

/** Uploads the signed document; the server stores and checks it, the detail then shows the result. */
function DocumentUpload({ agreement, context }: { agreement: Agreement; context: SectionContext }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputId = `document-${agreement.id}`;
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      document.getElementById(inputId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await registerApi.uploadAgreementDocument(context.organisationId, agreement.id, file);
      setFile(null);
      context.onChanged(t("detail.documentUploaded"));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="art28-register-upload" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormField
        invalid={missing}
        label={
          <FormLabel htmlFor={inputId}>
            {t(agreement.signedDocument ? "detail.documentReplace" : "detail.documentUpload")}
          </FormLabel>
        }
        description={
          <FormFieldDescription id={descriptionId}>{t("detail.documentUploadDescription")}</FormFieldDescription>
        }
        errorMessage={
          missing && <FormFieldErrorMessage id={errorId}>{t("detail.documentChoose")}</FormFieldErrorMessage>
        }
        input={
          <input
            id={inputId}
            type="file"
            className="art28-file-input"
            accept=".pdf,.docx,.txt,.md,.html,.htm"
            aria-describedby={missing ? `${descriptionId} ${errorId}` : descriptionId}
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        }
      />
      <div className="art28-register-actions">
        <Button type="submit" purpose="secondary" busy={busy}>
          {busy ? t("detail.documentUploading") : t("detail.documentSubmit")}
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} summaryKey="detail.documentFailed" />}
    </form>
  );
}

/** Status, transitions, signed document and check result of one agreement. */
export function AgreementDetails({
  agreement,
  context,
  title,
}: {
  agreement: Agreement;
  context: SectionContext;
  title: string;
}) {
  const { t, locale } = useTranslation();
  const document = agreement.signedDocument;
  const check = agreement.latestCheck;
  const reportPath = `${routePath(routes.relationship, {
    organisationId: context.organisationId,
    relationshipId: context.relationshipId,
  })}?rapport=${encodeURIComponent(agreement.id)}`;
  return (
    <div className="art28-register-agreement">
      <Paragraph>
        <strong>{t("detail.agreementStatus", { status: agreementStatusLabels[agreement.status][locale] })}</strong>
      </Paragraph>
      {context.mayWrite && <StatusTransitions agreement={agreement} context={context} title={title} />}
      <Heading level={4}>{t("detail.documentTitle")}</Heading>
      {document ? (
        <>
          <Paragraph>
            {t("detail.documentSummary", {
              fileName: document.fileName,
              size: formatFileSize(document.byteSize, locale),
              date: formatMoment(locale, document.uploadedAt),
            })}
          </Paragraph>
          <Paragraph>
            <Link href={agreementDocumentPath(context.organisationId, agreement.id)} download={document.fileName}>
              {t("detail.documentDownload", { fileName: document.fileName })}
            </Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t("detail.documentNone")}</Paragraph>
      )}
      {check ? (
        <>
          <Paragraph className={check.compliant ? undefined : "art28-register-warning-text"}>
            {check.compliant
              ? t("detail.checkCompliant", {
                  date: formatCalendarDate(locale, calendarDateOf(new Date(check.checkedAt))),
                  total: check.mandatoryTotal,
                })
              : t("detail.checkIncomplete", {
                  date: formatCalendarDate(locale, calendarDateOf(new Date(check.checkedAt))),
                  present: check.mandatoryPresent,
                  total: check.mandatoryTotal,
                  conflicts: check.conflicts,
                })}
          </Paragraph>
          <Paragraph>
            <RouterLink to={reportPath}>{t("detail.checkReport")}</RouterLink>
          </Paragraph>
        </>
      ) : (
        document && <Paragraph>{t("detail.checkNone")}</Paragraph>
      )}
      {context.mayWrite && <DocumentUpload agreement={agreement} context={context} />}
    </div>
  );
}
