import { afterAll, beforeAll, describe } from "vitest";
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { postgresSkipReason, postgresTestUrl } from "../../../../test/environment.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { startApplication, type Application } from "../../src/composition-root.ts";
import type { DatabaseTarget } from "../../src/database/connection.ts";
import { buildHttpServer } from "../../src/http/server.ts";

export interface EngineUnderTest {
  name: "pglite" | "postgres";
  skipReason: string | undefined;
  /** A fresh, empty database for one test file, and how to remove it afterwards. */
  createDatabase(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }>;
}

/** Every engine the integration suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const engines: readonly EngineUnderTest[] = [
  {
    name: "pglite",
    skipReason: undefined,
    async createDatabase() {
      return { target: { engine: "pglite", directory: undefined }, drop: async () => undefined };
    },
  },
  {
    name: "postgres",
    skipReason: postgresSkipReason,
    async createDatabase() {
      const adminUrl = postgresTestUrl!;
      const name = `art28_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: { engine: "postgres", url: url.toString() },
        async drop() {
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        },
      };
    },
  },
];

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ ART28_LOG_LEVEL: "silent" }), ...overrides };
}

export interface TestServer {
  application: Application;
  app: FastifyInstance;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** A fixed clock for the services (and the demo data's dates), so date-dependent tests do not depend on today. */
  now?: () => Date;
}

/** Starts the whole application (migrations, demo data) on a fresh database of the engine. */
export async function startTestServer(
  engine: EngineUnderTest,
  overrides: Partial<Config> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = await engine.createDatabase();
  const application = await startApplication(testConfig(overrides), {
    database: database.target,
    ...(options.now ? { now: options.now } : {}),
  });
  const app = await buildHttpServer(application, { logger: false });
  return {
    application,
    app,
    async close() {
      await app.close();
      await application.close();
      await database.drop();
    },
  };
}

/**
 * Declares a suite once per engine, each with its own freshly started server. On an engine
 * that is not available here the suite is skipped (and `npm test` says why).
 */
export function describeOnEachEngine(
  title: string,
  body: (server: () => TestServer, engine: EngineUnderTest) => void,
  overrides: Partial<Config> = {},
  options: TestServerOptions = {},
): void {
  describe.each(engines)(`${title} on $name`, (engine) => {
    let server: TestServer | undefined;
    beforeAll(async () => {
      if (!engine.skipReason) server = await startTestServer(engine, overrides, options);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
    });
    describe.skipIf(engine.skipReason)(engine.name, () => body(() => server!, engine));
  });
}
