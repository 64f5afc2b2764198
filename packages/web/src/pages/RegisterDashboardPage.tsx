import type { Dashboard } from "@art28/contract";
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
import { useId } from "react";
import { useParams } from "react-router";
import { registerApi } from "../api/register-client.ts";
import { useShellContext } from "../components/AppShell.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import {
  ComplianceBar,
  ComplianceSwatch,
  CoverageRing,
  DeadlineWeeksChart,
  InlineBar,
} from "../register/DashboardCharts.tsx";
import {
  complianceCounts,
  complianceSegments,
  dashboardToday,
  deadlineWeeks,
  flagBars,
} from "../register/dashboard-view.ts";
import { relationshipListPath } from "../register/list-filters.ts";
import { formatCalendarDate, formatMoment } from "../register/register-time.ts";
import "../register/register.css";

function relationshipLink(organisationId: string, relationshipId: string, subjectId?: string): string {
  const path = routePath(routes.relationship, { organisationId, relationshipId });
  return subjectId ? `${path}#record-${subjectId}` : path;
}

function CoverageSection({ dashboard, organisationId }: { dashboard: Dashboard; organisationId: string }) {
  const { t, locale } = useTranslation();
  const headingId = useId();
  const form = pluralForm(locale, dashboard.relationships);
  return (
    <section className="art28-register-panel art28-register-coverage" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t("dashboard.coverageTitle")}
      </Heading>
      <div className="art28-register-coverage__body">
        {dashboard.coveragePercentage !== null && <CoverageRing percentage={dashboard.coveragePercentage} />}
        <div>
          {dashboard.coveragePercentage !== null ? (
            <Paragraph>
              <strong className="art28-register-big-number">
                {t("dashboard.coverageValue", {
                  percentage: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
                    dashboard.coveragePercentage,
                  ),
                })}
              </strong>{" "}
              {t("dashboard.coverageText")}
            </Paragraph>
          ) : (
            <Paragraph>{t("dashboard.coverageNone")}</Paragraph>
          )}
          <Paragraph>
            <RouterLink to={relationshipListPath(organisationId)}>
              {t(form === "one" ? "dashboard.relationships.one" : "dashboard.relationships.other", {
                count: dashboard.relationships,
              })}
            </RouterLink>
          </Paragraph>
        </div>
      </div>
    </section>
  );
}

