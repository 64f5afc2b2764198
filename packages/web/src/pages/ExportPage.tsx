import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useParams } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { exportDefinitions, exportFormatLabels, exportUrl } from "../register-tools/export-catalogue.ts";
import "../register-tools/register-tools.css";

/**
 * "Exporteren": the register as files. Each export says what is in it and who needs it; the
 * links are plain downloads, sent with the session cookie like every other request.
 */
export function ExportPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  useDocumentTitle(t("tools.export.title"));

  return (
    <>
      <Heading level={1}>{t("tools.export.title")}</Heading>
      <Paragraph purpose="lead">{t("tools.export.intro")}</Paragraph>
      <ul className="art28-tools-exports">
        {exportDefinitions.map((definition) => {
          const headingId = `export-${definition.id}`;
          return (
            <li key={definition.id} className="art28-tools-export">
              <section aria-labelledby={headingId}>
                <Heading level={2} id={headingId}>
                  {t(definition.title)}
                </Heading>
                <Paragraph>{t(definition.contents)}</Paragraph>
                <Paragraph>
                  <strong>{t("tools.export.audienceLabel")}</strong> {t(definition.audience)}
                </Paragraph>
                <ul className="art28-tools-export__formats">
                  {definition.formats.map((format) => (
                    <li key={format}>
                      <Link href={exportUrl(organisationId, definition.id, format)} download>
                        {t("tools.export.download", {
                          title: t(definition.title),
                          format: t(exportFormatLabels[format]),
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            </li>
          );
        })}
      </ul>
      <Paragraph>{t("tools.export.privacy")}</Paragraph>
    </>
  );
}
