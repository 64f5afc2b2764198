import { and, asc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { counterparties } from "../database/schema.ts";

export type CounterpartyRecord = typeof counterparties.$inferSelect;
export type NewCounterparty = Omit<
  typeof counterparties.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;

/** Escapes LIKE wildcards so a search for "100%" finds that text instead of everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Counterparties of one organisation. Every query filters on the organisation given at
 * creation; callers run it inside `withOrganisationScope`, whose row-level security is the
 * second line of defence.
 */
export function createCounterpartyDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(counterparties.organisationId, organisationId);
  return {
    async list(options: { search?: string | undefined } = {}): Promise<CounterpartyRecord[]> {
      let condition: SQL | undefined = ofOrganisation;
      if (options.search) {
        const pattern = likePattern(options.search);
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

    async findById(id: string): Promise<CounterpartyRecord | undefined> {
      const [counterparty] = await database
        .select()
        .from(counterparties)
        .where(and(ofOrganisation, eq(counterparties.id, id)))
        .limit(1);
      return counterparty;
    },

    async insert(values: NewCounterparty): Promise<CounterpartyRecord> {
      const [counterparty] = await database
        .insert(counterparties)
        .values({ ...values, organisationId })
        .returning();
      return counterparty!;
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