function ComplianceSection({ dashboard, organisationId }: { dashboard: Dashboard; organisationId: string }) {
  const { t, locale } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const counts = complianceCounts(dashboard.compliance);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section className="art28-register-panel" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t("dashboard.complianceTitle")}
      </Heading>
      <ComplianceBar segments={complianceSegments(dashboard.compliance)} />
      <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="art28-table art28-register-compact-table">
          <TableCaption id={captionId}>{t("dashboard.complianceTable")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("dashboard.columnStatus")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="art28-register-number">
                {t("dashboard.columnCount")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="art28-register-number">
                {t("dashboard.columnShare")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {counts.map(({ state, count }) => {
              const status = t(`register.compliance.${state}`);
              return (
                <TableRow key={state} className={`art28-register-compliance-row--${state}`}>
                  <TableHeaderCell scope="row" className="art28-table__row-header">
                    <span className="art28-register-legend-label">
                      <ComplianceSwatch state={state} />
                      {status}
                    </span>
                  </TableHeaderCell>
                  <TableCell className="art28-register-number">
                    <RouterLink
                      to={relationshipListPath(organisationId, { compliance: state })}
                      aria-label={t(
                        pluralForm(locale, count) === "one" ? "dashboard.countLink.one" : "dashboard.countLink.other",
                        {
                          count,
                          status,
                        },
                      )}
                      className="art28-register-count-link"
                    >
                      {new Intl.NumberFormat(locale).format(count)}
                    </RouterLink>
                  </TableCell>
                  <TableCell className="art28-register-number">
                    {percent.format(total === 0 ? 0 : count / total)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function FlagsSection({ dashboard, organisationId }: { dashboard: Dashboard; organisationId: string }) {
  const { t, locale } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const bars = flagBars(dashboard.flags);
  const summary = bars.map((bar) => `${t(`register.flag.${bar.flag}`)} ${bar.count}`).join(", ");
  return (
    <section className="art28-register-panel art28-register-panel--wide" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t("dashboard.flagsTitle")}
      </Heading>
      {bars.length === 0 ? (
        <Paragraph>{t("dashboard.flagsNone")}</Paragraph>
      ) : (
        <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          {/* The bars sit in the table: one look shows the sizes, the numbers and links are read. */}
          <Table className="art28-table art28-register-compact-table" aria-describedby={`${captionId}-summary`}>
            <TableCaption id={captionId}>{t("dashboard.flagsTable")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("dashboard.columnFlag")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="art28-register-number">
                  {t("dashboard.columnCount")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="art28-register-bar-column">
                  <span className="art28-visually-hidden">{t("dashboard.columnCount")}</span>
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t("dashboard.columnFirst")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {bars.map((bar) => {
                const label = t(`register.flag.${bar.flag}`);
                const entry = dashboard.flags.find((flag) => flag.flag === bar.flag);
                const first = entry?.relationships.slice(0, 3) ?? [];
                return (
                  <TableRow key={bar.flag}>
                    <TableHeaderCell scope="row" className="art28-table__row-header">
                      {label}
                    </TableHeaderCell>
                    <TableCell className="art28-register-number">
                      <RouterLink
                        to={relationshipListPath(organisationId, { flag: bar.flag })}
                        aria-label={t(
                          pluralForm(locale, bar.count) === "one"
                            ? "dashboard.flagLink.one"
                            : "dashboard.flagLink.other",
                          { count: bar.count, flag: label },
                        )}
                        className="art28-register-count-link"
                      >
                        {new Intl.NumberFormat(locale).format(bar.count)}
                      </RouterLink>
                    </TableCell>
                    <TableCell className="art28-register-bar-column">
                      <InlineBar length={bar.length} />
                    </TableCell>
                    <TableCell>
                      <ul className="art28-register-plain-list">
                        {first.map((relationship) => (
                          <li key={relationship.relationshipId}>
                            <RouterLink to={relationshipLink(organisationId, relationship.relationshipId)}>
                              {relationship.counterpartyName}: {relationship.relationshipName}
                            </RouterLink>
                            {relationship.on && <> ({formatCalendarDate(locale, relationship.on)})</>}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <p id={`${captionId}-summary`} className="art28-visually-hidden">
            {t("dashboard.flagsChart", { summary })}
          </p>
        </div>
      )}
    </section>
  );
}

function DeadlinesSection({ dashboard, organisationId }: { dashboard: Dashboard; organisationId: string }) {
  const { t, locale } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const weeks = deadlineWeeks(dashboard.deadlines, dashboardToday(dashboard));
  return (
    <section className="art28-register-panel art28-register-panel--wide" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t("dashboard.deadlinesTitle")}
      </Heading>
      {dashboard.deadlines.length === 0 ? (
        <Paragraph>{t("dashboard.deadlinesNone")}</Paragraph>
      ) : (
        <>
          <DeadlineWeeksChart weeks={weeks} />
          <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <Table className="art28-table">
              <TableCaption id={captionId}>{t("dashboard.deadlinesTable")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("dashboard.columnDate")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("dashboard.columnDeadline")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("dashboard.columnRelationship")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {dashboard.deadlines.map((deadline) => (
                  <TableRow key={`${deadline.deadline}#${deadline.subject.id}#${deadline.on}`}>
                    <TableCell>
                      {deadline.at ? formatMoment(locale, deadline.at) : formatCalendarDate(locale, deadline.on)}
                    </TableCell>
                    <TableCell>{t(`register.deadline.${deadline.deadline}`)}</TableCell>
                    <TableCell>
                      <RouterLink to={relationshipLink(organisationId, deadline.relationshipId, deadline.subject.id)}>
                        {deadline.counterpartyName}: {deadline.relationshipName}
                      </RouterLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

/** The dashboard of the register: compliance counts, coverage, flags and the coming deadlines. */
export function RegisterDashboardPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const { organisation } = useShellContext();
  const { state, reload } = useLoaded((signal) => registerApi.getDashboard(organisationId, signal), organisationId);
  useDocumentTitle(t("dashboard.title"));
  const organisationName = organisation.status === "loaded" ? organisation.organisation.name : "";

  return (
    <div className="art28-register">
      <Heading level={1}>{t("dashboard.title")}</Heading>
      {organisationName && (
        <Paragraph purpose="lead">{t("dashboard.intro", { organisation: organisationName })}</Paragraph>
      )}
      {state.status === "loading" && <Loading text={t("register.loading")} />}
      {state.status === "error" && (
        <ErrorAlert error={state.error} summaryKey="dashboard.loadFailed" onRetry={reload} />
      )}
      {state.status === "loaded" && (
        <div className="art28-register-dashboard">
          <CoverageSection dashboard={state.value} organisationId={organisationId} />
          <ComplianceSection dashboard={state.value} organisationId={organisationId} />
          <FlagsSection dashboard={state.value} organisationId={organisationId} />
          <DeadlinesSection dashboard={state.value} organisationId={organisationId} />
        </div>
      )}
    </div>
  );
}
