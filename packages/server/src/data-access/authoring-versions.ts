import { agreementAnnexesSchema, agreementVariablesSchema } from "@art28/contract";
import type { AgreementAnnexes, AgreementVariables } from "@art28/domain";
import { and, count, desc, eq, getTableColumns, inArray, max, or } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { agreementDeviations, authoredAgreementVersions } from "../database/schema.ts";
import { AppError } from "../errors.ts";

type VersionRow = typeof authoredAgreementVersions.$inferSelect;
/** A version without the bytes of its signing document (those are read on their own). */
export type VersionRecord = Omit<VersionRow, "signingDocument">;
export type VersionStatus = VersionRecord["status"];
export type NewVersion = Omit<
  typeof authoredAgreementVersions.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt" | "signingDocument" | "signingDocumentSha256" | "signedAt"
>;

/** Every column but the signing document's bytes, which listings and most use cases do not need. */
const versionColumns = (() => {
  const { signingDocument, ...rest } = getTableColumns(authoredAgreementVersions);
  void signingDocument;
  return rest;
})();

/** The JSON snapshots must fit the contract's shapes; one that does not is a defect, not user input. */
function withValidSnapshots(record: VersionRecord): VersionRecord {
  const variables = agreementVariablesSchema.safeParse(record.variables);
  const annexes = agreementAnnexesSchema.safeParse(record.annexes);
  if (!variables.success || !annexes.success) {
    throw new AppError("internal_error", `Agreement version ${record.id} has stored values that are not valid.`, {
      cause: variables.error ?? annexes.error,
    });
  }
  return {
    ...record,
    variables: variables.data as AgreementVariables,
    annexes: annexes.data as AgreementAnnexes,
  };
}

/**
 * Authored agreement versions, shared by the owner (controller side) and the supplier's
 * organisation (processor side). Reads take the viewing organisation and find rows where it
 * is either party; writes take the owner. Callers run inside `withOrganisationScope` of that
 * organisation, whose row-level-security policy admits both parties and nobody else.
 */
export function createVersionDataAccess(database: Executor) {
  const visibleTo = (organisationId: string) =>
    or(
      eq(authoredAgreementVersions.organisationId, organisationId),
      eq(authoredAgreementVersions.counterpartyOrganisationId, organisationId),
    );
  return {
    /** The version when `viewerOrganisationId` is a party to it; `lock` holds the row until the transaction ends. */
    async findVisible(
      viewerOrganisationId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<VersionRecord | undefined> {
      const query = database
        .select(versionColumns)
        .from(authoredAgreementVersions)
        .where(and(visibleTo(viewerOrganisationId), eq(authoredAgreementVersions.id, id)))
        .limit(1);
      const [row] = options.lock ? await query.for("update") : await query;
      return row && withValidSnapshots(row);
    },

    /** Every version the organisation is a party to, newest first. */
    async listVisible(viewerOrganisationId: string): Promise<VersionRecord[]> {
      const rows = await database
        .select(versionColumns)
        .from(authoredAgreementVersions)
        .where(visibleTo(viewerOrganisationId))
        .orderBy(desc(authoredAgreementVersions.createdAt), desc(authoredAgreementVersions.versionNumber));
      return rows.map(withValidSnapshots);
    },

    /** Per version, how many of its deviations are still open (proposed). */
    async openDeviationCounts(versionIds: readonly string[]): Promise<Map<string, number>> {
      if (versionIds.length === 0) return new Map();
      const rows = await database
        .select({ versionId: agreementDeviations.versionId, value: count() })
        .from(agreementDeviations)
        .where(and(inArray(agreementDeviations.versionId, [...versionIds]), eq(agreementDeviations.status, "proposed")))
        .groupBy(agreementDeviations.versionId);
      return new Map(rows.map((row) => [row.versionId, row.value]));
    },

    /** The highest version number of the owner's agreement, 0 when it has none. */
    async highestNumber(ownerOrganisationId: string, agreementId: string): Promise<number> {
      const [row] = await database
        .select({ value: max(authoredAgreementVersions.versionNumber) })
        .from(authoredAgreementVersions)
        .where(
          and(
            eq(authoredAgreementVersions.organisationId, ownerOrganisationId),
            eq(authoredAgreementVersions.agreementId, agreementId),
          ),
        );
      return row?.value ?? 0;
    },

    /** The PDF prepared for signing; undefined before signing was prepared. */
    async signingDocument(ownerOrganisationId: string, id: string): Promise<Buffer | undefined> {
      const [row] = await database
        .select({ content: authoredAgreementVersions.signingDocument })
        .from(authoredAgreementVersions)
        .where(
          and(eq(authoredAgreementVersions.organisationId, ownerOrganisationId), eq(authoredAgreementVersions.id, id)),
        )
        .limit(1);
      return row?.content ?? undefined;
    },

    async insert(ownerOrganisationId: string, values: NewVersion): Promise<VersionRecord> {
      const [row] = await database
        .insert(authoredAgreementVersions)
        .values({ ...values, organisationId: ownerOrganisationId })
        .returning(versionColumns);
      return withValidSnapshots(row!);
    },

    /**
     * Changes the status and what comes with it (the signing document, the moment of signing).
     * Every change also moves `updatedAt`, which use cases compare to notice a change made
     * while they worked outside the transaction.
     */
    async update(
      ownerOrganisationId: string,
      id: string,
      changes: Partial<Pick<VersionRow, "status" | "signingDocument" | "signingDocumentSha256" | "signedAt">>,
      now: Date,
    ): Promise<VersionRecord> {
      const [row] = await database
        .update(authoredAgreementVersions)
        .set({ ...changes, updatedAt: now })
        .where(
          and(eq(authoredAgreementVersions.organisationId, ownerOrganisationId), eq(authoredAgreementVersions.id, id)),
        )
        .returning(versionColumns);
      return withValidSnapshots(row!);
    },
  };
}
export type VersionDataAccess = ReturnType<typeof createVersionDataAccess>;
