/**
 * The register part of `npm run bench`: fills a database with 2,000 organisations × 50
 * relationships (each with a processing specification, an agreement, a certification, an audit
 * and a role assessment of its counterparty; some with breaches), then times the dashboard and
 * the relationship list of one organisation, through the service functions and through HTTP
 * (`app.inject` with a session), and shows with EXPLAIN which indexes their queries use.
 * Figures only, no assertions on speed.
 *
 * Runs on the embedded PGlite by default, on PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set (a fresh database is created there and dropped afterwards).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { sql } from "drizzle-orm";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { checkAgreement, paragraphsFromPlainText, structureDocument } from "@art28/domain";
import { startApplication } from "../packages/server/src/composition-root.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import type { Database, DatabaseTarget } from "../packages/server/src/database/connection.ts";
import * as schema from "../packages/server/src/database/schema.ts";
import { withOrganisationScope } from "../packages/server/src/database/tenant-scope.ts";
import { demoAccounts, demoPassword } from "../packages/server/src/demo/demo-data.ts";
import { buildHttpServer } from "../packages/server/src/http/server.ts";
import type { Actor } from "../packages/server/src/services/authorization.ts";
import { presentCheckReport } from "../packages/server/src/services/check-service.ts";
import { createRegisterOverviewService } from "../packages/server/src/services/register-overview-service.ts";

/** BENCH_REGISTER_ORGANISATIONS makes a quicker, smaller run possible while working on the benchmark. */
const organisationCount = Number(process.env.BENCH_REGISTER_ORGANISATIONS ?? 2_000);
const relationshipsPerOrganisation = 50;
const runs = 50;
/** The organisation that is measured: one in the middle of the generated ones. */
const measuredNumber = Math.ceil(organisationCount / 2);

/**
 * A deterministic UUID from a text, so generated rows can refer to each other without lookups;
 * version and variant digits are set so it is a valid version-4 UUID, as the API's schemas demand.
 */
const uuidOf = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((one, other) => one - other);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  for (let warmUp = 0; warmUp < 5; warmUp += 1) await run();
  const samples: number[] = [];
  for (let repetition = 0; repetition < runs; repetition += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  console.log(
    `  ${label.padEnd(52)} median ${percentile(samples, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(
      samples,
      0.95,
    )
      .toFixed(1)
      .padStart(6)} ms`,
  );
}

/** A real check report of Art28's own test agreement, as the measured organisation's agreements carry. */
function realCheckReport(): unknown {
  const text = fs.readFileSync(
    new URL("../packages/server/test/fixtures/verwerkersovereenkomst-volledig.md", import.meta.url),
    "utf8",
  );
  const document = structureDocument(paragraphsFromPlainText(text), "text", 3);
  return presentCheckReport("verwerkersovereenkomst-volledig.md", document, checkAgreement(document));
}

async function fill(database: Database): Promise<void> {
  await database.transaction((transaction) => fillIn(transaction as unknown as Database));
  await database.execute(sql`analyze`);
}

