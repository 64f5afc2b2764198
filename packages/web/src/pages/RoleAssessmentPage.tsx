import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useState } from "react";
import { RouterLink } from "../components/RouterLink.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routes } from "../paths.ts";
import { RoleWizard } from "../role/RoleWizard.tsx";

/** "Rolbepaling": anyone can find out whether a party is a processor. Nothing is stored. */
export function RoleAssessmentPage() {
  const { t, locale } = useTranslation();
  // The moment the page was opened stands in for "when": the outcome is not stored anywhere.
  const [openedAt] = useState(() => new Date());
  return (
    <RoleWizard
      title={t("role.title")}
      resultTitle={t("role.resultTitle")}
      intro={
        <>
          <Paragraph purpose="lead">{t("role.intro")}</Paragraph>
          <Paragraph>{t("role.introAnonymous")}</Paragraph>
        </>
      }
      resultExtras={() => ({
        status: (
          <Paragraph className="art28-print-only">
            {t("role.printedAt", {
              date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(openedAt),
            })}
          </Paragraph>
        ),
        actions: <RouterLink to={routes.roleAssessment}>{t("role.startOver")}</RouterLink>,
      })}
    />
  );
}
