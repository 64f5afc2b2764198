import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useParams, useSearchParams } from "react-router";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useMembership } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { routePath, routes } from "../paths.ts";
import { NotificationList } from "../register-tools/NotificationList.tsx";
import { OutboxTable } from "../register-tools/OutboxTable.tsx";

// Query parameters in Dutch, like the paths: they end up in bookmarks.
const viewParameter = "weergave";
const outboxView = "verzendwachtrij";
const unreadParameter = "ongelezen";
const pageParameter = "pagina";

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * "Meldingen": the reminders of deadlines in the register, and for admins and privacy
 * officers the e-mail outbox ("Verzendwachtrij") that shows whether each was sent.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const membership = useMembership(organisationId);
  // The server decides too; this only spares others a tab that would answer "forbidden".
  const mayReadOutbox = membership?.role === "admin" || membership?.role === "privacy_officer";
  const showOutbox = mayReadOutbox && searchParams.get(viewParameter) === outboxView;
  const unreadOnly = searchParams.get(unreadParameter) === "ja";
  const page = pageOf(searchParams.get(pageParameter));
  const basePath = routePath(routes.notifications, { organisationId });
  useDocumentTitle(showOutbox ? t("tools.outbox.title") : t("tools.notifications.title"));

  const hrefFor = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    const query = next.toString();
    return query ? `${basePath}?${query}` : basePath;
  };

  return (
    <>
      <Heading level={1}>{showOutbox ? t("tools.outbox.title") : t("tools.notifications.title")}</Heading>
      <Paragraph>{showOutbox ? t("tools.outbox.intro") : t("tools.notifications.intro")}</Paragraph>
      {mayReadOutbox && (
        <nav aria-label={t("tools.notifications.views")} className="art28-tools-views">
          <ul>
            <li>
              <RouterLink to={basePath} current={showOutbox ? false : "page"}>
                {t("tools.notifications.title")}
              </RouterLink>
            </li>
            <li>
              <RouterLink to={`${basePath}?${viewParameter}=${outboxView}`} current={showOutbox ? "page" : false}>
                {t("tools.outbox.title")}
              </RouterLink>
            </li>
          </ul>
        </nav>
      )}
      {showOutbox ? (
        <OutboxTable
          organisationId={organisationId}
          page={page}
          hrefForPage={(target) => hrefFor({ [pageParameter]: target > 1 ? String(target) : null })}
        />
      ) : (
        <NotificationList
          organisationId={organisationId}
          unreadOnly={unreadOnly}
          page={page}
          onUnreadOnlyChange={(checked) => {
            const next = new URLSearchParams(searchParams);
            if (checked) next.set(unreadParameter, "ja");
            else next.delete(unreadParameter);
            // Another filter starts at the first page.
            next.delete(pageParameter);
            setSearchParams(next, { replace: true });
          }}
          hrefForPage={(target) => hrefFor({ [pageParameter]: target > 1 ? String(target) : null })}
        />
      )}
    </>
  );
}
