import type { Counterparty, CreateCounterpartyRequest } from "@art28/contract";
import { createCounterpartyRequestSchema } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess, type CounterpartyRecord } from "../data-access/counterparties.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

/** Presenter: the record as the API shows it (dates as ISO strings). */
export function presentCounterparty(record: CounterpartyRecord): Counterparty {
  return {
    id: record.id,
    organisationId: record.organisationId,
    name: record.name,
    kvkNumber: record.kvkNumber,
    country: record.country,
    contactName: record.contactName,
    contactEmail: record.contactEmail,
    category: record.category,
    serviceDescription: record.serviceDescription,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function createCounterpartyService(dependencies: { database: Database }) {
  const { database } = dependencies;
  return {
    async list(actor: Actor, organisationId: string, search?: string): Promise<Counterparty[]> {
      authorize(actor, organisationId, "counterparties.read");
      const records = await withOrganisationScope(database, organisationId, (transaction) =>
        createCounterpartyDataAccess(transaction, organisationId).list({ search }),
      );
      return records.map(presentCounterparty);
    },

    async get(actor: Actor, organisationId: string, counterpartyId: string): Promise<Counterparty> {
      authorize(actor, organisationId, "counterparties.read");
      const record = await withOrganisationScope(database, organisationId, (transaction) =>
        createCounterpartyDataAccess(transaction, organisationId).findById(counterpartyId),
      );
      if (!record) throw new AppError("not_found", "Counterparty not found in this organisation.");
      return presentCounterparty(record);
    },

    async create(actor: Actor, organisationId: string, input: CreateCounterpartyRequest): Promise<Counterparty> {
      authorize(actor, organisationId, "counterparties.write");
      const values = createCounterpartyRequestSchema.parse(input);
      const record = await withOrganisationScope(database, organisationId, (transaction) =>
        createCounterpartyDataAccess(transaction, organisationId).insert({
          name: values.name,
          kvkNumber: values.kvkNumber ?? null,
          country: values.country,
          contactName: values.contactName ?? null,
          contactEmail: values.contactEmail ?? null,
          category: values.category,
          serviceDescription: values.serviceDescription,
        }),
      );
      return presentCounterparty(record);
    },
  };
}
export type CounterpartyService = ReturnType<typeof createCounterpartyService>;
