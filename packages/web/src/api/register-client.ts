import {
  checkReportSchema,
  dashboardSchema,
  historyResponseSchema,
  relationshipDetailSchema,
  relationshipListResponseSchema,
  type CheckReport,
  type CreateRelationshipRequest,
  type Dashboard,
  type RelationshipDetail,
  type RelationshipListQuery,
  type RelationshipListResponse,
  type SaveProcessingSpecificationRequest,
  type UpdateRelationshipRequest,
  type AuditEventView,
} from "@art28/contract";
import type { AgreementStatus } from "@art28/domain";
import { api, type ApiTransport, type Parser, type UploadOptions } from "./client.ts";

/** The records kept under a relationship, by their path segment in the API. */
export const relationshipRecordKinds = [
  "security-measures",
  "certifications",
  "sub-processors",
  "audits",
  "breaches",
  "agreements",
] as const;
export type RelationshipRecordKind = (typeof relationshipRecordKinds)[number];

/** What the register keeps a history of; the `entityType` of the history endpoint. */
export const historyEntityTypes = [
  "relationship",
  "processing_specification",
  "security_measure",
  "certification",
  "sub_processor",
  "agreement",
  "agreement_document",
  "audit",
  "breach",
] as const;
export type HistoryEntityType = (typeof historyEntityTypes)[number];

export interface HistoryResponse {
  items: AuditEventView[];
}

// The create answers are only needed for the new record's id: the detail is reloaded after every
// change, so a richer answer would only be one more thing to keep in step with the server.
const createdSchema: Parser<{ id: string }> = {
  parse(input) {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || id === "") throw new TypeError("The answer carries no id");
    return { id };
  },
};

function organisationPath(organisationId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}`;
}

function relationshipPath(organisationId: string, relationshipId: string): string {
  return `${organisationPath(organisationId)}/relationships/${encodeURIComponent(relationshipId)}`;
}

function agreementPath(organisationId: string, agreementId: string): string {
  return `${organisationPath(organisationId)}/agreements/${encodeURIComponent(agreementId)}`;
}

function signalInit(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

/** The query string of the relationship list, without the parameters left empty. */
export function relationshipListSearch(query: RelationshipListQuery): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Where the signed document of an agreement is downloaded; a plain link, the session cookie does the rest. */
export function agreementDocumentPath(organisationId: string, agreementId: string): string {
  return `${agreementPath(organisationId, agreementId)}/document`;
}

/** The register's calls, bound to one transport so tests can stub the network. */
export function createRegisterClient(transport: ApiTransport) {
  const { request, parse, upload } = transport;
  const send = async (path: string, method: string, json?: unknown) => {
    await request(path, json === undefined ? { method } : { method, json });
  };

  return {
    /** Counts, coverage, flags and the deadlines of the coming 90 days. */
    async getDashboard(organisationId: string, signal?: AbortSignal): Promise<Dashboard> {
      const response = await request(`${organisationPath(organisationId)}/dashboard`, signalInit(signal));
      return parse(response, dashboardSchema);
    },

    /** One page of relationships matching the filters. */
    async listRelationships(
      organisationId: string,
      query: RelationshipListQuery,
      signal?: AbortSignal,
    ): Promise<RelationshipListResponse> {
      const path = `${organisationPath(organisationId)}/relationships${relationshipListSearch(query)}`;
      return parse(await request(path, signalInit(signal)), relationshipListResponseSchema);
    },

    /** Adds a relationship and returns its id. */
    async createRelationship(organisationId: string, body: CreateRelationshipRequest): Promise<{ id: string }> {
      const response = await request(`${organisationPath(organisationId)}/relationships`, {
        method: "POST",
        json: body,
      });
      return parse(response, createdSchema);
    },

    /** One relationship with everything recorded under it. */
    async getRelationship(
      organisationId: string,
      relationshipId: string,
      signal?: AbortSignal,
    ): Promise<RelationshipDetail> {
      const response = await request(relationshipPath(organisationId, relationshipId), signalInit(signal));
      return parse(response, relationshipDetailSchema);
    },

    async updateRelationship(
      organisationId: string,
      relationshipId: string,
      body: UpdateRelationshipRequest,
    ): Promise<void> {
      await send(relationshipPath(organisationId, relationshipId), "PATCH", body);
    },

    async deleteRelationship(organisationId: string, relationshipId: string): Promise<void> {
      await send(relationshipPath(organisationId, relationshipId), "DELETE");
    },

    /** Creates or replaces the processing specification. */
    async saveSpecification(
      organisationId: string,
      relationshipId: string,
      body: SaveProcessingSpecificationRequest,
    ): Promise<void> {
      await send(`${relationshipPath(organisationId, relationshipId)}/specification`, "PUT", body);
    },

    /** Adds a record (security measure, certification, …, agreement) under a relationship. */
    async createRecord(
      organisationId: string,
      relationshipId: string,
      kind: RelationshipRecordKind,
      body: unknown,
    ): Promise<{ id: string }> {
      const response = await request(`${relationshipPath(organisationId, relationshipId)}/${kind}`, {
        method: "POST",
        json: body,
      });
      return parse(response, createdSchema);
    },

    /** Changes a record; agreements have their own address outside the relationship. */
    async updateRecord(
      organisationId: string,
      relationshipId: string,
      kind: RelationshipRecordKind,
      recordId: string,
      body: unknown,
    ): Promise<void> {
      const path =
        kind === "agreements"
          ? agreementPath(organisationId, recordId)
          : `${relationshipPath(organisationId, relationshipId)}/${kind}/${encodeURIComponent(recordId)}`;
      await send(path, "PATCH", body);
    },

    async deleteRecord(
      organisationId: string,
      relationshipId: string,
      kind: RelationshipRecordKind,
      recordId: string,
    ): Promise<void> {
      const path =
        kind === "agreements"
          ? agreementPath(organisationId, recordId)
          : `${relationshipPath(organisationId, relationshipId)}/${kind}/${encodeURIComponent(recordId)}`;
      await send(path, "DELETE");
    },

    /** Moves an agreement to another status; a refused move is `transition_not_allowed`. */
    async changeAgreementStatus(organisationId: string, agreementId: string, status: AgreementStatus): Promise<void> {
      await send(`${agreementPath(organisationId, agreementId)}/status`, "POST", { status });
    },

    /** Uploads the signed document; the server stores it, checks it and attaches the result. */
    async uploadAgreementDocument(
      organisationId: string,
      agreementId: string,
      file: File,
      options?: UploadOptions,
    ): Promise<void> {
      const body = new FormData();
      body.append("file", file, file.name);
      await upload(agreementDocumentPath(organisationId, agreementId), body, options);
    },

    /** The full report of the latest check of the agreement's signed document. */
    async getCheckReport(organisationId: string, agreementId: string, signal?: AbortSignal): Promise<CheckReport> {
      const response = await request(`${agreementPath(organisationId, agreementId)}/check-report`, signalInit(signal));
      return parse(response, checkReportSchema);
    },

    /** Who changed what and when, for one record. */
    async getHistory(
      organisationId: string,
      entityType: HistoryEntityType,
      entityId: string,
      signal?: AbortSignal,
    ): Promise<HistoryResponse> {
      const path = `${organisationPath(organisationId)}/history/${entityType}/${encodeURIComponent(entityId)}`;
      return parse(await request(path, signalInit(signal)), historyResponseSchema);
    },
  };
}
export type RegisterClient = ReturnType<typeof createRegisterClient>;

/** The register client the app uses. */
export const registerApi: RegisterClient = createRegisterClient(api.transport);
