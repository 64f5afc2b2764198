import type { CheckReport, RequirementResultView } from "@art28/contract";
import { conflictDefinition, requirementDefinition } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Checkbox, FormField, FormLabel } from "@utrecht/component-library-react";
import { useMemo, useState, type Ref } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm } from "../i18n/messages.ts";
import { DocumentText, findingElementId } from "./DocumentText.tsx";
import { jumpTo } from "./focus.ts";
import {
  explanationWithoutTitle,
  groupFindings,
  isConflictingText,
  locateEvidence,
  type EvidenceMap,
  type FindingGroupId,
} from "./report-view.ts";
import { StatusIcon, type StatusAppearance } from "./StatusIcon.tsx";

export interface CheckResultProps {
  report: CheckReport;
  fileName: string;
  checkedAt: Date;
  onCheckAnother: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

function groupHeadingId(group: FindingGroupId): string {
  return `findings-${group}`;
}

function appearanceOf(requirement: RequirementResultView): StatusAppearance {
  if (requirement.status === "missing" && !requirement.mandatory) return "advisory";
  return requirement.status;
}

/** Status in words with its icon; the words carry the meaning, the colour only helps. */
function StatusLabel({ requirement }: { requirement: RequirementResultView }) {
  const { t } = useTranslation();
  const appearance = appearanceOf(requirement);
  return (
    <span className={`art28-status art28-status--${appearance}`}>
      <StatusIcon appearance={appearance} />
      {t(`check.status.${requirement.status}`)}
    </span>
  );
}

interface QuoteProps {
  text: string;
  location: string;
  language: CheckReport["language"];
  conflict: boolean;
  evidence: EvidenceMap;
}

/**
 * A quoted sentence with where it stands, and a link to it in the document text. A sentence that
 * is a conflicting clause says so wherever it is quoted, also as evidence for another element.
 */
function Quote({ text, location, language, conflict, evidence }: QuoteProps) {
  const { t, locale } = useTranslation();
  const highlight = evidence.highlightFor(text);
  const conflicting = conflict || highlight?.conflict === true;
  return (
    <figure className={`art28-quote${conflict ? " art28-quote--conflict" : ""}`}>
      <blockquote className="art28-quote__text" lang={language}>
        {text}
      </blockquote>
      <figcaption className="art28-quote__caption">
        {conflicting && (
          <span className="art28-mark__label" lang={locale}>
            {t("check.markConflict")}
          </span>
        )}
        {location && <span lang={language}>{location}</span>}
        {highlight && (
          <Link className="art28-quote__jump" href={`#${highlight.id}`} onClick={jumpTo(highlight.id)}>
            {t("check.showInDocument")}
            {location && <span className="art28-visually-hidden">: {location}</span>}
          </Link>
        )}
      </figcaption>
    </figure>
  );
}

function Finding({
  requirement,
  report,
  evidence,
}: {
  requirement: RequirementResultView;
  report: CheckReport;
  evidence: EvidenceMap;
}) {
  const { t, locale } = useTranslation();
  const definition = requirementDefinition(requirement.id);
  const titleId = `${findingElementId(requirement.id)}-title`;
  const conflicts = requirement.conflicts ?? [];
  const support = requirement.evidence.filter((item) => !isConflictingText(requirement, item.text));
  return (
    <article
      id={findingElementId(requirement.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`art28-finding art28-finding--${appearanceOf(requirement)}`}
    >
      <div className="art28-finding__header">
        <Heading level={4} id={titleId} className="art28-finding__title">
          {definition.title[locale]}
        </Heading>
        <StatusLabel requirement={requirement} />
        {!requirement.mandatory && <span className="art28-finding__tag">{t("check.notMandatory")}</span>}
      </div>
      <Paragraph className="art28-finding__basis">{t("check.legalBasis", { basis: definition.legalBasis })}</Paragraph>
      <Paragraph lang={report.language}>{explanationWithoutTitle(report, requirement)}</Paragraph>
      {conflicts.map((conflict, index) => {
        const conflictEntry = conflictDefinition(conflict.id);
        return (
          <div key={`${conflict.id}-${index}`} className="art28-finding__conflict">
            <Paragraph className="art28-finding__conflict-title">
              <strong>{t("check.conflictClause", { title: conflictEntry.title[locale] })}</strong>
            </Paragraph>
            <Paragraph>
              {/* The explanation above already says this when the document is in the interface language. */}
              {!requirement.explanation.includes(conflictEntry.explanation[locale]) && (
                <>{conflictEntry.explanation[locale]} </>
              )}
              <span className="art28-finding__basis">{t("check.legalBasis", { basis: conflictEntry.legalBasis })}</span>
            </Paragraph>
            <Quote
              text={conflict.text}
              location={conflict.location}
              language={report.language}
              conflict
              evidence={evidence}
            />
          </div>
        );
      })}
      {support.length > 0 && (
        <div className="art28-finding__evidence">
          <Paragraph className="art28-finding__evidence-label">
            {t(conflicts.length > 0 ? "check.evidenceAlso" : "check.evidence")}
          </Paragraph>
          {support.map((item, index) => (
            <Quote
              key={index}
              text={item.text}
              location={item.location}
              language={report.language}
              conflict={false}
              evidence={evidence}
            />
          ))}
        </div>
      )}
    </article>
  );
}

/** The verdict at a glance: a not-an-agreement warning first, then compliant or not, with the counts. */
function Verdict({ report }: { report: CheckReport }) {
  const { t, locale } = useTranslation();
  const { summary } = report;
  const conflictCount = summary.conflicts.length;
  const missingCount = summary.missing.length;
  return (
    <>
      {!report.isProcessorAgreement && (
        <section className="art28-verdict art28-verdict--warning" aria-labelledby="check-not-agreement">
          <StatusIcon appearance="missing" />
          <div className="art28-verdict__body">
            <Heading level={2} appearance="level-3" id="check-not-agreement">
              {t("check.notAgreementTitle")}
            </Heading>
            <Paragraph lang={report.language}>{report.processorAgreementReason}</Paragraph>
            <Paragraph>{t("check.notAgreementBody")}</Paragraph>
          </div>
        </section>
      )}
      <section
        className={`art28-verdict ${summary.compliant ? "art28-verdict--pass" : "art28-verdict--fail"}`}
        aria-labelledby="check-verdict"
      >
        <StatusIcon appearance={summary.compliant ? "present" : "conflict"} />
        <div className="art28-verdict__body">
          <Heading level={2} appearance="level-3" id="check-verdict">
            {t(summary.compliant ? "check.verdictCompliant" : "check.verdictNotCompliant")}
          </Heading>
          <Paragraph className="art28-verdict__count">
            <strong>
              {t("check.verdictPresent", { present: summary.mandatoryPresent, total: summary.mandatoryTotal })}
            </strong>
          </Paragraph>
          <ul className="art28-verdict__list">
            {conflictCount > 0 && (
              <li className="art28-verdict__conflicts">
                {t(`check.verdictConflicts.${pluralForm(locale, conflictCount)}`, { count: conflictCount })}
              </li>
            )}
            {/* Not said of a document that was not assessed at all. */}
            {conflictCount === 0 && report.isProcessorAgreement && <li>{t("check.verdictNoConflicts")}</li>}
            {missingCount > 0 && (
              <li>{t(`check.verdictMissing.${pluralForm(locale, missingCount)}`, { count: missingCount })}</li>
            )}
          </ul>
        </div>
      </section>
    </>
  );
}

function Facts({ report, fileName, checkedAt }: { report: CheckReport; fileName: string; checkedAt: Date }) {
  const { t, locale } = useTranslation();
  const languageName = t(`check.languageName.${report.language}`);
  return (
    <dl className="art28-facts">
      <div className="art28-facts__item">
        <dt>{t("check.factDocument")}</dt>
        <dd className="art28-facts__file">{fileName}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("check.factCheckedAt")}</dt>
        <dd>{new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(checkedAt)}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("check.factLanguage")}</dt>
        <dd>
          {t(report.languageDetected ? "check.languageDetected" : "check.languageChosen", { language: languageName })}
        </dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("check.factAgreement")}</dt>
        <dd>
          {t(report.isProcessorAgreement ? "check.yes" : "check.no")}.{" "}
          <span lang={report.language}>{report.processorAgreementReason}</span>
        </dd>
      </div>
    </dl>
  );
}

