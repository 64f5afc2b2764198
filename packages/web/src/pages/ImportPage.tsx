import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useParams, useSearchParams } from "react-router";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { organisationHomePath, routePath, routes } from "../paths.ts";
import { BulkAgreementUpload } from "../register-tools/BulkAgreementUpload.tsx";
import { ImportWizard } from "../register-tools/ImportWizard.tsx";
import "../register-tools/register-tools.css";

// In Dutch, like the paths: the address ends up in bookmarks.
const partParameter = "onderdeel";
const agreementsPart = "overeenkomsten";

/**
 * "Importeren": a counterparty list from CSV or XLSX (mapping, dry run, explicit confirmation),
 * and, as the second part, signed agreements in bulk.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const [searchParams] = useSearchParams();
  const mayImportCounterparties = useHasPermission(organisationId, "counterparties.write");
  const mayUploadAgreements = useHasPermission(organisationId, "register.write");
  const showAgreements = searchParams.get(partParameter) === agreementsPart;
  const basePath = routePath(routes.importCounterparties, { organisationId });
  const title = showAgreements ? t("tools.bulk.title") : t("tools.import.title");
  useDocumentTitle(title);

  const mayDoThis = showAgreements ? mayUploadAgreements : mayImportCounterparties;

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <nav aria-label={t("tools.import.parts")} className="art28-tools-views">
        <ul>
          <li>
            <RouterLink to={basePath} current={showAgreements ? false : "page"}>
              {t("tools.import.title")}
            </RouterLink>
          </li>
          <li>
            <RouterLink to={`${basePath}?${partParameter}=${agreementsPart}`} current={showAgreements ? "page" : false}>
              {t("tools.bulk.title")}
            </RouterLink>
          </li>
        </ul>
      </nav>
      <Paragraph>{showAgreements ? t("tools.bulk.intro") : t("tools.import.intro")}</Paragraph>
      {!mayDoThis ? (
        <>
          <Paragraph>{t("tools.import.noPermission")}</Paragraph>
          <Paragraph>
            <RouterLink to={organisationHomePath(organisationId)}>{t("tools.backToCounterparties")}</RouterLink>
          </Paragraph>
        </>
      ) : showAgreements ? (
        <BulkAgreementUpload key={organisationId} organisationId={organisationId} />
      ) : (
        <ImportWizard key={organisationId} organisationId={organisationId} />
      )}
    </>
  );
}
