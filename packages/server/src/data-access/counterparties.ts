import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { counterparties } from "../database/schema.ts";
import { containsPattern } from "./search-pattern.ts";

export type CounterpartyRecord = typeof counterparties.$inferSelect;
export type NewCounterparty = Omit<
  typeof counterparties.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;

export type CounterpartyChanges = Partial<NewCounterparty>;

/**
 * Counterparties of one organisation. Every query filters on the organisation given at
 * creation; callers run it inside `withOrganisationScope`, whose row-level security is the
 * second line of defence.
 */
export function createCounterpartyDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(counterparties.organisationId, organisationId);
  return {
    /**
     * Waits for, then holds until the transaction ends, the organisation's lock on counterparty
     * writes. The import compares its rows with the register and inserts them under this lock,
     * and every other write of counterparties takes it too, so no insert or change can slip in
     * between that comparison and the commit (two imports of the same list add it once). A
     * transaction-scoped advisory lock needs no table and is released by commit or rollback.
     */
    async lockWrites(): Promise<void> {
      await database.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`counterparties:${organisationId}`}, 0))`,
      );
    },

    async list(options: { search?: string | undefined } = {}): Promise<CounterpartyRecord[]> {
      let condition: SQL | undefined = ofOrganisation;
      if (options.search) {
        const pattern = containsPattern(options.search);
        condition = and(
          ofOrganisation,
          or(
            ilike(counterparties.name, pattern),
            ilike(counterparties.serviceDescription, pattern),
            ilike(counterparties.kvkNumber, pattern),
          ),
        );
      }
      return database.select().from(counterparties).where(condition).orderBy(asc(counterparties.name));
    },

    /** `lock` holds the row until the transaction ends, so a concurrent change waits for this one. */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<CounterpartyRecord | undefined> {
      const query = database
        .select()
        .from(counterparties)
        .where(and(ofOrganisation, eq(counterparties.id, id)))
        .limit(1);
      const [counterparty] = options.lock ? await query.for("update") : await query;
      return counterparty;
    },

    async insert(values: NewCounterparty): Promise<CounterpartyRecord> {
      const [counterparty] = await database
        .insert(counterparties)
        .values({ ...values, organisationId })
        .returning();
      return counterparty!;
    },

    async update(id: string, changes: CounterpartyChanges): Promise<CounterpartyRecord | undefined> {
      const [counterparty] = await database
        .update(counterparties)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(counterparties.id, id)))
        .returning();
      return counterparty;
    },

    /** Removes a counterparty with its role assessments; the database refuses while relationships refer to it. */
    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(counterparties)
        .where(and(ofOrganisation, eq(counterparties.id, id)))
        .returning({ id: counterparties.id });
      return deleted.length > 0;
    },

    async insertMany(values: readonly NewCounterparty[]): Promise<number> {
      if (values.length === 0) return 0;
      const inserted = await database
        .insert(counterparties)
        .values(values.map((value) => ({ ...value, organisationId })))
        .returning({ id: counterparties.id });
      return inserted.length;
    },
  };
}
export type CounterpartyDataAccess = ReturnType<typeof createCounterpartyDataAccess>;
