import { useEffect } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";

/** Gives each page its own browser title, the first thing a screen reader says after navigating. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${appName}` : appName;
  }, [pageTitle, appName]);
}
