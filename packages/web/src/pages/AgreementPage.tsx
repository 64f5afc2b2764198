import type { AuthoredVersionDetail } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useCallback, useMemo, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { authoringApi, deviationReportPath, renderPath, type RenderFormat } from "../api/authoring-client.ts";
import { StatusIcon } from "../check/StatusIcon.tsx";
import { jumpTo } from "../check/focus.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { formatMoment } from "../register/register-time.ts";
import { useSession } from "../session/SessionProvider.tsx";
import { useHasPermission } from "../session/useHasPermission.ts";
import { AuthoredDocumentView } from "../authoring/AuthoredDocumentView.tsx";
import { ClauseNegotiation } from "../authoring/ClauseNegotiation.tsx";
import { SigningSection } from "../authoring/SigningSection.tsx";
import { VersionStatusBadge } from "../authoring/VersionStatusBadge.tsx";
import {
  clauseElementId,
  deviationsByClause,
  mayReissue,
  otherPartyName,
  type ViewerAbilities,
} from "../authoring/version-view.ts";
import { pluralKey } from "../authoring/plural.ts";
import "../register/register.css";
import "../authoring/authoring.css";

const downloadFormats: ReadonlyArray<{ format: RenderFormat; language: "nl" | "en" }> = [
  { format: "pdf", language: "nl" },
  { format: "docx", language: "nl" },
  { format: "html", language: "nl" },
  { format: "pdf", language: "en" },
  { format: "docx", language: "en" },
  { format: "html", language: "en" },
];

/** The facts at the top: status, side, parties, basis and version. */
function VersionFacts({ version }: { version: AuthoredVersionDetail }) {
  const { t, locale } = useTranslation();
  return (
    <dl className="art28-facts art28-register-facts">
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.status")}</dt>
        <dd>
          <VersionStatusBadge status={version.status} />
        </dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.side")}</dt>
        <dd>{t(`authoring.side.${version.viewerSide}`)}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.otherParty")}</dt>
        <dd>{otherPartyName(version) ?? version.variables.processorName}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.version")}</dt>
        <dd>{version.versionNumber}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.standardVersion")}</dt>
        <dd>{version.standardVersion}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.model")}</dt>
        <dd>{version.templateLabel}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.language")}</dt>
        <dd>{t(`authoring.language.${version.language}`)}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.openDeviations")}</dt>
        <dd>{version.openDeviations}</dd>
      </div>
      <div className="art28-facts__item">
        <dt>{t("authoring.facts.updatedAt")}</dt>
        <dd>{formatMoment(locale, version.updatedAt)}</dd>
      </div>
    </dl>
  );
}

