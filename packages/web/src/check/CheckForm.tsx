import type { CheckLanguage } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useEffect, useRef, useState, type DragEvent, type FormEvent, type RefObject } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { checkFileAccept, checkFileProblem, formatFileSize } from "./check-file.ts";

/** The language choice of the form: detect it, or read the document as Dutch or English. */
export type LanguageChoice = "auto" | CheckLanguage;

const languageChoices: ReadonlyArray<{ value: LanguageChoice; lang?: CheckLanguage; name?: string }> = [
  { value: "auto" },
  // Each language is named in itself, as in the language switch of the header.
  { value: "nl", lang: "nl", name: "Nederlands" },
  { value: "en", lang: "en", name: "English" },
];

export const fileInputId = "check-file";

export interface CheckFormProps {
  language: LanguageChoice;
  onLanguageChange: (language: LanguageChoice) => void;
  busy: boolean;
  onSubmit: (file: File) => void;
  onCancel: () => void;
  /** Called when the user picks another file, e.g. to clear an earlier failure. */
  onFileChange: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

function hasFiles(event: DragEvent<HTMLElement>): boolean {
  return event.dataTransfer.types.includes("Files");
}

/**
 * The upload form. The labelled file input is the control; the box around it also takes a
 * dropped file, as an extra for those who can drag.
 */
export function CheckForm({
  language,
  onLanguageChange,
  busy,
  onSubmit,
  onCancel,
  onFileChange,
  inputRef,
}: CheckFormProps) {
  const { t, locale } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  useEffect(() => {
    // A file dropped next to the box would make the browser open it and leave the page.
    const refuse = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    window.addEventListener("dragover", refuse);
    window.addEventListener("drop", refuse);
    return () => {
      window.removeEventListener("dragover", refuse);
      window.removeEventListener("drop", refuse);
    };
  }, []);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    // Said at once, so nobody waits for an upload that cannot succeed.
    setFileError(chosen ? checkFileProblem(chosen) : null);
    onFileChange();
  };

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const files = event.dataTransfer.files;
    if (files.length > 1) {
      setFileError("check.fileMultiple");
      return;
    }
    const dropped = files[0] ?? null;
    if (inputRef.current) {
      try {
        // Keeps the input showing what was dropped, as if it had been chosen there.
        inputRef.current.files = files;
      } catch {
        // Older browsers cannot set files; the chosen-file line below still says which one.
      }
    }
    choose(dropped);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkFileProblem(file);
    setFileError(problem);
    if (problem || !file) {
      inputRef.current?.focus();
      return;
    }
    onSubmit(file);
  };

  const descriptionId = `${fileInputId}-description`;
  const errorId = `${fileInputId}-error`;

  return (
    <form className="art28-check-form" noValidate onSubmit={handleSubmit}>
      <div
        className={`art28-dropzone${dragging ? " art28-dropzone--active" : ""}${fileError ? " art28-dropzone--invalid" : ""}`}
        onDragEnter={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          dragDepth.current += 1;
          setDragging(true);
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={() => {
          // Enter and leave also fire for the children; only the last leave counts.
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        }}
        onDrop={handleDrop}
      >
        <FormField
          invalid={fileError !== null}
          label={<FormLabel htmlFor={fileInputId}>{t("check.fileLabel")}</FormLabel>}
          description={<FormFieldDescription id={descriptionId}>{t("check.fileDescription")}</FormFieldDescription>}
          errorMessage={fileError && <FormFieldErrorMessage id={errorId}>{t(fileError)}</FormFieldErrorMessage>}
          input={
            <input
              ref={inputRef}
              id={fileInputId}
              className="art28-file-input"
              type="file"
              name="file"
              accept={checkFileAccept}
              aria-describedby={fileError ? `${descriptionId} ${errorId}` : descriptionId}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
            />
          }
        />
        {file && (
          <Paragraph className="art28-dropzone__chosen">
            {t("check.chosenFile", { name: file.name, size: formatFileSize(file.size, locale) })}
          </Paragraph>
        )}
        <Paragraph className="art28-dropzone__hint">{dragging ? t("check.dropActive") : t("check.dropHint")}</Paragraph>
      </div>

      <Fieldset aria-describedby="check-language-description" className="art28-check-language">
        <FieldsetLegend>{t("check.languageLegend")}</FieldsetLegend>
        <FormFieldDescription id="check-language-description">{t("check.languageDescription")}</FormFieldDescription>
        {languageChoices.map((choice) => {
          const id = `check-language-${choice.value}`;
          return (
            <FormField
              key={choice.value}
              type="radio"
              label={
                <FormLabel htmlFor={id} type="radio" checked={language === choice.value}>
                  {choice.name ? <span lang={choice.lang}>{choice.name}</span> : t("check.languageAuto")}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={id}
                  name="language"
                  value={choice.value}
                  checked={language === choice.value}
                  onChange={() => onLanguageChange(choice.value)}
                />
              }
            />
          );
        })}
      </Fieldset>

      <div className="art28-check-form__actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {t("check.submit")}
        </Button>
        {busy && (
          <Button type="button" purpose="secondary" onClick={onCancel}>
            {t("check.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
