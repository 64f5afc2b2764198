import type { Counterparty, CounterpartyListResponse, Locale } from "@art28/contract";
import { counterpartyCategoryLabels, roleOutcomeLabels } from "@art28/domain";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { api, ApiError } from "../api/client.ts";
import { useShellContext } from "../components/AppShell.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm } from "../i18n/messages.ts";
import { counterpartyRoleAssessmentPath, routePath, routes } from "../paths.ts";
import { useSession } from "../session/SessionProvider.tsx";
import { useHasPermission } from "../session/useHasPermission.ts";
import "../register-tools/register-tools.css";

// Long enough to skip the requests for half-typed words, short enough to feel immediate.
const searchDelayMilliseconds = 300;

interface ListOutcome {
  key: string;
  query: string;
  list?: CounterpartyListResponse;
  error?: unknown;
}

/**
 * Server-side search with a debounce. Results stay visible while a newer search is on its way,
 * so the table does not flicker with every keystroke.
 */
function useCounterparties(organisationId: string, query: string) {
  const { forget } = useSession();
  const [submittedQuery, setSubmittedQuery] = useState(query.trim());
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<ListOutcome | null>(null);
  const key = `${organisationId}#${submittedQuery}#${attempt}`;

  useEffect(() => {
    const timer = setTimeout(() => setSubmittedQuery(query.trim()), searchDelayMilliseconds);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const controller = new AbortController();
    api.listCounterparties(organisationId, submittedQuery, controller.signal).then(
      (list) => setOutcome({ key, query: submittedQuery, list }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        setOutcome({ key, query: submittedQuery, error });
      },
    );
    return () => controller.abort();
  }, [organisationId, submittedQuery, key, forget]);

  const searchNow = useCallback(() => setSubmittedQuery(query.trim()), [query]);
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  return { outcome, loading: outcome?.key !== key, searchNow, retry };
}

function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A visible dash for a missing value that screen readers hear as words, not as "dash". */
function Unknown() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="art28-visually-hidden">{t("home.unknownValue")}</span>
    </>
  );
}

function CounterpartyRow({
  counterparty,
  organisationId,
  mayAssess,
}: {
  counterparty: Counterparty;
  organisationId: string;
  /** Whether the member may change counterparties: assess their role and edit them. */
  mayAssess: boolean;
}) {
  const { t, locale } = useTranslation();
  const role = counterparty.roleAssessment;
  return (
    <TableRow>
      <TableHeaderCell scope="row" className="art28-table__row-header">
        {counterparty.name}
      </TableHeaderCell>
      <TableCell>
        <span className="art28-role-cell__outcome">
          {role ? roleOutcomeLabels[role.outcome][locale] : t("home.roleNotAssessed")}
        </span>
        {mayAssess && (
          <RouterLink
            to={counterpartyRoleAssessmentPath(organisationId, counterparty.id)}
            className="art28-role-cell__link"
          >
            <span aria-hidden="true">{t("home.assessRole")}</span>
            <span className="art28-visually-hidden">{t("home.assessRoleFor", { name: counterparty.name })}</span>
          </RouterLink>
        )}
      </TableCell>
      <TableCell>{counterpartyCategoryLabels[counterparty.category][locale]}</TableCell>
      <TableCell>{countryName(locale, counterparty.country)}</TableCell>
      <TableCell>{counterparty.kvkNumber ?? <Unknown />}</TableCell>
      <TableCell>
        {counterparty.contactName || counterparty.contactEmail ? (
          <>
            {counterparty.contactName && <span className="art28-contact__name">{counterparty.contactName}</span>}
            {counterparty.contactEmail && (
              <Link href={`mailto:${counterparty.contactEmail}`} className="art28-contact__email">
                {counterparty.contactEmail}
              </Link>
            )}
          </>
        ) : (
          <Unknown />
        )}
      </TableCell>
      {mayAssess && (
        <TableCell>
          <RouterLink
            to={routePath(routes.counterpartyEdit, { organisationId, counterpartyId: counterparty.id })}
            className="art28-role-cell__link"
          >
            <span aria-hidden="true">{t("tools.home.edit")}</span>
            <span className="art28-visually-hidden">{t("tools.home.editFor", { name: counterparty.name })}</span>
          </RouterLink>
        </TableCell>
      )}
    </TableRow>
  );
}

