import fs from "node:fs";
import type { Config } from "./config.ts";
import { openDatabase, type DatabaseConnection, type DatabaseTarget } from "./database/connection.ts";
import { lockDataFolder } from "./database/data-folder-lock.ts";
import { migrateDatabase } from "./database/migrate.ts";
import { createOrganisationDataAccess } from "./data-access/organisations.ts";
import { createSessionDataAccess } from "./data-access/sessions.ts";
import { createUserDataAccess } from "./data-access/users.ts";
import { seedDemoData } from "./demo/demo-data.ts";
import { readDocument } from "./documents/index.ts";
import { createAccountService } from "./services/account-service.ts";
import { createAuthoringService } from "./services/authoring-service.ts";
import { createCheckService } from "./services/check-service.ts";
import { createAuthenticationService } from "./services/authentication-service.ts";
import { createCounterpartyService } from "./services/counterparty-service.ts";
import { createOrganisationService } from "./services/organisation-service.ts";
import { createRegisterOverviewService } from "./services/register-overview-service.ts";
import { createRegisterService } from "./services/register-service.ts";
import { createRegisterTransferService } from "./services/register-transfer-service.ts";
import { createReminderService } from "./services/reminder-service.ts";
import { createSmtpMailer } from "./reminders/email-sender.ts";
import { createRoleAssessmentService } from "./services/role-assessment-service.ts";
import type { RegisterDependencies } from "./services/register-dependencies.ts";

const packageJson = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** Everything the HTTP server and the CLI need, wired once. */
export interface Application {
  config: Config;
  version: string;
  connection: DatabaseConnection;
  services: ReturnType<typeof createServices>;
  /** Whether this start wrote the demo data. */
  demoDataCreated: boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Overrides the database chosen by the configuration (tests use in-memory PGlite or a fresh PostgreSQL database). */
  database?: DatabaseTarget;
  /** Skip applying migrations (only for commands that must not change the schema). */
  migrate?: boolean;
  now?: () => Date;
}

function createServices(connection: DatabaseConnection, config: Config, now?: () => Date) {
  const { database } = connection;
  const checks = createCheckService({ readDocument });
  const register: RegisterDependencies = { database, config, checks, now: now ?? (() => new Date()) };
  return {
    authentication: createAuthenticationService({
      users: createUserDataAccess(database),
      sessions: createSessionDataAccess(database),
      organisations: createOrganisationDataAccess(database),
      sessionLifetimeHours: config.sessionLifetimeHours,
      ...(now ? { now } : {}),
    }),
    organisations: createOrganisationService({ database }),
    counterparties: createCounterpartyService({ database, now: register.now }),
    roleAssessments: createRoleAssessmentService({ database }),
    accounts: createAccountService({ database }),
    checks,
    register: createRegisterService(register),
    registerOverview: createRegisterOverviewService(register),
    registerTransfer: createRegisterTransferService(register),
    reminders: createReminderService(register, config.smtp ? { mailer: createSmtpMailer(config.smtp) } : {}),
    authoring: createAuthoringService(register),
  };
}

export function databaseTargetOf(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { engine: "postgres", url: config.databaseUrl }
    : { engine: "pglite", directory: config.dataDirectory };
}

/**
 * The composition root: locks the data folder (embedded engine), opens and migrates the
 * database, loads demo data into an empty database when configured, and wires the services.
 */
export async function startApplication(config: Config, options: StartOptions = {}): Promise<Application> {
  const target = options.database ?? databaseTargetOf(config);
  const releaseLock =
    target.engine === "pglite" && target.directory !== undefined ? await lockDataFolder(target.directory) : undefined;
  let connection: DatabaseConnection | undefined;
  try {
    connection = await openDatabase(target);
    if (options.migrate !== false) await migrateDatabase(connection);
    const demoDataCreated =
      config.loadDemoData && options.migrate !== false
        ? await seedDemoData(connection.database, { now: options.now?.() ?? new Date() })
        : false;
    const opened = connection;
    return {
      config,
      version: packageJson.version,
      connection: opened,
      services: createServices(opened, config, options.now),
      demoDataCreated,
      async close() {
        await opened.close();
        await releaseLock?.();
      },
    };
  } catch (error) {
    await connection?.close().catch(() => undefined);
    await releaseLock?.();
    throw error;
  }
}
