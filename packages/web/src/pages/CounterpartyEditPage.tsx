import type { Counterparty } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import { api, ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { registerTools } from "../api/register-tools-client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { organisationHomePath, routePath, routes } from "../paths.ts";
import { CounterpartyForm } from "../register-tools/CounterpartyForm.tsx";
import { formValuesOf } from "../register-tools/counterparty-form.ts";

type DeleteState =
  | { phase: "idle" }
  | { phase: "confirming" }
  | { phase: "deleting" }
  | { phase: "failed"; error: unknown }
  | { phase: "deleted" };

/** Deleting a counterparty, behind an explicit confirmation; a counterparty still in use is refused with the reason. */
function DeleteCounterparty({
  organisationId,
  counterparty,
  onDeleted,
}: {
  organisationId: string;
  counterparty: Counterparty;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<DeleteState>({ phase: "idle" });
  const confirmRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.phase === "confirming") confirmRef.current?.focus();
    if (state.phase === "failed") failureRef.current?.focus();
  }, [state.phase]);

  const remove = async () => {
    setState({ phase: "deleting" });
    try {
      await registerTools.deleteCounterparty(organisationId, counterparty.id);
      onDeleted();
    } catch (error) {
      setState({ phase: "failed", error });
    }
  };

  const stillReferenced =
    state.phase === "failed" && state.error instanceof ApiError && state.error.code === "still_referenced";
  const relationshipsLink = `${routePath(routes.relationships, { organisationId })}?${new URLSearchParams({ counterpartyId: counterparty.id }).toString()}`;

  return (
    <section aria-labelledby="counterparty-delete-heading" className="art28-tools-section">
      <Heading level={2} id="counterparty-delete-heading">
        {t("tools.counterparty.deleteTitle")}
      </Heading>
      <Paragraph>{t("tools.counterparty.deleteIntro")}</Paragraph>
      {state.phase === "failed" && (
        <Alert type="error" ref={failureRef} tabIndex={-1} className="art28-alert">
          {stillReferenced ? (
            <>
              <Paragraph>{t("tools.counterparty.deleteStillReferenced", { name: counterparty.name })}</Paragraph>
              <Paragraph>
                <RouterLink to={relationshipsLink}>
                  {t("tools.counterparty.showRelationships", { name: counterparty.name })}
                </RouterLink>
              </Paragraph>
            </>
          ) : (
            <Paragraph>
              {t("tools.counterparty.deleteFailed")} {t(errorMessageKey(state.error))}
            </Paragraph>
          )}
        </Alert>
      )}
      {state.phase === "confirming" || state.phase === "deleting" ? (
        <Alert type="warning" ref={confirmRef} tabIndex={-1} className="art28-alert">
          <Paragraph>{t("tools.counterparty.deleteQuestion", { name: counterparty.name })}</Paragraph>
          <div className="art28-tools-actions">
            <Button purpose="primary" hint="negative" busy={state.phase === "deleting"} onClick={() => void remove()}>
              {t("tools.counterparty.deleteConfirm", { name: counterparty.name })}
            </Button>
            <Button
              purpose="secondary"
              onClick={() => setState({ phase: "idle" })}
              disabled={state.phase === "deleting"}
            >
              {t("tools.counterparty.deleteCancel")}
            </Button>
          </div>
        </Alert>
      ) : (
        <div className="art28-tools-actions">
          <Button purpose="secondary" hint="negative" onClick={() => setState({ phase: "confirming" })}>
            {t("tools.counterparty.delete", { name: counterparty.name })}
          </Button>
        </div>
      )}
    </section>
  );
}

/** Edits a counterparty's details ("Partij bewerken"), and deletes it when nothing refers to it any more. */
export function CounterpartyEditPage() {
  const { t } = useTranslation();
  const { organisationId = "", counterpartyId = "" } = useParams();
  const mayWrite = useHasPermission(organisationId, "counterparties.write");
  const { state: counterparty, reload } = useLoaded(
    (signal) => api.getCounterparty(organisationId, counterpartyId, signal),
    `${organisationId}#${counterpartyId}`,
  );
  const [saved, setSaved] = useState<Counterparty | null>(null);
  const [deletedName, setDeletedName] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const deletedHeadingRef = useRef<HTMLHeadingElement>(null);
  const current = saved ?? (counterparty.status === "loaded" ? counterparty.value : null);

  useDocumentTitle(
    deletedName
      ? t("tools.counterparty.deletedTitle")
      : current
        ? t("tools.counterparty.title", { name: current.name })
        : counterparty.status === "error"
          ? t("tools.counterparty.loadFailed")
          : undefined,
  );

  useEffect(() => {
    if (deletedName) deletedHeadingRef.current?.focus();
  }, [deletedName]);

  useEffect(() => {
    if (saved) statusRef.current?.focus();
  }, [saved]);

  const listPath = organisationHomePath(organisationId);

  if (deletedName) {
    return (
      <>
        <Heading level={1} ref={deletedHeadingRef} tabIndex={-1} className="art28-tools-focus-target">
          {t("tools.counterparty.deletedTitle")}
        </Heading>
        <Paragraph>{t("tools.counterparty.deleted", { name: deletedName })}</Paragraph>
        <Paragraph>
          <RouterLink to={listPath}>{t("tools.backToCounterparties")}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (counterparty.status === "loading") return <Loading />;
  if (counterparty.status === "error" || !current) {
    return (
      <>
        <Heading level={1}>{t("tools.counterparty.loadFailed")}</Heading>
        <ErrorAlert error={counterparty.status === "error" ? counterparty.error : null} onRetry={reload} />
        <Paragraph>
          <RouterLink to={listPath}>{t("tools.backToCounterparties")}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!mayWrite) {
    return (
      <>
        <Heading level={1}>{t("tools.counterparty.title", { name: current.name })}</Heading>
        <Paragraph>{t("tools.counterparty.noPermission")}</Paragraph>
        <Paragraph>
          <RouterLink to={listPath}>{t("tools.backToCounterparties")}</RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t("tools.counterparty.title", { name: current.name })}</Heading>
      <Paragraph>{t("tools.counterparty.intro")}</Paragraph>
      {saved && (
        // Focused when it appears, so it is read out, as the "ok" alert's status role alone may not be.
        <Alert type="ok" ref={statusRef} tabIndex={-1} className="art28-alert">
          <Paragraph>{t("tools.counterparty.saved", { name: saved.name })}</Paragraph>
        </Alert>
      )}
      <CounterpartyForm
        // A fresh form for what the server stored, e.g. a country code written in capitals.
        key={current.updatedAt}
        initialValues={formValuesOf(current)}
        onSave={async (body) => {
          setSaved(null);
          setSaved(await registerTools.updateCounterparty(organisationId, current.id, body));
        }}
        secondaryAction={<RouterLink to={listPath}>{t("tools.backToCounterparties")}</RouterLink>}
      />
      <DeleteCounterparty
        organisationId={organisationId}
        counterparty={current}
        onDeleted={() => setDeletedName(current.name)}
      />
    </>
  );
}
