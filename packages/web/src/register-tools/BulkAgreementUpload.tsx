import type { BulkDocumentResult, BulkDocumentResultItem, RelationshipSummary } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Alert,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { registerTools } from "../api/register-tools-client.ts";
import { checkFileAccept, formatFileSize } from "../check/check-file.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { ErrorSummary, type ErrorSummaryItem } from "../components/ErrorSummary.tsx";
import { Loading } from "../components/Loading.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm, type MessageKey } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import { suggestRelationship } from "./file-matching.ts";
import { agreementFileProblem, bulkUploadMaxFiles, bulkUploadMaxTotalBytes } from "./upload-files.ts";
import "./register-tools.css";

interface ChosenFile {
  /** Stable across renders and unique, also for two files with the same name chosen in turn. */
  key: string;
  file: File;
  relationshipId: string;
  problem: MessageKey | null;
}

type Phase =
  | { phase: "choosing" }
  | { phase: "uploading"; percent: number | null }
  | { phase: "checking" }
  | { phase: "done"; result: BulkDocumentResult; labels: ReadonlyMap<string, string> };

const fileInputId = "bulk-files";
const relationshipSelectId = (key: string) => `bulk-relationship-${key}`;

function relationshipLabel(relationship: RelationshipSummary): string {
  return `${relationship.counterparty.name} — ${relationship.name}`;
}

/** One file's outcome in words: the check's verdict, or why nothing was stored. */
function Outcome({ item }: { item: BulkDocumentResultItem }) {
  const { t, locale } = useTranslation();
  if (item.outcome === "failed") {
    const reason = item.error
      ? t(errorMessageKey(new ApiError(item.error.code, 0, item.error.message)))
      : t("error.internal_error");
    return (
      <>
        <strong className="art28-tools-outcome art28-tools-outcome--failed">{t("tools.bulk.failed")}</strong> {reason}
      </>
    );
  }
  const check = item.check;
  return (
    <>
      <strong className="art28-tools-outcome art28-tools-outcome--attached">
        {item.agreementCreated ? t("tools.bulk.attachedNew") : t("tools.bulk.attached")}
      </strong>{" "}
      {check ? (
        <>
          {check.compliant ? t("check.verdictCompliant") : t("check.verdictNotCompliant")}.{" "}
          {t("check.verdictPresent", { present: check.mandatoryPresent, total: check.mandatoryTotal })}
          {check.conflicts > 0 &&
            ` ${t(pluralForm(locale, check.conflicts) === "one" ? "check.verdictConflicts.one" : "check.verdictConflicts.other", { count: check.conflicts })}`}
        </>
      ) : (
        t("tools.bulk.notChecked")
      )}
    </>
  );
}

