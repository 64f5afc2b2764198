import type { Counterparty, CreateCounterpartyRequest } from "@art28/contract";
import { createCounterpartyRequestSchema } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess, type CounterpartyRecord } from "../data-access/counterparties.ts";
import { createRoleAssessmentDataAccess, type LatestRoleAssessment } from "../data-access/role-assessments.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

/** Presenter: the record as the API shows it (dates as ISO strings), with its latest role assessment. */
export function presentCounterparty(record: CounterpartyRecord, latestAssessment?: LatestRoleAssessment): Counterparty {
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
    roleAssessment: latestAssessment
      ? {
          outcome: latestAssessment.outcome,
          agreement: latestAssessment.agreement,
          assessedAt: latestAssessment.createdAt.toISOString(),
        }
      : null,
  };
}

export function createCounterpartyService(dependencies: { database: Database }) {
  const { database } = dependencies;
  return {
    async list(actor: Actor, organisationId: string, search?: string): Promise<Counterparty[]> {
      authorize(actor, organisationId, "counterparties.read");
      const { records, latest } = await withOrganisationScope(database, organisationId, async (transaction) => ({
        records: await createCounterpartyDataAccess(transaction, organisationId).list({ search }),
        latest: await createRoleAssessmentDataAccess(transaction, organisationId).latestByCounterparty(),
      }));
      return records.map((record) => presentCounterparty(record, latest.get(record.id)));
    },

    async get(actor: Actor, organisationId: string, counterpartyId: string): Promise<Counterparty> {
      authorize(actor, organisationId, "counterparties.read");
      const { record, latest } = await withOrganisationScope(database, organisationId, async (transaction) => ({
        record: await createCounterpartyDataAccess(transaction, organisationId).findById(counterpartyId),
        latest: await createRoleAssessmentDataAccess(transaction, organisationId).latestByCounterparty([
          counterpartyId,
        ]),
      }));
      if (!record) throw new AppError("not_found", "Counterparty not found in this organisation.");
      return presentCounterparty(record, latest.get(record.id));
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
