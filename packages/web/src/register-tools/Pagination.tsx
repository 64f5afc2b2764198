import { useTranslation } from "../i18n/I18nProvider.tsx";
import { RouterLink } from "../components/RouterLink.tsx";

export interface PaginationProps {
  page: number;
  pages: number;
  /** The address of another page, keeping the rest of the query. */
  hrefFor: (page: number) => string;
  label: string;
}

/** Previous and next links with "Pagina 2 van 5" between them; nothing when there is one page. */
export function Pagination({ page, pages, hrefFor, label }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="art28-tools-pagination">
      {page > 1 ? <RouterLink to={hrefFor(page - 1)}>{t("tools.pagination.previous")}</RouterLink> : <span />}
      <span>{t("tools.pagination.position", { page, pages })}</span>
      {page < pages ? <RouterLink to={hrefFor(page + 1)}>{t("tools.pagination.next")}</RouterLink> : <span />}
    </nav>
  );
}
