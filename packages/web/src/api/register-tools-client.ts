import {
  apiPaths,
  bulkDocumentResultSchema,
  counterpartyImportPreviewSchema,
  counterpartyImportResultSchema,
  counterpartySchema,
  notificationListResponseSchema,
  notificationPaths,
  notificationSchema,
  outboxResponseSchema,
  registerRecordPaths,
  registerTransferPaths,
  relationshipListResponseSchema,
  unreadCountResponseSchema,
  type BulkDocumentAssignment,
  type BulkDocumentResult,
  type Counterparty,
  type CounterpartyImportMapping,
  type CounterpartyImportPreview,
  type CounterpartyImportResult,
  type NotificationListResponse,
  type NotificationView,
  type OutboxResponse,
  type RelationshipSummary,
  type UpdateCounterpartyRequest,
} from "@art28/contract";
import { api, type ApiTransport, type UploadOptions } from "./client.ts";

function signalInit(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

// The list endpoint's largest page; the bulk upload needs every relationship to choose from.
const relationshipPageSize = 200;

/** The calls of the register's tool screens: import, bulk upload, export, notifications, counterparty editing. */
export interface RegisterToolsClient {
  /** Changes a counterparty (needs `counterparties.write`); returns it as stored. */
  updateCounterparty(
    organisationId: string,
    counterpartyId: string,
    body: UpdateCounterpartyRequest,
  ): Promise<Counterparty>;
  /** Deletes a counterparty; refused with `still_referenced` while relationships refer to it. */
  deleteCounterparty(organisationId: string, counterpartyId: string): Promise<void>;
  /**
   * Reads a counterparty list and validates every row without writing anything. Without a
   * mapping the server suggests one from the headers and validates with that.
   */
  previewImport(
    organisationId: string,
    file: File,
    mapping: CounterpartyImportMapping | null,
    options?: UploadOptions,
  ): Promise<CounterpartyImportPreview>;
  /**
   * Imports the counterparties of a list. With invalid rows the server refuses (422) unless
   * `skipInvalid` says to leave those out; it validates again and never trusts the preview.
   */
  importCounterparties(
    organisationId: string,
    file: File,
    mapping: CounterpartyImportMapping,
    skipInvalid: boolean,
    options?: UploadOptions,
  ): Promise<CounterpartyImportResult>;
  /** Every relationship of the organisation, with its counterparty (all pages). */
  listAllRelationships(organisationId: string, signal?: AbortSignal): Promise<RelationshipSummary[]>;
  /**
   * Uploads signed agreements in one multipart request, each file assigned to a relationship;
   * the answer says per file whether it was attached (with the check summary) or why not.
   */
  uploadSignedAgreements(
    organisationId: string,
    files: ReadonlyArray<{ file: File; relationshipId: string }>,
    options?: UploadOptions,
  ): Promise<BulkDocumentResult>;
  /** Notifications, newest first; `unread` leaves out those already read. */
  listNotifications(
    organisationId: string,
    query: { unread: boolean; page: number },
    signal?: AbortSignal,
  ): Promise<NotificationListResponse>;
  /** Marks one notification read, for the whole organisation; returns it as stored. */
  markNotificationRead(organisationId: string, notificationId: string): Promise<NotificationView>;
  /** How many notifications nobody has read yet. */
  unreadNotificationCount(organisationId: string, signal?: AbortSignal): Promise<number>;
  /** The e-mail outbox (admins and privacy officers), newest first. */
  getOutbox(organisationId: string, page: number, signal?: AbortSignal): Promise<OutboxResponse>;
}

/** Creates the client over the app's transport (tests pass one over a stubbed fetch). */
export function createRegisterToolsClient(transport: ApiTransport = api.transport): RegisterToolsClient {
  const { request, parse, upload } = transport;
  const id = encodeURIComponent;
  return {
    async updateCounterparty(organisationId, counterpartyId, body) {
      const path = apiPaths.counterparty(id(organisationId), id(counterpartyId));
      return parse(await request(path, { method: "PATCH", json: body }), counterpartySchema);
    },

    async deleteCounterparty(organisationId, counterpartyId) {
      const path = apiPaths.counterparty(id(organisationId), id(counterpartyId));
      await request(path, { method: "DELETE" });
    },

    async previewImport(organisationId, file, mapping, options) {
      const body = new FormData();
      // Fields before the file, so the server knows them when it reads the file.
      if (mapping) body.append("mapping", JSON.stringify(mapping));
      body.append("file", file, file.name);
      const response = await upload(registerTransferPaths.importPreview(id(organisationId)), body, options);
      return parse(response, counterpartyImportPreviewSchema);
    },

    async importCounterparties(organisationId, file, mapping, skipInvalid, options) {
      const body = new FormData();
      body.append("mapping", JSON.stringify(mapping));
      body.append("skipInvalid", skipInvalid ? "true" : "false");
      body.append("file", file, file.name);
      const response = await upload(registerTransferPaths.import(id(organisationId)), body, options);
      return parse(response, counterpartyImportResultSchema);
    },

    async listAllRelationships(organisationId, signal) {
      const items: RelationshipSummary[] = [];
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({ page: String(page), pageSize: String(relationshipPageSize) });
        const response = await request(
          `${registerRecordPaths.relationships(id(organisationId))}?${query}`,
          signalInit(signal),
        );
        const list = await parse(response, relationshipListResponseSchema);
        items.push(...list.items);
        if (list.items.length === 0 || items.length >= list.total) return items;
      }
    },

    async uploadSignedAgreements(organisationId, files, options) {
      const body = new FormData();
      const assignments: BulkDocumentAssignment[] = files.map(({ file, relationshipId }) => ({
        fileName: file.name,
        relationshipId,
      }));
      // The assignments before the files, so the server knows where each file goes when it reads it.
      body.append("assignments", JSON.stringify(assignments));
      for (const { file } of files) body.append("files", file, file.name);
      const response = await upload(registerRecordPaths.bulkDocuments(id(organisationId)), body, options);
      return parse(response, bulkDocumentResultSchema);
    },

    async listNotifications(organisationId, query, signal) {
      const search = new URLSearchParams({ page: String(query.page) });
      if (query.unread) search.set("unread", "true");
      const response = await request(`${notificationPaths.list(id(organisationId))}?${search}`, signalInit(signal));
      return parse(response, notificationListResponseSchema);
    },

    async markNotificationRead(organisationId, notificationId) {
      const response = await request(notificationPaths.markRead(id(organisationId), id(notificationId)), {
        method: "POST",
      });
      return parse(response, notificationSchema);
    },

    async unreadNotificationCount(organisationId, signal) {
      const response = await request(notificationPaths.unreadCount(id(organisationId)), signalInit(signal));
      return (await parse(response, unreadCountResponseSchema)).unread;
    },

    async getOutbox(organisationId, page, signal) {
      const search = new URLSearchParams({ page: String(page) });
      const response = await request(`${notificationPaths.outbox(id(organisationId))}?${search}`, signalInit(signal));
      return parse(response, outboxResponseSchema);
    },
  };
}

/** The client the app uses. */
export const registerTools: RegisterToolsClient = createRegisterToolsClient();
