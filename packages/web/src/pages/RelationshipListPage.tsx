import type { RelationshipSummary } from "@art28/contract";
import { complianceStates, relationshipFlagIds, roleOutcomeLabels, roleOutcomes } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { useId, useState, type FormEvent } from "react";
import { useParams, useSearchParams } from "react-router";
import { registerApi } from "../api/register-client.ts";
import { useShellContext } from "../components/AppShell.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { RouterLink } from "../components/RouterLink.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useLoaded } from "../components/useLoaded.ts";
import { useHasPermission } from "../session/useHasPermission.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pluralForm } from "../i18n/messages.ts";
import { routePath, routes } from "../paths.ts";
import {
  apiQueryOf,
  filtersFromSearch,
  isFiltered,
  relationshipListPath,
  relationshipPageSize,
  searchOfFilters,
  type RelationshipFilters,
} from "../register/list-filters.ts";
import { formatCalendarDate, formatMoment } from "../register/register-time.ts";
import { ComplianceBadge, FlagList } from "../register/StatusBadges.tsx";
import "../register/register.css";

function RelationshipRow({
  relationship,
  organisationId,
}: {
  relationship: RelationshipSummary;
  organisationId: string;
}) {
  const { t, locale } = useTranslation();
  const next = relationship.status.deadlines[0];
  return (
    <TableRow>
      <TableHeaderCell scope="row" className="art28-table__row-header">
        <RouterLink to={routePath(routes.relationship, { organisationId, relationshipId: relationship.id })}>
          {relationship.name}
        </RouterLink>
      </TableHeaderCell>
      <TableCell>{relationship.counterparty.name}</TableCell>
      <TableCell>{relationship.role ? roleOutcomeLabels[relationship.role][locale] : t("list.roleUnknown")}</TableCell>
      <TableCell>
        <ComplianceBadge compliance={relationship.status.compliance} />
      </TableCell>
      <TableCell>
        <FlagList flags={relationship.status.flags} />
      </TableCell>
      <TableCell>
        {next ? (
          <>
            <span className="art28-register-block">
              {next.at ? formatMoment(locale, next.at) : formatCalendarDate(locale, next.on)}
            </span>
            <span className="art28-register-block art28-register-muted">{t(`register.deadline.${next.deadline}`)}</span>
          </>
        ) : (
          t("list.none")
        )}
      </TableCell>
    </TableRow>
  );
}

