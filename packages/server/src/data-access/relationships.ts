import { processingTransfersSchema } from "@art28/contract";
import { and, asc, count, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import {
  agreements,
  audits,
  breaches,
  certifications,
  counterparties,
  processingSpecifications,
  relationships,
  securityMeasures,
  subProcessors,
} from "../database/schema.ts";
import { AppError } from "../errors.ts";

export type RelationshipRecord = typeof relationships.$inferSelect;
export type NewRelationship = Omit<
  typeof relationships.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;
export type RelationshipChanges = Partial<Pick<NewRelationship, "name" | "role" | "notes">>;
/** Records that hang under a relationship (besides its specification), counted per kind. */
export interface RelationshipDependents {
  securityMeasures: number;
  certifications: number;
  subProcessors: number;
  agreements: number;
  audits: number;
  breaches: number;
}
export type ProcessingSpecificationRecord = typeof processingSpecifications.$inferSelect;
export type NewProcessingSpecification = Omit<
  typeof processingSpecifications.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;

/** The tables behind the register's kinds of record, for looking a record up by kind and id. */
const registerTables = {
  counterparty: counterparties,
  relationship: relationships,
  processing_specification: processingSpecifications,
  security_measure: securityMeasures,
  certification: certifications,
  sub_processor: subProcessors,
  agreement: agreements,
  audit: audits,
  breach: breaches,
} as const;
export type RegisterRecordKind = keyof typeof registerTables;

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
    /** `lock` holds the row until the transaction ends, so a concurrent change waits for this one. */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<RelationshipRecord | undefined> {
      const query = database
        .select()
        .from(relationships)
        .where(and(ofOrganisation, eq(relationships.id, id)))
        .limit(1);
      const [relationship] = options.lock ? await query.for("update") : await query;
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

    async update(id: string, changes: RelationshipChanges): Promise<RelationshipRecord | undefined> {
      const [relationship] = await database
        .update(relationships)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(relationships.id, id)))
        .returning();
      return relationship;
    },

    /** Removes a relationship; the database refuses while records still refer to it. */
    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(relationships)
        .where(and(ofOrganisation, eq(relationships.id, id)))
        .returning({ id: relationships.id });
      return deleted.length > 0;
    },

    /** How many records of each kind hang under the relationship. */
    async countDependents(relationshipId: string): Promise<RelationshipDependents> {
      const countIn = async (
        table:
          | typeof securityMeasures
          | typeof certifications
          | typeof subProcessors
          | typeof agreements
          | typeof audits
          | typeof breaches,
      ) => {
        const [row] = await database
          .select({ value: count() })
          .from(table)
          .where(and(eq(table.organisationId, organisationId), eq(table.relationshipId, relationshipId)));
        return row?.value ?? 0;
      };
      return {
        securityMeasures: await countIn(securityMeasures),
        certifications: await countIn(certifications),
        subProcessors: await countIn(subProcessors),
        agreements: await countIn(agreements),
        audits: await countIn(audits),
        breaches: await countIn(breaches),
      };
    },

    /**
     * Whether a register record of this kind and id exists in the organisation. A processing
     * specification is named by its relationship's id (it has one per relationship).
     */
    async recordExists(kind: RegisterRecordKind, id: string): Promise<boolean> {
      const table = registerTables[kind];
      const idColumn = kind === "processing_specification" ? processingSpecifications.relationshipId : table.id;
      const rows = await database
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.organisationId, organisationId), eq(idColumn, id)))
        .limit(1);
      return rows.length > 0;
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

    async deleteSpecification(relationshipId: string): Promise<boolean> {
      const deleted = await database
        .delete(processingSpecifications)
        .where(and(specificationOfOrganisation, eq(processingSpecifications.relationshipId, relationshipId)))
        .returning({ id: processingSpecifications.id });
      return deleted.length > 0;
    },
  };
}
export type RelationshipDataAccess = ReturnType<typeof createRelationshipDataAccess>;
