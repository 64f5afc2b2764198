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
import { authoringApi } from "../api/authoring-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { formatMoment } from "../register/register-time.ts";
import { VersionStatusBadge } from "../authoring/VersionStatusBadge.tsx";
import { otherPartyName, sortVersions } from "../authoring/version-view.ts";
import "../register/register.css";
import "../authoring/authoring.css";

/**
 * "Overeenkomsten": every agreement version the organisation is party to, whether it drew the
 * agreement up (controller side) or was invited to negotiate it (processor side).
 */
export function AgreementListPage() {
  const { t, locale } = useTranslation();
  const { organisationId = "" } = useParams();
  const captionId = useId();
  const { state, reload } = useLoaded((signal) => authoringApi.listVersions(organisationId, signal), organisationId);
  useDocumentTitle(t("authoring.list.title"));

  return (
    <div className="art28-register art28-authoring">
      <Heading level={1}>{t("authoring.list.title")}</Heading>
      <Paragraph purpose="lead">{t("authoring.list.intro")}</Paragraph>
      {state.status === "loading" && <Loading text={t("authoring.loading")} />}
      {state.status === "error" && (
        <ErrorAlert error={state.error} summaryKey="authoring.list.loadFailed" onRetry={reload} />
      )}
      {state.status === "loaded" &&
        (state.value.length === 0 ? (
          <>
            <Paragraph>{t("authoring.list.empty")}</Paragraph>
            <Paragraph>
              <RouterLink to={routePath(routes.relationships, { organisationId })}>
                {t("authoring.list.toRegister")}
              </RouterLink>
            </Paragraph>
          </>
        ) : (
          <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <Table className="art28-table">
              <TableCaption id={captionId}>{t("authoring.list.caption")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("authoring.list.columnTitle")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnOtherParty")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnSide")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnVersion")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnStatus")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnOpenDeviations")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("authoring.list.columnUpdatedAt")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sortVersions(state.value).map((version) => (
                  <TableRow key={version.id}>
                    <TableHeaderCell scope="row" className="art28-table__row-header">
                      <RouterLink to={routePath(routes.agreement, { organisationId, versionId: version.id })}>
                        {version.title}
                        <span className="art28-visually-hidden">
                          {" "}
                          {t("authoring.list.versionSuffix", { number: version.versionNumber })}
                        </span>
                      </RouterLink>
                    </TableHeaderCell>
                    <TableCell>{otherPartyName(version) ?? t("authoring.list.noOtherParty")}</TableCell>
                    <TableCell>{t(`authoring.side.${version.viewerSide}`)}</TableCell>
                    <TableCell className="art28-register-number">{version.versionNumber}</TableCell>
                    <TableCell>
                      <VersionStatusBadge status={version.status} />
                    </TableCell>
                    <TableCell className="art28-register-number">{version.openDeviations}</TableCell>
                    <TableCell>{formatMoment(locale, version.updatedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
    </div>
  );
}
