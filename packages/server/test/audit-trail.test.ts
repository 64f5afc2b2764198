import { eq, max, sql } from "drizzle-orm";
import { auditEvents } from "../src/database/schema.ts";
import { describe, expect, it } from "vitest";
import { startApplication } from "../src/composition-root.ts";
import { createAuditEventDataAccess } from "../src/data-access/audit-events.ts";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import type { Database } from "../src/database/connection.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { demoMunicipalityName } from "../src/demo/demo-data.ts";
import { createAuditTrail } from "../src/services/audit-trail.ts";
import { verifyAuditChains } from "../src/audit/verify-audit-chain.ts";
import { runCli } from "./support/run-cli.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";
import { describeOnEachEngine, testConfig } from "./support/test-application.ts";

const actor = { userId: null, label: "test@art28.example" };
const entityId = "0b9d4c1e-5f7a-4b2c-9d3e-1a2b3c4d5e6f";

async function appendEvents(database: Database, organisationId: string, count: number) {
  for (let index = 0; index < count; index += 1) {
    await withOrganisationScope(database, organisationId, (transaction) =>
      createAuditTrail(transaction, organisationId, actor).recorded("relationship", entityId, "updated", {
        name: { from: `Dienst ${index}`, to: `Dienst ${index + 1}` },
      }),
    );
  }
}

describeOnEachEngine("audit trail", (server) => {
  const database = (): Database => server().application.connection.database;
  const municipalityId = async () =>
    (await createOrganisationDataAccess(database()).findByName(demoMunicipalityName))!.id;

  it("chains events per organisation and verifies them", async () => {
    const organisationId = await municipalityId();
    await appendEvents(database(), organisationId, 3);
    const events = await withOrganisationScope(database(), organisationId, (transaction) =>
      createAuditEventDataAccess(transaction, organisationId).listForEntity("relationship", entityId),
    );
    // The demo data's own events come first; ours are the newest three links.
    const first = events[0]!.sequence;
    expect(events.map((event) => event.sequence)).toEqual([first, first + 1, first + 2]);
    expect(events[1]!.previousHash).toBe(events[0]!.hash);
    expect(events[2]!.previousHash).toBe(events[1]!.hash);
    const [result] = await verifyAuditChains(database(), { organisationId });
    expect(result).toMatchObject({ events: first + 2, firstBreak: null, headHash: events[2]!.hash });
  });

  it("appends many events at once as consecutive links of the same chain", async () => {
    const organisationId = await municipalityId();
    await appendEvents(database(), organisationId, 1);
    const entries = Array.from({ length: 1200 }, (_, index) => ({
      entityId,
      changes: { row: index + 2, name: `Partij ${index}` },
    }));
    await withOrganisationScope(database(), organisationId, (transaction) =>
      createAuditTrail(transaction, organisationId, actor).recordedMany("counterparty", "imported", entries),
    );
    const [result] = await verifyAuditChains(database(), { organisationId });
    expect(result!.firstBreak).toBeNull();
    const imported = await withOrganisationScope(database(), organisationId, (transaction) =>
      createAuditEventDataAccess(transaction, organisationId).listForEntity("counterparty", entityId),
    );
    expect(imported.map((event) => (event.changes as { row: number }).row)).toEqual(
      entries.map((entry) => entry.changes.row),
    );
  });

  it("does not let the application role change or remove events", async () => {
    const organisationId = await municipalityId();
    await appendEvents(database(), organisationId, 1);
    for (const statement of [sql`update audit_events set action = 'forged'`, sql`delete from audit_events`]) {
      const error: unknown = await withOrganisationScope(database(), organisationId, (transaction) =>
        transaction.execute(statement),
      ).catch((caught: unknown) => caught);
      expect(String((error as { cause?: Error }).cause?.message)).toMatch(/permission denied/);
    }
  });

  it("rolls the event back with the change when the transaction fails", async () => {
    const organisationId = await municipalityId();
    const before = (await verifyAuditChains(database(), { organisationId }))[0]!.events;
    await expect(
      withOrganisationScope(database(), organisationId, async (transaction) => {
        await createAuditTrail(transaction, organisationId, actor).recorded("relationship", entityId, "updated", {});
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    expect((await verifyAuditChains(database(), { organisationId }))[0]!.events).toBe(before);
  });

  it("reports a row changed, and a row removed, directly in the database", async () => {
    const organisationId = await municipalityId();
    await appendEvents(database(), organisationId, 4);
    const [newest] = await database()
      .select({ sequence: max(auditEvents.sequence) })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, organisationId));
    const sequence = newest!.sequence! - 1;

    await database().execute(
      sql`update audit_events set changes = '{"name":{"from":"x","to":"y"}}'::jsonb
          where organisation_id = ${organisationId} and sequence = ${sequence}`,
    );
    const changed = (await verifyAuditChains(database(), { organisationId }))[0]!;
    expect(changed.firstBreak).toMatchObject({ kind: "hash_mismatch", sequence });

    await database().execute(
      sql`delete from audit_events where organisation_id = ${organisationId} and sequence = ${sequence}`,
    );
    const removed = (await verifyAuditChains(database(), { organisationId }))[0]!;
    expect(removed.firstBreak).toMatchObject({ kind: "sequence_gap", expectedSequence: sequence });
  });
});

describe("art28 audit verify", () => {
  const folder = useTemporaryFolders("art28-audit-");

  it("exits 0 on an intact trail and 1, naming the event, after a direct change", async () => {
    const dataDirectory = folder();
    const application = await startApplication(testConfig({ dataDirectory, loadDemoData: true }));
    const organisationId = (await createOrganisationDataAccess(application.connection.database).findByName(
      demoMunicipalityName,
    ))!.id;
    await appendEvents(application.connection.database, organisationId, 2);
    await application.close();

    const intact = runCli(["audit", "verify"], { ART28_DATA_DIR: dataDirectory });
    expect(intact.stderr).toBe("");
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/is intact/);

    const reopened = await startApplication(testConfig({ dataDirectory, loadDemoData: false }));
    await reopened.connection.database.execute(
      sql`update audit_events set actor_label = 'someone-else@example.org' where sequence = 1`,
    );
    await reopened.close();

    const broken = runCli(["audit", "verify", "--format", "json"], { ART28_DATA_DIR: dataDirectory });
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout) as { organisations: { organisationId: string; firstBreak: unknown }[] };
    expect(report.organisations.find((result) => result.organisationId === organisationId)?.firstBreak).toMatchObject({
      kind: "hash_mismatch",
      sequence: 1,
    });
  }, 120_000);

  it("refuses an organisation id that is not a UUID with exit code 2", () => {
    const result = runCli(["audit", "verify", "--organisation", "gemeente"], { ART28_DATA_DIR: folder() });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--organisation must be an organisation id/);
  });
});
