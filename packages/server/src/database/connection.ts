import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.ts";

export type Schema = typeof schema;

/** The database as every data-access module sees it, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; data-access functions accept either this or the database. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export type DatabaseEngine = "pglite" | "postgres";

export interface DatabaseConnection {
  database: Database;
  engine: DatabaseEngine;
  /** Resolves true when a trivial query succeeds. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: "postgres"; url: string }
  /** `directory` undefined means in memory (tests). */
  | { engine: "pglite"; directory: string | undefined };

/**
 * Opens the database. Both engines are driven through drizzle's PostgreSQL dialect, so the
 * rest of the code cannot tell them apart.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseConnection> {
  if (target.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    pool.on("error", () => {
      // Idle clients that lose their connection are dropped by the pool; queries report their own errors.
    });
    const database = drizzleNodePostgres(pool, { schema }) as unknown as Database;
    return {
      database,
      engine: "postgres",
      ping: () => ping(database),
      close: () => pool.end(),
    };
  }
  const client = target.directory === undefined ? new PGlite() : new PGlite(path.join(target.directory, "pgdata"));
  await client.waitReady;
  const database = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    database,
    engine: "pglite",
    ping: () => ping(database),
    close: () => client.close(),
  };
}

async function ping(database: Database): Promise<boolean> {
  try {
    await database.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
