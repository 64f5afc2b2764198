import type { AuthoredVersionDetail } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import { useState, type FormEvent } from "react";
import { authoringApi, type ScanSignatories } from "../api/authoring-client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { isValid, validateScan, type FieldProblems, type ScanField } from "./negotiation-forms.ts";
import { TextField } from "./TextField.tsx";
import { organisationOfSide } from "./version-view.ts";

const fieldIds: Record<ScanField, string> = {
  file: "scan-file",
  controllerSignatoryName: "scan-controller-name",
  controllerSignatoryRole: "scan-controller-role",
  processorSignatoryName: "scan-processor-name",
  processorSignatoryRole: "scan-processor-role",
};

const emptySignatories: ScanSignatories = {
  controllerSignatoryName: "",
  controllerSignatoryRole: "",
  processorSignatoryName: "",
  processorSignatoryRole: "",
};

/**
 * For agreements signed on paper: the owner uploads the scan of the signed copy with the names
 * and roles of both signatories; the version is then signed with the scan as its document.
 */
export function SignedScanForm({
  organisationId,
  version,
  onChanged,
}: {
  organisationId: string;
  version: AuthoredVersionDetail;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [signatories, setSignatories] = useState<ScanSignatories>(emptySignatories);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<FieldProblems<ScanField>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const labels: Record<ScanField, string> = {
    file: t("authoring.scan.file"),
    controllerSignatoryName: t("authoring.scan.name"),
    controllerSignatoryRole: t("authoring.scan.role"),
    processorSignatoryName: t("authoring.scan.name"),
    processorSignatoryRole: t("authoring.scan.role"),
  };
  const sideName = (side: "controller" | "processor") =>
    `${t(`authoring.side.${side}`)}: ${organisationOfSide(version, side) ?? version.variables.processorName}`;
  const problemText = (field: ScanField) => {
    const problem = problems[field];
    return problem ? t(`authoring.problem.${problem}`) : undefined;
  };
  const summaryLabel = (field: ScanField) =>
    field === "file"
      ? labels.file
      : `${labels[field]} (${t(`authoring.side.${field.startsWith("controller") ? "controller" : "processor"}`)})`;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validateScan(signatories, file);
    setProblems(found);
    setGeneral(null);
    if (!isValid(found) || !file) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      const trimmed = Object.fromEntries(
        Object.entries(signatories).map(([name, value]) => [name, value.trim()]),
      ) as unknown as ScanSignatories;
      await authoringApi.uploadSignedScan(organisationId, version.id, file, trimmed);
      onChanged(t("authoring.scan.uploaded"));
    } catch (error) {
      setGeneral(errorMessageKey(error));
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  };

  const shown = (Object.keys(fieldIds) as ScanField[]).filter((field) => problems[field]);
  const signatoryFields = (side: "controller" | "processor") => {
    const nameField = `${side}SignatoryName` as const;
    const roleField = `${side}SignatoryRole` as const;
    return (
      <Fieldset>
        <FieldsetLegend>{sideName(side)}</FieldsetLegend>
        <TextField
          id={fieldIds[nameField]}
          label={labels[nameField]}
          error={problemText(nameField)}
          required
          value={signatories[nameField]}
          onChange={(value) => setSignatories((previous) => ({ ...previous, [nameField]: value }))}
        />
        <TextField
          id={fieldIds[roleField]}
          label={labels[roleField]}
          error={problemText(roleField)}
          required
          value={signatories[roleField]}
          onChange={(value) => setSignatories((previous) => ({ ...previous, [roleField]: value }))}
        />
      </Fieldset>
    );
  };

  return (
    <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {(shown.length > 0 || general) && (
        <ErrorSummary
          title={t("authoring.errorSummary")}
          focusKey={attempt}
          general={general ? [t(general)] : []}
          items={shown.map((field) => ({
            targetId: fieldIds[field],
            message: `${summaryLabel(field)}: ${problemText(field)}`,
          }))}
        />
      )}
      <Paragraph>{t("authoring.scan.intro")}</Paragraph>
      <FormField
        invalid={problems.file !== undefined}
        label={<FormLabel htmlFor={fieldIds.file}>{labels.file}</FormLabel>}
        description={
          <FormFieldDescription id={`${fieldIds.file}-description`}>
            {t("authoring.scan.fileDescription")}
          </FormFieldDescription>
        }
        errorMessage={
          problems.file && (
            <FormFieldErrorMessage id={`${fieldIds.file}-error`}>{problemText("file")}</FormFieldErrorMessage>
          )
        }
        input={
          <input
            id={fieldIds.file}
            type="file"
            accept="application/pdf,.pdf"
            className="art28-file-input"
            aria-invalid={problems.file !== undefined || undefined}
            aria-describedby={[`${fieldIds.file}-description`, problems.file ? `${fieldIds.file}-error` : ""]
              .filter(Boolean)
              .join(" ")}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        }
      />
      {signatoryFields("controller")}
      {signatoryFields("processor")}
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {busy ? t("authoring.sending") : t("authoring.scan.submit")}
        </Button>
      </div>
    </form>
  );
}
