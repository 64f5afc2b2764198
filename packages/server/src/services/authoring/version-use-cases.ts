/** Reading versions: the list, one version's detail, its renderings and the deviation report. */
import type { AuthoredVersionDetail, AuthoredVersionSummary } from "@art28/contract";
import { baseClauses, fillPlaceholders, requirementCatalogue, type AuthoringLanguage } from "@art28/domain";
import { z } from "zod";
import { renderAgreementDocx, renderAgreementHtml, renderAgreementPdf } from "../../authoring-render/index.ts";
import { createDeviationDataAccess } from "../../data-access/authoring-deviations.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createSignatureDataAccess } from "../../data-access/authoring-signatures.ts";
import { createTemplateDataAccess, type TemplateRecord } from "../../data-access/authoring-templates.ts";
import type { Transaction } from "../../database/connection.ts";
import { withOrganisationScope } from "../../database/tenant-scope.ts";
import { createVersionDataAccess, type VersionRecord } from "../../data-access/authoring-versions.ts";
import { toCsv } from "../../register-transfer/csv-output.ts";
import { slug } from "../../register-transfer/export-files.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { createAuthoringScopes, partiesOf } from "./authoring-context.ts";
import { presentVersionSummary, sideOrganisationName } from "./presenters.ts";
import { clausesOf, documentOf, standardOf, versionTitle } from "./version-document.ts";
import { loadVersionDetail, partyNamesOf } from "./version-view.ts";

export type RenderFormat = "pdf" | "docx" | "html";

/** A file to download. */
export interface AuthoringFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

const mediaTypes: Record<RenderFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
};

/** Versions that are being or have been signed keep the exact PDF the signatories saw. */
const frozenStatuses: ReadonlySet<VersionRecord["status"]> = new Set(["signing", "signed"]);

/** "verwerkersovereenkomst-salarisadministratie-v2-en.pdf": the title, the version and (when not Dutch) the language. */
export function versionFileName(version: VersionRecord, extension: string, language: AuthoringLanguage): string {
  const suffix = language === "nl" ? "" : `-${language}`;
  return `${slug(versionTitle(version))}-v${version.versionNumber}${suffix}.${extension}`;
}

/**
 * One row of the deviation report: a rewording of the template the version follows
 * (`source` "template": no deviation id, side or status) or a negotiated deviation.
 */
