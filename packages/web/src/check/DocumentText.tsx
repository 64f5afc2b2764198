import { requirementDefinition } from "@art28/domain";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Fragment, memo, useMemo } from "react";
import type { CheckReport } from "@art28/contract";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { jumpTo } from "./focus.ts";
import { documentParagraphs, type Highlight } from "./report-view.ts";

export const documentTextHeadingId = "check-document-text";

/** The id of a finding on the result page, for links back from the document text. */
export function findingElementId(requirementId: string): string {
  return `finding-${requirementId}`;
}

interface DocumentTextProps {
  text: string;
  language: CheckReport["language"];
  highlights: readonly Highlight[];
}

/**
 * The extracted text of the document with the quoted sentences marked. Each mark can receive
 * focus (the links of the findings move there) and is followed by links back to its findings.
 * Memoised: a long agreement is tens of thousands of characters, re-rendered for nothing otherwise.
 */
export const DocumentText = memo(function DocumentText({ text, language, highlights }: DocumentTextProps) {
  const { t, locale } = useTranslation();
  const paragraphs = useMemo(() => documentParagraphs(text, highlights), [text, highlights]);

  return (
    <section className="art28-document-section" aria-labelledby={documentTextHeadingId}>
      <Heading level={2} id={documentTextHeadingId}>
        {t("check.documentTitle")}
      </Heading>
      <Paragraph>{t("check.documentIntro")}</Paragraph>
      <div className="art28-document-text" lang={language}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start} className="art28-document-text__paragraph">
            {paragraph.segments.map((segment, index) => {
              const highlight = segment.highlight;
              if (!highlight) return <Fragment key={index}>{segment.text}</Fragment>;
              return (
                <Fragment key={index}>
                  <mark
                    id={segment.first ? highlight.id : undefined}
                    tabIndex={segment.first ? -1 : undefined}
                    className={`art28-mark${highlight.conflict ? " art28-mark--conflict" : ""}`}
                  >
                    {segment.first && highlight.conflict && (
                      <span className="art28-mark__label" lang={locale}>
                        {t("check.markConflict")}
                      </span>
                    )}
                    {segment.text}
                  </mark>
                  {segment.last && highlight.requirementIds.length > 0 && (
                    <span className="art28-mark__findings" lang={locale}>
                      {" "}
                      {t("check.backToFinding")}{" "}
                      {highlight.requirementIds.map((requirementId, position) => (
                        <Fragment key={requirementId}>
                          {position > 0 && ", "}
                          <Link
                            href={`#${findingElementId(requirementId)}`}
                            onClick={jumpTo(findingElementId(requirementId))}
                          >
                            {requirementDefinition(requirementId).title[locale]}
                          </Link>
                        </Fragment>
                      ))}
                    </span>
                  )}
                </Fragment>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
});