function CounterpartyTable({
  items,
  busy,
  organisationId,
}: {
  items: readonly Counterparty[];
  busy: boolean;
  organisationId: string;
}) {
  const { t } = useTranslation();
  // Only those who may record an assessment get the link; the outcome itself is for every member.
  // The link sits in the role cell rather than a column of its own, so the table stays narrow.
  const mayAssess = useHasPermission(organisationId, "counterparties.write");
  const captionId = useId();
  return (
    // Focusable and named, so keyboard users can scroll the table sideways on narrow screens.
    <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table busy={busy} className="art28-table">
        <TableCaption id={captionId}>{t("home.tableCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("home.columnName")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("home.columnRole")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("home.columnCategory")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("home.columnCountry")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("home.columnKvkNumber")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("home.columnContact")}</TableHeaderCell>
            {mayAssess && (
              <TableHeaderCell scope="col">
                <span className="art28-visually-hidden">{t("tools.home.columnActions")}</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((counterparty) => (
            <CounterpartyRow
              key={counterparty.id}
              counterparty={counterparty}
              organisationId={organisationId}
              mayAssess={mayAssess}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Counterparties({ organisationId }: { organisationId: string }) {
  const { t, locale } = useTranslation();
  const [query, setQuery] = useState("");
  const { outcome, loading, searchNow, retry } = useCounterparties(organisationId, query);
  const searchId = useId();
  const descriptionId = useId();

  const resultText = useMemo(() => {
    if (!outcome?.list) return "";
    const count = outcome.list.total;
    const form = pluralForm(locale, count);
    return outcome.query
      ? t(form === "one" ? "home.resultCountFor.one" : "home.resultCountFor.other", { count, query: outcome.query })
      : t(form === "one" ? "home.resultCount.one" : "home.resultCount.other", { count });
  }, [outcome, locale, t]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchNow();
  };

  return (
    <>
      <form role="search" className="art28-search" onSubmit={handleSubmit}>
        <FormField
          label={<FormLabel htmlFor={searchId}>{t("home.search")}</FormLabel>}
          description={<FormFieldDescription id={descriptionId}>{t("home.searchDescription")}</FormFieldDescription>}
          input={
            <Textbox
              id={searchId}
              type="search"
              name="q"
              autoComplete="off"
              aria-describedby={descriptionId}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          }
        />
      </form>
      {/* Always present, so assistive technology is listening before the first count arrives. */}
      <Paragraph role="status" aria-live="polite" className="art28-result-count">
        {resultText}
      </Paragraph>
      {!outcome && <Loading text={t("home.loading")} />}
      {outcome?.error !== undefined && (
        <ErrorAlert error={outcome.error} summaryKey="home.loadFailed" onRetry={retry} />
      )}
      {outcome?.list &&
        (outcome.list.items.length > 0 ? (
          <CounterpartyTable items={outcome.list.items} busy={loading} organisationId={organisationId} />
        ) : (
          <Paragraph className="art28-empty">
            {outcome.query ? t("home.noResults", { query: outcome.query }) : t("home.empty")}
          </Paragraph>
        ))}
    </>
  );
}

/** The home page of one organisation: who it shares personal data with. */
export function OrganisationHomePage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const { organisation } = useShellContext();
  const mayImport = useHasPermission(organisationId, "counterparties.write");
  const title =
    organisation.status === "loaded"
      ? organisation.organisation.name
      : organisation.status === "error"
        ? t("organisation.loadFailed")
        : undefined;
  useDocumentTitle(title);

  if (organisation.status === "error") {
    return (
      <>
        <Heading level={1}>{t("organisation.loadFailed")}</Heading>
        <ErrorAlert error={organisation.error} onRetry={organisation.retry} />
      </>
    );
  }
  if (organisation.status !== "loaded") return <Loading />;

  return (
    <>
      <Heading level={1}>{organisation.organisation.name}</Heading>
      <Paragraph purpose="lead">{t("home.intro", { organisation: organisation.organisation.name })}</Paragraph>
      <Paragraph>
        {t("home.checkPrompt")} <RouterLink to={routes.check}>{t("home.checkLink")}</RouterLink>
      </Paragraph>
      <ul className="art28-tools-links" aria-label={t("tools.home.toolsLabel")}>
        {mayImport && (
          <li>
            <RouterLink to={routePath(routes.importCounterparties, { organisationId })}>
              {t("tools.home.import")}
            </RouterLink>
          </li>
        )}
        <li>
          <RouterLink to={routePath(routes.exports, { organisationId })}>{t("tools.home.export")}</RouterLink>
        </li>
      </ul>
      <Counterparties key={organisationId} organisationId={organisationId} />
    </>
  );
}