/** One transaction, so that the settings hold on PostgreSQL's pooled connections too. */
async function fillIn(database: Database): Promise<void> {
  const owner = async (statement: string) => {
    const start = performance.now();
    await database.execute(sql.raw(statement));
    if (process.env.BENCH_VERBOSE)
      console.log(
        `    ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${statement.slice(0, 60).replace(/\s+/g, " ")}`,
      );
  };
  const organisation = (alias: string) => uuidOf(`'organisation-' || ${alias}`);
  const counterparty = uuidOf(`'counterparty-' || o || '-' || r`);
  const relationship = uuidOf(`'relationship-' || o || '-' || r`);
  const grid = `generate_series(1, ${organisationCount}) as o cross join generate_series(1, ${relationshipsPerOrganisation}) as r`;

  // Bulk load as the owner: the rows are consistent by construction, so foreign-key triggers are
  // skipped for the load (the constraints stay; rows are not re-checked), as a restore would do.
  await owner("set local session_replication_role = replica");
  await owner(`insert into organisations (id, name, kind)
    select ${organisation("o")}, 'Benchgemeente ' || o, 'controller' from generate_series(1, ${organisationCount}) as o`);
  await owner(`insert into counterparties (id, organisation_id, name, kvk_number, country, category, service_description)
    select ${counterparty}, ${organisation("o")}, 'Leverancier ' || lpad(r::text, 2, '0') || ' B.V.',
           lpad((o * 100 + r)::text, 8, '0'), 'NL', 'other', 'Dienstverlening ' || r
    from ${grid}`);
  await owner(`insert into role_assessments (organisation_id, counterparty_id, answers, model_version, outcome, agreement, rule)
    select ${organisation("o")}, ${counterparty}, '{}'::jsonb, 'bench',
           case when r % 10 = 0 then 'joint_controllers' else 'processor' end,
           case when r % 10 = 0 then 'art26_arrangement' else 'art28_processor_agreement' end, 'bench'
    from ${grid}`);
  await owner(`insert into relationships (id, organisation_id, counterparty_id, name, role, notes)
    select ${relationship}, ${organisation("o")}, ${counterparty}, 'Dienst ' || lpad(r::text, 2, '0'),
           case when r % 10 = 0 then 'joint_controllers' when r % 25 = 1 then null else 'processor' end, ''
    from ${grid}`);
  await owner(`insert into processing_specifications (organisation_id, relationship_id, subject_matter, nature, purposes,
      data_categories, processes_bsn, data_subject_categories, retention, storage_countries, processing_countries)
    select ${organisation("o")}, ${relationship}, 'Verwerking voor dienst ' || r, 'Opslaan en raadplegen',
           array['Dienstverlening'], array['Naam', 'Adres', 'Burgerservicenummer'], r % 3 = 0, array['Inwoners'],
           'Zeven jaar', array['NL'], array['NL']
    from ${grid}`);
  // Agreements: most active and checked; some ending within 90 days, some past their review date,
  // some without an agreement in force. Only the measured organisation carries full reports.
  await owner(`insert into agreements (organisation_id, relationship_id, kind, status, signed_on, effective_on, ends_on,
      review_on, latest_check_report, latest_check_at)
    select ${organisation("o")}, ${relationship},
           case when r % 10 = 0 then 'art26_arrangement' else 'processor_agreement' end,
           case when r % 13 = 0 then 'negotiating' else 'active' end,
           current_date - 400, current_date - 390,
           case when r % 7 = 0 then current_date + r else null end,
           case when r % 5 = 0 then current_date - r else current_date + 200 + r end,
           case when o = ${measuredNumber} then (select report from bench_report)
                else jsonb_build_object('summary', jsonb_build_object('compliant', r % 6 <> 0)) end,
           now() - interval '390 days'
    from ${grid}`);
  await owner(`insert into certifications (organisation_id, relationship_id, kind, holder, issued_on, expires_on)
    select ${organisation("o")}, ${relationship}, 'iso_27001', 'Leverancier ' || r || ' B.V.', current_date - 700,
           case when r % 9 = 0 then current_date - r else current_date + 30 + r * 10 end
    from ${grid}`);
  await owner(`insert into audits (organisation_id, relationship_id, planned_on, done_on, findings)
    select ${organisation("o")}, ${relationship}, current_date - 20 + r,
           case when r % 8 = 0 then null else current_date - 25 + r end, ''
    from ${grid}`);
  await owner(`insert into breaches (organisation_id, relationship_id, occurred_at, processor_aware_at, controller_aware_at,
      authority_deadline_at, authority_notified_at, description)
    select ${organisation("o")}, ${relationship}, aware - interval '4 hours', aware - interval '2 hours', aware,
           aware + interval '72 hours', case when r % 2 = 0 then aware + interval '30 hours' else null end,
           'Generated breach'
    from ${grid}, lateral (select now() - (r * 7 || ' hours')::interval as aware) as moment
    where r % 17 = 0`);
}

