import { processingTransfersSchema } from "@art28/contract";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import {
  agreementDocuments,
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
import { createRoleAssessmentDataAccess, type LatestRoleAssessment } from "./role-assessments.ts";

/** The summary of an agreement's latest check, read from the stored report without loading it whole. */
export interface CheckSummaryRow {
  compliant: boolean | null;
  mandatoryPresent: number | null;
  mandatoryTotal: number | null;
  conflicts: number | null;
}

/**
 * Read-only access to everything of one organisation's register, as the exports need it: one
 * query per table, every query filtered on the organisation (and row-level security behind it
 * when run inside `withOrganisationScope`). Documents are summarised, never loaded. The
 * organisation itself is not part of it: that table is read outside the tenant scope.
 */
export function createRegisterExportDataAccess(database: Executor, organisationId: string) {
  return { load: () => loadRegister(database, organisationId) };
}

async function loadRegister(database: Executor, organisationId: string) {
  const counterpartyRows = await database
    .select()
    .from(counterparties)
    .where(eq(counterparties.organisationId, organisationId))
    .orderBy(asc(counterparties.name), asc(counterparties.id));
  const relationshipRows = await database
    .select()
    .from(relationships)
    .where(eq(relationships.organisationId, organisationId))
    .orderBy(asc(relationships.name), asc(relationships.id));
  const specificationRows = (
    await database
      .select()
      .from(processingSpecifications)
      .where(eq(processingSpecifications.organisationId, organisationId))
      .orderBy(asc(processingSpecifications.relationshipId))
  ).map((row) => {
    const transfers = processingTransfersSchema.safeParse(row.transfers);
    if (!transfers.success) {
      throw new AppError(
        "internal_error",
        `Processing specification ${row.id} has stored transfers that are not valid.`,
        {
          cause: transfers.error,
        },
      );
    }
    return { ...row, transfers: transfers.data };
  });
  const securityMeasureRows = await database
    .select()
    .from(securityMeasures)
    .where(eq(securityMeasures.organisationId, organisationId))
    .orderBy(asc(securityMeasures.relationshipId), asc(securityMeasures.createdAt), asc(securityMeasures.id));
  const certificationRows = await database
    .select()
    .from(certifications)
    .where(eq(certifications.organisationId, organisationId))
    .orderBy(asc(certifications.relationshipId), asc(certifications.expiresOn), asc(certifications.id));
  const subProcessorRows = await database
    .select()
    .from(subProcessors)
    .where(eq(subProcessors.organisationId, organisationId))
    .orderBy(asc(subProcessors.relationshipId), asc(subProcessors.name), asc(subProcessors.id));
  const agreementRows = await database
    .select({
      id: agreements.id,
      relationshipId: agreements.relationshipId,
      kind: agreements.kind,
      standardName: agreements.standardName,
      standardVersion: agreements.standardVersion,
      status: agreements.status,
      signedOn: agreements.signedOn,
      effectiveOn: agreements.effectiveOn,
      endsOn: agreements.endsOn,
      reviewOn: agreements.reviewOn,
      latestCheckAt: agreements.latestCheckAt,
      checkCompliant: sql<boolean | null>`(${agreements.latestCheckReport} -> 'summary' ->> 'compliant')::boolean`,
      checkMandatoryPresent: sql<
        number | null
      >`(${agreements.latestCheckReport} -> 'summary' ->> 'mandatoryPresent')::integer`,
      checkMandatoryTotal: sql<
        number | null
      >`(${agreements.latestCheckReport} -> 'summary' ->> 'mandatoryTotal')::integer`,
      checkConflicts: sql<
        number | null
      >`jsonb_array_length(${agreements.latestCheckReport} -> 'summary' -> 'conflicts')`,
      createdAt: agreements.createdAt,
      updatedAt: agreements.updatedAt,
    })
    .from(agreements)
    .where(eq(agreements.organisationId, organisationId))
    .orderBy(asc(agreements.relationshipId), asc(agreements.createdAt), asc(agreements.id));
  // The newest signed document per agreement, without its content.
  const documentRows = await database
    .selectDistinctOn([agreementDocuments.agreementId], {
      id: agreementDocuments.id,
      agreementId: agreementDocuments.agreementId,
      fileName: agreementDocuments.fileName,
      mediaType: agreementDocuments.mediaType,
      byteSize: agreementDocuments.byteSize,
      sha256: agreementDocuments.sha256,
      createdAt: agreementDocuments.createdAt,
    })
    .from(agreementDocuments)
    .where(
      and(eq(agreementDocuments.organisationId, organisationId), eq(agreementDocuments.purpose, "signed_agreement")),
    )
    .orderBy(agreementDocuments.agreementId, desc(agreementDocuments.createdAt), desc(agreementDocuments.id));
  const auditRows = await database
    .select()
    .from(audits)
    .where(eq(audits.organisationId, organisationId))
    .orderBy(asc(audits.relationshipId), asc(audits.plannedOn), asc(audits.id));
  const breachRows = await database
    .select()
    .from(breaches)
    .where(eq(breaches.organisationId, organisationId))
    .orderBy(asc(breaches.relationshipId), asc(breaches.occurredAt), asc(breaches.id));
  const latestRoleAssessments: Map<string, LatestRoleAssessment> = await createRoleAssessmentDataAccess(
    database,
    organisationId,
  ).latestByCounterparty();

  return {
    counterparties: counterpartyRows,
    latestRoleAssessments,
    relationships: relationshipRows,
    specifications: specificationRows,
    securityMeasures: securityMeasureRows,
    certifications: certificationRows,
    subProcessors: subProcessorRows,
    agreements: agreementRows,
    signedDocuments: new Map(documentRows.map((row) => [row.agreementId, row])),
    audits: auditRows,
    breaches: breachRows,
  };
}
export type RegisterForExport = Awaited<ReturnType<typeof loadRegister>>;
