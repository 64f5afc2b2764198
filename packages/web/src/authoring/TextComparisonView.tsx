import { useMemo } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { compareTexts, sideOf, type TextPart } from "./text-comparison.ts";

function Parts({ parts }: { parts: readonly TextPart[] }) {
  const { t, locale } = useTranslation();
  return (
    <>
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} className="art28-comparison__removed">
            <span className="art28-visually-hidden" lang={locale}>
              [{t("authoring.comparison.removedMark")}:{" "}
            </span>
            {part.text}
            <span className="art28-visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index} className="art28-comparison__added">
            <span className="art28-visually-hidden" lang={locale}>
              [{t("authoring.comparison.addedMark")}:{" "}
            </span>
            {part.text}
            <span className="art28-visually-hidden">]</span>
          </ins>
        ),
      )}
    </>
  );
}

/**
 * A clause before and after a proposal, side by side on a wide screen and one above the other
 * on a narrow one. Removed words are struck through on the left, added words underlined on the
 * right; screen readers hear "removed"/"added" around them, as the marks alone are not read.
 */
export function TextComparisonView({
  before,
  after,
  documentLanguage,
}: {
  before: string;
  after: string;
  documentLanguage: string;
}) {
  const { t, locale } = useTranslation();
  const parts = useMemo(() => compareTexts(before, after), [before, after]);
  return (
    <div className="art28-comparison">
      <figure className="art28-comparison__side">
        <figcaption className="art28-comparison__caption">{t("authoring.comparison.before")}</figcaption>
        <p className="art28-comparison__text" lang={documentLanguage}>
          <Parts parts={sideOf(parts, "before")} />
        </p>
      </figure>
      <figure className="art28-comparison__side">
        <figcaption className="art28-comparison__caption">{t("authoring.comparison.after")}</figcaption>
        <p className="art28-comparison__text" lang={documentLanguage}>
          {after.trim() === "" ? (
            <em lang={locale}>{t("authoring.comparison.deleted")}</em>
          ) : (
            <Parts parts={sideOf(parts, "after")} />
          )}
        </p>
      </figure>
    </div>
  );
}
