import {
  authoredVersionDetailSchema,
  authoredVersionListSchema,
  authoringPaths,
  generationPreviewSchema,
  templateSummarySchema,
  templatesOverviewSchema,
  type AuthoredVersionDetail,
  type AuthoredVersionSummary,
  type GenerateAgreementRequest,
  type GenerationPreview,
  type ProposeDeviationRequest,
  type PublishTemplateRequest,
  type RespondDeviationRequest,
  type SignRequest,
  type TemplateSummary,
  type TemplatesOverview,
} from "@art28/contract";
import type { AuthoringLanguage } from "@art28/domain";
import { api, type ApiTransport, type Parser, type UploadOptions } from "./client.ts";

// The contract's paths take the ids as they are; the client encodes them.
const id = encodeURIComponent;

function signalInit(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

// Generation and reissue answer with the whole new version, but the page only needs its id to go
// there: the agreement page loads the detail itself, so one parse of the full shape is enough.
const createdSchema: Parser<{ id: string }> = {
  parse(input) {
    const createdId = (input as { id?: unknown } | null)?.id;
    if (typeof createdId !== "string" || createdId === "") throw new TypeError("The answer carries no id");
    return { id: createdId };
  },
};

/** The formats an agreement version is rendered in for download. */
export type RenderFormat = "pdf" | "docx" | "html";

/** Where a rendering of a version is downloaded; a plain link, the session cookie does the rest. */
export function renderPath(
  organisationId: string,
  versionId: string,
  format: RenderFormat,
  language?: AuthoringLanguage,
): string {
  const query = new URLSearchParams({ format });
  if (language) query.set("language", language);
  return `${authoringPaths.render(id(organisationId), id(versionId))}?${query.toString()}`;
}

/** Where the deviation report (what differs from the standard, and why) is downloaded. */
export function deviationReportPath(organisationId: string, versionId: string, format: "csv" | "json" = "csv"): string {
  return `${authoringPaths.deviationReport(id(organisationId), id(versionId))}?format=${format}`;
}

/** The four names on a signed paper copy, sent with its scan. */
export interface ScanSignatories {
  controllerSignatoryName: string;
  controllerSignatoryRole: string;
  processorSignatoryName: string;
  processorSignatoryRole: string;
}

/** The authoring calls: templates, generation, negotiation and signing, bound to one transport. */
export function createAuthoringClient(transport: ApiTransport) {
  const { request, parse, upload } = transport;
  const post = async (path: string, json?: unknown) => {
    await request(path, json === undefined ? { method: "POST" } : { method: "POST", json });
  };

  return {
    /** The template the organisation starts from, the standard's clauses, and its own versions. */
    async getTemplates(organisationId: string, signal?: AbortSignal): Promise<TemplatesOverview> {
      const response = await request(authoringPaths.templates(id(organisationId)), signalInit(signal));
      return parse(response, templatesOverviewSchema);
    },

    /** Publishes a new own version of the template (needs `templates.publish`). */
    async publishTemplate(organisationId: string, body: PublishTemplateRequest): Promise<TemplateSummary> {
      const response = await request(authoringPaths.templates(id(organisationId)), { method: "POST", json: body });
      return parse(response, templateSummarySchema);
    },

    /** The values proposed from the register for a relationship's agreement, and what is missing. */
    async getGenerationPreview(
      organisationId: string,
      relationshipId: string,
      signal?: AbortSignal,
    ): Promise<GenerationPreview> {
      const path = authoringPaths.generationPreview(id(organisationId), id(relationshipId));
      return parse(await request(path, signalInit(signal)), generationPreviewSchema);
    },

    /** Generates version 1 of an agreement; 422 `generation_inputs_missing` names what is missing. */
    async generateAgreement(
      organisationId: string,
      relationshipId: string,
      body: GenerateAgreementRequest,
    ): Promise<{ id: string }> {
      const path = authoringPaths.generate(id(organisationId), id(relationshipId));
      return parse(await request(path, { method: "POST", json: body }), createdSchema);
    },

    /** Every version the organisation is party to, on either side. */
    async listVersions(organisationId: string, signal?: AbortSignal): Promise<AuthoredVersionSummary[]> {
      const response = await request(authoringPaths.versions(id(organisationId)), signalInit(signal));
      return (await parse(response, authoredVersionListSchema)).items;
    },

    /** One version with its clauses, deviations, signatures and document model. */
    async getVersion(organisationId: string, versionId: string, signal?: AbortSignal): Promise<AuthoredVersionDetail> {
      const response = await request(authoringPaths.version(id(organisationId), id(versionId)), signalInit(signal));
      return parse(response, authoredVersionDetailSchema);
    },

    /** Proposes a deviation on a clause, or counters one of the other side (`counterTo`). */
    async proposeDeviation(organisationId: string, versionId: string, body: ProposeDeviationRequest): Promise<void> {
      await post(authoringPaths.deviations(id(organisationId), id(versionId)), body);
    },

    /** Accepts or rejects a proposal of the other side. */
    async respondToDeviation(
      organisationId: string,
      versionId: string,
      deviationId: string,
      body: RespondDeviationRequest,
    ): Promise<void> {
      await post(authoringPaths.deviationResponse(id(organisationId), id(versionId), id(deviationId)), body);
    },

    /** Withdraws one's own open proposal. */
    async withdrawDeviation(organisationId: string, versionId: string, deviationId: string): Promise<void> {
      await post(authoringPaths.deviationWithdrawal(id(organisationId), id(versionId), id(deviationId)));
    },

    /** Renders the PDF both sides sign and locks the text (owner only, no open deviations). */
    async prepareSigning(organisationId: string, versionId: string): Promise<void> {
      await post(authoringPaths.prepareSigning(id(organisationId), id(versionId)));
    },

    /** The exact bytes of the PDF prepared for signing, to show and to hash. */
    async fetchSigningDocument(organisationId: string, versionId: string, signal?: AbortSignal): Promise<ArrayBuffer> {
      const path = authoringPaths.signingDocument(id(organisationId), id(versionId));
      return (await request(path, signalInit(signal))).arrayBuffer();
    },

    /** Signs the prepared PDF for the user's side, naming its SHA-256. */
    async sign(organisationId: string, versionId: string, body: SignRequest): Promise<void> {
      await post(authoringPaths.signatures(id(organisationId), id(versionId)), body);
    },

    /** Uploads a scan of the paper copy both sides signed, with the names on it (owner only). */
    async uploadSignedScan(
      organisationId: string,
      versionId: string,
      file: File,
      signatories: ScanSignatories,
      options?: UploadOptions,
    ): Promise<void> {
      const body = new FormData();
      // The fields before the file, so the server knows them when it reads the file.
      for (const [name, value] of Object.entries(signatories)) body.append(name, value);
      body.append("file", file, file.name);
      await upload(authoringPaths.signedScan(id(organisationId), id(versionId)), body, options);
    },

    /** Issues a new version with the register's current annexes; returns its id. */
    async reissue(organisationId: string, versionId: string): Promise<{ id: string }> {
      const response = await request(authoringPaths.reissue(id(organisationId), id(versionId)), { method: "POST" });
      return parse(response, createdSchema);
    },
  };
}
export type AuthoringClient = ReturnType<typeof createAuthoringClient>;

/** The authoring client the app uses. */
export const authoringApi: AuthoringClient = createAuthoringClient(api.transport);
