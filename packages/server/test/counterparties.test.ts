import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { counterparties } from "../src/database/schema.ts";
import { demoCounterparties } from "../src/demo/demo-counterparties.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

const newParty = {
  name: "Archiefbeheer Test B.V.",
  kvkNumber: "12345678",
  country: "nl",
  contactName: "Anna Archief",
  contactEmail: "anna@archief.example",
  category: "archive_storage",
  serviceDescription: "Bewaart het papieren archief.",
};

describeOnEachEngine("counterparties", (server) => {
  const counterpartyCount = async () =>
    (await server().application.connection.database.select({ value: count() }).from(counterparties))[0]!.value;

  it("lists the demo municipality's counterparties", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
    const response = await client.request({
      method: "GET",
      url: `/api/organisations/${organisationId}/counterparties`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(demoCounterparties.length);
    const names = body.items.map((item: { name: string }) => item.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("Salarisdienst Noord B.V.");
  });

  it("searches by name and service, and treats % literally", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
    const url = `/api/organisations/${organisationId}/counterparties`;
    const bySalary = (await client.request({ method: "GET", url, query: { q: "salaris" } })).json();
    expect(bySalary.items.map((item: { name: string }) => item.name)).toContain("Salarisdienst Noord B.V.");
    expect(bySalary.total).toBeLessThan(demoCounterparties.length);
    const wildcard = (await client.request({ method: "GET", url, query: { q: "%" } })).json();
    expect(wildcard.total).toBe(0);
  });

  it("creates a counterparty for a privacy officer, normalising the country code", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const response = await client.request({
      method: "POST",
      url: `/api/organisations/${organisationId}/counterparties`,
      payload: newParty,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: newParty.name, country: "NL", organisationId, category: "archive_storage" });
    const fetched = await client.request({
      method: "GET",
      url: `/api/organisations/${organisationId}/counterparties/${created.id}`,
    });
    expect(fetched.json().name).toBe(newParty.name);
  });

  it("rejects invalid input with 422, names each field, and writes nothing", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const before = await counterpartyCount();
    const response = await client.request({
      method: "POST",
      url: `/api/organisations/${organisationId}/counterparties`,
      payload: { ...newParty, name: "", kvkNumber: "1234", country: "Nederland", category: "unknown" },
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.kvkNumber", "body.country", "body.category"]));
    expect(await counterpartyCount()).toBe(before);
  });

  it("forbids a viewer to add counterparties (403) and writes nothing", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
    const before = await counterpartyCount();
    const response = await client.request({
      method: "POST",
      url: `/api/organisations/${organisationId}/counterparties`,
      payload: { ...newParty, name: "Viewer Attempt B.V." },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("forbidden");
    expect(await counterpartyCount()).toBe(before);
  });

  it("refuses a write without CSRF token (403) and writes nothing", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const before = await counterpartyCount();
    const response = await client.request({
      method: "POST",
      url: `/api/organisations/${organisationId}/counterparties`,
      payload: { ...newParty, name: "No Token B.V." },
      withCsrf: false,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("csrf_invalid");
    expect(await counterpartyCount()).toBe(before);
  });

  it("requires a login (401)", async () => {
    const { organisationId } = await loginAsDemo(server(), demoEmails.viewer);
    const response = await server().app.inject({
      method: "GET",
      url: `/api/organisations/${organisationId}/counterparties`,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("unauthenticated");
  });
});