/** The result of a check: verdict, findings in order of urgency, and the document text with the evidence marked. */
export function CheckResult({ report, fileName, checkedAt, onCheckAnother, headingRef }: CheckResultProps) {
  const { t } = useTranslation();
  const [printDocumentText, setPrintDocumentText] = useState(false);
  const groups = useMemo(() => groupFindings(report.requirements), [report]);
  const documentText = report.documentText ?? "";
  const evidence = useMemo(() => locateEvidence(documentText, report.requirements), [documentText, report]);

  return (
    <div className={`art28-check-result${printDocumentText ? " art28-check-result--print-text" : ""}`}>
      <Heading level={1} ref={headingRef} tabIndex={-1} className="art28-check-result__title">
        {t("check.resultTitle")}
      </Heading>
      {/* On paper the page header is gone; this says where the report comes from. */}
      <Paragraph className="art28-print-only">{t("check.printSource")}</Paragraph>

      <Verdict report={report} />
      <Facts report={report} fileName={fileName} checkedAt={checkedAt} />
      <Paragraph className="art28-check-result__disclaimer">{t("check.disclaimer")}</Paragraph>

      <div className="art28-check-result__actions">
        <div className="art28-check-result__buttons">
          <Button purpose="primary" onClick={() => window.print()}>
            {t("check.print")}
          </Button>
          <Button purpose="secondary" onClick={onCheckAnother}>
            {t("check.again")}
          </Button>
        </div>
        {documentText && (
          <FormField
            type="checkbox"
            className="art28-check-result__print-option"
            label={
              <FormLabel htmlFor="check-print-text" type="checkbox" checked={printDocumentText}>
                {t("check.printDocumentText")}
              </FormLabel>
            }
            input={
              <Checkbox
                id="check-print-text"
                checked={printDocumentText}
                onChange={(event) => setPrintDocumentText(event.target.checked)}
              />
            }
          />
        )}
      </div>

      <nav className="art28-findings-navigation" aria-label={t("check.findingsNavigation")}>
        <ul>
          {groups
            .filter((group) => group.requirements.length > 0)
            .map((group) => (
              <li key={group.id}>
                <Link href={`#${groupHeadingId(group.id)}`} onClick={jumpTo(groupHeadingId(group.id))}>
                  <StatusIcon appearance={group.id} />
                  {t("check.groupTitle", { title: t(`check.group.${group.id}`), count: group.requirements.length })}
                </Link>
              </li>
            ))}
        </ul>
      </nav>

      <section className="art28-findings" aria-labelledby="check-findings">
        <Heading level={2} id="check-findings">
          {t("check.findingsTitle")}
        </Heading>
        {groups
          .filter((group) => group.requirements.length > 0)
          .map((group) => (
            <section
              key={group.id}
              className={`art28-finding-group art28-finding-group--${group.id}`}
              aria-labelledby={groupHeadingId(group.id)}
            >
              <Heading level={3} id={groupHeadingId(group.id)} tabIndex={-1}>
                {t("check.groupTitle", { title: t(`check.group.${group.id}`), count: group.requirements.length })}
              </Heading>
              <Paragraph>{t(`check.groupIntro.${group.id}`)}</Paragraph>
              <ul className="art28-finding-list">
                {group.requirements.map((requirement) => (
                  <li key={requirement.id}>
                    <Finding requirement={requirement} report={report} evidence={evidence} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </section>

      {documentText && <DocumentText text={documentText} language={report.language} highlights={evidence.highlights} />}

      <div className="art28-check-result__buttons art28-check-result__end">
        <Button purpose="secondary" onClick={onCheckAnother}>
          {t("check.again")}
        </Button>
      </div>
    </div>
  );
}
