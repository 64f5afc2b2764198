import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseConnection } from "./connection.ts";

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/**
 * Brings the database to the current schema: makes sure the tenant role exists, applies the
 * generated migrations, and grants the tenant role access to exactly the tables that have
 * row-level security (append-only for the audit trail). Safe to run at every start and from several processes at once.
 */
export async function migrateDatabase(connection: DatabaseConnection): Promise<void> {
  const { database } = connection;
  await ensureApplicationRole(connection);
  if (connection.engine === "pglite") {
    await migratePglite(database as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migrateNodePostgres(database as unknown as NodePgDatabase, { migrationsFolder });
  }
  await database.execute(
    sql.raw(`
    do $$
    declare tenant_table record;
    begin
      grant usage on schema public to art28_app;
      for tenant_table in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
      loop
        execute format('grant select, insert, update, delete on table public.%I to art28_app', tenant_table.relname);
      end loop;
      -- Organisation names and association membership are read inside tenant work (template policy, partner names).
      grant select on table public.organisations to art28_app;
      -- The audit trail is append-only for the application (see schema.ts, audit_events).
      revoke update, delete, truncate on table public.audit_events from art28_app;
      -- Authored agreements are kept: a signature is never changed or removed, and versions,
      -- deviations and published templates are never removed by the application (decision 0018).
      revoke update, delete, truncate on table public.agreement_signatures from art28_app;
      revoke update, delete, truncate on table public.agreement_templates from art28_app;
      revoke delete, truncate on table public.authored_agreement_versions from art28_app;
      revoke delete, truncate on table public.agreement_deviations from art28_app;
    end $$;
  `),
  );
}

async function ensureApplicationRole(connection: DatabaseConnection): Promise<void> {
  // Roles belong to the whole PostgreSQL cluster, so parallel test databases may race to create it.
  await connection.database.execute(
    sql.raw(`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = 'art28_app') then
        create role art28_app nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$;
  `),
  );
  // A non-superuser owner must be a member of the role to switch to it.
  await connection.database.execute(
    sql.raw(`
    do $$
    begin
      if not (select rolsuper from pg_roles where rolname = current_user)
         and not pg_has_role(current_user, 'art28_app', 'member') then
        execute format('grant art28_app to %I', current_user);
      end if;
    end $$;
  `),
  );
}
