import { roleQuestion, unknownAnswer, unknownAnswerLabel, type RoleQuestionKey } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import { useRef, useState, type FormEvent, type Ref } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";

export interface RoleQuestionStepProps {
  questionKey: RoleQuestionKey;
  number: number;
  /** The answer given earlier, shown as chosen. */
  initialValue: string | undefined;
  /** Whether there is a question before this one. */
  hasPrevious: boolean;
  /** The last step before the result: the button says so. */
  submitLabel: "next" | "toResult";
  onAnswer: (value: string) => void;
  /** Back, with the choice made on this page so far (if any), so it is not lost. */
  onBack: (value: string | undefined) => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** One question of the role assessment: the question as a fieldset, its help, and the navigation. */
export function RoleQuestionStep({
  questionKey,
  number,
  initialValue,
  hasPrevious,
  submitLabel,
  onAnswer,
  onBack,
  headingRef,
}: RoleQuestionStepProps) {
  const { t, locale } = useTranslation();
  const question = roleQuestion(questionKey);
  const [value, setValue] = useState<string | undefined>(initialValue);
  const [missing, setMissing] = useState(false);
  const firstRadioRef = useRef<HTMLInputElement>(null);
  const options = [...question.options, { value: unknownAnswer, label: unknownAnswerLabel }];
  const errorId = `role-${questionKey}-error`;
  const helpId = `role-${questionKey}-help`;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (value === undefined) {
      setMissing(true);
      firstRadioRef.current?.focus();
      return;
    }
    onAnswer(value);
  };

  return (
    <form className="art28-role-question" noValidate onSubmit={handleSubmit}>
      <Heading level={2} ref={headingRef} tabIndex={-1} className="art28-role-question__heading">
        <span className="art28-role-question__number">{t("role.questionNumber", { number })}</span>
        <span className="art28-visually-hidden">: </span>
        <span className="art28-role-question__title">{question.title[locale]}</span>
      </Heading>
      <Fieldset invalid={missing} aria-describedby={missing ? errorId : undefined} className="art28-role-fieldset">
        <FieldsetLegend className="art28-role-fieldset__legend">{question.text[locale]}</FieldsetLegend>
        {missing && (
          <FormFieldErrorMessage id={errorId} className="art28-role-fieldset__error">
            {t("role.chooseAnswer")}
          </FormFieldErrorMessage>
        )}
        <div className="art28-role-options">
          {options.map((option, index) => {
            const id = `role-${questionKey}-${option.value}`;
            const checked = value === option.value;
            return (
              <FormField
                key={option.value}
                type="radio"
                label={
                  <FormLabel htmlFor={id} type="radio" checked={checked}>
                    {option.label[locale]}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={id}
                    ref={index === 0 ? firstRadioRef : undefined}
                    name={questionKey}
                    value={option.value}
                    checked={checked}
                    invalid={missing}
                    aria-invalid={missing ? true : undefined}
                    onChange={() => {
                      setValue(option.value);
                      setMissing(false);
                    }}
                  />
                }
              />
            );
          })}
        </div>
      </Fieldset>
      <details className="art28-role-help" id={helpId}>
        <summary>{t("role.helpSummary")}</summary>
        <div className="art28-role-help__body">
          <Heading level={3} appearance="level-5">
            {t("role.helpMeaning")}
          </Heading>
          <Paragraph>{question.help.meaning[locale]}</Paragraph>
          <Heading level={3} appearance="level-5">
            {t("role.helpExample")}
          </Heading>
          <Paragraph>{question.help.example[locale]}</Paragraph>
          <Heading level={3} appearance="level-5">
            {t("role.helpReferences")}
          </Heading>
          <ul className="art28-role-references">
            {question.help.references.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        </div>
      </details>
      <div className="art28-role-question__actions">
        <Button type="submit" purpose="primary">
          {submitLabel === "toResult" ? t("role.toResult") : t("role.next")}
        </Button>
        {hasPrevious && (
          <Button type="button" purpose="secondary" onClick={() => onBack(value)}>
            {t("role.back")}
          </Button>
        )}
      </div>
    </form>
  );
}
