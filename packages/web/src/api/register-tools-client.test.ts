import { describe, expect, it } from "vitest";
import type { ApiTransport } from "./client.ts";
import { createRegisterToolsClient } from "./register-tools-client.ts";

const organisationId = "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const relationshipId = "0b6f3c2e-8a54-4c1e-9d1a-2f4b5c6d7e8f";

interface Sent {
  path: string;
  method: string;
  json?: unknown;
  body?: FormData;
}

/** A transport that answers from a queue of JSON bodies and records what was sent. */
function stubTransport(...answers: unknown[]) {
  const sent: Sent[] = [];
  const respond = () => new Response(JSON.stringify(answers.shift() ?? null), { status: 200 });
  const transport: ApiTransport = {
    async request(path, init = {}) {
      sent.push({ path, method: init.method ?? "GET", json: init.json });
      return respond();
    },
    async parse(response, parser) {
      return parser.parse(await response.json());
    },
    async upload(path, body) {
      sent.push({ path, method: "POST", body });
      return respond();
    },
  };
  return { sent, client: createRegisterToolsClient(transport) };
}

function relationship(index: number) {
  const id = `0b6f3c2e-8a54-4c1e-9d1a-${String(index).padStart(12, "0")}`;
  return {
    id,
    organisationId,
    counterparty: { id, name: `Partij ${index}`, country: "NL", kvkNumber: null },
    name: `Dienst ${index}`,
    role: null,
    notes: "",
    status: { requiredAgreement: null, compliance: "undetermined", flags: [], deadlines: [] },
    createdAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-01-05T10:00:00.000Z",
  };
}

describe("the register tools client", () => {
  it("reads every page of relationships", async () => {
    const first = Array.from({ length: 200 }, (_, index) => relationship(index));
    const { sent, client } = stubTransport(
      { items: first, total: 201, page: 1, pageSize: 200 },
      { items: [relationship(200)], total: 201, page: 2, pageSize: 200 },
    );
    const all = await client.listAllRelationships(organisationId);
    expect(all).toHaveLength(201);
    expect(sent.map((request) => request.path)).toEqual([
      `/api/organisations/${organisationId}/relationships?page=1&pageSize=200`,
      `/api/organisations/${organisationId}/relationships?page=2&pageSize=200`,
    ]);
  });

  it("sends the bulk upload's assignments as JSON before the files", async () => {
    const { sent, client } = stubTransport({ items: [], attached: 0, failed: 0 });
    const file = new File(["Verwerkersovereenkomst"], "vwo noord.pdf", { type: "application/pdf" });
    await client.uploadSignedAgreements(organisationId, [{ file, relationshipId }]);
    expect(sent[0]?.path).toBe(`/api/organisations/${organisationId}/agreements/bulk-documents`);
    const parts = [...(sent[0]?.body?.entries() ?? [])];
    expect(parts.map(([name]) => name)).toEqual(["assignments", "files"]);
    expect(JSON.parse(parts[0]?.[1] as string)).toEqual([{ fileName: "vwo noord.pdf", relationshipId }]);
    expect((parts[1]?.[1] as File).name).toBe("vwo noord.pdf");
  });

  it("sends the import's mapping and the choice to skip invalid rows with the file", async () => {
    const { sent, client } = stubTransport({ totalRows: 10, created: 8, skippedRows: [4, 9] });
    const file = new File(["naam;land\n"], "partijen.csv", { type: "text/csv" });
    const mapping = { columns: { name: 0, country: 1 }, defaultCategory: "other" as const, defaultCountry: null };
    const result = await client.importCounterparties(organisationId, file, mapping, true);
    expect(result.created).toBe(8);
    expect(sent[0]?.path).toBe(`/api/organisations/${organisationId}/counterparties/import`);
    const parts = Object.fromEntries([...(sent[0]?.body?.entries() ?? [])].map(([name, value]) => [name, value]));
    expect(JSON.parse(parts.mapping as string)).toEqual(mapping);
    expect(parts.skipInvalid).toBe("true");
    expect((parts.file as File).name).toBe("partijen.csv");
  });

  it("leaves the mapping out of the first preview, so the server suggests one", async () => {
    const { sent, client } = stubTransport();
    const file = new File(["naam;land\n"], "partijen.csv");
    await client.previewImport(organisationId, file, null).catch(() => undefined);
    expect(sent[0]?.path).toBe(`/api/organisations/${organisationId}/counterparties/import/preview`);
    expect([...(sent[0]?.body?.keys() ?? [])]).toEqual(["file"]);
  });

  it("asks for unread notifications only when filtered, and marks one read with a POST", async () => {
    const notification = {
      id: relationshipId,
      kind: "review_due",
      relationshipId,
      subject: { type: "agreement", id: relationshipId },
      dueAt: "2027-03-30T22:00:00.000Z",
      dueOn: "2027-03-31",
      content: { nl: { subject: "Evaluatie", body: "Evalueer." }, en: { subject: "Review", body: "Review." } },
      createdAt: "2027-01-01T08:00:00.000Z",
      read: true,
      readAt: "2027-01-02T08:00:00.000Z",
      emailStatus: "not_configured",
    };
    const { sent, client } = stubTransport({ items: [], total: 0, page: 2, pageSize: 20 }, notification, { unread: 3 });
    await client.listNotifications(organisationId, { unread: true, page: 2 });
    expect((await client.markNotificationRead(organisationId, relationshipId)).read).toBe(true);
    expect(await client.unreadNotificationCount(organisationId)).toBe(3);
    expect(sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET /api/organisations/${organisationId}/notifications?page=2&unread=true`,
      `POST /api/organisations/${organisationId}/notifications/${relationshipId}/read`,
      `GET /api/organisations/${organisationId}/notifications/unread-count`,
    ]);
  });

  it("changes a counterparty with a PATCH of every field", async () => {
    const body = {
      name: "Salarisdienst Zuid",
      kvkNumber: "12345678",
      country: "NL",
      contactName: null,
      contactEmail: null,
      category: "payroll" as const,
      serviceDescription: "",
    };
    const { sent, client } = stubTransport({
      id: relationshipId,
      organisationId,
      ...body,
      createdAt: "2026-01-05T10:00:00.000Z",
      updatedAt: "2026-01-06T10:00:00.000Z",
    });
    const stored = await client.updateCounterparty(organisationId, relationshipId, body);
    expect(stored.name).toBe("Salarisdienst Zuid");
    expect(sent[0]).toEqual({
      path: `/api/organisations/${organisationId}/counterparties/${relationshipId}`,
      method: "PATCH",
      json: body,
    });
  });
});
