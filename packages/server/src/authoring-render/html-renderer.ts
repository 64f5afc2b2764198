/**
 * The agreement as a standalone, accessible web page (`?format=html`): the document's language
 * on <html>, one h1 with article and annex headings below it, clauses as ordered lists with
 * their printed numbers, tables with header cells and scope, every text escaped, and a print
 * style sheet for A4. No scripts and no external resources.
 */
import type { AuthoredBlock, AuthoredDocument, AuthoringLanguage } from "@art28/domain";
import { headingText } from "./layout.ts";
import { renderLabels, signatureFields } from "./labels.ts";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** Escaped text with its line breaks kept. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}

/** A fragment identifier from a clause id: letters, digits, dots and hyphens only. */
function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9.-]+/g, "-")}`;
}

const style = `
  :root { color-scheme: light; }
  body { font-family: "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5;
    margin: 2rem auto; max-width: 46rem; padding: 0 1.25rem; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }
  h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
  h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  h4 { font-size: 1rem; margin: 0 0 .25rem; }
  .subtitle { font-size: 1.15rem; color: #595959; margin: 0 0 .5rem; }
  .basis { font-size: .85rem; color: #595959; margin: 0 0 1.5rem; }
  .parties p { margin: 0 0 .5rem; }
  ol.clauses { list-style: none; margin: 0; padding: 0; }
  li.clause { display: grid; grid-template-columns: 3.25rem 1fr; margin: 0 0 .6rem; }
  li.clause.deviates { border-left: 3px solid #8c8c8c; padding-left: .5rem; margin-left: calc(-.5rem - 3px); }
  .clause-number { font-variant-numeric: tabular-nums; }
  .deviation-note { grid-column: 2; font-size: .85rem; font-style: italic; color: #595959; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-size: .92rem; }
  th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border: 1px solid #8c8c8c; }
  thead th { background: #e8e8e8; }
  .signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem; margin-top: .5rem; }
  .signature dl { display: grid; grid-template-columns: max-content 1fr; gap: .75rem .5rem; margin: 1rem 0 0; }
  .signature dt::after { content: ":"; }
  .signature dd { margin: 0; min-height: 1.5em; }
  .signature dd.blank { border-bottom: 1px solid #1a1a1a; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @page { size: A4; margin: 2.5cm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
    h2, h3 { break-after: avoid-page; }
    li.clause, tr, .signature { break-inside: avoid-page; }
    thead { display: table-header-group; }
    .signatures { grid-template-columns: 1fr 1fr; }
  }
`;

interface Context {
  language: AuthoringLanguage;
  /** Level of the last heading written, to nest the signature block's headings under it. */
  lastHeading: number;
}

function clauseItem(block: Extract<AuthoredBlock, { kind: "clause" }>, language: AuthoringLanguage): string {
  const note = block.deviates
    ? `<span class="deviation-note">(${escapeHtml(renderLabels(language).deviation)})</span>`
    : "";
  return (
    `<li class="clause${block.deviates ? " deviates" : ""}" id="${escapeHtml(anchor("clause", block.clauseId))}">` +
    `<span class="clause-number">${escapeHtml(block.number)}</span> ` +
    `<span class="clause-text">${textHtml(block.text)}</span>${note}</li>`
  );
}

function tableHtml(block: Extract<AuthoredBlock, { kind: "table" }>): string {
  const header = block.header.map((cell) => `<th scope="col">${textHtml(cell)}</th>`).join("");
  const rows = block.rows
    .map(
      (row) => `<tr>${block.header.map((_unused, column) => `<td>${textHtml(row[column] ?? "")}</td>`).join("")}</tr>`,
    )
    .join("\n");
  // The annex heading above already shows the caption: it is there for assistive technology.
  const caption = block.caption ? `<caption class="visually-hidden">${textHtml(block.caption)}</caption>` : "";
  return `<table>${caption}<thead><tr>${header}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function signaturesHtml(block: Extract<AuthoredBlock, { kind: "signatures" }>, context: Context): string {
  const level = Math.min(6, context.lastHeading + 1);
  const notSigned = escapeHtml(renderLabels(context.language).notSigned);
  const parties = block.parties.map((party) => {
    const lines = signatureFields(party, context.language)
      .map((line) =>
        line.value === ""
          ? `<dt>${escapeHtml(line.label)}</dt><dd class="blank"><span class="visually-hidden">${notSigned}</span></dd>`
          : `<dt>${escapeHtml(line.label)}</dt><dd>${textHtml(line.value)}</dd>`,
      )
      .join("");
    return (
      `<div class="signature" data-side="${escapeHtml(party.side)}">` +
      `<h${level}>${textHtml(party.heading)}</h${level}>` +
      `<p>${textHtml(party.organisation)}</p><dl>${lines}</dl></div>`
    );
  });
  return `<section class="signatures">\n${parties.join("\n")}\n</section>`;
}

function blockHtml(block: AuthoredBlock, context: Context): string {
  switch (block.kind) {
    case "title":
      return (
        `<h1>${textHtml(block.text)}</h1>` +
        (block.subtitle ? `<p class="subtitle">${textHtml(block.subtitle)}</p>` : "")
      );
    case "parties":
      return `<section class="parties">${block.lines.map((line) => `<p>${textHtml(line)}</p>`).join("")}</section>`;
    case "heading": {
      // h1 is the title: article headings are h2, their subheadings h3.
      const level = block.level + 1;
      context.lastHeading = level;
      return `<h${level}>${textHtml(headingText(block))}</h${level}>`;
    }
    case "clause":
      return clauseItem(block, context.language);
    case "paragraph":
      return `<p>${textHtml(block.text)}</p>`;
    case "table":
      return tableHtml(block);
    case "signatures":
      return signaturesHtml(block, context);
  }
}

/**
 * Renders the agreement as a complete HTML page. Consecutive clauses form one ordered list;
 * their numbers are printed text, as in the DOCX and PDF, so the list's own markers are off.
 */
export function renderAgreementHtml(document: AuthoredDocument): string {
  const context: Context = { language: document.language, lastHeading: 1 };
  const parts: string[] = [];
  let openList = false;
  const basis = document.basis.trim() === "" ? "" : `<p class="basis">${textHtml(document.basis)}</p>`;
  const hasTitle = document.blocks.some((block) => block.kind === "title");
  if (!hasTitle) parts.push(`<h1>${textHtml(document.title)}</h1>`, basis);
  for (const block of document.blocks) {
    if (block.kind !== "clause" && openList) {
      parts.push("</ol>");
      openList = false;
    }
    if (block.kind === "clause" && !openList) {
      parts.push(`<ol class="clauses" role="list">`);
      openList = true;
    }
    parts.push(blockHtml(block, context));
    // The basis (standard, template, version of the agreement) goes right under the title.
    if (block.kind === "title") parts.push(basis);
  }
  if (openList) parts.push("</ol>");

  return `<!doctype html>
<html lang="${escapeHtml(document.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Art28">
<meta name="description" content="${escapeHtml(document.basis)}">
<title>${escapeHtml(document.title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<article>
${parts.filter((part) => part !== "").join("\n")}
</article>
</main>
</body>
</html>
`;
}
