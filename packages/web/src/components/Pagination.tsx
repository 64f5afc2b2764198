import { useTranslation } from "../i18n/I18nProvider.tsx";
import { pageCount } from "./page-count.ts";
import { RouterLink } from "./RouterLink.tsx";

export interface PaginationProps {
  /** The page shown, from 1. */
  page: number;
  /** Results over all pages. */
  total: number;
  pageSize: number;
  /** The address of another page, keeping the rest of the query. */
  hrefFor: (page: number) => string;
  /** The name of the navigation landmark, e.g. "Paginering van de meldingen". */
  label: string;
}

/** Previous and next links with "Pagina 2 van 5" between them; nothing when everything fits on one page. */
export function Pagination({ page, total, pageSize, hrefFor, label }: PaginationProps) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  // The links differ from this page only in the query, so none of them is "the current page".
  return (
    <nav aria-label={label} className="art28-pagination">
      {page > 1 && (
        <RouterLink to={hrefFor(page - 1)} rel="prev" current={false}>
          {t("pagination.previous")}
        </RouterLink>
      )}
      <span aria-current="page">{t("pagination.position", { page, pages })}</span>
      {page < pages && (
        <RouterLink to={hrefFor(page + 1)} rel="next" current={false}>
          {t("pagination.next")}
        </RouterLink>
      )}
    </nav>
  );
}
