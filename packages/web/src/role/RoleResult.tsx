import {
  answerOf,
  requiredAgreementLabels,
  roleOutcomeLabels,
  roleQuestion,
  unknownAnswer,
  unknownAnswerLabel,
  type RequiredAgreement,
  type RoleAssessmentAnswers,
  type RoleOutcome,
  type RoleQuestionKey,
  type RoleRuleId,
  type BilingualText,
} from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { ReactNode, Ref } from "react";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routes } from "../paths.ts";
import { ruleNumber } from "./role-wizard.ts";

/** What the result page needs of an evaluation; both the domain's result and a stored assessment fit. */
export interface RoleResultView {
  modelVersion: string;
  outcome: RoleOutcome;
  agreement: RequiredAgreement | null;
  rule: RoleRuleId;
  explanation: BilingualText;
  references: readonly string[];
  nextSteps: readonly BilingualText[];
  openQuestions: readonly RoleQuestionKey[];
  possibleOutcomes: readonly RoleOutcome[];
}

export interface RoleResultProps {
  title: string;
  result: RoleResultView;
  /** The answers the outcome rests on, in asking order. */
  asked: readonly RoleQuestionKey[];
  answers: RoleAssessmentAnswers;
  /** The in-app address that opens `key` again in the wizard, to change (or give) its answer. */
  changeLink: (key: RoleQuestionKey) => string;
  /** Who recorded it and when, or that it is not recorded yet; shown under the title. */
  status?: ReactNode;
  /** Extra actions next to the print button (start again, record, back to the overview). */
  actions?: ReactNode;
  headingRef: Ref<HTMLHeadingElement>;
}

function answerLabel(answers: RoleAssessmentAnswers, key: RoleQuestionKey): BilingualText {
  const value = answerOf(answers, key);
  if (value === unknownAnswer) return unknownAnswerLabel;
  return roleQuestion(key).options.find((option) => option.value === value)?.label ?? unknownAnswerLabel;
}

/** The outcome in plain words, the paperwork, why, and what to do next; printable. */
export function RoleResult({
  title,
  result,
  asked,
  answers,
  changeLink,
  status,
  actions,
  headingRef,
}: RoleResultProps) {
  const { t, locale } = useTranslation();
  const undetermined = result.outcome === "undetermined";
  const appearance = undetermined ? "warning" : result.agreement === "none" ? "pass" : "info";

  return (
    <div className="art28-role-result">
      <Paragraph className="art28-print-only">{t("role.printSource")}</Paragraph>
      <Heading level={1} ref={headingRef} tabIndex={-1} className="art28-role-result__title">
        {title}
      </Heading>
      {status}

      <section className={`art28-role-verdict art28-role-verdict--${appearance}`} aria-labelledby="role-outcome">
        <Paragraph className="art28-role-verdict__label">{t("role.outcomeIntro")}</Paragraph>
        <Heading level={2} id="role-outcome" className="art28-role-verdict__outcome">
          {roleOutcomeLabels[result.outcome][locale]}
        </Heading>
        <Paragraph className="art28-role-verdict__label">{t("role.agreementIntro")}</Paragraph>
        <Paragraph className="art28-role-verdict__agreement">
          {result.agreement ? requiredAgreementLabels[result.agreement][locale] : t("role.agreementUndetermined")}
        </Paragraph>
      </section>

      <section className="art28-role-section" aria-labelledby="role-why">
        <Heading level={2} id="role-why">
          {t("role.explanationTitle")}
        </Heading>
        <Paragraph>{result.explanation[locale]}</Paragraph>
        <dl className="art28-facts">
          <div className="art28-facts__item">
            <dt>{t("role.ruleLabel")}</dt>
            <dd>
              {undetermined
                ? t("role.ruleUndetermined", { version: result.modelVersion })
                : t("role.rule", { number: ruleNumber(result.rule), version: result.modelVersion })}
            </dd>
          </div>
        </dl>
      </section>

      {undetermined && result.openQuestions.length > 0 && (
        <section className="art28-role-section" aria-labelledby="role-open">
          <Heading level={2} id="role-open">
            {t("role.openQuestionsTitle")}
          </Heading>
          <Paragraph>{t("role.openQuestionsIntro")}</Paragraph>
          <ul className="art28-role-list">
            {result.openQuestions.map((key) => (
              <li key={key}>
                <RouterLink to={changeLink(key)}>
                  {t("role.answerQuestion", { title: roleQuestion(key).title[locale] })}
                </RouterLink>
              </li>
            ))}
          </ul>
          <Paragraph>
            {t("role.possibleOutcomes", {
              outcomes: result.possibleOutcomes.map((outcome) => roleOutcomeLabels[outcome][locale]).join(", "),
            })}
          </Paragraph>
        </section>
      )}

      <section className="art28-role-section" aria-labelledby="role-next">
        <Heading level={2} id="role-next">
          {t("role.nextStepsTitle")}
        </Heading>
        {result.agreement === "none" && (
          <div className="art28-role-callout">
            <Heading level={3} appearance="level-4">
              {t("role.noAgreementTitle")}
            </Heading>
            <Paragraph>{t("role.noAgreementBody")}</Paragraph>
          </div>
        )}
        {result.agreement === "art26_arrangement" && (
          <div className="art28-role-callout">
            <Heading level={3} appearance="level-4">
              {t("role.jointTitle")}
            </Heading>
            <Paragraph>{t("role.jointBody")}</Paragraph>
          </div>
        )}
        {result.nextSteps.length > 0 && (
          <ol className="art28-role-list">
            {result.nextSteps.map((step) => (
              <li key={step.en}>{step[locale]}</li>
            ))}
          </ol>
        )}
        {result.agreement === "art28_processor_agreement" && (
          <Paragraph className="art28-role-result__check">
            {t("role.processorLinkIntro")} <RouterLink to={routes.check}>{t("role.processorLink")}</RouterLink>
          </Paragraph>
        )}
      </section>

      {result.references.length > 0 && (
        <section className="art28-role-section" aria-labelledby="role-references">
          <Heading level={2} id="role-references">
            {t("role.referencesTitle")}
          </Heading>
          <ul className="art28-role-list">
            {result.references.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="art28-role-section" aria-labelledby="role-answers">
        <Heading level={2} id="role-answers">
          {t("role.answersTitle")}
        </Heading>
        <Paragraph>{t("role.answersIntro")}</Paragraph>
        <dl className="art28-role-answers">
          {asked.map((key) => {
            const question = roleQuestion(key);
            return (
              <div key={key} className="art28-role-answers__item">
                <dt>{question.text[locale]}</dt>
                <dd>
                  <span className="art28-role-answers__value">{answerLabel(answers, key)[locale]}</span>
                  <RouterLink to={changeLink(key)} className="art28-role-answers__change">
                    <span aria-hidden="true">{t("role.change")}</span>
                    <span className="art28-visually-hidden">
                      {t("role.changeAnswer", { title: question.title[locale] })}
                    </span>
                  </RouterLink>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <Paragraph className="art28-role-result__disclaimer">{t("role.disclaimer")}</Paragraph>

      <div className="art28-role-result__actions">
        <Button purpose="secondary" onClick={() => window.print()}>
          {t("role.print")}
        </Button>
        {actions}
      </div>
    </div>
  );
}
