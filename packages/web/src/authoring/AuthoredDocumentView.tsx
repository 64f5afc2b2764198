import type { AuthoredVersionDetail } from "@art28/contract";
import { Heading } from "@nl-design-system-candidate/heading-react";
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
import type { ReactNode } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { formatMoment } from "../register/register-time.ts";
import { clauseElementId } from "./version-view.ts";

type AuthoredDocument = AuthoredVersionDetail["document"];
type Block = AuthoredDocument["blocks"][number];
type ClauseBlock = Extract<Block, { kind: "clause" }>;
type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface AuthoredDocumentViewProps {
  document: AuthoredDocument;
  /** The level of the document's title; its articles and annexes come one and two levels below. */
  titleLevel: 2 | 3;
  /** What goes under a clause: its deviations and the actions on it. */
  renderClauseExtras?: (clause: ClauseBlock) => ReactNode;
}

function level(value: number): HeadingLevel {
  return Math.min(6, Math.max(2, value)) as HeadingLevel;
}

/** One table of an annex, scrolling sideways on narrow screens instead of squeezing. */
function AnnexTable({ block, index }: { block: Extract<Block, { kind: "table" }>; index: number }) {
  const captionId = `agreement-table-${index}`;
  return (
    <div className="art28-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="art28-table art28-agreement-table">
        <TableCaption id={captionId}>{block.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {block.header.map((cell, cellIndex) => (
              <TableHeaderCell key={cellIndex} scope="col">
                {cell}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {block.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {row.map((cell, cellIndex) =>
                // A two-column annex table names the item in its first column: a row header.
                cellIndex === 0 && block.header.length === 2 ? (
                  <TableHeaderCell key={cellIndex} scope="row" className="art28-table__row-header">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={cellIndex} className="art28-agreement-prewrap">
                    {cell}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The signature block: per party the names, roles and dates, or the lines still to fill in. */
function SignatureBlock({
  block,
  headingLevel,
  document,
}: {
  block: Extract<Block, { kind: "signatures" }>;
  headingLevel: HeadingLevel;
  document: AuthoredDocument;
}) {
  const { t, locale } = useTranslation();
  const notYet = (
    <span className="art28-register-muted" lang={locale}>
      {t("authoring.notSignedYet")}
    </span>
  );
  return (
    <div className="art28-agreement-signatures">
      {block.parties.map((party) => (
        <div key={party.side} className="art28-agreement-signature">
          <Heading level={headingLevel}>{party.heading}</Heading>
          <Paragraph>{party.organisation}</Paragraph>
          <dl className="art28-facts">
            <div className="art28-facts__item">
              <dt>{party.labels.name}</dt>
              <dd>{party.signature?.name ?? notYet}</dd>
            </div>
            <div className="art28-facts__item">
              <dt>{party.labels.role}</dt>
              <dd>{party.signature?.role ?? notYet}</dd>
            </div>
            <div className="art28-facts__item">
              <dt>{party.labels.date}</dt>
              <dd>{party.signature ? formatMoment(document.language, party.signature.signedAt) : notYet}</dd>
            </div>
          </dl>
        </div>
      ))}
    </div>
  );
}

/**
 * The agreement on screen, drawn from the same document model the PDF and DOCX are rendered
 * from, so the numbering and wording are those of the downloads. Marked with the document's
 * language, which may differ from the interface's.
 */
export function AuthoredDocumentView({ document, titleLevel, renderClauseExtras }: AuthoredDocumentViewProps) {
  const { t, locale } = useTranslation();
  // The article headings sit one level below the title, their subheadings (and the
  // signature block's party headings) two levels below.
  const articleLevel = level(titleLevel + 1);
  const subLevel = level(titleLevel + 2);
  return (
    <article className="art28-agreement-document" lang={document.language}>
      {document.blocks.map((block, index) => {
        switch (block.kind) {
          case "title":
            return (
              <header key={index} className="art28-agreement-document__title">
                <Heading level={titleLevel}>{block.text}</Heading>
                {block.subtitle && <Paragraph purpose="lead">{block.subtitle}</Paragraph>}
                <Paragraph className="art28-register-muted">{document.basis}</Paragraph>
              </header>
            );
          case "parties":
            return (
              <ul key={index} className="art28-agreement-parties">
                {block.lines.map((line, lineIndex) => (
                  <li key={lineIndex}>{line}</li>
                ))}
              </ul>
            );
          case "heading":
            return (
              <Heading key={index} level={block.level === 1 ? articleLevel : subLevel}>
                {block.number ? `${block.number} ${block.text}` : block.text}
              </Heading>
            );
          case "clause":
            return (
              <div
                key={block.clauseId}
                id={clauseElementId(block.clauseId)}
                tabIndex={-1}
                className={`art28-agreement-clause${block.deviates ? " art28-agreement-clause--deviates" : ""}`}
              >
                <p className="art28-agreement-clause__text">
                  <span className="art28-agreement-clause__number">{block.number}</span> {block.text}
                  {block.deviates && (
                    <>
                      {" "}
                      <span className="art28-agreement-clause__tag" lang={locale}>
                        {t("authoring.document.deviates")}
                      </span>
                    </>
                  )}
                </p>
                {renderClauseExtras && (
                  <div lang={locale} className="art28-agreement-clause__extras">
                    {renderClauseExtras(block)}
                  </div>
                )}
              </div>
            );
          case "paragraph":
            return (
              <Paragraph key={index} className="art28-agreement-prewrap">
                {block.text}
              </Paragraph>
            );
          case "table":
            return <AnnexTable key={index} block={block} index={index} />;
          case "signatures":
            return <SignatureBlock key={index} block={block} headingLevel={subLevel} document={document} />;
        }
      })}
    </article>
  );
}