export const deviationReportRowSchema = z.object({
  source: z.enum(["template", "negotiation"]),
  deviationId: z.uuid().nullable(),
  clauseId: z.string(),
  clauseNumber: z.string(),
  /**
   * The clause as the standard words it, filled in; for a negotiated deviation the standard's
   * or (when the version follows one) the template's wording.
   */
  standardText: z.string(),
  /** The clause as it stood when the deviation was proposed (a template row: the standard's text). */
  originalText: z.string(),
  /** The proposed text, or the template's wording filled in. */
  proposedText: z.string(),
  /** The reason given, or for a template row its label and change note. */
  reason: z.string(),
  proposedBy: z.enum(["controller", "processor"]).nullable(),
  /** The proposing side's organisation, or the template's publisher. */
  proposedByOrganisation: z.string(),
  proposedByName: z.string().nullable(),
  status: z.enum(["proposed", "accepted", "rejected", "countered", "withdrawn"]).nullable(),
  parentId: z.uuid().nullable(),
  responseNote: z.string().nullable(),
  respondedByName: z.string().nullable(),
  respondedAt: z.iso.datetime({ offset: true }).nullable(),
  weakenedRequirements: z.array(z.string()),
  conflicts: z.array(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
});

/**
 * The deviation report as JSON: which version, the template's rewordings of the standard, then
 * every negotiated deviation with its fate.
 */
export const deviationReportSchema = z.object({
  versionId: z.uuid(),
  title: z.string(),
  versionNumber: z.number().int(),
  standardVersion: z.string(),
  templateLabel: z.string().nullable(),
  items: z.array(deviationReportRowSchema),
});
export type DeviationReport = z.infer<typeof deviationReportSchema>;

const requirementTitles = new Map<string, string>(
  requirementCatalogue.map((definition) => [definition.id, definition.title.nl]),
);

type ReportRow = DeviationReport["items"][number];

const sourceLabels: Record<ReportRow["source"], string> = {
  template: "sjabloon / template",
  negotiation: "onderhandeling / negotiation",
};
const templateStatusLabel = "onderdeel van het sjabloon / part of the template";

const statusLabels: Record<NonNullable<ReportRow["status"]>, string> = {
  proposed: "voorgesteld / proposed",
  accepted: "aanvaard / accepted",
  rejected: "afgewezen / rejected",
  countered: "tegenvoorstel gedaan / countered",
  withdrawn: "ingetrokken / withdrawn",
};
const sideLabels = { controller: "verwerkingsverantwoordelijke / controller", processor: "verwerker / processor" };

function reportCsv(report: DeviationReport): Buffer {
  const header = [
    "Bron / Source",
    "Artikel / Clause",
    "Clausule-id / Clause id",
    "Tekst standaard / Standard text",
    "Voorgestelde tekst / Proposed text",
    "Reden / Reason",
    "Voorgesteld door / Proposed by",
    "Organisatie / Organisation",
    "Persoon / Person",
    "Status",
    "Reactie / Response",
    "Beantwoord door / Answered by",
    "Beantwoord op / Answered at",
    "Verzwakte eisen / Weakened requirements",
    "Strijdige bepalingen / Conflicts",
    "Voorgesteld op / Proposed at",
  ];
  const named = (ids: readonly string[]) => ids.map((id) => `${id} (${requirementTitles.get(id) ?? id})`);
  const rows = report.items.map((item) => [
    sourceLabels[item.source],
    item.clauseNumber,
    item.clauseId,
    item.standardText,
    item.proposedText,
    item.reason,
    item.proposedBy ? sideLabels[item.proposedBy] : "",
    item.proposedByOrganisation,
    item.proposedByName,
    item.status ? statusLabels[item.status] : templateStatusLabel,
    item.responseNote,
    item.respondedByName,
    item.respondedAt,
    named(item.weakenedRequirements),
    named(item.conflicts),
    item.createdAt,
  ]);
  return toCsv(header, rows);
}

/** The published template a version follows and the organisation that published it. */
interface PublishedTemplate {
  record: TemplateRecord;
  publisherName: string;
}

/**
 * The template row a version was generated from, for its change note. Must run in the owner's
 * scope: templates are visible to their publisher and its members only, never to the processor
 * side. Undefined when the version follows no template or the row is no longer visible (the
 * owner left the association).
 */
async function publishedTemplateOf(
  transaction: Transaction,
  version: VersionRecord,
): Promise<PublishedTemplate | undefined> {
  if (!version.templateId) return undefined;
  const templates = createTemplateDataAccess(transaction);
  const organisations = createAuthoringOrganisationDataAccess(transaction);
  const owner = await organisations.findById(version.organisationId);
  for (const publisherId of [version.organisationId, owner?.associationId]) {
    if (!publisherId) continue;
    const record = await templates.findById(publisherId, version.templateId);
    if (record) return { record, publisherName: (await organisations.findById(publisherId))?.name ?? "" };
  }
  return undefined;
}

/**
 * The template's rewordings as report rows, in document order, in the version's language:
 * the standard's text against the template's, with the template's label and change note as
 * the reason. The version's own snapshot of the template decides the texts.
 */
export function templateReportRows(version: VersionRecord, published: PublishedTemplate | undefined): ReportRow[] {
  const template = version.templateContent;
  if (!template) return [];
  const standard = standardOf(version);
  const language = version.language;
  const standardTexts = new Map(
    standard.articles.flatMap((article) => article.clauses.map((clause) => [clause.id, clause.text[language]])),
  );
  const changeNote = published?.record.changeNote.trim() ?? "";
  const reason = changeNote === "" ? template.label : `${template.label}: ${changeNote}`;
  return baseClauses(standard, template)
    .filter((clause) => clause.fromTemplate)
    .map((clause) => {
      const standardText = fillPlaceholders(standardTexts.get(clause.clauseId) ?? "", version.variables, language);
      return {
        source: "template",
        deviationId: null,
        clauseId: clause.clauseId,
        clauseNumber: clause.number,
        standardText,
        originalText: standardText,
        proposedText: fillPlaceholders(clause.text[language], version.variables, language),
        reason,
        proposedBy: null,
        proposedByOrganisation: published?.publisherName || template.label,
        proposedByName: null,
        status: null,
        parentId: null,
        responseNote: null,
        respondedByName: null,
        respondedAt: null,
        weakenedRequirements: [],
        conflicts: [],
        createdAt: (published?.record.publishedAt ?? version.createdAt).toISOString(),
      };
    });
}

export function createVersionUseCases(dependencies: RegisterDependencies) {
  const scopes = createAuthoringScopes(dependencies);
  return {
    /** Every version the organisation is a party to, on either side, newest first. */
    async list(actor: Actor, organisationId: string): Promise<{ items: AuthoredVersionSummary[] }> {
      return scopes.read(actor, organisationId, async (transaction) => {
        const versions = createVersionDataAccess(transaction);
        const rows = await versions.listVisible(organisationId);
        const open = await versions.openDeviationCounts(rows.map((row) => row.id));
        const names = await createAuthoringOrganisationDataAccess(transaction).namesOf(
          rows.flatMap((row) => [
            row.organisationId,
            ...(row.counterpartyOrganisationId ? [row.counterpartyOrganisationId] : []),
          ]),
        );
        return {
          items: rows.map((row) =>
            presentVersionSummary(
              row,
              row.organisationId === organisationId ? "controller" : "processor",
              names,
              open.get(row.id) ?? 0,
            ),
          ),
        };
      });
    },

    async detail(actor: Actor, organisationId: string, versionId: string): Promise<AuthoredVersionDetail> {
      return scopes.readVersion(actor, organisationId, versionId, (transaction, { version, side }) =>
        loadVersionDetail(transaction, version, side, dependencies.now()),
      );
    },

    /**
     * The version as PDF, DOCX or HTML in `language` (default: the version's). Once signing has
     * been prepared, the PDF in the version's language is exactly the stored signing document,
     * so what is downloaded is what was (or will be) signed.
     */
    async render(
      actor: Actor,
      organisationId: string,
      versionId: string,
      format: RenderFormat,
      language: AuthoringLanguage | undefined,
    ): Promise<AuthoringFile> {
      const loaded = await scopes.readVersion(actor, organisationId, versionId, async (transaction, { version }) => {
        const chosen = language ?? version.language;
        if (format === "pdf" && chosen === version.language && frozenStatuses.has(version.status)) {
          const stored = await createVersionDataAccess(transaction).signingDocument(version.organisationId, version.id);
          if (stored) return { kind: "stored" as const, version, language: chosen, stored };
        }
        const parties = partiesOf(version);
        const deviations = await createDeviationDataAccess(transaction, parties).list();
        const signatures = await createSignatureDataAccess(transaction, parties).list();
        return {
          kind: "composed" as const,
          version,
          language: chosen,
          document: documentOf(version, deviations, signatures, chosen),
        };
      });
      const fileName = versionFileName(loaded.version, format, loaded.language);
      if (loaded.kind === "stored") return { fileName, mediaType: mediaTypes.pdf, content: loaded.stored };
      // Rendering takes a while: it runs after the transaction, from what was read in it.
      const content =
        format === "pdf"
          ? await renderAgreementPdf(loaded.document)
          : format === "docx"
            ? await renderAgreementDocx(loaded.document)
            : Buffer.from(renderAgreementHtml(loaded.document), "utf8");
      return { fileName, mediaType: mediaTypes[format], content };
    },

    /**
     * What differs from the standard and why: first the rewordings of the template the version
     * follows, then every negotiated deviation with the clause it changes, who proposed it, why,
     * and what became of it.
     */
    async deviationReport(
      actor: Actor,
      organisationId: string,
      versionId: string,
      format: "csv" | "json",
    ): Promise<{ fileName: string; mediaType: string; body: Buffer | DeviationReport }> {
      const negotiated = await scopes.readVersion(
        actor,
        organisationId,
        versionId,
        async (transaction, { version }) => {
          const parties = partiesOf(version);
          const deviations = await createDeviationDataAccess(transaction, parties).list();
          const names = await partyNamesOf(transaction, version);
          const clauses = new Map(
            clausesOf(version, documentOf(version, deviations, [])).map((clause) => [clause.clauseId, clause]),
          );
          return {
            version,
            items: deviations.map((deviation): ReportRow => ({
              source: "negotiation",
              deviationId: deviation.id,
              clauseId: deviation.clauseId,
              clauseNumber: clauses.get(deviation.clauseId)?.number ?? "",
              standardText: clauses.get(deviation.clauseId)?.standardText ?? "",
              originalText: deviation.originalText,
              proposedText: deviation.proposedText,
              reason: deviation.reason,
              proposedBy: deviation.proposedBy,
              proposedByOrganisation: sideOrganisationName(version, deviation.proposedBy, names),
              proposedByName: deviation.proposedByName,
              status: deviation.status,
              parentId: deviation.parentId,
              responseNote: deviation.responseNote,
              respondedByName: deviation.respondedByName,
              respondedAt: deviation.respondedAt?.toISOString() ?? null,
              weakenedRequirements: deviation.weakenedRequirements,
              conflicts: deviation.conflicts,
              createdAt: deviation.createdAt.toISOString(),
            })),
          };
        },
      );
      const { version } = negotiated;
      // Only a party gets here; the change note is read in the owner's scope, which sees the template.
      const published = version.templateId
        ? await withOrganisationScope(dependencies.database, version.organisationId, (transaction) =>
            publishedTemplateOf(transaction, version),
          )
        : undefined;
      const report: DeviationReport = {
        versionId: version.id,
        title: versionTitle(version),
        versionNumber: version.versionNumber,
        standardVersion: version.standardVersion,
        templateLabel: version.templateContent?.label ?? null,
        items: [...templateReportRows(version, published), ...negotiated.items],
      };
      const stem = `afwijkingen-${slug(report.title)}-v${report.versionNumber}`;
      return format === "json"
        ? { fileName: `${stem}.json`, mediaType: "application/json; charset=utf-8", body: report }
        : { fileName: `${stem}.csv`, mediaType: "text/csv; charset=utf-8", body: reportCsv(report) };
    },

    /** The PDF prepared for signing, exactly as stored, with its SHA-256. */
    async signingDocument(
      actor: Actor,
      organisationId: string,
      versionId: string,
    ): Promise<AuthoringFile & { sha256: string }> {
      return scopes.readVersion(actor, organisationId, versionId, async (transaction, { version }) => {
        const content = version.signingDocumentSha256
          ? await createVersionDataAccess(transaction).signingDocument(version.organisationId, version.id)
          : undefined;
        if (!content || !version.signingDocumentSha256) {
          throw new AppError("not_found", "No document has been prepared for signing for this version yet.");
        }
        return {
          fileName: versionFileName(version, "pdf", version.language),
          mediaType: mediaTypes.pdf,
          content,
          sha256: version.signingDocumentSha256,
        };
      });
    },
  };
}
