import type { Counterparty, CreateCounterpartyRequest, UpdateCounterpartyRequest } from "@art28/contract";
import { createCounterpartyRequestSchema, updateCounterpartyRequestSchema } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess, type CounterpartyRecord } from "../data-access/counterparties.ts";
import { createRoleAssessmentDataAccess, type LatestRoleAssessment } from "../data-access/role-assessments.ts";
import { createRelationshipDataAccess } from "../data-access/relationships.ts";
import { AppError } from "../errors.ts";
import { createAuditTrail } from "./audit-trail.ts";
import { authorize, type Actor } from "./authorization.ts";
import { definedEntries, refusingReferenced } from "./register/register-context.ts";

/** What the audit trail records of a counterparty. */
const auditedFields = [
  "name",
  "kvkNumber",
  "country",
  "contactName",
  "contactEmail",
  "category",
  "serviceDescription",
] as const satisfies readonly (keyof CounterpartyRecord)[];

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

/** The counterparty use cases; `now` dates the audit events (the composition root passes the services' clock). */
export function createCounterpartyService(dependencies: { database: Database; now?: () => Date }) {
  const { database } = dependencies;
  const now = dependencies.now ?? (() => new Date());
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
      const record = await withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparties = createCounterpartyDataAccess(transaction, organisationId);
        // Waits for a running import, whose duplicate check must not miss this counterparty.
        await counterparties.lockWrites();
        const created = await counterparties.insert({
          name: values.name,
          kvkNumber: values.kvkNumber ?? null,
          country: values.country,
          contactName: values.contactName ?? null,
          contactEmail: values.contactEmail ?? null,
          category: values.category,
          serviceDescription: values.serviceDescription,
        });
        await createAuditTrail(transaction, organisationId, actor, now).created(created, {
          entityType: "counterparty",
          entityId: created.id,
          fields: auditedFields,
        });
        return created;
      });
      return presentCounterparty(record);
    },

    /** Changes the fields sent; a field left out stays as stored. */
    async update(
      actor: Actor,
      organisationId: string,
      counterpartyId: string,
      input: UpdateCounterpartyRequest,
    ): Promise<Counterparty> {
      authorize(actor, organisationId, "counterparties.write");
      const changes = definedEntries(updateCounterpartyRequestSchema.parse(input));
      const { record, latest } = await withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparties = createCounterpartyDataAccess(transaction, organisationId);
        // Waits for a running import, whose duplicate check compares names and KvK numbers.
        await counterparties.lockWrites();
        const stored = await counterparties.findById(counterpartyId, { lock: true });
        if (!stored) throw new AppError("not_found", "Counterparty not found in this organisation.");
        let current = stored;
        if (Object.keys(changes).length > 0) {
          current = (await counterparties.update(counterpartyId, changes))!;
          await createAuditTrail(transaction, organisationId, actor, now).updated(stored, current, {
            entityType: "counterparty",
            entityId: counterpartyId,
            fields: auditedFields,
          });
        }
        return {
          record: current,
          latest: await createRoleAssessmentDataAccess(transaction, organisationId).latestByCounterparty([
            counterpartyId,
          ]),
        };
      });
      return presentCounterparty(record, latest.get(record.id));
    },

    /**
     * Deletes a counterparty and its role assessments. Refused (`still_referenced`) while
     * relationships in the register refer to it.
     */
    async remove(actor: Actor, organisationId: string, counterpartyId: string): Promise<void> {
      authorize(actor, organisationId, "counterparties.write");
      await withOrganisationScope(database, organisationId, async (transaction) => {
        const counterparties = createCounterpartyDataAccess(transaction, organisationId);
        const stored = await counterparties.findById(counterpartyId, { lock: true });
        if (!stored) throw new AppError("not_found", "Counterparty not found in this organisation.");
        const relationships = await createRelationshipDataAccess(transaction, organisationId).listForCounterparty(
          counterpartyId,
        );
        const message = "Relationships in the register still refer to this counterparty; remove those first.";
        if (relationships.length > 0) {
          throw new AppError("still_referenced", `${message} (${relationships.length})`);
        }
        await refusingReferenced(() => counterparties.delete(counterpartyId), message);
        await createAuditTrail(transaction, organisationId, actor, now).deleted(stored, {
          entityType: "counterparty",
          entityId: counterpartyId,
          fields: auditedFields,
        });
      });
    },
  };
}
export type CounterpartyService = ReturnType<typeof createCounterpartyService>;
