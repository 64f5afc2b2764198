import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import type { Database } from "../src/database/connection.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { demoMunicipalityName } from "../src/demo/demo-data.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** Runs one statement as the application role of the organisation and returns the database's complaint, if any. */
async function refusalOf(database: Database, organisationId: string, statement: ReturnType<typeof sql>) {
  const error: unknown = await withOrganisationScope(database, organisationId, (transaction) =>
    transaction.execute(statement),
  ).then(
    () => null,
    (caught: unknown) => caught,
  );
  return error === null ? null : String((error as { cause?: Error }).cause?.message ?? error);
}

describeOnEachEngine("authored agreements in storage", (server) => {
  const database = (): Database => server().application.connection.database;
  const municipalityId = async () =>
    (await createOrganisationDataAccess(database()).findByName(demoMunicipalityName))!.id;

  describe("what the application role may not do", () => {
    it.each([
      ["change a signature", sql`update agreement_signatures set signatory_name = 'forged'`],
      ["remove a signature", sql`delete from agreement_signatures`],
      ["change a published template", sql`update agreement_templates set change_note = 'rewritten'`],
      ["remove a published template", sql`delete from agreement_templates`],
      ["remove an agreement version", sql`delete from authored_agreement_versions`],
      ["remove a deviation", sql`delete from agreement_deviations`],
    ])("cannot %s", async (_, statement) => {
      expect(await refusalOf(database(), await municipalityId(), statement)).toMatch(/permission denied/);
    });

    it("can still read and add what it needs (the demo association's template is visible to its member)", async () => {
      const organisationId = await municipalityId();
      const rows = await withOrganisationScope(database(), organisationId, (transaction) =>
        transaction.execute(sql`select count(*)::int as templates from agreement_templates`),
      );
      expect((rows as unknown as { rows: Array<{ templates: number }> }).rows[0]!.templates).toBeGreaterThan(0);
    });
  });
});