/** The register's data changed since this version was issued: which annexes, and the way to a new version. */
function OutdatedAnnexes({
  organisationId,
  version,
  abilities,
}: {
  organisationId: string;
  version: AuthoredVersionDetail;
  abilities: ViewerAbilities;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (version.outdatedAnnexes.length === 0 || version.status === "superseded") return null;
  const reissue = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await authoringApi.reissue(organisationId, version.id);
      void navigate(routePath(routes.agreement, { organisationId, versionId: created.id }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="art28-authoring-warning">
      <Paragraph>
        <StatusIcon appearance="missing" /> <strong>{t("authoring.outdated.title")}</strong>
      </Paragraph>
      <ul>
        {version.outdatedAnnexes.map((annex) => (
          <li key={annex}>{t(`authoring.annex.${annex}`)}</li>
        ))}
      </ul>
      <Paragraph>{t("authoring.outdated.explanation")}</Paragraph>
      {mayReissue(version, abilities) && (
        <div className="art28-register-actions">
          <Button purpose="primary" busy={busy} onClick={() => void reissue()}>
            {t("authoring.outdated.reissue")}
          </Button>
        </div>
      )}
      {error !== null && <ErrorAlert error={error} summaryKey="authoring.outdated.reissueFailed" />}
    </div>
  );
}

/** Every rendering of the version and the deviation report, as plain downloads. */
function Downloads({ organisationId, version }: { organisationId: string; version: AuthoredVersionDetail }) {
  const { t } = useTranslation();
  return (
    <section className="art28-register-section" aria-labelledby="section-downloads">
      <Heading level={2} id="section-downloads">
        {t("authoring.downloads.title")}
      </Heading>
      <Paragraph>{t("authoring.downloads.intro")}</Paragraph>
      <ul className="art28-authoring-downloads">
        {downloadFormats.map(({ format, language }) => (
          <li key={`${format}-${language}`}>
            <Link href={renderPath(organisationId, version.id, format, language)} download>
              {t("authoring.downloads.rendering", {
                format: t(`authoring.downloads.format.${format}`),
                language: t(`authoring.language.${language}`),
              })}
            </Link>
          </li>
        ))}
        <li>
          <Link href={deviationReportPath(organisationId, version.id)} download>
            {t("authoring.downloads.deviationReport")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

/** The clauses with deviations, as links into the agreement below. */
function DeviationOverview({ version }: { version: AuthoredVersionDetail }) {
  const { t, locale } = useTranslation();
  const byClause = deviationsByClause(version.deviations);
  const clauses = version.clauses.filter((clause) => byClause.has(clause.clauseId));
  return (
    <section className="art28-register-section" aria-labelledby="section-deviations">
      <Heading level={2} id="section-deviations">
        {t("authoring.overview.title")}
      </Heading>
      {clauses.length === 0 ? (
        <Paragraph>
          {version.status === "negotiating" ? t("authoring.overview.noneNegotiating") : t("authoring.overview.none")}
        </Paragraph>
      ) : (
        <ul className="art28-register-flags">
          {clauses.map((clause) => {
            const deviations = byClause.get(clause.clauseId) ?? [];
            const open = deviations.filter((deviation) => deviation.status === "proposed").length;
            return (
              <li key={clause.clauseId}>
                <Link href={`#${clauseElementId(clause.clauseId)}`} onClick={jumpTo(clauseElementId(clause.clauseId))}>
                  {t("authoring.overview.clause", { number: clause.number, article: clause.articleTitle })}
                </Link>
                {": "}
                {t(pluralKey("authoring.overview.proposals", locale, deviations.length), { count: deviations.length })}
                {open > 0 && `, ${t(pluralKey("authoring.overview.open", locale, open), { count: open })}`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * One agreement version for either side: its status and facts, downloads, signing, the
 * deviations, and the agreement itself with the negotiation clause by clause.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { organisationId = "", versionId = "" } = useParams();
  const { state: session } = useSession();
  const mayWrite = useHasPermission(organisationId, "register.write");
  const maySign = useHasPermission(organisationId, "agreements.sign");
  const abilities = useMemo<ViewerAbilities>(() => ({ mayWrite, maySign }), [mayWrite, maySign]);
  const [announcement, setAnnouncement] = useState("");
  const { state, previous, reload } = useLoaded(
    (signal) => authoringApi.getVersion(organisationId, versionId, signal),
    `${organisationId}#${versionId}`,
  );
  const version = state.status === "loaded" ? state.value : previous?.id === versionId ? previous : undefined;
  useDocumentTitle(version?.title ?? (state.status === "error" ? t("authoring.page.loadFailed") : undefined));
  const userName = session.status === "authenticated" ? session.session.user.name : "";

  const onChanged = useCallback(
    (message: string, focusId?: string) => {
      setAnnouncement(message);
      reload();
      // The form that had focus is gone: continue where the change was made.
      requestAnimationFrame(() => document.getElementById(focusId ?? "agreement-title")?.focus());
    },
    [reload],
  );

  const byClause = useMemo(() => deviationsByClause(version?.deviations ?? []), [version?.deviations]);
  const currentTexts = useMemo(
    () => new Map((version?.clauses ?? []).map((clause) => [clause.clauseId, clause.currentText])),
    [version?.clauses],
  );

  return (
    <div className="art28-register art28-authoring">
      <Paragraph>
        <RouterLink to={routePath(routes.agreements, { organisationId })}>{t("authoring.page.back")}</RouterLink>
      </Paragraph>
      <Paragraph role="status" aria-live="polite" className="art28-register-announcement">
        {announcement}
      </Paragraph>
      {!version && state.status === "loading" && <Loading text={t("authoring.loading")} />}
      {state.status === "error" && (
        <>
          <Heading level={1}>{t("authoring.page.loadFailed")}</Heading>
          <ErrorAlert error={state.error} onRetry={reload} />
        </>
      )}
      {version && state.status !== "error" && (
        <>
          <header className="art28-register-header">
            <Heading level={1} id="agreement-title" tabIndex={-1} className="art28-register-title">
              {version.title}
            </Heading>
            <VersionFacts version={version} />
          </header>
          <OutdatedAnnexes organisationId={organisationId} version={version} abilities={abilities} />
          {version.status === "superseded" && (
            <div className="art28-authoring-warning">
              <Paragraph>{t("authoring.page.superseded")}</Paragraph>
            </div>
          )}
          <SigningSection
            organisationId={organisationId}
            version={version}
            abilities={abilities}
            userName={userName}
            onChanged={(message) => onChanged(message, "section-signing")}
          />
          <Downloads organisationId={organisationId} version={version} />
          <DeviationOverview version={version} />
          <section className="art28-register-section" aria-labelledby="section-agreement">
            <Heading level={2} id="section-agreement">
              {t("authoring.page.agreementTitle")}
            </Heading>
            {version.status === "negotiating" && abilities.mayWrite && (
              <Paragraph>{t("authoring.page.negotiationHelp")}</Paragraph>
            )}
            <AuthoredDocumentView
              document={version.document}
              titleLevel={3}
              renderClauseExtras={(clause) => (
                <ClauseNegotiation
                  organisationId={organisationId}
                  version={version}
                  clause={{
                    clauseId: clause.clauseId,
                    number: clause.number,
                    currentText: currentTexts.get(clause.clauseId) ?? clause.text,
                  }}
                  deviations={byClause.get(clause.clauseId) ?? []}
                  abilities={abilities}
                  headingLevel={5}
                  onChanged={(message, clauseId) => onChanged(message, clauseElementId(clauseId))}
                />
              )}
            />
          </section>
        </>
      )}
    </div>
  );
}
