import type { Counterparty, RoleAssessment } from "@art28/contract";
import type { RoleAssessmentAnswers } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { api } from "../api/client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { counterpartyRoleAssessmentPath, organisationHomePath, routes } from "../paths.ts";
import { formatMoment } from "../register/register-time.ts";
import { RoleResult } from "../role/RoleResult.tsx";
import { RoleWizard } from "../role/RoleWizard.tsx";
import { searchFor, thenResult, wizardParameters, wizardPath } from "../role/role-wizard.ts";
import { useHasPermission } from "../session/useHasPermission.ts";

/** The wizard for one counterparty; the result can be recorded in the register. */
function CounterpartyWizard({ organisationId, counterparty }: { organisationId: string; counterparty: Counterparty }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [storing, setStoring] = useState(false);
  const [storeError, setStoreError] = useState<unknown>(null);

  const store = async (answers: RoleAssessmentAnswers) => {
    setStoring(true);
    setStoreError(null);
    try {
      const stored = await api.storeRoleAssessment(organisationId, counterparty.id, answers);
      // Replaced, not pushed: going back should not show the unrecorded version again.
      void navigate(
        {
          pathname: counterpartyRoleAssessmentPath(organisationId, counterparty.id),
          search: `?${new URLSearchParams({ [wizardParameters.stored]: stored.id }).toString()}`,
        },
        { replace: true },
      );
    } catch (error) {
      setStoreError(error);
    } finally {
      setStoring(false);
    }
  };

  return (
    <RoleWizard
      title={t("role.titleFor", { name: counterparty.name })}
      resultTitle={t("role.resultTitleFor", { name: counterparty.name })}
      intro={
        <>
          <Paragraph purpose="lead">{t("role.intro")}</Paragraph>
          <Paragraph>{t("role.introCounterparty")}</Paragraph>
        </>
      }
      resultExtras={(answers) => ({
        status: (
          <>
            <Paragraph className="art28-role-result__status">{t("role.notStored")}</Paragraph>
            {storeError !== null && <ErrorAlert error={storeError} summaryKey="role.storeFailed" />}
          </>
        ),
        actions: (
          <>
            <Button purpose="primary" busy={storing} onClick={() => void store(answers)}>
              {storing ? t("role.storing") : t("role.store", { name: counterparty.name })}
            </Button>
            <RouterLink to={organisationHomePath(organisationId)}>{t("role.backToOverview")}</RouterLink>
          </>
        ),
      })}
    />
  );
}

/** A recorded assessment, with who recorded it and when. */
function StoredAssessment({
  organisationId,
  counterparty,
  assessmentId,
}: {
  organisationId: string;
  counterparty: Counterparty;
  assessmentId: string;
}) {
  const { t, locale } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state: list, reload } = useLoaded(
    (signal) => api.listRoleAssessments(organisationId, counterparty.id, signal),
    `${organisationId}#${counterparty.id}`,
  );
  const assessment: RoleAssessment | undefined =
    list.status === "loaded" ? list.value.items.find((item) => item.id === assessmentId) : undefined;
  const title = t("role.resultTitleFor", { name: counterparty.name });
  useDocumentTitle(title);

  useEffect(() => {
    // Arriving here after recording: say so by reading the result from its title.
    if (assessment) headingRef.current?.focus();
  }, [assessment]);

  if (list.status === "loading") return <Loading text={t("role.loading")} />;
  if (list.status === "error") {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <ErrorAlert error={list.error} summaryKey="role.storedLoadFailed" onRetry={reload} />
      </>
    );
  }
  const wizardPathname = counterpartyRoleAssessmentPath(organisationId, counterparty.id);
  if (!assessment) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t("role.storedNotFound")}</Paragraph>
        <Paragraph>
          <RouterLink to={wizardPathname}>{t("role.assessAgain")}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const path = wizardPath(assessment.answers);
  const date = formatMoment(locale, assessment.createdAt);
  return (
    <RoleResult
      title={title}
      result={assessment}
      asked={path.asked}
      answers={assessment.answers}
      changeLink={(key) => `${wizardPathname}?${searchFor(assessment.answers, { question: key, then: thenResult })}`}
      status={
        <Paragraph className="art28-role-result__status" role="status">
          {assessment.answeredBy
            ? t("role.stored", { name: assessment.answeredBy.name, date })
            : t("role.storedUnknownPerson", { date })}
        </Paragraph>
      }
      actions={
        <>
          <RouterLink
            to={`${wizardPathname}?${searchFor(assessment.answers, { question: path.asked[0] ?? "personal_data" })}`}
          >
            {t("role.assessAgain")}
          </RouterLink>
          <RouterLink to={organisationHomePath(organisationId)}>{t("role.backToOverview")}</RouterLink>
        </>
      }
      headingRef={headingRef}
    />
  );
}

/**
 * The role assessment of one counterparty ("Rol bepalen"): the same questions as the public
 * page, and the outcome is recorded in the register, which needs `counterparties.write`.
 */
export function CounterpartyRoleAssessmentPage() {
  const { t } = useTranslation();
  const { organisationId = "", counterpartyId = "" } = useParams();
  const [searchParams] = useSearchParams();
  const { state: counterparty, reload } = useLoaded(
    (signal) => api.getCounterparty(organisationId, counterpartyId, signal),
    `${organisationId}#${counterpartyId}`,
  );
  const mayWrite = useHasPermission(organisationId, "counterparties.write");
  const storedId = searchParams.get(wizardParameters.stored);
  useDocumentTitle(counterparty.status === "error" ? t("role.counterpartyLoadFailed") : undefined);

  if (counterparty.status === "loading") return <Loading text={t("role.loading")} />;
  if (counterparty.status === "error") {
    return (
      <>
        <Heading level={1}>{t("role.counterpartyLoadFailed")}</Heading>
        <ErrorAlert error={counterparty.error} onRetry={reload} />
      </>
    );
  }
  if (storedId) {
    return (
      <StoredAssessment
        key={storedId}
        organisationId={organisationId}
        counterparty={counterparty.value}
        assessmentId={storedId}
      />
    );
  }
  if (!mayWrite) {
    return (
      <>
        <Heading level={1}>{t("role.titleFor", { name: counterparty.value.name })}</Heading>
        <Paragraph>{t("role.noPermission")}</Paragraph>
        <Paragraph>
          <RouterLink to={routes.roleAssessment}>{t("layout.roleAssessment")}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return <CounterpartyWizard organisationId={organisationId} counterparty={counterparty.value} />;
}
