import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Alert,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useId } from "react";
import { registerTools } from "../api/register-tools-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { formatMoment } from "../register/register-time.ts";
import { emailStatusKeys, formatDue, notificationText } from "./notification-view.ts";
import "./register-tools.css";

export interface OutboxTableProps {
  organisationId: string;
  page: number;
  hrefForPage: (page: number) => string;
}

/** The e-mail outbox: per notification whether it was e-mailed, is waiting, failed, or stays in the app. */
export function OutboxTable({ organisationId, page, hrefForPage }: OutboxTableProps) {
  const { t, locale } = useTranslation();
  const captionId = useId();
  const { state, reload } = useLoaded(
    (signal) => registerTools.getOutbox(organisationId, page, signal),
    `${organisationId}#${page}`,
  );

  if (state.status === "loading") return <Loading text={t("tools.outbox.loading")} />;
  if (state.status === "error") {
    return <ErrorAlert error={state.error} summaryKey="tools.outbox.loadFailed" onRetry={reload} />;
  }
  const outbox = state.value;
  return (
    <>
      {outbox.emailConfigured ? (
        <Paragraph>{t("tools.outbox.configured")}</Paragraph>
      ) : (
        <Alert type="info" className="art28-alert">
          <Paragraph>{t("tools.outbox.notConfigured")}</Paragraph>
        </Alert>
      )}
      {outbox.items.length === 0 ? (
        <Paragraph className="art28-empty">{t("tools.outbox.empty")}</Paragraph>
      ) : (
        <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="art28-table">
            <TableCaption id={captionId}>{t("tools.outbox.caption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("tools.outbox.columnSubject")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.outbox.columnDue")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.outbox.columnCreated")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.outbox.columnStatus")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.outbox.columnAttempts")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tools.outbox.columnLastAttempt")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outbox.items.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row" className="art28-table__row-header">
                    {notificationText(item, locale).subject}
                  </TableHeaderCell>
                  <TableCell>{formatDue(locale, item)}</TableCell>
                  <TableCell>{formatMoment(locale, item.createdAt)}</TableCell>
                  <TableCell>
                    <span className={`art28-tools-email-status art28-tools-email-status--${item.emailStatus}`}>
                      {t(emailStatusKeys[item.emailStatus])}
                    </span>
                    {item.emailError && (
                      <span className="art28-tools-email-status__error">
                        {t("tools.outbox.error", { error: item.emailError })}
                      </span>
                    )}
                  </TableCell>
                  <TableCell>{item.emailAttempts}</TableCell>
                  <TableCell>
                    {item.emailLastAttemptAt ? formatMoment(locale, item.emailLastAttemptAt) : t("tools.outbox.never")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination
        page={outbox.page}
        total={outbox.total}
        pageSize={outbox.pageSize}
        hrefFor={hrefForPage}
        label={t("tools.outbox.pagination")}
      />
    </>
  );
}