/** Replaces `$1, $2, …` by literals, so a captured statement can be explained on either engine. */
function inlineParameters(statement: string, parameters: readonly unknown[]): string {
  const literal = (value: unknown): string => {
    if (value === null || value === undefined) return "null";
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (value instanceof Date) return `'${value.toISOString()}'`;
    return `'${String(value).replace(/'/g, "''")}'`;
  };
  return statement.replace(/\$(\d+)/g, (_match, index: string) => literal(parameters[Number(index) - 1]));
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/** The scans of a plan: each table and, where one is used, the index it is reached through. */
function scansOf(node: PlanNode): string[] {
  const children = node.Plans ?? [];
  if (node["Relation Name"] !== undefined) {
    // A bitmap heap scan names its table; the index sits in the bitmap index scan below it.
    const indexes = [node["Index Name"], ...children.flatMap(indexesOf)].filter(Boolean);
    const own = `${node["Node Type"]} on ${node["Relation Name"]}${indexes.length ? ` using ${indexes.join(", ")}` : ""}`;
    return [own, ...children.filter((child) => !child["Node Type"].startsWith("Bitmap")).flatMap(scansOf)];
  }
  return children.flatMap(scansOf);
}

function indexesOf(node: PlanNode): string[] {
  if (!node["Node Type"].startsWith("Bitmap")) return [];
  return [...(node["Index Name"] ? [node["Index Name"]] : []), ...(node.Plans ?? []).flatMap(indexesOf)];
}

async function explainQueries(
  database: Database,
  engine: "pglite" | "postgres",
  run: (database: Database) => Promise<unknown>,
  organisationId: string,
) {
  const captured: Array<{ statement: string; parameters: unknown[] }> = [];
  const logger = {
    logQuery: (statement: string, parameters: unknown[]) => void captured.push({ statement, parameters }),
  };
  const client = (database as unknown as { $client: PGlite | pg.Pool }).$client;
  const logging =
    engine === "pglite"
      ? (drizzlePglite(client as PGlite, { schema, logger }) as unknown as Database)
      : (drizzleNodePostgres(client as pg.Pool, { schema, logger }) as unknown as Database);
  await run(logging);
  const seqScans: string[] = [];
  for (const { statement, parameters } of captured) {
    if (!/^select\b/i.test(statement.trim()) || !/\bfrom\b/i.test(statement)) continue;
    const result = await withOrganisationScope(database, organisationId, (transaction) =>
      transaction.execute(sql.raw(`explain (format json) ${inlineParameters(statement, parameters)}`)),
    );
    const cell = (result as unknown as { rows: Array<Record<string, unknown>> }).rows[0]!["QUERY PLAN"];
    const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as Array<{ Plan: PlanNode }>;
    const scans = scansOf(plan[0]!.Plan);
    const table = /\bfrom "?(\w+)"?/i.exec(statement)?.[1] ?? "?";
    console.log(`  ${table.padEnd(26)} ${scans.join("; ")}`);
    seqScans.push(...scans.filter((scan) => scan.startsWith("Seq Scan")));
  }
  return seqScans;
}

async function openTarget(): Promise<{ target: DatabaseTarget; label: string; drop(): Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    return { target: { engine: "pglite", directory: undefined }, label: "PGlite (in memory)", drop: async () => {} };
  }
  const name = `art28_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine: "postgres", url: url.toString() },
    label: `PostgreSQL (${url.host}, database ${name})`,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Fills, measures and prints; removes the database it made. */
export async function runRegisterBenchmark(): Promise<void> {
  const { target, label, drop } = await openTarget();
  console.log(
    `\nRegister: ${organisationCount.toLocaleString("en")} organisations × ${relationshipsPerOrganisation} relationships on ${label}`,
  );
  const application = await startApplication(loadConfig({ ART28_LOG_LEVEL: "silent" }), { database: target });
  try {
    const { database, engine } = application.connection;
    // A plain table, not a temporary one: on PostgreSQL each statement may use another pooled connection.
    await database.execute(sql`create table bench_report (report jsonb)`);
    await database.execute(sql`insert into bench_report values (${JSON.stringify(realCheckReport())}::jsonb)`);
    const fillStart = performance.now();
    await fill(database);
    await database.execute(sql`drop table bench_report`);
    const [{ count } = { count: 0 }] = (
      (await database.execute(sql`select count(*)::int as count from relationships`)) as unknown as {
        rows: Array<{ count: number }>;
      }
    ).rows;
    console.log(
      `  filled ${count.toLocaleString("en")} relationships with their records in ${((performance.now() - fillStart) / 1000).toFixed(1)} s (set-based SQL, then ANALYZE)`,
    );

    const organisationId = (
      (await database.execute(sql.raw(`select ${uuidOf(`'organisation-${measuredNumber}'`)} as id`))) as unknown as {
        rows: Array<{ id: string }>;
      }
    ).rows[0]!.id;
    const actor: Actor = {
      userId: "bench",
      label: "bench",
      rolesByOrganisation: new Map([[organisationId, "viewer"]]),
    };
    const service = application.services.registerOverview;

    console.log(
      `\n  Service functions, one organisation (${relationshipsPerOrganisation} relationships), ${runs} runs each:`,
    );
    await measure("dashboard", () => service.dashboard(actor, organisationId));
    await measure("list, first page", () => service.listRelationships(actor, organisationId));
    await measure("list, filtered on compliance", () =>
      service.listRelationships(actor, organisationId, { compliance: "compliant" }),
    );
    await measure("list, filtered on a flag", () =>
      service.listRelationships(actor, organisationId, { flag: "review_overdue" }),
    );
    await measure("list, searched (q)", () => service.listRelationships(actor, organisationId, { q: "leverancier 1" }));

    // Through HTTP: session cookie, CSRF-free GETs, zod validation and response serialisation.
    const viewer = demoAccounts.find((account) => account.role === "viewer")!;
    await database.execute(sql`insert into memberships (organisation_id, user_id, role)
      select ${organisationId}, id, 'viewer' from users where email = ${viewer.email}`);
    const app = await buildHttpServer(application, { logger: false });
    try {
      const csrf = await app.inject({ method: "GET", url: "/api/csrf" });
      const csrfCookie = csrf.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
      const login = await app.inject({
        method: "POST",
        url: "/api/session",
        headers: { cookie: csrfCookie, "x-csrf-token": (csrf.json() as { token: string }).token },
        payload: { email: viewer.email, password: demoPassword },
      });
      if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
      const cookie = [csrfCookie, ...login.cookies.map((item) => `${item.name}=${item.value}`)].join("; ");
      const get = async (url: string) => {
        const response = await app.inject({ method: "GET", url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      };
      console.log(`\n  HTTP (app.inject with a session), ${runs} runs each:`);
      await measure("GET …/dashboard", () => get(`/api/organisations/${organisationId}/dashboard`));
      await measure("GET …/relationships", () => get(`/api/organisations/${organisationId}/relationships`));
      await measure("GET …/relationships?compliance=missing", () =>
        get(`/api/organisations/${organisationId}/relationships?compliance=missing`),
      );
    } finally {
      await app.close();
    }

    console.log(
      "\n  EXPLAIN of the queries the dashboard and a searched list run (as art28_app, with row-level security):",
    );
    const seqScans = await explainQueries(
      database,
      engine,
      async (logging) => {
        const logged = createRegisterOverviewService({
          database: logging,
          config: application.config,
          checks: application.services.checks,
          now: () => new Date(),
        });
        await logged.dashboard(actor, organisationId);
        await logged.listRelationships(actor, organisationId, { q: "leverancier 1" });
      },
      organisationId,
    );
    console.log(
      seqScans.length === 0
        ? "  Every table is reached through an (organisation_id, …) index."
        : `  Sequential scans: ${seqScans.join("; ")}`,
    );
  } finally {
    await application.close();
    await drop();
  }
}

if (import.meta.main) await runRegisterBenchmark();
