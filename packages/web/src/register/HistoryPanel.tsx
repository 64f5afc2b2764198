import type { HistoryEntityType } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useId, useState } from "react";
import { registerApi } from "../api/register-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { historyEntries, type HistoryChange } from "./history-view.ts";
import { displayValue, fieldLabel, isMessageKey } from "./labels.ts";
import { actionName } from "./action-name.ts";
import "./register.css";

function HistoryTable({
  organisationId,
  entityType,
  entityId,
  name,
  captionId,
}: {
  organisationId: string;
  entityType: HistoryEntityType;
  entityId: string;
  name: string;
  captionId: string;
}) {
  const { t, locale } = useTranslation();
  const { state, reload } = useLoaded(
    (signal) => registerApi.getHistory(organisationId, entityType, entityId, signal),
    `${organisationId}#${entityType}#${entityId}`,
  );
  if (state.status === "loading") return <Loading text={t("register.loading")} />;
  if (state.status === "error")
    return <ErrorAlert error={state.error} summaryKey="history.loadFailed" onRetry={reload} />;
  const entries = historyEntries(state.value.items);
  if (entries.length === 0) return <Paragraph>{t("history.empty")}</Paragraph>;

  const describe = (change: HistoryChange) => {
    const field = fieldLabel(t, entityType, change.field);
    const value = (raw: unknown) => displayValue(t, locale, entityType, change.field, raw);
    if ("from" in change && "to" in change)
      return t("history.changed", { field, from: value(change.from), to: value(change.to) });
    if ("from" in change) return t("history.removed", { field, from: value(change.from) });
    return t("history.set", { field, to: value(change.to) });
  };

  return (
    <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="art28-table art28-register-history-table">
        <TableCaption id={captionId}>{t("history.title", { name })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("history.columnWhen")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("history.columnWho")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("history.columnWhat")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("history.columnChanges")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => {
            const actionKey = `history.action.${entry.action}`;
            return (
              <TableRow key={entry.id}>
                <TableCell>{displayValue(t, locale, entityType, "occurredAt", entry.occurredAt)}</TableCell>
                <TableCell>{entry.actorLabel}</TableCell>
                <TableCell>{isMessageKey(actionKey) ? t(actionKey) : entry.action}</TableCell>
                <TableCell>
                  {entry.changes.length > 0 && (
                    <ul className="art28-register-change-list">
                      {entry.changes.map((change) => (
                        <li key={change.field}>{describe(change)}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * "Geschiedenis": a button that shows who changed a record, what and when. The history is
 * loaded when opened, and again each time, so it includes the change just made.
 */
export function HistoryPanel({
  organisationId,
  entityType,
  entityId,
  name,
}: {
  organisationId: string;
  entityType: HistoryEntityType;
  entityId: string;
  /** What the record is called, for the button's accessible name and the table caption. */
  name: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const captionId = useId();
  return (
    <div className="art28-register-history">
      <Button
        purpose="subtle"
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={actionName(open ? t("history.hide") : t("history.show"), name)}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("history.hide") : t("history.show")}
      </Button>
      <div id={regionId} hidden={!open}>
        {open && (
          <HistoryTable
            organisationId={organisationId}
            entityType={entityType}
            entityId={entityId}
            name={name}
            captionId={captionId}
          />
        )}
      </div>
    </div>
  );
}