function ResultTable({
  organisationId,
  result,
  labels,
}: {
  organisationId: string;
  result: BulkDocumentResult;
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="art28-table art28-tools-table">
        <TableCaption id={captionId}>{t("tools.bulk.resultCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("tools.bulk.columnFile")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("tools.bulk.columnRelationship")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("tools.bulk.columnOutcome")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.items.map((item, index) => (
            <TableRow key={`${index}-${item.fileName}`}>
              <TableHeaderCell scope="row" className="art28-table__row-header art28-tools-file-name">
                {item.fileName}
              </TableHeaderCell>
              <TableCell>
                {item.relationshipId ? (
                  <RouterLink
                    to={routePath(routes.relationship, { organisationId, relationshipId: item.relationshipId })}
                  >
                    {labels.get(item.relationshipId) ?? t("tools.bulk.relationship")}
                  </RouterLink>
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="art28-visually-hidden">{t("tools.bulk.noRelationship")}</span>
                  </>
                )}
              </TableCell>
              <TableCell>
                <Outcome item={item} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * Bulk upload of signed agreements: several files, each matched to a relationship by its
 * name (the user confirms or changes the match), then stored, checked against Art. 28 GDPR
 * and attached, with the outcome per file.
 */
export function BulkAgreementUpload({ organisationId }: { organisationId: string }) {
  const { t, locale } = useTranslation();
  const { state: relationships, reload } = useLoaded(
    (signal) => registerTools.listAllRelationships(organisationId, signal),
    organisationId,
  );
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [phase, setPhase] = useState<Phase>({ phase: "choosing" });
  const [problems, setProblems] = useState<ErrorSummaryItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const nextKey = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const captionId = useId();

  const sorted = useMemo(() => {
    if (relationships.status !== "loaded") return [];
    const collator = new Intl.Collator(locale);
    return [...relationships.value].sort((first, second) =>
      collator.compare(relationshipLabel(first), relationshipLabel(second)),
    );
  }, [relationships, locale]);

  useEffect(() => {
    if (phase.phase === "done") resultHeadingRef.current?.focus();
  }, [phase.phase]);

  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  if (relationships.status === "loading") return <Loading text={t("tools.bulk.loading")} />;
  if (relationships.status === "error") {
    return <ErrorAlert error={relationships.error} summaryKey="tools.bulk.loadFailed" onRetry={reload} />;
  }
  if (sorted.length === 0) {
    return (
      <>
        <Paragraph>{t("tools.bulk.noRelationships")}</Paragraph>
        <Paragraph>
          <RouterLink to={routePath(routes.relationshipNew, { organisationId })}>
            {t("tools.bulk.newRelationship")}
          </RouterLink>
        </Paragraph>
      </>
    );
  }

  const candidates = sorted.map((relationship) => ({
    id: relationship.id,
    name: relationship.name,
    counterpartyName: relationship.counterparty.name,
  }));

  const addFiles = (chosen: FileList | null) => {
    if (!chosen) return;
    const added = [...chosen].map((file) => ({
      key: String(nextKey.current++),
      file,
      relationshipId: suggestRelationship(file.name, candidates) ?? "",
      problem: agreementFileProblem(file),
    }));
    // A file chosen again under the same name replaces the earlier one: the server tells files apart by name.
    setFiles((previous) => [
      ...previous.filter((entry) => !added.some((addition) => addition.file.name === entry.file.name)),
      ...added,
    ]);
    setProblems(null);
    if (inputRef.current) inputRef.current.value = "";
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase.phase === "uploading" || phase.phase === "checking") return;
    const found: ErrorSummaryItem[] = [];
    if (files.length === 0) found.push({ targetId: fileInputId, message: t("tools.bulk.noFiles") });
    if (files.length > bulkUploadMaxFiles) {
      found.push({ targetId: fileInputId, message: t("tools.bulk.tooManyFiles", { max: bulkUploadMaxFiles }) });
    }
    const totalBytes = files.reduce((sum, entry) => sum + entry.file.size, 0);
    if (totalBytes > bulkUploadMaxTotalBytes) {
      found.push({
        targetId: fileInputId,
        message: t("tools.bulk.tooLargeTogether", { size: formatFileSize(bulkUploadMaxTotalBytes, locale) }),
      });
    }
    for (const entry of files) {
      if (entry.problem) {
        found.push({ targetId: relationshipSelectId(entry.key), message: `${entry.file.name}: ${t(entry.problem)}` });
      } else if (entry.relationshipId === "") {
        found.push({
          targetId: relationshipSelectId(entry.key),
          message: t("tools.bulk.chooseRelationshipFor", { file: entry.file.name }),
        });
      }
    }
    setProblems(found.length > 0 ? found : null);
    if (found.length > 0) return;

    setError(null);
    setPhase({ phase: "uploading", percent: 0 });
    try {
      const result = await registerTools.uploadSignedAgreements(
        organisationId,
        files.map(({ file, relationshipId }) => ({ file, relationshipId })),
        {
          onUploadProgress: ({ loaded, total }) =>
            setPhase({ phase: "uploading", percent: total > 0 ? Math.round((loaded / total) * 100) : null }),
          onUploadComplete: () => setPhase({ phase: "checking" }),
        },
      );
      setPhase({
        phase: "done",
        result,
        labels: new Map(sorted.map((relationship) => [relationship.id, relationshipLabel(relationship)])),
      });
      setFiles([]);
    } catch (failure) {
      setError(failure);
      setPhase({ phase: "choosing" });
    }
  };

  if (phase.phase === "done") {
    const { result } = phase;
    const total = result.items.length;
    return (
      <>
        <Heading level={2} ref={resultHeadingRef} tabIndex={-1} className="art28-tools-focus-target">
          {t("tools.bulk.resultTitle")}
        </Heading>
        <Paragraph>
          {t(pluralForm(locale, total) === "one" ? "tools.bulk.resultSummary.one" : "tools.bulk.resultSummary.other", {
            attached: result.attached,
            total,
          })}
        </Paragraph>
        <ResultTable organisationId={organisationId} result={result} labels={phase.labels} />
        <div className="art28-tools-actions">
          <Button purpose="secondary" onClick={() => setPhase({ phase: "choosing" })}>
            {t("tools.bulk.more")}
          </Button>
        </div>
      </>
    );
  }

  const busy = phase.phase === "uploading" || phase.phase === "checking";
  const descriptionId = `${fileInputId}-description`;

  return (
    <>
      {problems && problems.length > 0 && (
        // A new list per failed attempt, so the summary takes focus each time.
        <ErrorSummary focusKey={problems} title={t("tools.bulk.problems")} items={problems} />
      )}
      {error !== null && (
        <Alert type="error" className="art28-alert" ref={errorRef} tabIndex={-1}>
          <Paragraph>{t("tools.bulk.uploadFailed")}</Paragraph>
          <Paragraph>{t(errorMessageKey(error))}</Paragraph>
        </Alert>
      )}
      <form className="art28-tools-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField
          label={<FormLabel htmlFor={fileInputId}>{t("tools.bulk.fileLabel")}</FormLabel>}
          description={
            <FormFieldDescription id={descriptionId}>
              {t("tools.bulk.fileDescription", { max: bulkUploadMaxFiles })}
            </FormFieldDescription>
          }
          input={
            <input
              ref={inputRef}
              id={fileInputId}
              className="art28-file-input"
              type="file"
              name="files"
              multiple
              accept={checkFileAccept}
              aria-describedby={descriptionId}
              disabled={busy}
              onChange={(event) => addFiles(event.target.files)}
            />
          }
        />
        {files.length > 0 && (
          <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <Table className="art28-table art28-tools-table">
              <TableCaption id={captionId}>
                {t(pluralForm(locale, files.length) === "one" ? "tools.bulk.chosen.one" : "tools.bulk.chosen.other", {
                  count: files.length,
                })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("tools.bulk.columnFile")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("tools.bulk.columnRelationship")}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="art28-visually-hidden">{t("tools.bulk.columnActions")}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {files.map((entry) => (
                  <TableRow key={entry.key}>
                    <TableHeaderCell scope="row" className="art28-table__row-header art28-tools-file-name">
                      {entry.file.name}
                      <span className="art28-tools-file-size">{formatFileSize(entry.file.size, locale)}</span>
                      {entry.problem && <span className="art28-tools-file-problem">{t(entry.problem)}</span>}
                    </TableHeaderCell>
                    <TableCell>
                      <FormLabel htmlFor={relationshipSelectId(entry.key)} className="art28-visually-hidden">
                        {t("tools.bulk.relationshipFor", { file: entry.file.name })}
                      </FormLabel>
                      <Select
                        id={relationshipSelectId(entry.key)}
                        value={entry.relationshipId}
                        invalid={problems?.some((problem) => problem.targetId === relationshipSelectId(entry.key))}
                        disabled={busy}
                        onChange={(event) => {
                          const relationshipId = event.target.value;
                          setFiles((previous) =>
                            previous.map((candidate) =>
                              candidate.key === entry.key ? { ...candidate, relationshipId } : candidate,
                            ),
                          );
                        }}
                      >
                        <SelectOption value="">{t("tools.bulk.chooseRelationship")}</SelectOption>
                        {sorted.map((relationship) => (
                          <SelectOption key={relationship.id} value={relationship.id}>
                            {relationshipLabel(relationship)}
                          </SelectOption>
                        ))}
                      </Select>
                    </TableCell>
                    <TableCell>
                      <Button
                        type="button"
                        purpose="subtle"
                        disabled={busy}
                        onClick={() =>
                          setFiles((previous) => previous.filter((candidate) => candidate.key !== entry.key))
                        }
                      >
                        <span aria-hidden="true">{t("tools.bulk.remove")}</span>
                        <span className="art28-visually-hidden">
                          {t("tools.bulk.removeFile", { file: entry.file.name })}
                        </span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <Paragraph role="status" className="art28-tools-progress">
          {phase.phase === "uploading"
            ? phase.percent === null
              ? t("tools.bulk.uploading")
              : t("tools.bulk.uploadingPercent", { percent: phase.percent })
            : phase.phase === "checking"
              ? t("tools.bulk.checking")
              : ""}
        </Paragraph>
        <div className="art28-tools-actions">
          <Button type="submit" purpose="primary" busy={busy}>
            {t("tools.bulk.submit")}
          </Button>
        </div>
      </form>
    </>
  );
}
