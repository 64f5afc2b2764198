import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <Heading level={1}>{t("notFound.title")}</Heading>
      <Paragraph>{t("notFound.body")}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t("notFound.home")}</RouterLink>
      </Paragraph>
    </>
  );
}
