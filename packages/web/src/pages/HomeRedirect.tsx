import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Navigate } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { organisationHomePath } from "../paths.ts";
import { RequireSession } from "../session/RequireSession.tsx";
import { useSession } from "../session/SessionProvider.tsx";

function FirstOrganisation() {
  const { t } = useTranslation();
  const { state } = useSession();
  const firstMembership = state.status === "authenticated" ? state.session.memberships[0] : undefined;
  useDocumentTitle(firstMembership ? undefined : t("layout.overview"));
  if (firstMembership) return <Navigate to={organisationHomePath(firstMembership.organisation.id)} replace />;
  return (
    <>
      <Heading level={1}>{t("layout.overview")}</Heading>
      <Paragraph>{t("session.noMemberships")}</Paragraph>
    </>
  );
}

/** The start address: the user's first organisation, or the login page. */
export function HomeRedirect() {
  return (
    <RequireSession>
      <FirstOrganisation />
    </RequireSession>
  );
}
