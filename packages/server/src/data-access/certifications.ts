import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { certifications } from "../database/schema.ts";

export type CertificationRecord = typeof certifications.$inferSelect;
export type NewCertification = Omit<
  typeof certifications.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;
export type CertificationChanges = Partial<Omit<NewCertification, "relationshipId">>;

/**
 * Certifications and audit reports of one organisation's relationships. Every query filters on
 * the organisation given at creation; callers run it inside `withOrganisationScope`.
 */
export function createCertificationDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(certifications.organisationId, organisationId);
  return {
    async listForRelationship(relationshipId: string): Promise<CertificationRecord[]> {
      return database
        .select()
        .from(certifications)
        .where(and(ofOrganisation, eq(certifications.relationshipId, relationshipId)))
        .orderBy(asc(certifications.expiresOn), asc(certifications.id));
    },

    /** One certification, only when it belongs to the relationship; `lock` holds the row until the transaction ends. */
    async findInRelationship(
      relationshipId: string,
      id: string,
      options: { lock?: boolean } = {},
    ): Promise<CertificationRecord | undefined> {
      const query = database
        .select()
        .from(certifications)
        .where(and(ofOrganisation, eq(certifications.relationshipId, relationshipId), eq(certifications.id, id)))
        .limit(1);
      const [certification] = options.lock ? await query.for("update") : await query;
      return certification;
    },

    async insert(values: NewCertification): Promise<CertificationRecord> {
      const [certification] = await database
        .insert(certifications)
        .values({ ...values, organisationId })
        .returning();
      return certification!;
    },

    async update(id: string, changes: CertificationChanges): Promise<CertificationRecord | undefined> {
      const [certification] = await database
        .update(certifications)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(ofOrganisation, eq(certifications.id, id)))
        .returning();
      return certification;
    },

    async delete(id: string): Promise<boolean> {
      const deleted = await database
        .delete(certifications)
        .where(and(ofOrganisation, eq(certifications.id, id)))
        .returning({ id: certifications.id });
      return deleted.length > 0;
    },
  };
}
export type CertificationDataAccess = ReturnType<typeof createCertificationDataAccess>;
