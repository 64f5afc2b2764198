import type {
  Agreement,
  AgreementDocumentSummary,
  Audit,
  AuditEventView,
  Breach,
  Certification,
  ProcessingSpecification,
  RelationshipDetail,
  RelationshipStatusView,
  RelationshipSummary,
  SecurityMeasure,
  SubProcessor,
} from "@art28/contract";
import { allowedAgreementTransitions } from "@art28/domain";
import type { AgreementDocumentSummaryRecord } from "../../data-access/agreement-documents.ts";
import type { AgreementRecord } from "../../data-access/agreements.ts";
import type { AuditEventRecord } from "../../data-access/audit-events.ts";
import type { AuditRecord } from "../../data-access/audits.ts";
import type { BreachRecord } from "../../data-access/breaches.ts";
import type { CertificationRecord } from "../../data-access/certifications.ts";
import type { CounterpartyRecord } from "../../data-access/counterparties.ts";
import type { ProcessingSpecificationRecord, RelationshipRecord } from "../../data-access/relationships.ts";
import type { SecurityMeasureRecord } from "../../data-access/security-measures.ts";
import type { SubProcessorRecord } from "../../data-access/sub-processors.ts";

/** Presenters: stored records as the API shows them (moments as ISO strings, only allow-listed fields). */

const iso = (moment: Date | null): string | null => moment?.toISOString() ?? null;
const times = (record: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
});
const owned = (record: { id: string; relationshipId: string }) => ({
  id: record.id,
  relationshipId: record.relationshipId,
});

