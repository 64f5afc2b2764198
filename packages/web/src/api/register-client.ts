import {
  checkReportSchema,
  dashboardSchema,
  historyResponseSchema,
  registerOverviewPaths,
  registerRecordPaths,
  relationshipDetailSchema,
  relationshipListResponseSchema,
  relationshipRecordSegments,
  type AuditEventView,
  type CheckReport,
  type CreateRelationshipRequest,
  type Dashboard,
  type HistoryEntityType,
  type RelationshipDetail,
  type RelationshipListQuery,
  type RelationshipListResponse,
  type SaveProcessingSpecificationRequest,
  type UpdateRelationshipRequest,
} from "@art28/contract";
import type { AgreementStatus } from "@art28/domain";
import { api, type ApiTransport, type Parser, type UploadOptions } from "./client.ts";

/**
 * The records kept under a relationship, in the order of the detail page: agreements (which
 * have their own address once they exist) and the kinds of the contract's record paths.
 */
export const relationshipRecordKinds = ["agreements", ...relationshipRecordSegments] as const;
export type RelationshipRecordKind = (typeof relationshipRecordKinds)[number];

export interface HistoryResponse {
  items: AuditEventView[];
}

// The create answers are only needed for the new record's id: the detail is reloaded after every
// change, so a richer answer would only be one more thing to keep in step with the server.
const createdSchema: Parser<{ id: string }> = {
  parse(input) {
    const createdId = (input as { id?: unknown } | null)?.id;
    if (typeof createdId !== "string" || createdId === "") throw new TypeError("The answer carries no id");
    return { id: createdId };
  },
};

// The contract's paths take the ids as they are; the client encodes them.
const id = encodeURIComponent;

function signalInit(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

/** The address of one record; agreements have theirs outside the relationship. */
function recordPath(organisationId: string, relationshipId: string, kind: RelationshipRecordKind, recordId: string) {
  return kind === "agreements"
    ? registerRecordPaths.agreement(id(organisationId), id(recordId))
    : registerRecordPaths.record(id(organisationId), id(relationshipId), kind, id(recordId));
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
  return registerRecordPaths.agreementDocument(id(organisationId), id(agreementId));
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
      const response = await request(registerOverviewPaths.dashboard(id(organisationId)), signalInit(signal));
      return parse(response, dashboardSchema);
    },

    /** One page of relationships matching the filters. */
    async listRelationships(
      organisationId: string,
      query: RelationshipListQuery,
      signal?: AbortSignal,
    ): Promise<RelationshipListResponse> {
      const path = `${registerRecordPaths.relationships(id(organisationId))}${relationshipListSearch(query)}`;
      return parse(await request(path, signalInit(signal)), relationshipListResponseSchema);
    },

    /** Adds a relationship and returns its id. */
    async createRelationship(organisationId: string, body: CreateRelationshipRequest): Promise<{ id: string }> {
      const response = await request(registerRecordPaths.relationships(id(organisationId)), {
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
      const path = registerRecordPaths.relationship(id(organisationId), id(relationshipId));
      return parse(await request(path, signalInit(signal)), relationshipDetailSchema);
    },

    async updateRelationship(
      organisationId: string,
      relationshipId: string,
      body: UpdateRelationshipRequest,
    ): Promise<void> {
      await send(registerRecordPaths.relationship(id(organisationId), id(relationshipId)), "PATCH", body);
    },

    async deleteRelationship(organisationId: string, relationshipId: string): Promise<void> {
      await send(registerRecordPaths.relationship(id(organisationId), id(relationshipId)), "DELETE");
    },

    /** Creates or replaces the processing specification. */
    async saveSpecification(
      organisationId: string,
      relationshipId: string,
      body: SaveProcessingSpecificationRequest,
    ): Promise<void> {
      await send(registerRecordPaths.specification(id(organisationId), id(relationshipId)), "PUT", body);
    },

    /** Adds a record (security measure, certification, …, agreement) under a relationship. */
    async createRecord(
      organisationId: string,
      relationshipId: string,
      kind: RelationshipRecordKind,
      body: unknown,
    ): Promise<{ id: string }> {
      const path =
        kind === "agreements"
          ? registerRecordPaths.agreementsOfRelationship(id(organisationId), id(relationshipId))
          : registerRecordPaths.records(id(organisationId), id(relationshipId), kind);
      const response = await request(path, { method: "POST", json: body });
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
      const path = recordPath(organisationId, relationshipId, kind, recordId);
      await send(path, "PATCH", body);
    },

    async deleteRecord(
      organisationId: string,
      relationshipId: string,
      kind: RelationshipRecordKind,
      recordId: string,
    ): Promise<void> {
      const path = recordPath(organisationId, relationshipId, kind, recordId);
      await send(path, "DELETE");
    },

    /** Moves an agreement to another status; a refused move is `transition_not_allowed`. */
    async changeAgreementStatus(organisationId: string, agreementId: string, status: AgreementStatus): Promise<void> {
      await send(registerRecordPaths.agreementStatus(id(organisationId), id(agreementId)), "POST", { status });
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
      const path = registerRecordPaths.agreementCheckReport(id(organisationId), id(agreementId));
      const response = await request(path, signalInit(signal));
      return parse(response, checkReportSchema);
    },

    /** Who changed what and when, for one record. */
    async getHistory(
      organisationId: string,
      entityType: HistoryEntityType,
      entityId: string,
      signal?: AbortSignal,
    ): Promise<HistoryResponse> {
      const path = registerRecordPaths.history(id(organisationId), entityType, id(entityId));
      return parse(await request(path, signalInit(signal)), historyResponseSchema);
    },
  };
}
export type RegisterClient = ReturnType<typeof createRegisterClient>;

/** The register client the app uses. */
export const registerApi: RegisterClient = createRegisterClient(api.transport);
