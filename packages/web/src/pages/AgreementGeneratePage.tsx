import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useParams } from "react-router";
import { authoringApi } from "../api/authoring-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { GenerationForm } from "../authoring/GenerationForm.tsx";
import "../register/register.css";
import "../authoring/authoring.css";

/** "Verwerkersovereenkomst opstellen": generating an agreement from a relationship's register data. */
export function AgreementGeneratePage() {
  const { t } = useTranslation();
  const { organisationId = "", relationshipId = "" } = useParams();
  const mayWrite = useHasPermission(organisationId, "register.write");
  const { state, reload } = useLoaded(
    (signal) => authoringApi.getGenerationPreview(organisationId, relationshipId, signal),
    `${organisationId}#${relationshipId}`,
  );
  const title = t("authoring.generate.title");
  useDocumentTitle(title);
  const relationshipPath = routePath(routes.relationship, { organisationId, relationshipId });

  return (
    <div className="art28-register art28-authoring">
      <Paragraph>
        <RouterLink to={relationshipPath}>{t("authoring.generate.back")}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph purpose="lead">{t("authoring.generate.intro")}</Paragraph>
      {!mayWrite ? (
        <Paragraph>{t("authoring.generate.noPermission")}</Paragraph>
      ) : (
        <>
          {state.status === "loading" && <Loading text={t("authoring.loading")} />}
          {state.status === "error" && (
            <ErrorAlert error={state.error} summaryKey="authoring.generate.loadFailed" onRetry={reload} />
          )}
          {state.status === "loaded" && (
            <GenerationForm
              key={`${organisationId}#${relationshipId}`}
              organisationId={organisationId}
              relationshipId={relationshipId}
              preview={state.value}
            />
          )}
        </>
      )}
    </div>
  );
}
