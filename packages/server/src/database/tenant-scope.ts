import { sql } from "drizzle-orm";
import type { Database, Transaction } from "./connection.ts";

/**
 * Runs `work` in a transaction that can only see and write rows of one organisation.
 *
 * Two layers: data-access functions filter on `organisation_id` themselves, and this scope
 * switches to the `art28_app` role whose row-level-security policies reject other
 * organisations' rows even if a query forgets its filter. Keep the work short: on the
 * embedded engine a transaction blocks every other query.
 */
export async function withOrganisationScope<Result>(
  database: Database,
  organisationId: string,
  work: (transaction: Transaction) => Promise<Result>,
): Promise<Result> {
  return database.transaction((transaction) => withOrganisationScopeInTransaction(transaction, organisationId, work));
}

/**
 * The same scope inside a transaction that is already open. The role switch is undone when
 * the work succeeds, so the rest of the transaction runs with its own role again; when the
 * work fails the whole transaction rolls back, which ends the switch as well.
 */
export async function withOrganisationScopeInTransaction<Result>(
  transaction: Transaction,
  organisationId: string,
  work: (transaction: Transaction) => Promise<Result>,
): Promise<Result> {
  await transaction.execute(sql`select set_config('art28.organisation_id', ${organisationId}, true)`);
  await transaction.execute(sql`set local role art28_app`);
  const result = await work(transaction);
  await transaction.execute(sql`reset role`);
  return result;
}
