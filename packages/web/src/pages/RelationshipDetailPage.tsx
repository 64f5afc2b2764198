import type { RelationshipDetail } from "@art28/contract";
import { agreementKindLabels, countryName, roleOutcomeLabels } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { registerApi, relationshipRecordKinds } from "../api/register-client.ts";
import { RelationshipAgreements } from "../authoring/RelationshipAgreements.tsx";
import { CheckResult } from "../check/CheckResult.tsx";
import { jumpTo } from "../check/focus.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { DeleteConfirmation } from "../register/DeleteConfirmation.tsx";
import { HistoryPanel } from "../register/HistoryPanel.tsx";
import { relationshipListPath } from "../register/list-filters.ts";
import { initialValues, relationshipForm } from "../register/record-forms.ts";
import { RecordFormView } from "../register/RecordFormView.tsx";
import { RecordSection, type SectionContext } from "../register/RecordSection.tsx";
import { formatCalendarDate, formatMoment } from "../register/register-time.ts";
import { SpecificationSection } from "../register/SpecificationSection.tsx";
import { ComplianceBadge } from "../register/StatusBadges.tsx";
import "../register/register.css";

/** The computed status in words: compliance with its explanation, flags with their dates, coming deadlines. */
function StatusSection({ detail }: { detail: RelationshipDetail }) {
  const { t, locale } = useTranslation();
  const { status } = detail;
  return (
    <section className="art28-register-section art28-register-status" aria-labelledby="section-status">
      <Heading level={2} id="section-status">
        {t("detail.statusTitle")}
      </Heading>
      <Paragraph>
        <ComplianceBadge compliance={status.compliance} />
      </Paragraph>
      <Paragraph>{t(`register.complianceExplanation.${status.compliance}`)}</Paragraph>
      {status.requiredAgreement && status.requiredAgreement !== "none_needed" && (
        <Paragraph>
          {t("register.requiredAgreement", { agreement: agreementKindLabels[status.requiredAgreement][locale] })}
        </Paragraph>
      )}
      <Heading level={3}>{t("detail.flagsTitle")}</Heading>
      {status.flags.length === 0 ? (
        <Paragraph>{t("detail.noFlags")}</Paragraph>
      ) : (
        <ul className="art28-register-flags">
          {status.flags.map((flag, index) => (
            <li key={`${flag.flag}#${flag.subject?.id ?? index}`}>
              <strong>{t(`register.flag.${flag.flag}`)}</strong>
              {": "}
              {t(`register.flagExplanation.${flag.flag}`, {
                date: flag.on ? formatCalendarDate(locale, flag.on) : "",
                moment: flag.at ? formatMoment(locale, flag.at) : "",
              })}
              {flag.subject && (
                <>
                  {" "}
                  <Link href={`#record-${flag.subject.id}`} onClick={jumpTo(`record-${flag.subject.id}-title`)}>
                    {t(`detail.item.${sectionOfSubject(flag.subject.type)}`)}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {status.deadlines.length > 0 && (
        <>
          <Heading level={3}>{t("detail.deadlinesTitle")}</Heading>
          <ul className="art28-register-flags">
            {status.deadlines.map((deadline) => (
              <li key={`${deadline.deadline}#${deadline.subject.id}`}>
                {deadline.at ? formatMoment(locale, deadline.at) : formatCalendarDate(locale, deadline.on)}:{" "}
                <Link href={`#record-${deadline.subject.id}`} onClick={jumpTo(`record-${deadline.subject.id}-title`)}>
                  {t(`register.deadline.${deadline.deadline}`)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function sectionOfSubject(type: "agreement" | "certification" | "audit" | "breach") {
  return type === "agreement"
    ? "agreements"
    : type === "certification"
      ? "certifications"
      : type === "audit"
        ? "audits"
        : "breaches";
}

/** Name, party and role, with editing and deleting for those who may. */
function RelationshipHeader({ detail, context }: { detail: RelationshipDetail; context: SectionContext }) {
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = () => {
    setMode("view");
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  return (
    <header className="art28-register-header">
      <Heading level={1} ref={headingRef} tabIndex={-1} className="art28-register-title">
        {detail.name}
      </Heading>
      {mode === "edit" ? (
        <RecordFormView
          form={relationshipForm}
          idPrefix="relationship-edit"
          initial={initialValues(relationshipForm, detail as unknown as Record<string, unknown>)}
          mode="update"
          submitLabel={t("register.save")}
          onCancel={close}
          onUnchanged={() => {
            close();
            context.onChanged(t("register.unchanged"));
          }}
          onSubmit={async (body) => {
            await registerApi.updateRelationship(context.organisationId, context.relationshipId, body);
            close();
            context.onChanged(t("register.saved"));
          }}
        />
      ) : (
        <dl className="art28-facts art28-register-facts">
          <div className="art28-facts__item">
            <dt>{t("detail.counterparty")}</dt>
            <dd>{detail.counterparty.name}</dd>
          </div>
          {detail.counterparty.kvkNumber && (
            <div className="art28-facts__item">
              <dt>{t("detail.kvkNumber")}</dt>
              <dd>{detail.counterparty.kvkNumber}</dd>
            </div>
          )}
          <div className="art28-facts__item">
            <dt>{t("detail.country")}</dt>
            <dd>{countryName(detail.counterparty.country, locale)}</dd>
          </div>
          <div className="art28-facts__item">
            <dt>{t("detail.role")}</dt>
            <dd>{detail.role ? roleOutcomeLabels[detail.role][locale] : t("list.roleUnknown")}</dd>
          </div>
          {detail.notes && (
            <div className="art28-facts__item">
              <dt>{t("detail.notes")}</dt>
              <dd className="art28-register-prewrap">{detail.notes}</dd>
            </div>
          )}
        </dl>
      )}
      {mode === "delete" && (
        <DeleteConfirmation
          name={detail.name}
          stillReferencedKey="detail.relationshipDeleteBlocked"
          onCancel={close}
          onConfirm={async () => {
            await registerApi.deleteRelationship(context.organisationId, context.relationshipId);
            void navigate(relationshipListPath(context.organisationId));
          }}
        />
      )}
      <div className="art28-register-actions">
        {context.mayWrite && mode === "view" && (
          <>
            <Button purpose="secondary" onClick={() => setMode("edit")}>
              {t("detail.editRelationship")}
            </Button>
            <Button purpose="secondary" hint="negative" onClick={() => setMode("delete")}>
              {t("detail.deleteRelationship")}
            </Button>
          </>
        )}
        <HistoryPanel
          organisationId={context.organisationId}
          entityType="relationship"
          entityId={context.relationshipId}
          name={detail.name}
        />
      </div>
    </header>
  );
}

/** The full check report of an agreement's signed document, as the public check shows one. */
function CheckReportView({
  organisationId,
  relationshipId,
  agreementId,
}: {
  organisationId: string;
  relationshipId: string;
  agreementId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detailPath = routePath(routes.relationship, { organisationId, relationshipId });
  const report = useLoaded(
    (signal) => registerApi.getCheckReport(organisationId, agreementId, signal),
    `${organisationId}#${agreementId}`,
  );
  const detail = useLoaded(
    (signal) => registerApi.getRelationship(organisationId, relationshipId, signal),
    `${organisationId}#${relationshipId}`,
  );
  const relationship = detail.state.status === "loaded" ? detail.state.value : undefined;
  const agreement = relationship?.agreements.find((candidate) => candidate.id === agreementId);
  useDocumentTitle(t("check.resultTitle"));
  return (
    <div className="art28-register">
      <Paragraph>
        {/* Same path as this view (only the query differs), so not marked as the current page. */}
        <RouterLink to={detailPath} current={false}>
          {t("detail.reportBack", { name: relationship?.name ?? t("detail.item.agreements") })}
        </RouterLink>
      </Paragraph>
      {(report.state.status === "loading" || (report.state.status === "loaded" && !relationship)) && (
        <Loading text={t("register.loading")} />
      )}
      {report.state.status === "error" && (
        <>
          <Heading level={1}>{t("check.resultTitle")}</Heading>
          <ErrorAlert error={report.state.error} summaryKey="detail.reportFailed" onRetry={report.reload} />
        </>
      )}
      {report.state.status === "loaded" && relationship && (
        <CheckResult
          report={report.state.value}
          fileName={agreement?.signedDocument?.fileName ?? report.state.value.file}
          checkedAt={new Date(agreement?.latestCheck?.checkedAt ?? relationship.updatedAt)}
          headingRef={headingRef}
          onCheckAnother={() => void navigate(routes.check)}
        />
      )}
    </div>
  );
}

/** One relationship with everything recorded under it, editable, and its history. */
export function RelationshipDetailPage() {
  const { t } = useTranslation();
  const { organisationId = "", relationshipId = "" } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const mayWrite = useHasPermission(organisationId, "register.write");
  const [announcement, setAnnouncement] = useState("");
  const { state, previous, reload } = useLoaded(
    (signal) => registerApi.getRelationship(organisationId, relationshipId, signal),
    `${organisationId}#${relationshipId}`,
  );
  const detail = state.status === "loaded" ? state.value : previous?.id === relationshipId ? previous : undefined;
  useDocumentTitle(detail?.name ?? (state.status === "error" ? t("detail.loadFailed") : undefined));

  const onChanged = useCallback(
    (message: string) => {
      setAnnouncement(message);
      reload();
    },
    [reload],
  );

  const scrolled = useRef(false);
  useEffect(() => {
    // A link from the dashboard may point at one record: bring it into view once it is there.
    if (scrolled.current || !detail || !location.hash) return;
    scrolled.current = true;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [detail, location.hash]);

  const reportAgreementId = searchParams.get("rapport");
  if (reportAgreementId) {
    return (
      <CheckReportView
        organisationId={organisationId}
        relationshipId={relationshipId}
        agreementId={reportAgreementId}
      />
    );
  }

  const context: SectionContext = { organisationId, relationshipId, mayWrite, onChanged };
  return (
    <div className="art28-register art28-register-detail">
      <Paragraph>
        <RouterLink to={relationshipListPath(organisationId)}>{t("register.backToRegister")}</RouterLink>
      </Paragraph>
      <Paragraph role="status" aria-live="polite" className="art28-register-announcement">
        {announcement}
      </Paragraph>
      {!detail && state.status === "loading" && <Loading text={t("register.loading")} />}
      {state.status === "error" && (
        <>
          <Heading level={1}>{t("detail.loadFailed")}</Heading>
          <ErrorAlert error={state.error} onRetry={reload} />
        </>
      )}
      {detail && state.status !== "error" && (
        <>
          <RelationshipHeader detail={detail} context={context} />
          <RelationshipAgreements organisationId={organisationId} relationshipId={relationshipId} mayWrite={mayWrite} />
          <StatusSection detail={detail} />
          <nav aria-label={t("detail.sectionsNavigation")} className="art28-register-section-navigation">
            <ul>
              <li>
                <Link href="#section-specification" onClick={jumpTo("section-specification")}>
                  {t("detail.section.specification")}
                </Link>
              </li>
              {relationshipRecordKinds.map((kind) => (
                <li key={kind}>
                  <Link href={`#section-${kind}`} onClick={jumpTo(`section-${kind}`)}>
                    {t(`detail.section.${kind}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SpecificationSection detail={detail} context={context} />
          {relationshipRecordKinds.map((kind) => (
            <RecordSection key={kind} kind={kind} detail={detail} context={context} />
          ))}
        </>
      )}
    </div>
  );
}
