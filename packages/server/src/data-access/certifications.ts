import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { certifications } from "../database/schema.ts";

export type CertificationRecord = typeof certifications.$inferSelect;
export type NewCertification = Omit<
  typeof certifications.$inferInsert,
  "id" | "organisationId" | "createdAt" | "updatedAt"
>;

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

    async insert(values: NewCertification): Promise<CertificationRecord> {
      const [certification] = await database
        .insert(certifications)
        .values({ ...values, organisationId })
        .returning();
      return certification!;
    },
  };
}
export type CertificationDataAccess = ReturnType<typeof createCertificationDataAccess>;
