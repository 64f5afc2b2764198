import { relationshipRecordSegments } from "@art28/contract";
import { describe, expect, it } from "vitest";
import type { ApiTransport } from "./client.ts";
import {
  agreementDocumentPath,
  createRegisterClient,
  relationshipListSearch,
  relationshipRecordKinds,
} from "./register-client.ts";

interface Call {
  path: string;
  method: string;
  json: unknown;
}

/** A transport that records what it is asked and answers with `body`. */
function recordingTransport(body: unknown = { id: "0b8f0a4e-8f5d-4f9e-9a51-3c1f9f3f2a10" }) {
  const calls: Call[] = [];
  const transport: ApiTransport = {
    async request(path, init = {}) {
      calls.push({ path, method: init.method ?? "GET", json: init.json });
      return new Response(JSON.stringify(body), { status: 200 });
    },
    async parse(response, parser) {
      return parser.parse(await response.json());
    },
    async upload(path, form) {
      calls.push({ path, method: "UPLOAD", json: [...form.keys()] });
      return new Response(JSON.stringify(body), { status: 201 });
    },
  };
  return { calls, transport };
}

const organisationId = "5d4c0a57-3c0f-4f0e-9a42-0c9e6b1f7a11";
const relationshipId = "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
const recordId = "0b8f0a4e-8f5d-4f9e-9a51-3c1f9f3f2a10";

describe("register API client", () => {
  it("leaves empty filters out of the list query", () => {
    expect(relationshipListSearch({ q: "", compliance: "missing", page: 2, pageSize: 25 })).toBe(
      "?compliance=missing&page=2&pageSize=25",
    );
    expect(relationshipListSearch({})).toBe("");
  });

  it("changes records under their relationship, but agreements at their own address", async () => {
    const { calls, transport } = recordingTransport();
    const client = createRegisterClient(transport);
    await client.updateRecord(organisationId, relationshipId, "certifications", recordId, { holder: "A" });
    await client.deleteRecord(organisationId, relationshipId, "agreements", recordId);
    await client.changeAgreementStatus(organisationId, recordId, "signed");
    expect(calls).toEqual([
      {
        path: `/api/organisations/${organisationId}/relationships/${relationshipId}/certifications/${recordId}`,
        method: "PATCH",
        json: { holder: "A" },
      },
      { path: `/api/organisations/${organisationId}/agreements/${recordId}`, method: "DELETE", json: undefined },
      {
        path: `/api/organisations/${organisationId}/agreements/${recordId}/status`,
        method: "POST",
        json: { status: "signed" },
      },
    ]);
  });

  it("returns the id of what it created, and refuses an answer without one", async () => {
    const { calls, transport } = recordingTransport();
    const created = await createRegisterClient(transport).createRecord(organisationId, relationshipId, "audits", {});
    expect(created).toEqual({ id: recordId });
    expect(calls[0]).toMatchObject({
      path: `/api/organisations/${organisationId}/relationships/${relationshipId}/audits`,
      method: "POST",
    });
    const withoutId = createRegisterClient(recordingTransport({}).transport);
    await expect(
      withoutId.createRelationship(organisationId, { counterpartyId: recordId, name: "x" }),
    ).rejects.toThrow();
  });

  it("uploads the signed document as the part named file", async () => {
    const { calls, transport } = recordingTransport();
    await createRegisterClient(transport).uploadAgreementDocument(
      organisationId,
      recordId,
      new File(["text"], "signed.txt", { type: "text/plain" }),
    );
    expect(calls).toEqual([
      { path: agreementDocumentPath(organisationId, recordId), method: "UPLOAD", json: ["file"] },
    ]);
  });

  it("knows every record kind of the contract, with agreements first as on the detail page", () => {
    expect(relationshipRecordKinds).toEqual(["agreements", ...relationshipRecordSegments]);
  });

  it("adds agreements under their relationship and asks for dashboard, specification and history at their addresses", async () => {
    const { calls, transport } = recordingTransport();
    const client = createRegisterClient(transport);
    await client.createRecord(organisationId, relationshipId, "agreements", { kind: "processor_agreement" });
    await client.saveSpecification(organisationId, relationshipId, {});
    await client.getHistory(organisationId, "counterparty", recordId).catch(() => undefined);
    await client.getDashboard(organisationId).catch(() => undefined);
    const base = `/api/organisations/${organisationId}`;
    expect(calls.map(({ path, method }) => `${method} ${path}`)).toEqual([
      `POST ${base}/relationships/${relationshipId}/agreements`,
      `PUT ${base}/relationships/${relationshipId}/specification`,
      `GET ${base}/history/counterparty/${recordId}`,
      `GET ${base}/dashboard`,
    ]);
  });

  it("encodes the ids it puts in a path", async () => {
    const { calls, transport } = recordingTransport();
    await createRegisterClient(transport).deleteRecord("a/b", relationshipId, "audits", "c?d");
    expect(calls[0]?.path).toBe(`/api/organisations/a%2Fb/relationships/${relationshipId}/audits/c%3Fd`);
  });
});
