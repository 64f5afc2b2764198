import { useEffect } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";

/** Gives each page its own browser title, the first thing a screen reader says after navigating. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    // Soft hyphens help headings wrap; a title bar or bookmark has no use for them.
    const title = pageTitle?.replaceAll("\u00ad", "");
    document.title = title ? `${title} — ${appName}` : appName;
  }, [pageTitle, appName]);
}