export function presentSpecification(record: ProcessingSpecificationRecord): ProcessingSpecification {
  return {
    subjectMatter: record.subjectMatter,
    nature: record.nature,
    purposes: record.purposes,
    dataCategories: record.dataCategories,
    specialCategories: record.specialCategories,
    processesBsn: record.processesBsn,
    dataSubjectCategories: record.dataSubjectCategories,
    retention: record.retention,
    storageCountries: record.storageCountries,
    processingCountries: record.processingCountries,
    transfers: record.transfers.map((transfer) => ({ country: transfer.country, safeguard: transfer.safeguard })),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function presentSecurityMeasure(record: SecurityMeasureRecord): SecurityMeasure {
  return { ...owned(record), description: record.description, reference: record.reference, ...times(record) };
}

export function presentCertification(record: CertificationRecord): Certification {
  return {
    ...owned(record),
    kind: record.kind,
    name: record.name,
    holder: record.holder,
    issuedOn: record.issuedOn,
    expiresOn: record.expiresOn,
    reportReference: record.reportReference,
    ...times(record),
  };
}

export function presentSubProcessor(record: SubProcessorRecord): SubProcessor {
  return {
    ...owned(record),
    name: record.name,
    service: record.service,
    country: record.country,
    authorisationStatus: record.authorisationStatus,
    authorisedAt: iso(record.authorisedAt),
    ...times(record),
  };
}

export function presentAudit(record: AuditRecord): Audit {
  return {
    ...owned(record),
    plannedOn: record.plannedOn,
    doneOn: record.doneOn,
    findings: record.findings,
    followUp: record.followUp,
    followUpDueOn: record.followUpDueOn,
    followUpDoneOn: record.followUpDoneOn,
    ...times(record),
  };
}

export function presentBreach(record: BreachRecord): Breach {
  return {
    ...owned(record),
    occurredAt: iso(record.occurredAt),
    processorAwareAt: iso(record.processorAwareAt),
    controllerAwareAt: iso(record.controllerAwareAt),
    authorityDeadlineAt: iso(record.authorityDeadlineAt),
    authorityNotificationRequired: record.authorityNotificationRequired,
    authorityNotifiedAt: iso(record.authorityNotifiedAt),
    dataSubjectsInformedAt: iso(record.dataSubjectsInformedAt),
    description: record.description,
    measures: record.measures,
    ...times(record),
  };
}

export function presentDocumentSummary(
  record: Pick<AgreementDocumentSummaryRecord, "id" | "fileName" | "mediaType" | "byteSize" | "sha256" | "createdAt">,
): AgreementDocumentSummary {
  return {
    id: record.id,
    fileName: record.fileName,
    mediaType: record.mediaType,
    byteSize: record.byteSize,
    sha256: record.sha256,
    uploadedAt: record.createdAt.toISOString(),
  };
}

/** The check summary shown with an agreement; null when the server never checked a document of it. */
export function presentLatestCheck(record: AgreementRecord): Agreement["latestCheck"] {
  if (!record.latestCheckReport || !record.latestCheckAt) return null;
  const { summary } = record.latestCheckReport;
  return {
    checkedAt: record.latestCheckAt.toISOString(),
    compliant: summary.compliant,
    mandatoryPresent: summary.mandatoryPresent,
    mandatoryTotal: summary.mandatoryTotal,
    conflicts: summary.conflicts.length,
  };
}

/** An agreement's own columns, without the stored check report (the export reads only its summary). */
export type AgreementFields = Pick<
  AgreementRecord,
  | "id"
  | "relationshipId"
  | "kind"
  | "standardName"
  | "standardVersion"
  | "status"
  | "signedOn"
  | "effectiveOn"
  | "endsOn"
  | "reviewOn"
  | "createdAt"
  | "updatedAt"
>;

/**
 * An agreement with its newest signed document and the summary of its latest check, without
 * the statuses it may move to: the shape the export keeps and the API extends.
 */
export function presentAgreementFields(
  record: AgreementFields,
  signedDocument: Parameters<typeof presentDocumentSummary>[0] | undefined,
  latestCheck: Agreement["latestCheck"],
): Omit<Agreement, "allowedTransitions"> {
  return {
    ...owned(record),
    kind: record.kind,
    standardName: record.standardName,
    standardVersion: record.standardVersion,
    status: record.status,
    signedOn: record.signedOn,
    effectiveOn: record.effectiveOn,
    endsOn: record.endsOn,
    reviewOn: record.reviewOn,
    signedDocument: signedDocument ? presentDocumentSummary(signedDocument) : null,
    latestCheck,
    ...times(record),
  };
}

/** An agreement with the statuses it may move to, its newest signed document and its latest check. */
export function presentAgreement(
  record: AgreementRecord,
  signedDocument: AgreementDocumentSummaryRecord | undefined,
): Agreement {
  return {
    ...presentAgreementFields(record, signedDocument, presentLatestCheck(record)),
    allowedTransitions: [...allowedAgreementTransitions[record.status]],
  };
}

/** A relationship in lists and on its page: the record, its counterparty and its computed status. */
export function presentRelationshipSummary(
  record: Pick<RelationshipRecord, "id" | "organisationId" | "name" | "role" | "notes" | "createdAt" | "updatedAt">,
  counterparty: Pick<CounterpartyRecord, "id" | "name" | "country" | "kvkNumber">,
  status: RelationshipStatusView,
): RelationshipSummary {
  return {
    id: record.id,
    organisationId: record.organisationId,
    counterparty: {
      id: counterparty.id,
      name: counterparty.name,
      country: counterparty.country,
      kvkNumber: counterparty.kvkNumber,
    },
    name: record.name,
    role: record.role,
    notes: record.notes,
    status,
    ...times(record),
  };
}

/** Everything recorded under one relationship, as read in one transaction. */
export interface RelationshipRecords {
  relationship: RelationshipRecord;
  counterparty: CounterpartyRecord;
  specification: ProcessingSpecificationRecord | undefined;
  securityMeasures: readonly SecurityMeasureRecord[];
  certifications: readonly CertificationRecord[];
  subProcessors: readonly SubProcessorRecord[];
  agreements: readonly AgreementRecord[];
  signedDocuments: ReadonlyMap<string, AgreementDocumentSummaryRecord>;
  audits: readonly AuditRecord[];
  breaches: readonly BreachRecord[];
}

export function presentRelationshipDetail(
  records: RelationshipRecords,
  status: RelationshipStatusView,
): RelationshipDetail {
  return {
    ...presentRelationshipSummary(records.relationship, records.counterparty, status),
    specification: records.specification ? presentSpecification(records.specification) : null,
    securityMeasures: records.securityMeasures.map(presentSecurityMeasure),
    certifications: records.certifications.map(presentCertification),
    subProcessors: records.subProcessors.map(presentSubProcessor),
    agreements: records.agreements.map((agreement) =>
      presentAgreement(agreement, records.signedDocuments.get(agreement.id)),
    ),
    audits: records.audits.map(presentAudit),
    breaches: records.breaches.map(presentBreach),
  };
}

export function presentAuditEvent(record: AuditEventRecord): AuditEventView {
  return {
    id: record.id,
    sequence: record.sequence,
    occurredAt: record.occurredAt.toISOString(),
    actorLabel: record.actorLabel,
    entityType: record.entityType,
    entityId: record.entityId,
    action: record.action,
    changes: record.changes,
  };
}
