import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useTranslation } from "../i18n/I18nProvider.tsx";

/** A polite, announced placeholder while data are on their way. */
export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="art28-loading">
      {text ?? t("app.loading")}
    </Paragraph>
  );
}
