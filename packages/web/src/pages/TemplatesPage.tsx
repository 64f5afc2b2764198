import type { TemplatesOverview } from "@art28/contract";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useParams } from "react-router";
import { authoringApi } from "../api/authoring-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { formatCalendarDate, formatMoment, intlLocale } from "../register/register-time.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { TemplatePublishForm } from "../authoring/TemplatePublishForm.tsx";
import { pluralKey } from "../authoring/plural.ts";
import { readablePlaceholders } from "../authoring/template-form.ts";
import "../register/register.css";
import "../authoring/authoring.css";

/** What the organisation starts from: the source, the model's version, and the defaults. */
function EffectiveTemplateSection({ overview }: { overview: TemplatesOverview }) {
  const { t, locale } = useTranslation();
  const { effective } = overview;
  const euros = new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  return (
    <section className="art28-register-section" aria-labelledby="templates-effective">
      <Heading level={2} id="templates-effective">
        {t("authoring.templates.effectiveTitle")}
      </Heading>
      <Paragraph>{t(`authoring.templates.source.${effective.source}`)}</Paragraph>
      <dl className="art28-facts art28-register-facts">
        {effective.template && (
          <>
            <div className="art28-facts__item">
              <dt>{t("authoring.templates.model")}</dt>
              <dd>
                {t("authoring.templates.modelValue", {
                  name: effective.template.name,
                  version: effective.template.templateVersion,
                  organisation: effective.template.organisationName,
                })}
              </dd>
            </div>
            <div className="art28-facts__item">
              <dt>{t("authoring.templates.published")}</dt>
              <dd>
                {formatMoment(locale, effective.template.publishedAt)}
                {effective.template.publishedBy && ` (${effective.template.publishedBy})`}
              </dd>
            </div>
            <div className="art28-facts__item">
              <dt>{t("authoring.templates.changeNote")}</dt>
              <dd className="art28-register-prewrap">{effective.template.changeNote}</dd>
            </div>
          </>
        )}
        <div className="art28-facts__item">
          <dt>{t("authoring.templates.standard")}</dt>
          <dd>
            {t("authoring.templates.standardValue", {
              name: effective.standard.name[locale],
              version: effective.standard.version,
            })}
            {effective.template && effective.template.baseStandardVersion !== effective.standard.version && (
              <> {t("authoring.templates.basedOn", { version: effective.template.baseStandardVersion })}</>
            )}
          </dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.templates.noticePeriod")}</dt>
          <dd>
            {t(pluralKey("authoring.templates.months", locale, effective.variableDefaults.noticePeriodMonths), {
              count: effective.variableDefaults.noticePeriodMonths,
            })}
          </dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.templates.breachHours")}</dt>
          <dd>
            {t(pluralKey("authoring.templates.hours", locale, effective.variableDefaults.breachNotificationHours), {
              count: effective.variableDefaults.breachNotificationHours,
            })}
          </dd>
        </div>
        <div className="art28-facts__item">
          <dt>{t("authoring.templates.liabilityCap")}</dt>
          <dd>{euros.format(effective.variableDefaults.liabilityCapEuros)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The standard's versions with what changed in each, newest first. */
function ChangeLogSection({ overview }: { overview: TemplatesOverview }) {
  const { t, locale } = useTranslation();
  const entries = [...overview.effective.standard.changeLog].sort((left, right) =>
    right.version.localeCompare(left.version, undefined, { numeric: true }),
  );
  return (
    <section className="art28-register-section" aria-labelledby="templates-changes">
      <Heading level={2} id="templates-changes">
        {t("authoring.templates.changeLogTitle")}
      </Heading>
      {entries.map((entry) => (
        <div key={entry.version}>
          <Heading level={3}>
            {t("authoring.templates.changeLogVersion", {
              version: entry.version,
              date: formatCalendarDate(locale, entry.date),
            })}
          </Heading>
          <ul className="art28-register-change-list">
            {entry.changes.map((change, index) => (
              <li key={index}>{change[locale]}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The organisation's own published versions, newest first. */
function OwnVersionsSection({ overview }: { overview: TemplatesOverview }) {
  const { t, locale } = useTranslation();
  return (
    <section className="art28-register-section" aria-labelledby="templates-own">
      <Heading level={2} id="templates-own" tabIndex={-1}>
        {t("authoring.templates.ownTitle")}
      </Heading>
      {overview.own.length === 0 ? (
        <Paragraph>{t("authoring.templates.ownNone")}</Paragraph>
      ) : (
        <div className="art28-table-scroll" role="region" aria-labelledby="templates-own-caption" tabIndex={0}>
          <Table className="art28-table">
            <TableCaption id="templates-own-caption">{t("authoring.templates.ownCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("authoring.templates.columnVersion")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("authoring.templates.columnName")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("authoring.templates.columnStandard")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("authoring.templates.columnPublished")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("authoring.templates.columnChangeNote")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.own.map((template) => (
                <TableRow key={template.id}>
                  <TableHeaderCell scope="row" className="art28-table__row-header art28-register-number">
                    {template.templateVersion}
                  </TableHeaderCell>
                  <TableCell>{template.name}</TableCell>
                  <TableCell>{template.baseStandardVersion}</TableCell>
                  <TableCell>
                    {formatMoment(locale, template.publishedAt)}
                    {template.publishedBy && (
                      <span className="art28-register-block art28-register-muted">{template.publishedBy}</span>
                    )}
                  </TableCell>
                  <TableCell className="art28-register-prewrap">{template.changeNote}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** The clauses by article, in the organisation's template, with the placeholders in words. */
function ArticlesSection({ overview }: { overview: TemplatesOverview }) {
  const { t, locale } = useTranslation();
  return (
    <section className="art28-register-section" aria-labelledby="templates-articles">
      <Heading level={2} id="templates-articles">
        {t("authoring.templates.articlesTitle")}
      </Heading>
      <Paragraph>{t("authoring.templates.articlesIntro")}</Paragraph>
      {overview.effective.articles.map((article) => (
        <div key={article.id} className="art28-template-article">
          <Heading level={3}>
            {t("authoring.templates.articleHeading", { number: article.number, title: article.title[locale] })}
          </Heading>
          <ol className="art28-template-clauses">
            {article.clauses.map((clause) => (
              <li key={clause.id} className="art28-agreement-clause">
                <p className="art28-agreement-clause__text">
                  <span className="art28-agreement-clause__number">{clause.number}</span>{" "}
                  {readablePlaceholders(clause.text[locale], locale)}
                  {clause.fromTemplate && (
                    <>
                      {" "}
                      <span className="art28-agreement-clause__tag">{t("authoring.templates.reworded")}</span>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

/**
 * "Modelovereenkomst": the standard agreement the organisation starts from (the Art28
 * standard, its association's model or its own), the standard's change log, the clauses by
 * article, and, for those who may, a form to publish an own version.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const mayPublish = useHasPermission(organisationId, "templates.publish");
  const [announcement, setAnnouncement] = useState("");
  const [published, setPublished] = useState(0);
  const { state, previous, reload } = useLoaded(
    (signal) => authoringApi.getTemplates(organisationId, signal),
    organisationId,
  );
  const overview = state.status === "loaded" ? state.value : previous;
  useDocumentTitle(t("authoring.templates.title"));

  return (
    <div className="art28-register art28-authoring">
      <Heading level={1}>{t("authoring.templates.title")}</Heading>
      <Paragraph purpose="lead">{t("authoring.templates.intro")}</Paragraph>
      <Paragraph role="status" aria-live="polite" className="art28-register-announcement">
        {announcement}
      </Paragraph>
      {!overview && state.status === "loading" && <Loading text={t("authoring.loading")} />}
      {state.status === "error" && (
        <ErrorAlert error={state.error} summaryKey="authoring.templates.loadFailed" onRetry={reload} />
      )}
      {overview && state.status !== "error" && (
        <>
          <EffectiveTemplateSection overview={overview} />
          <ChangeLogSection overview={overview} />
          <OwnVersionsSection overview={overview} />
          {mayPublish && (
            <section className="art28-register-section" aria-labelledby="templates-publish">
              <Heading level={2} id="templates-publish">
                {t("authoring.templates.publishTitle")}
              </Heading>
              <Paragraph>{t("authoring.templates.publishIntro")}</Paragraph>
              <TemplatePublishForm
                key={`${organisationId}#${published}`}
                organisationId={organisationId}
                effective={overview.effective}
                onPublished={(template) => {
                  setAnnouncement(
                    t("authoring.templates.publishedMessage", {
                      name: template.name,
                      version: template.templateVersion,
                    }),
                  );
                  setPublished((count) => count + 1);
                  reload();
                  requestAnimationFrame(() => document.getElementById("templates-own")?.focus());
                }}
              />
            </section>
          )}
          <ArticlesSection overview={overview} />
        </>
      )}
    </div>
  );
}
