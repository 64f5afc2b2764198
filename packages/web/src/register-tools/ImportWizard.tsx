import type {
  CounterpartyImportField,
  CounterpartyImportMapping,
  CounterpartyImportPreview,
  CounterpartyImportResult,
  ImportDryRun,
} from "@art28/contract";
import { counterpartyCategories, counterpartyCategoryLabels, countryName } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
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
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from "react";
import { ApiError, type ApiErrorCode } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { registerTools } from "../api/register-tools-client.ts";
import { formatFileSize } from "../check/check-file.ts";
import { ErrorSummary, type ErrorSummaryItem } from "../components/ErrorSummary.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm, type MessageKey } from "../i18n/messages.ts";
import { organisationHomePath } from "../paths.ts";
import { countryOptions } from "./counterparty-form.ts";
import {
  columnLetter,
  columnOf,
  fieldsSharingColumn,
  invalidRowLines,
  invalidRowNumbers,
  listNumbers,
  sameMapping,
  unfilledRequiredFields,
  withColumn,
} from "./import-mapping.ts";
import { StepIndicator } from "./StepIndicator.tsx";
import { importFileAccept, importFileMaxBytes, importFileProblem } from "./upload-files.ts";
import "./register-tools.css";

type WizardState =
  | { step: "file" }
  | { step: "mapping"; file: File; preview: CounterpartyImportPreview; mapping: CounterpartyImportMapping }
  | {
      step: "dryRun";
      file: File;
      preview: CounterpartyImportPreview;
      dryRun: ImportDryRun;
      mapping: CounterpartyImportMapping;
    }
  | { step: "done"; fileName: string; result: CounterpartyImportResult };

const stepOrder: ReadonlyArray<WizardState["step"]> = ["file", "mapping", "dryRun", "done"];

/** Where an upload's general error text would be vague, the import says it in its own words. */
const importErrorKeys: Partial<Record<ApiErrorCode, MessageKey>> = {
  payload_too_large: "tools.import.error.payload_too_large",
  unsupported_media_type: "tools.import.error.unsupported_media_type",
  document_unreadable: "tools.import.error.document_unreadable",
  document_empty: "tools.import.error.document_empty",
  document_too_complex: "tools.import.error.document_too_complex",
  validation_failed: "tools.import.error.validation_failed",
};

function importErrorKey(error: unknown): MessageKey {
  return (error instanceof ApiError ? importErrorKeys[error.code] : undefined) ?? errorMessageKey(error);
}

const fileInputId = "import-file";
const fieldSelectId = (field: CounterpartyImportField) => `import-column-${field}`;
const defaultCategoryId = "import-default-category";
const defaultCountryId = "import-default-country";