/** The search and filters; sent as a new address, so Back returns to the previous filters. */
function FilterForm({
  filters,
  onApply,
  organisationId,
}: {
  filters: RelationshipFilters;
  onApply: (filters: RelationshipFilters) => void;
  organisationId: string;
}) {
  const { t, locale } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const headingId = useId();
  const searchId = useId();
  const descriptionId = useId();
  const complianceId = useId();
  const flagId = useId();
  const roleId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };
  return (
    <form role="search" aria-labelledby={headingId} className="art28-register-filters" onSubmit={handleSubmit}>
      <Heading level={2} id={headingId} appearance="level-4">
        {t("list.filters")}
      </Heading>
      <div className="art28-register-filters__fields">
        <FormField
          className="art28-register-filters__search"
          label={<FormLabel htmlFor={searchId}>{t("list.search")}</FormLabel>}
          description={<FormFieldDescription id={descriptionId}>{t("list.searchDescription")}</FormFieldDescription>}
          input={
            <Textbox
              id={searchId}
              type="search"
              name="q"
              autoComplete="off"
              aria-describedby={descriptionId}
              value={draft.q}
              onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            />
          }
        />
        <FormField
          label={<FormLabel htmlFor={complianceId}>{t("list.compliance")}</FormLabel>}
          input={
            <Select
              id={complianceId}
              value={draft.compliance ?? ""}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  compliance: (event.target.value || undefined) as RelationshipFilters["compliance"],
                })
              }
            >
              <SelectOption value="">{t("list.any")}</SelectOption>
              {complianceStates.map((state) => (
                <SelectOption key={state} value={state}>
                  {t(`register.compliance.${state}`)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <FormField
          label={<FormLabel htmlFor={flagId}>{t("list.flag")}</FormLabel>}
          input={
            <Select
              id={flagId}
              value={draft.flag ?? ""}
              onChange={(event) =>
                setDraft({ ...draft, flag: (event.target.value || undefined) as RelationshipFilters["flag"] })
              }
            >
              <SelectOption value="">{t("list.any")}</SelectOption>
              {relationshipFlagIds.map((flag) => (
                <SelectOption key={flag} value={flag}>
                  {t(`register.flag.${flag}`)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <FormField
          label={<FormLabel htmlFor={roleId}>{t("list.role")}</FormLabel>}
          input={
            <Select
              id={roleId}
              value={draft.role ?? ""}
              onChange={(event) =>
                setDraft({ ...draft, role: (event.target.value || undefined) as RelationshipFilters["role"] })
              }
            >
              <SelectOption value="">{t("list.any")}</SelectOption>
              {roleOutcomes.map((role) => (
                <SelectOption key={role} value={role}>
                  {roleOutcomeLabels[role][locale]}
                </SelectOption>
              ))}
            </Select>
          }
        />
      </div>
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary">
          {t("list.apply")}
        </Button>
        {/* Links within this page differ only in the query: none of them is "the current page". */}
        {isFiltered(filters) && (
          <RouterLink to={relationshipListPath(organisationId)} current={false}>
            {t("list.reset")}
          </RouterLink>
        )}
      </div>
    </form>
  );
}

/** The register: every relationship with its computed status, filtered and searched. */
export function RelationshipListPage() {
  const { t, locale } = useTranslation();
  const { organisationId = "" } = useParams();
  const { organisation } = useShellContext();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const filterKey = searchOfFilters(filters);
  const mayWrite = useHasPermission(organisationId, "register.write");
  const captionId = useId();
  const { state, previous, reload } = useLoaded(
    (signal) => registerApi.listRelationships(organisationId, apiQueryOf(filters), signal),
    `${organisationId}${filterKey}`,
  );
  useDocumentTitle(t("list.title"));
  const organisationName = organisation.status === "loaded" ? organisation.organisation.name : "";
  const list = state.status === "loaded" ? state.value : previous;
  const count = state.status === "loaded" ? state.value.total : undefined;

  return (
    <div className="art28-register">
      <Heading level={1}>{t("list.title")}</Heading>
      {organisationName && <Paragraph purpose="lead">{t("list.intro", { organisation: organisationName })}</Paragraph>}
      {mayWrite && (
        <Paragraph>
          <RouterLink
            to={routePath(routes.relationshipNew, { organisationId })}
            className="art28-register-primary-link"
          >
            {t("list.new")}
          </RouterLink>
        </Paragraph>
      )}
      {/* Keyed on the address, so Back and links from the dashboard show their own filters. */}
      <FilterForm
        key={filterKey}
        filters={filters}
        organisationId={organisationId}
        onApply={(next) => setSearchParams(new URLSearchParams(searchOfFilters(next)))}
      />
      <Paragraph role="status" aria-live="polite" className="art28-result-count">
        {count === undefined
          ? ""
          : t(pluralForm(locale, count) === "one" ? "list.resultCount.one" : "list.resultCount.other", { count })}
      </Paragraph>
      {state.status === "error" && <ErrorAlert error={state.error} summaryKey="list.loadFailed" onRetry={reload} />}
      {!list && state.status === "loading" && <Loading text={t("register.loading")} />}
      {list &&
        state.status !== "error" &&
        (list.items.length === 0 ? (
          <Paragraph className="art28-empty">{isFiltered(filters) ? t("list.noResults") : t("list.empty")}</Paragraph>
        ) : (
          <>
            <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <Table busy={state.status === "loading"} className="art28-table">
                <TableCaption id={captionId}>{t("list.caption")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("list.columnRelationship")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("list.columnCounterparty")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("list.columnRole")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("list.columnCompliance")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("list.columnFlags")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("list.columnDeadline")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.items.map((relationship) => (
                    <RelationshipRow
                      key={relationship.id}
                      relationship={relationship}
                      organisationId={organisationId}
                    />
                  ))}
                </TableBody>
              </Table>
            </div>
            <Pagination
              page={filters.page}
              total={list.total}
              pageSize={relationshipPageSize}
              hrefFor={(page) => relationshipListPath(organisationId, { ...filters, page })}
              label={t("list.pagination")}
            />
          </>
        ))}
    </div>
  );
}
