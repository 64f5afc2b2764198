import { count } from "drizzle-orm";
import { counterparties } from "../src/database/schema.ts";
import { expect, it } from "vitest";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { createCounterpartyDataAccess } from "../src/data-access/counterparties.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

describeOnEachEngine("isolation between organisations", (server) => {
  it("refuses another organisation's data through every organisation endpoint with 403", async () => {
    const municipality = await loginAsDemo(server(), demoEmails.viewer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    const foreign = municipality.organisationId;
    const listing = await municipality.client.request({
      method: "GET",
      url: `/api/organisations/${foreign}/counterparties`,
    });
    const someCounterpartyId = listing.json().items[0].id;

    const attempts = [
      { method: "GET", url: `/api/organisations/${foreign}` },
      { method: "GET", url: `/api/organisations/${foreign}/counterparties` },
      { method: "GET", url: `/api/organisations/${foreign}/counterparties/${someCounterpartyId}` },
    ] as const;
    for (const attempt of attempts) {
      const response = await supplier.client.request(attempt);
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(403);
      expect(response.json().code).toBe("forbidden");
      expect(response.body).not.toContain("Salarisdienst");
    }
    const write = await supplier.client.request({
      method: "POST",
      url: `/api/organisations/${foreign}/counterparties`,
      payload: { name: "Planted B.V.", country: "NL", category: "other" },
    });
    expect(write.statusCode).toBe(403);
    const after = await municipality.client.request({
      method: "GET",
      url: `/api/organisations/${foreign}/counterparties`,
    });
    expect(after.json().total).toBe(listing.json().total);
  });

  it("answers 404 for another organisation's counterparty requested under one's own organisation", async () => {
    const municipality = await loginAsDemo(server(), demoEmails.viewer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    const listing = await municipality.client.request({
      method: "GET",
      url: `/api/organisations/${municipality.organisationId}/counterparties`,
    });
    const response = await supplier.client.request({
      method: "GET",
      url: `/api/organisations/${supplier.organisationId}/counterparties/${listing.json().items[0].id}`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("not_found");
  });

  it("row-level security hides other organisations' rows even from a query without filter", async () => {
    const { database } = server().application.connection;
    const municipality = await loginAsDemo(server(), demoEmails.viewer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    // Deliberately no organisation filter: only the policy stands between the query and other organisations.
    const countVisibleTo = (organisationId: string) =>
      withOrganisationScope(
        database,
        organisationId,
        async (transaction) => (await transaction.select({ value: count() }).from(counterparties))[0]!.value,
      );
    expect(await countVisibleTo(supplier.organisationId)).toBe(0);
    const visibleToMunicipality = await countVisibleTo(municipality.organisationId);
    expect(visibleToMunicipality).toBeGreaterThan(0);
  });

  it("row-level security refuses to write a row for another organisation", async () => {
    const { database } = server().application.connection;
    const municipality = await loginAsDemo(server(), demoEmails.viewer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    // A data-access object bound to the municipality, run inside the supplier's scope: a bug the policy must catch.
    await expect(
      withOrganisationScope(database, supplier.organisationId, (transaction) =>
        createCounterpartyDataAccess(transaction, municipality.organisationId).insert({
          name: "Smuggled B.V.",
          country: "NL",
          category: "other",
        }),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/row-level security/) }),
    });
  });
});
