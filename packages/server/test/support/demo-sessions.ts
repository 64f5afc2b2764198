import { demoPassword } from "../../src/demo/demo-data.ts";
import { createHttpClient, type HttpClient } from "./http-client.ts";
import type { TestServer } from "./test-application.ts";

/** Logs a demo account in and returns its client and the id of its (first) organisation. */
export async function loginAsDemo(
  server: TestServer,
  email: string,
): Promise<{ client: HttpClient; organisationId: string }> {
  const client = createHttpClient(server.app);
  const response = await client.login(email, demoPassword);
  if (response.statusCode !== 200) throw new Error(`demo login of ${email} failed: ${response.body}`);
  return { client, organisationId: response.json().memberships[0].organisation.id };
}

export const demoEmails = {
  admin: "beheer@gemeente-voorbeeld.example",
  privacyOfficer: "privacy@gemeente-voorbeeld.example",
  contractManager: "inkoop@gemeente-voorbeeld.example",
  viewer: "lezer@gemeente-voorbeeld.example",
  supplier: "privacy@salarisdienst-noord.example",
  association: "standaard@voorbeeldgemeenten.example",
} as const;
