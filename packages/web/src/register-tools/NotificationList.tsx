import type { NotificationView } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Checkbox, FormField, FormLabel } from "@utrecht/component-library-react";
import { useId, useRef, useState } from "react";
import { registerTools } from "../api/register-tools-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { formatMoment } from "../register/register-time.ts";
import { pluralForm } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import { dueLabelKey, formatDue, notificationText } from "./notification-view.ts";
import { announceNotificationsChanged } from "./unread-count.ts";
import "./register-tools.css";

function NotificationItem({
  organisationId,
  notification,
  onRead,
}: {
  organisationId: string;
  notification: NotificationView;
  onRead: (stored: NotificationView) => void;
}) {
  const { t, locale } = useTranslation();
  const [marking, setMarking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = notificationText(notification, locale);
  const headingId = `notification-${notification.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);

  const markRead = async () => {
    setMarking(true);
    setError(null);
    try {
      onRead(await registerTools.markNotificationRead(organisationId, notification.id));
      announceNotificationsChanged();
      // The button goes away with the unread state; focus stays with this notification.
      headingRef.current?.focus();
    } catch (failure) {
      setError(failure);
    } finally {
      setMarking(false);
    }
  };

  return (
    <li className={`art28-tools-notification${notification.read ? "" : " art28-tools-notification--unread"}`}>
      <Heading
        level={2}
        appearance="level-4"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="art28-tools-notification__subject art28-tools-focus-target"
      >
        {!notification.read && <span className="art28-tools-badge">{t("tools.notifications.unread")}</span>}{" "}
        {text.subject}
      </Heading>
      <Paragraph className="art28-tools-notification__due">
        <strong>{t(dueLabelKey(notification))}</strong> {formatDue(locale, notification)}
      </Paragraph>
      <Paragraph className="art28-tools-notification__body">{text.body}</Paragraph>
      <Paragraph className="art28-tools-notification__meta">
        {t("tools.notifications.createdAt", { date: formatMoment(locale, notification.createdAt) })}
        {notification.read && notification.readAt
          ? ` ${t("tools.notifications.readAt", { date: formatMoment(locale, notification.readAt) })}`
          : ""}
      </Paragraph>
      <div className="art28-tools-actions">
        {notification.relationshipId && (
          <RouterLink
            to={routePath(routes.relationship, { organisationId, relationshipId: notification.relationshipId })}
          >
            <span aria-hidden="true">{t("tools.notifications.openRelationship")}</span>
            <span className="art28-visually-hidden">
              {t("tools.notifications.openRelationshipFor", { subject: text.subject })}
            </span>
          </RouterLink>
        )}
        {!notification.read && (
          <Button purpose="secondary" busy={marking} onClick={() => void markRead()}>
            <span aria-hidden="true">{t("tools.notifications.markRead")}</span>
            <span className="art28-visually-hidden">
              {t("tools.notifications.markReadFor", { subject: text.subject })}
            </span>
          </Button>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} summaryKey="tools.notifications.markReadFailed" />}
    </li>
  );
}

export interface NotificationListProps {
  organisationId: string;
  unreadOnly: boolean;
  page: number;
  onUnreadOnlyChange: (unreadOnly: boolean) => void;
  hrefForPage: (page: number) => string;
}

/** The organisation's reminders, newest first, with a filter for the unread ones. */
export function NotificationList({
  organisationId,
  unreadOnly,
  page,
  onUnreadOnlyChange,
  hrefForPage,
}: NotificationListProps) {
  const { t, locale } = useTranslation();
  const filterId = useId();
  const { state, reload } = useLoaded(
    (signal) => registerTools.listNotifications(organisationId, { unread: unreadOnly, page }, signal),
    `${organisationId}#${unreadOnly}#${page}`,
  );
  // Marked read in this visit: shown as the server now has them, without reloading the list,
  // so the notification stays where the user is reading even in the unread-only view.
  const [readHere, setReadHere] = useState<ReadonlyMap<string, NotificationView>>(new Map());
  const markedRead = (stored: NotificationView) => setReadHere((previous) => new Map(previous).set(stored.id, stored));

  const list = state.status === "loaded" ? state.value : null;
  const count = list?.total ?? 0;
  const countText = list
    ? unreadOnly
      ? t(
          pluralForm(locale, count) === "one"
            ? "tools.notifications.countUnread.one"
            : "tools.notifications.countUnread.other",
          { count },
        )
      : t(pluralForm(locale, count) === "one" ? "tools.notifications.count.one" : "tools.notifications.count.other", {
          count,
        })
    : "";

  return (
    <>
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor={filterId} type="checkbox" checked={unreadOnly}>
            {t("tools.notifications.unreadOnly")}
          </FormLabel>
        }
        input={
          <Checkbox
            id={filterId}
            className="utrecht-form-field__input"
            checked={unreadOnly}
            onChange={(event) => onUnreadOnlyChange(event.target.checked)}
          />
        }
      />
      {/* Present from the start, so the count after a filter change is announced. */}
      <Paragraph role="status" className="art28-result-count">
        {countText}
      </Paragraph>
      {state.status === "loading" && <Loading text={t("tools.notifications.loading")} />}
      {state.status === "error" && (
        <ErrorAlert error={state.error} summaryKey="tools.notifications.loadFailed" onRetry={reload} />
      )}
      {list &&
        (list.items.length === 0 ? (
          <Paragraph className="art28-empty">
            {unreadOnly ? t("tools.notifications.emptyUnread") : t("tools.notifications.empty")}
          </Paragraph>
        ) : (
          <ol className="art28-tools-notifications">
            {list.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                organisationId={organisationId}
                notification={readHere.get(notification.id) ?? notification}
                onRead={markedRead}
              />
            ))}
          </ol>
        ))}
      {list && (
        <Pagination
          page={list.page}
          total={list.total}
          pageSize={list.pageSize}
          hrefFor={hrefForPage}
          label={t("tools.notifications.pagination")}
        />
      )}
    </>
  );
}
