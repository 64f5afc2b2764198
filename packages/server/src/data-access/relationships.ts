import { processingTransfersSchema } from "@art28/contract";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { processingSpecifications, relationships } from "../database/schema.ts";
import { AppError } from "../errors.ts";

export type RelationshipRecord = typeof relationships.$inferSelect;
export type NewRelationship = Omit<
  typeof relationships.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;
export type ProcessingSpecificationRecord = typeof processingSpecifications.$inferSelect;
export type NewProcessingSpecification = Omit<
  typeof processingSpecifications.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;

/** The transfers column is JSON: a stored value that does not fit the schema is a defect, not user input. */
function withValidTransfers(record: ProcessingSpecificationRecord): ProcessingSpecificationRecord {
  const transfers = processingTransfersSchema.safeParse(record.transfers);
  if (!transfers.success) {
    throw new AppError(
      "internal_error",
      `Processing specification ${record.id} has stored transfers that are not valid.`,
      {
        cause: transfers.error,
      },
    );
  }
  return { ...record, transfers: transfers.data };
}

/**
 * Relationships (one service or processing activity with a counterparty) of one organisation,
 * and their processing specification. Every query filters on the organisation given at
 * creation; callers run it inside `withOrganisationScope`, whose row-level security is the
 * second line of defence.
 */
export function createRelationshipDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(relationships.organisationId, organisationId);
  const specificationOfOrganisation = eq(processingSpecifications.organisationId, organisationId);
  return {
    async findById(id: string): Promise<RelationshipRecord | undefined> {
      const [relationship] = await database
        .select()
        .from(relationships)
        .where(and(ofOrganisation, eq(relationships.id, id)))
        .limit(1);
      return relationship;
    },

    async listForCounterparty(counterpartyId: string): Promise<RelationshipRecord[]> {
      return database
        .select()
        .from(relationships)
        .where(and(ofOrganisation, eq(relationships.counterpartyId, counterpartyId)))
        .orderBy(asc(relationships.name), asc(relationships.id));
    },

    async insert(values: NewRelationship): Promise<RelationshipRecord> {
      const [relationship] = await database
        .insert(relationships)
        .values({ ...values, organisationId })
        .returning();
      return relationship!;
    },

    async findSpecification(relationshipId: string): Promise<ProcessingSpecificationRecord | undefined> {
      const [specification] = await database
        .select()
        .from(processingSpecifications)
        .where(and(specificationOfOrganisation, eq(processingSpecifications.relationshipId, relationshipId)))
        .limit(1);
      return specification && withValidTransfers(specification);
    },

    /** Writes the one specification of a relationship, replacing what was there. */
    async saveSpecification(values: NewProcessingSpecification): Promise<ProcessingSpecificationRecord> {
      const row = { ...values, transfers: processingTransfersSchema.parse(values.transfers ?? []), organisationId };
      const [specification] = await database
        .insert(processingSpecifications)
        .values(row)
        .onConflictDoUpdate({
          target: [processingSpecifications.organisationId, processingSpecifications.relationshipId],
          set: { ...row, updatedAt: new Date() },
        })
        .returning();
      return withValidTransfers(specification!);
    },
  };
}
export type RelationshipDataAccess = ReturnType<typeof createRelationshipDataAccess>;
