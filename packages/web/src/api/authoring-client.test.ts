import { describe, expect, it } from "vitest";
import type { ApiTransport } from "./client.ts";
import { createAuthoringClient, deviationReportPath, renderPath } from "./authoring-client.ts";

const organisationId = "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const versionId = "0b6f3c2e-8a54-4c1e-9d1a-2f4b5c6d7e8f";
const relationshipId = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

interface Sent {
  path: string;
  method: string;
  json?: unknown;
  body?: FormData;
}

/** A transport that answers from a queue of bodies and records what was sent. */
function stubTransport(...answers: Array<unknown>) {
  const sent: Sent[] = [];
  const respond = () => {
    const answer = answers.shift() ?? null;
    return answer instanceof Uint8Array
      ? new Response(answer as Uint8Array<ArrayBuffer>, { status: 200 })
      : new Response(JSON.stringify(answer), { status: 200 });
  };
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
  return { sent, client: createAuthoringClient(transport) };
}

describe("the authoring client", () => {
  it("generates with the chosen language, changed values and partner, and answers with the new id", async () => {
    const { sent, client } = stubTransport({ id: versionId, title: "Verwerkersovereenkomst" });
    const created = await client.generateAgreement(organisationId, relationshipId, {
      language: "en",
      variables: { processorAddress: "Havenstraat 5" },
      counterpartyOrganisationId: null,
    });
    expect(created).toEqual({ id: versionId });
    expect(sent).toEqual([
      {
        path: `/api/organisations/${organisationId}/relationships/${relationshipId}/authored-agreements`,
        method: "POST",
        json: { language: "en", variables: { processorAddress: "Havenstraat 5" }, counterpartyOrganisationId: null },
      },
    ]);
  });

  it("sends answers to proposals to their own addresses", async () => {
    const deviationId = "1f2e3d4c-5b6a-4987-8654-3210fedcba98";
    const { sent, client } = stubTransport(null, null, null);
    await client.respondToDeviation(organisationId, versionId, deviationId, {
      decision: "reject",
      note: "Liever niet",
    });
    await client.withdrawDeviation(organisationId, versionId, deviationId);
    await client.prepareSigning(organisationId, versionId);
    const base = `/api/organisations/${organisationId}/authored-agreements/${versionId}`;
    expect(sent.map(({ path, method, json }) => ({ path, method, json }))).toEqual([
      {
        path: `${base}/deviations/${deviationId}/response`,
        method: "POST",
        json: { decision: "reject", note: "Liever niet" },
      },
      { path: `${base}/deviations/${deviationId}/withdrawal`, method: "POST", json: undefined },
      { path: `${base}/signing`, method: "POST", json: undefined },
    ]);
  });

  it("fetches the signing document as the exact bytes", async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    const { sent, client } = stubTransport(pdf);
    const bytes = await client.fetchSigningDocument(organisationId, versionId);
    expect(new Uint8Array(bytes)).toEqual(pdf);
    expect(sent[0]?.path).toBe(
      `/api/organisations/${organisationId}/authored-agreements/${versionId}/signing/document`,
    );
  });

  it("sends a signed scan with the four signatory fields before the file", async () => {
    const { sent, client } = stubTransport(null);
    const file = new File(["%PDF-1.7"], "getekend.pdf", { type: "application/pdf" });
    await client.uploadSignedScan(organisationId, versionId, file, {
      controllerSignatoryName: "Priya Privacy",
      controllerSignatoryRole: "Privacy officer",
      processorSignatoryName: "Sander Salaris",
      processorSignatoryRole: "Directeur",
    });
    expect(sent[0]?.path).toBe(`/api/organisations/${organisationId}/authored-agreements/${versionId}/signed-scan`);
    const parts = [...(sent[0]?.body?.entries() ?? [])];
    expect(parts.map(([name]) => name)).toEqual([
      "controllerSignatoryName",
      "controllerSignatoryRole",
      "processorSignatoryName",
      "processorSignatoryRole",
      "file",
    ]);
    expect((parts[4]?.[1] as File).name).toBe("getekend.pdf");
  });

  it("builds download addresses with format and language, encoding the ids", () => {
    expect(renderPath(organisationId, versionId, "docx", "en")).toBe(
      `/api/organisations/${organisationId}/authored-agreements/${versionId}/render?format=docx&language=en`,
    );
    expect(renderPath("a/b", versionId, "pdf")).toBe(
      `/api/organisations/a%2Fb/authored-agreements/${versionId}/render?format=pdf`,
    );
    expect(deviationReportPath(organisationId, versionId)).toBe(
      `/api/organisations/${organisationId}/authored-agreements/${versionId}/deviation-report?format=csv`,
    );
  });
});
