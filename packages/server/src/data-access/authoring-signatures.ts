import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { agreementSignatures } from "../database/schema.ts";
import type { VersionParties } from "./authoring-deviations.ts";

export type SignatureRecord = typeof agreementSignatures.$inferSelect;
export type NewSignature = Omit<
  typeof agreementSignatures.$inferInsert,
  "id" | "organisationId" | "counterpartyOrganisationId" | "versionId"
>;

/**
 * Signatures on one agreement version, one per side (the database's unique index guards it).
 * Rows are only added. Callers run inside `withOrganisationScope` and have found the version
 * first; the row-level-security policy admits both parties.
 */
export function createSignatureDataAccess(database: Executor, parties: VersionParties) {
  const ofVersion = and(
    eq(agreementSignatures.organisationId, parties.ownerOrganisationId),
    eq(agreementSignatures.versionId, parties.versionId),
  );
  return {
    /** The version's signatures, in the order they were given. */
    async list(): Promise<SignatureRecord[]> {
      return database
        .select()
        .from(agreementSignatures)
        .where(ofVersion)
        .orderBy(asc(agreementSignatures.signedAt), asc(agreementSignatures.side));
    },

    async insert(values: NewSignature): Promise<SignatureRecord> {
      const [row] = await database
        .insert(agreementSignatures)
        .values({
          ...values,
          organisationId: parties.ownerOrganisationId,
          counterpartyOrganisationId: parties.counterpartyOrganisationId,
          versionId: parties.versionId,
        })
        .returning();
      return row!;
    },
  };
}
export type SignatureDataAccess = ReturnType<typeof createSignatureDataAccess>;
