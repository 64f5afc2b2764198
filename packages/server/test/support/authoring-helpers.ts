/** Shared set-up of the authoring tests: requests per organisation, one login per account, response parsing. */
import { createHash } from "node:crypto";
import { authoredVersionDetailSchema, authoringPaths, type AuthoredVersionDetail } from "@art28/contract";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../src/database/connection.ts";
import { relationships } from "../../src/database/schema.ts";
import { demoAuthoringRelationshipName } from "../../src/demo/demo-data.ts";
import { loginAsDemo } from "./demo-sessions.ts";
import type { HttpClient } from "./http-client.ts";
import { multipartBody, type MultipartPart } from "./multipart.ts";
import { expectStatus } from "./register-helpers.ts";
import type { TestServer } from "./test-application.ts";

/** The register holds no addresses; generation takes them from the request (our own invented ones). */
export const authoringAddresses = {
  controllerAddress: "Raadhuisplein 1, 1234 AB Voorbeeld",
  processorAddress: "Noorderhaven 12, 9711 AA Groningen",
};

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Requests against the authoring endpoints of one organisation, as one logged-in user. */
export function authoringRequests(client: HttpClient, organisationId: string) {
  const send = (method: "GET" | "POST", url: string, payload?: unknown) =>
    client.request(payload === undefined ? { method, url } : { method, url, payload: payload as object });
  const version = (id: string) => authoringPaths.version(organisationId, id);
  return {
    organisationId,
    client,
    templates: () => send("GET", authoringPaths.templates(organisationId)),
    publishTemplate: (body: unknown) => send("POST", authoringPaths.templates(organisationId), body),
    preview: (relationshipId: string) => send("GET", authoringPaths.generationPreview(organisationId, relationshipId)),
    generate: (relationshipId: string, body: unknown) =>
      send("POST", authoringPaths.generate(organisationId, relationshipId), body),
    list: () => send("GET", authoringPaths.versions(organisationId)),
    detail: (id: string) => send("GET", version(id)),
    render: (id: string, query: string) => send("GET", `${authoringPaths.render(organisationId, id)}?${query}`),
    propose: (id: string, body: unknown) => send("POST", authoringPaths.deviations(organisationId, id), body),
    respond: (id: string, deviationId: string, body: unknown) =>
      send("POST", authoringPaths.deviationResponse(organisationId, id, deviationId), body),
    withdraw: (id: string, deviationId: string) =>
      send("POST", authoringPaths.deviationWithdrawal(organisationId, id, deviationId), {}),
    report: (id: string, format: "csv" | "json") =>
      send("GET", `${authoringPaths.deviationReport(organisationId, id)}?format=${format}`),
    prepareSigning: (id: string) => send("POST", authoringPaths.prepareSigning(organisationId, id), {}),
    signingDocument: (id: string) => send("GET", authoringPaths.signingDocument(organisationId, id)),
    sign: (id: string, body: unknown) => send("POST", authoringPaths.signatures(organisationId, id), body),
    signedScan: (id: string, parts: readonly MultipartPart[]) => {
      const { payload, headers } = multipartBody(parts);
      return client.request({ method: "POST", url: authoringPaths.signedScan(organisationId, id), payload, headers });
    },
    reissue: (id: string) => send("POST", authoringPaths.reissue(organisationId, id), {}),
  };
}
export type AuthoringRequests = ReturnType<typeof authoringRequests>;

export function detailOf(response: Parameters<typeof expectStatus>[0], status: number): AuthoredVersionDetail {
  return authoredVersionDetailSchema.parse(expectStatus(response, status));
}

export function problemOf(response: Parameters<typeof expectStatus>[0], status: number) {
  return expectStatus<{ code: string; issues?: { path: string; message: string }[] }>(response, status);
}

/** One login per account and server: logins are rate-limited. */
export function sessionsOf(server: () => TestServer) {
  const sessions = new Map<string, Promise<AuthoringRequests>>();
  return (email: string): Promise<AuthoringRequests> => {
    if (!sessions.has(email)) {
      sessions.set(
        email,
        loginAsDemo(server(), email).then(({ client, organisationId }) => authoringRequests(client, organisationId)),
      );
    }
    return sessions.get(email)!;
  };
}

/** The demo relationship the authoring tests generate for (its register entry is complete). */
export async function demoAuthoringRelationshipId(database: Database, organisationId: string): Promise<string> {
  const [relationship] = await database
    .select({ id: relationships.id })
    .from(relationships)
    .where(
      and(eq(relationships.organisationId, organisationId), eq(relationships.name, demoAuthoringRelationshipName)),
    );
  return relationship!.id;
}
