import { requirementIds, type RequirementId } from "@art28/domain";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../database/connection.ts";
import { agreementDeviations } from "../database/schema.ts";
import { AppError } from "../errors.ts";

export type DeviationRecord = typeof agreementDeviations.$inferSelect;
export type NewDeviation = Omit<
  typeof agreementDeviations.$inferInsert,
  "id" | "organisationId" | "counterpartyOrganisationId" | "versionId" | "createdAt" | "updatedAt"
>;
export type DeviationResponse = Pick<DeviationRecord, "status"> &
  Partial<
    Pick<DeviationRecord, "responseNote" | "respondedByName" | "respondedAt" | "weakenedRequirements" | "conflicts">
  >;

const requirementListSchema = z.array(z.enum(requirementIds));

/** The requirement lists are JSON: one that does not hold known requirement ids is a defect. */
function withValidRequirements(record: DeviationRecord): DeviationRecord {
  const weakened = requirementListSchema.safeParse(record.weakenedRequirements);
  const conflicts = requirementListSchema.safeParse(record.conflicts);
  if (!weakened.success || !conflicts.success) {
    throw new AppError("internal_error", `Deviation ${record.id} has stored requirements that are not valid.`, {
      cause: weakened.error ?? conflicts.error,
    });
  }
  return {
    ...record,
    weakenedRequirements: weakened.data as RequirementId[],
    conflicts: conflicts.data as RequirementId[],
  };
}

/** Where a version's shared rows go: the version, its owner and the supplier's organisation. */
export interface VersionParties {
  versionId: string;
  ownerOrganisationId: string;
  counterpartyOrganisationId: string | null;
}

/**
 * Deviations proposed on the clauses of one agreement version, readable and writable by both
 * parties (the row-level-security policy admits the owner and the supplier's organisation).
 * Callers run inside `withOrganisationScope` and have found the version first, so the version
 * id is one the caller may see.
 */
export function createDeviationDataAccess(database: Executor, parties: VersionParties) {
  const ofVersion = and(
    eq(agreementDeviations.organisationId, parties.ownerOrganisationId),
    eq(agreementDeviations.versionId, parties.versionId),
  );
  return {
    /** Every deviation of the version, oldest first. */
    async list(): Promise<DeviationRecord[]> {
      const rows = await database
        .select()
        .from(agreementDeviations)
        .where(ofVersion)
        .orderBy(asc(agreementDeviations.createdAt), asc(agreementDeviations.id));
      return rows.map(withValidRequirements);
    },

    async insert(values: NewDeviation): Promise<DeviationRecord> {
      const [row] = await database
        .insert(agreementDeviations)
        .values({
          ...values,
          organisationId: parties.ownerOrganisationId,
          counterpartyOrganisationId: parties.counterpartyOrganisationId,
          versionId: parties.versionId,
        })
        .returning();
      return withValidRequirements(row!);
    },

    /** Several rows at once, in order (a reissue copies the accepted deviations). */
    async insertMany(values: readonly NewDeviation[]): Promise<DeviationRecord[]> {
      if (values.length === 0) return [];
      const rows = await database
        .insert(agreementDeviations)
        .values(
          values.map((value) => ({
            ...value,
            organisationId: parties.ownerOrganisationId,
            counterpartyOrganisationId: parties.counterpartyOrganisationId,
            versionId: parties.versionId,
          })),
        )
        .returning();
      return rows.map(withValidRequirements);
    },

    /** Records the answer to a deviation (or its withdrawal): its new status and who answered, when. */
    async respond(id: string, response: DeviationResponse, now: Date): Promise<DeviationRecord> {
      const [row] = await database
        .update(agreementDeviations)
        .set({ ...response, updatedAt: now })
        .where(and(ofVersion, eq(agreementDeviations.id, id)))
        .returning();
      return withValidRequirements(row!);
    },
  };
}
export type DeviationDataAccess = ReturnType<typeof createDeviationDataAccess>;
