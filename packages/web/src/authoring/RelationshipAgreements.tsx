import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { authoringApi } from "../api/authoring-client.ts";
import { RouterLink } from "../components/RouterLink.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { sortVersions } from "./version-view.ts";
import { VersionStatusBadge } from "./VersionStatusBadge.tsx";
import "./authoring.css";

/**
 * On a relationship's page: the way to draw up its processor agreement from the register, and
 * the versions drawn up so far. A failure to load the versions only hides them; the register
 * page itself stays usable.
 */
export function RelationshipAgreements({
  organisationId,
  relationshipId,
  mayWrite,
}: {
  organisationId: string;
  relationshipId: string;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const { state } = useLoaded(
    (signal) => authoringApi.listVersions(organisationId, signal),
    `${organisationId}#versions`,
  );
  const versions =
    state.status === "loaded"
      ? sortVersions(
          state.value.filter(
            (version) => version.relationshipId === relationshipId && version.viewerSide === "controller",
          ),
        )
      : [];
  if (!mayWrite && versions.length === 0) return null;
  return (
    <div className="art28-relationship-authoring" role="group" aria-labelledby="relationship-authoring-title">
      <Heading level={2} appearance="level-4" id="relationship-authoring-title">
        {t("authoring.relationship.title")}
      </Heading>
      {versions.length > 0 && (
        <ul className="art28-register-plain-list">
          {versions.map((version) => (
            <li key={version.id}>
              <RouterLink to={routePath(routes.agreement, { organisationId, versionId: version.id })}>
                {t("authoring.relationship.version", { title: version.title, number: version.versionNumber })}
              </RouterLink>{" "}
              <VersionStatusBadge status={version.status} />
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <Paragraph>
          <RouterLink
            to={routePath(routes.agreementGenerate, { organisationId, relationshipId })}
            className="art28-register-primary-link"
          >
            {t("authoring.relationship.generate")}
          </RouterLink>
        </Paragraph>
      )}
    </div>
  );
}