/** Step 1: choose the file; the limits are told before the user looks for it. */
function FileStep({
  busy,
  error,
  onSubmit,
  headingRef,
}: {
  busy: boolean;
  error: unknown;
  onSubmit: (file: File) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = importFileProblem(file);
    setProblem(found);
    if (found || !file) {
      inputRef.current?.focus();
      return;
    }
    onSubmit(file);
  };

  const descriptionId = `${fileInputId}-description`;
  const errorId = `${fileInputId}-error`;
  return (
    <section aria-labelledby="import-step-file" className="art28-tools-section">
      <Heading level={2} id="import-step-file" ref={headingRef} tabIndex={-1} className="art28-tools-focus-target">
        {t("tools.import.fileTitle")}
      </Heading>
      <Paragraph>{t("tools.import.fileIntro")}</Paragraph>
      {error !== null && (
        <Alert type="error" className="art28-alert">
          <Paragraph>{t("tools.import.readFailed")}</Paragraph>
          <Paragraph>{t(importErrorKey(error))}</Paragraph>
        </Alert>
      )}
      <form className="art28-tools-form" noValidate onSubmit={handleSubmit}>
        <FormField
          invalid={problem !== null}
          label={<FormLabel htmlFor={fileInputId}>{t("tools.import.fileLabel")}</FormLabel>}
          description={
            <FormFieldDescription id={descriptionId}>
              {t("tools.import.fileDescription", { size: formatFileSize(importFileMaxBytes, locale) })}
            </FormFieldDescription>
          }
          errorMessage={
            problem && (
              <FormFieldErrorMessage id={errorId}>
                {t(problem, { size: formatFileSize(importFileMaxBytes, locale) })}
              </FormFieldErrorMessage>
            )
          }
          input={
            <input
              ref={inputRef}
              id={fileInputId}
              className="art28-file-input"
              type="file"
              name="file"
              accept={importFileAccept}
              aria-describedby={problem ? `${descriptionId} ${errorId}` : descriptionId}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                // Said at once, so nobody waits for an upload that cannot succeed.
                setProblem(chosen ? importFileProblem(chosen) : null);
              }}
            />
          }
        />
        <div className="art28-tools-actions">
          <Button type="submit" purpose="primary" busy={busy}>
            {busy ? t("tools.import.reading") : t("tools.import.read")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Step 2: the mapping of columns onto fields, for the user to confirm or change. */
function MappingStep({
  state,
  busy,
  error,
  onChange,
  onSubmit,
  onRestart,
  headingRef,
}: {
  state: Extract<WizardState, { step: "mapping" }>;
  busy: boolean;
  error: unknown;
  onChange: (mapping: CounterpartyImportMapping) => void;
  onSubmit: () => void;
  onRestart: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useTranslation();
  const { preview, mapping } = state;
  const [clientProblems, setClientProblems] = useState<ErrorSummaryItem[] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const labelOf = (field: CounterpartyImportField) =>
    preview.targetFields.find((target) => target.field === field)?.label[locale] ?? field;

  // The server's problems with the mapping it last saw, as long as the user has not changed it since.
  const serverProblems: ErrorSummaryItem[] = sameMapping(mapping, preview.mapping)
    ? preview.mappingProblems.map((problem) => ({
        // A problem with the mapping as a whole leads to its first choice.
        targetId: fieldSelectId(problem.field ?? preview.targetFields[0]?.field ?? "name"),
        message: problem.message[locale],
      }))
    : [];
  const problems = clientProblems ?? serverProblems;
  const problemFor = (field: CounterpartyImportField) =>
    problems.find((problem) => problem.targetId === fieldSelectId(field))?.message;

  useEffect(() => {
    if (clientProblems && clientProblems.length > 0) summaryRef.current?.focus();
  }, [clientProblems]);

  // After a check the server refused, its problems are what to read first. Not on arrival:
  // then the step's heading has focus, and the summary follows right under it.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current && preview.mappingProblems.length > 0) summaryRef.current?.focus();
    arrived.current = true;
  }, [preview]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found: ErrorSummaryItem[] = [
      ...unfilledRequiredFields(preview, mapping).map((field) => ({
        targetId: fieldSelectId(field),
        message: t("tools.import.mappingRequired", { field: labelOf(field) }),
      })),
      ...fieldsSharingColumn(mapping)
        .filter((field) => !unfilledRequiredFields(preview, mapping).includes(field))
        .map((field) => ({
          targetId: fieldSelectId(field),
          message: t("tools.import.mappingShared", {
            field: labelOf(field),
            column: columnLetter(columnOf(mapping, field) ?? 0),
          }),
        })),
    ];
    setClientProblems(found.length > 0 ? found : null);
    if (found.length === 0) onSubmit();
  };

  const change = (next: CounterpartyImportMapping) => {
    setClientProblems(null);
    onChange(next);
  };

  return (
    <section aria-labelledby="import-step-mapping" className="art28-tools-section">
      <Heading level={2} id="import-step-mapping" ref={headingRef} tabIndex={-1} className="art28-tools-focus-target">
        {t("tools.import.mappingTitle")}
      </Heading>
      <Paragraph>
        {preview.format === "xlsx" && preview.sheetName
          ? t("tools.import.fileReadXlsx", { name: preview.fileName, sheet: preview.sheetName })
          : t("tools.import.fileReadCsv", { name: preview.fileName })}{" "}
        {t("tools.import.headerRow", { row: preview.headerRow })}
      </Paragraph>
      <Paragraph>{t("tools.import.mappingIntro")}</Paragraph>
      {problems.length > 0 && (
        <ErrorSummary ref={summaryRef} title={t("tools.import.mappingProblems")} items={problems} />
      )}
      {error !== null && (
        <Alert type="error" className="art28-alert">
          <Paragraph>{t(importErrorKey(error))}</Paragraph>
        </Alert>
      )}
      <form className="art28-form art28-tools-form" noValidate onSubmit={handleSubmit}>
        {preview.targetFields.map(({ field, required }) => {
          const message = problemFor(field);
          const errorId = `${fieldSelectId(field)}-error`;
          return (
            <FormField
              key={field}
              invalid={message !== undefined}
              label={
                <FormLabel htmlFor={fieldSelectId(field)}>
                  {labelOf(field)}
                  {required ? ` ${t("tools.import.required")}` : ""}
                </FormLabel>
              }
              errorMessage={message && <FormFieldErrorMessage id={errorId}>{message}</FormFieldErrorMessage>}
              input={
                <Select
                  id={fieldSelectId(field)}
                  invalid={message !== undefined}
                  aria-describedby={message ? errorId : undefined}
                  value={String(columnOf(mapping, field) ?? "")}
                  onChange={(event) =>
                    change(withColumn(mapping, field, event.target.value === "" ? null : Number(event.target.value)))
                  }
                >
                  <SelectOption value="">{t("tools.import.notImported")}</SelectOption>
                  {preview.headers.map((header, index) => (
                    <SelectOption key={index} value={String(index)}>
                      {t("tools.import.columnOption", {
                        letter: columnLetter(index),
                        header: header.trim() === "" ? t("tools.import.emptyHeader") : header,
                      })}
                    </SelectOption>
                  ))}
                </Select>
              }
            />
          );
        })}
        <FormField
          label={<FormLabel htmlFor={defaultCategoryId}>{t("tools.import.defaultCategory")}</FormLabel>}
          description={
            <FormFieldDescription id={`${defaultCategoryId}-description`}>
              {t("tools.import.defaultCategoryDescription")}
            </FormFieldDescription>
          }
          input={
            <Select
              id={defaultCategoryId}
              aria-describedby={`${defaultCategoryId}-description`}
              value={mapping.defaultCategory ?? ""}
              onChange={(event) =>
                change({
                  ...mapping,
                  defaultCategory: counterpartyCategories.find((category) => category === event.target.value) ?? null,
                })
              }
            >
              <SelectOption value="">{t("tools.import.noDefault")}</SelectOption>
              {counterpartyCategories.map((category) => (
                <SelectOption key={category} value={category}>
                  {counterpartyCategoryLabels[category][locale]}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <FormField
          label={<FormLabel htmlFor={defaultCountryId}>{t("tools.import.defaultCountry")}</FormLabel>}
          description={
            <FormFieldDescription id={`${defaultCountryId}-description`}>
              {t("tools.import.defaultCountryDescription")}
            </FormFieldDescription>
          }
          input={
            <Select
              id={defaultCountryId}
              aria-describedby={`${defaultCountryId}-description`}
              value={mapping.defaultCountry ?? ""}
              onChange={(event) => change({ ...mapping, defaultCountry: event.target.value || null })}
            >
              <SelectOption value="">{t("tools.import.noDefault")}</SelectOption>
              {countries.map((country) => (
                <SelectOption key={country.code} value={country.code}>
                  {country.name}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <div className="art28-tools-actions">
          <Button type="submit" purpose="primary" busy={busy}>
            {busy ? t("tools.import.checking") : t("tools.import.check")}
          </Button>
          <Button type="button" purpose="secondary" onClick={onRestart}>
            {t("tools.import.otherFile")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The dry run's verdict in one line: "8 rijen geldig, 2 rijen met fouten". */
function dryRunSummary(t: ReturnType<typeof useTranslation>["t"], locale: "nl" | "en", valid: number, invalid: number) {
  const validText = t(
    pluralForm(locale, valid) === "one" ? "tools.import.validRows.one" : "tools.import.validRows.other",
    {
      count: valid,
    },
  );
  if (invalid === 0) return validText;
  const invalidText = t(
    pluralForm(locale, invalid) === "one" ? "tools.import.invalidRows.one" : "tools.import.invalidRows.other",
    { count: invalid },
  );
  return `${validText}, ${invalidText}`;
}

/** Step 3: what the import would do, and the explicit choice to go ahead. Nothing is written before it. */
function DryRunStep({
  state,
  busy,
  error,
  onImport,
  onBack,
  onRestart,
  headingRef,
}: {
  state: Extract<WizardState, { step: "dryRun" }>;
  busy: boolean;
  error: unknown;
  onImport: (skipInvalid: boolean) => void;
  onBack: () => void;
  onRestart: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useTranslation();
  const { dryRun, preview } = state;
  const invalidRows = invalidRowNumbers(dryRun);
  const lines = invalidRowLines(dryRun, locale);
  const errorsCaptionId = useId();
  const sampleCaptionId = useId();
  const labelOf = (field: CounterpartyImportField | null) =>
    field === null
      ? t("tools.import.wholeRow")
      : (preview.targetFields.find((target) => target.field === field)?.label[locale] ?? field);

  return (
    <section aria-labelledby="import-step-dry-run" className="art28-tools-section">
      <Heading level={2} id="import-step-dry-run" ref={headingRef} tabIndex={-1} className="art28-tools-focus-target">
        {t("tools.import.dryRunTitle")}
      </Heading>
      <div className={`art28-tools-verdict art28-tools-verdict--${invalidRows.length === 0 ? "pass" : "warning"}`}>
        <Paragraph className="art28-tools-verdict__summary">
          {dryRunSummary(t, locale, dryRun.validRows, invalidRows.length)}
        </Paragraph>
        <Paragraph>{t("tools.import.nothingWritten")}</Paragraph>
      </div>

      {lines.length > 0 && (
        <div className="art28-table-scroll" role="region" aria-labelledby={errorsCaptionId} tabIndex={0}>
          <Table className="art28-table art28-tools-table">
            <TableCaption id={errorsCaptionId}>{t("tools.import.errorsCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("tools.import.columnRow")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.import.columnField")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.import.columnValue")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.import.columnReason")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lines.map((line, index) => (
                <TableRow key={`${line.row}-${index}`}>
                  <TableHeaderCell scope="row" className="art28-table__row-header art28-tools-nowrap">
                    {t("tools.import.rowNumber", { row: line.row })}
                  </TableHeaderCell>
                  <TableCell>{labelOf(line.field)}</TableCell>
                  <TableCell>
                    {line.value === null || line.value === "" ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="art28-visually-hidden">{t("tools.import.emptyCell")}</span>
                      </>
                    ) : (
                      line.value
                    )}
                  </TableCell>
                  <TableCell>{line.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}

      {dryRun.sample.length > 0 && (
        <div className="art28-table-scroll" role="region" aria-labelledby={sampleCaptionId} tabIndex={0}>
          <Table className="art28-table art28-tools-table">
            <TableCaption id={sampleCaptionId}>{t("tools.import.sampleCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("tools.import.columnRow")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labelOf("name")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labelOf("kvkNumber")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labelOf("country")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labelOf("category")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {dryRun.sample.map(({ row, values }) => (
                <TableRow key={row}>
                  <TableHeaderCell scope="row" className="art28-table__row-header art28-tools-nowrap">
                    {t("tools.import.rowNumber", { row })}
                  </TableHeaderCell>
                  <TableCell>{values.name}</TableCell>
                  <TableCell>
                    {values.kvkNumber ?? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="art28-visually-hidden">{t("tools.import.emptyCell")}</span>
                      </>
                    )}
                  </TableCell>
                  <TableCell>{countryName(values.country, locale)}</TableCell>
                  <TableCell>{counterpartyCategoryLabels[values.category][locale]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}

      {error !== null && (
        <Alert type="error" className="art28-alert">
          <Paragraph>{t("tools.import.importFailed")}</Paragraph>
          <Paragraph>{t(errorMessageKey(error))}</Paragraph>
        </Alert>
      )}

      {dryRun.validRows === 0 ? (
        <Paragraph>{t("tools.import.noValidRows")}</Paragraph>
      ) : invalidRows.length > 0 ? (
        <Paragraph>{t("tools.import.choice", { rows: listNumbers(invalidRows, locale) })}</Paragraph>
      ) : null}
      <div className="art28-tools-actions">
        {dryRun.validRows > 0 && (
          <Button purpose="primary" busy={busy} onClick={() => onImport(invalidRows.length > 0)}>
            {busy
              ? t("tools.import.importing")
              : invalidRows.length > 0
                ? t("tools.import.importSkipping", {
                    valid: t(
                      pluralForm(locale, dryRun.validRows) === "one"
                        ? "tools.import.validRowsCount.one"
                        : "tools.import.validRowsCount.other",
                      { count: dryRun.validRows },
                    ),
                    invalid: invalidRows.length,
                  })
                : t(
                    pluralForm(locale, dryRun.validRows) === "one"
                      ? "tools.import.importAll.one"
                      : "tools.import.importAll.other",
                    {
                      count: dryRun.validRows,
                    },
                  )}
          </Button>
        )}
        <Button purpose="secondary" onClick={onBack} disabled={busy}>
          {t("tools.import.changeMapping")}
        </Button>
        <Button purpose="secondary" onClick={onRestart} disabled={busy}>
          {t("tools.import.otherFile")}
        </Button>
      </div>
    </section>
  );
}

/** Step 4: what was imported, and where to see it. */
function DoneStep({
  state,
  organisationId,
  onRestart,
  headingRef,
}: {
  state: Extract<WizardState, { step: "done" }>;
  organisationId: string;
  onRestart: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useTranslation();
  const { created, skippedRows } = state.result;
  return (
    <section aria-labelledby="import-step-done" className="art28-tools-section">
      <Heading level={2} id="import-step-done" ref={headingRef} tabIndex={-1} className="art28-tools-focus-target">
        {t("tools.import.doneTitle")}
      </Heading>
      <Alert type="ok" className="art28-alert">
        <Paragraph>
          {t(pluralForm(locale, created) === "one" ? "tools.import.created.one" : "tools.import.created.other", {
            count: created,
            file: state.fileName,
          })}
        </Paragraph>
        {skippedRows.length > 0 && (
          <Paragraph>
            {t(
              pluralForm(locale, skippedRows.length) === "one"
                ? "tools.import.skipped.one"
                : "tools.import.skipped.other",
              {
                count: skippedRows.length,
                rows: listNumbers(skippedRows, locale),
              },
            )}
          </Paragraph>
        )}
      </Alert>
      <div className="art28-tools-actions">
        <RouterLink to={organisationHomePath(organisationId)}>{t("tools.import.toCounterparties")}</RouterLink>
        <Button purpose="secondary" onClick={onRestart}>
          {t("tools.import.again")}
        </Button>
      </div>
    </section>
  );
}

/**
 * Import of a counterparty list in four steps: choose the file, confirm the column mapping,
 * see the dry run with every bad row, and import on an explicit choice. The server writes
 * nothing before that choice, and validates the file again when it comes.
 */
export function ImportWizard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<WizardState>({ step: "file" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(state.step);

  useEffect(() => {
    // Each step starts at its heading, so a screen reader reads the new step from the top.
    if (previousStep.current === state.step) return;
    previousStep.current = state.step;
    headingRef.current?.focus();
  }, [state.step]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const readFile = (file: File) =>
    run(async () => {
      const preview = await registerTools.previewImport(organisationId, file, null);
      setState({ step: "mapping", file, preview, mapping: preview.mapping });
    });

  const checkRows = (current: Extract<WizardState, { step: "mapping" }>) =>
    run(async () => {
      // The dry run that came with the file already used this mapping: no need to send it again.
      const preview =
        current.preview.dryRun && sameMapping(current.mapping, current.preview.mapping)
          ? current.preview
          : await registerTools.previewImport(organisationId, current.file, current.mapping);
      if (preview.dryRun && preview.mappingProblems.length === 0) {
        setState({ step: "dryRun", file: current.file, preview, dryRun: preview.dryRun, mapping: preview.mapping });
      } else {
        // The server found a problem with the mapping; its messages appear on the mapping step.
        setState({ ...current, preview, mapping: preview.mapping });
      }
    });

  const importRows = (current: Extract<WizardState, { step: "dryRun" }>, skipInvalid: boolean) =>
    run(async () => {
      const result = await registerTools.importCounterparties(
        organisationId,
        current.file,
        current.mapping,
        skipInvalid,
      );
      setState({ step: "done", fileName: current.file.name, result });
    });

  const restart = () => {
    setError(null);
    setState({ step: "file" });
  };

  const steps = [
    t("tools.import.stepFile"),
    t("tools.import.stepMapping"),
    t("tools.import.stepDryRun"),
    t("tools.import.stepDone"),
  ];

  return (
    <div className="art28-tools-wizard">
      <StepIndicator steps={steps} current={stepOrder.indexOf(state.step)} label={t("tools.import.stepsLabel")} />
      {state.step === "file" && (
        <FileStep busy={busy} error={error} onSubmit={(file) => void readFile(file)} headingRef={headingRef} />
      )}
      {state.step === "mapping" && (
        <MappingStep
          state={state}
          busy={busy}
          error={error}
          onChange={(mapping) => setState({ ...state, mapping })}
          onSubmit={() => void checkRows(state)}
          onRestart={restart}
          headingRef={headingRef}
        />
      )}
      {state.step === "dryRun" && (
        <DryRunStep
          state={state}
          busy={busy}
          error={error}
          onImport={(skipInvalid) => void importRows(state, skipInvalid)}
          onBack={() => {
            setError(null);
            setState({ step: "mapping", file: state.file, preview: state.preview, mapping: state.mapping });
          }}
          onRestart={restart}
          headingRef={headingRef}
        />
      )}
      {state.step === "done" && (
        <DoneStep state={state} organisationId={organisationId} onRestart={restart} headingRef={headingRef} />
      )}
    </div>
  );
}
