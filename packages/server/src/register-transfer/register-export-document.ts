import { registerExportSchemaVersion, type RegisterExport } from "@art28/contract";
import { relationshipStatus, type RelationshipFacts } from "@art28/domain";
import type { RegisterForExport } from "../data-access/register-export.ts";
import { presentCounterparty } from "../services/counterparty-service.ts";
import { presentRelationshipStatus } from "../services/relationship-status-presenter.ts";

const iso = (moment: Date | null): string | null => moment?.toISOString() ?? null;

/**
 * The JSON export: every record of the organisation's register in one document, with the
 * computed status of each relationship at `now`. Agreements carry the summary of their signed
 * document and latest check, never the document itself. Pure: the caller loads the data.
 */
export function buildRegisterExport(
  organisation: RegisterExport["organisation"],
  data: RegisterForExport,
  factsByRelationship: ReadonlyMap<string, RelationshipFacts>,
  now: Date,
): RegisterExport {
  const counterpartyNames = new Map(data.counterparties.map((counterparty) => [counterparty.id, counterparty.name]));
  const emptyFacts = (role: RelationshipFacts["role"]): RelationshipFacts => ({
    role,
    latestRoleAssessment: null,
    agreements: [],
    certifications: [],
    audits: [],
    breaches: [],
  });
  return {
    schemaVersion: registerExportSchemaVersion,
    generatedAt: now.toISOString(),
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    counterparties: data.counterparties.map((record) =>
      presentCounterparty(record, data.latestRoleAssessments.get(record.id)),
    ),
    relationships: data.relationships.map((relationship) => ({
      id: relationship.id,
      counterpartyId: relationship.counterpartyId,
      counterpartyName: counterpartyNames.get(relationship.counterpartyId) ?? "",
      name: relationship.name,
      role: relationship.role,
      notes: relationship.notes,
      status: presentRelationshipStatus(
        relationshipStatus(factsByRelationship.get(relationship.id) ?? emptyFacts(relationship.role), now),
      ),
      createdAt: relationship.createdAt.toISOString(),
      updatedAt: relationship.updatedAt.toISOString(),
    })),
    processingSpecifications: data.specifications.map((specification) => ({
      relationshipId: specification.relationshipId,
      subjectMatter: specification.subjectMatter,
      nature: specification.nature,
      purposes: specification.purposes,
      dataCategories: specification.dataCategories,
      specialCategories: specification.specialCategories,
      processesBsn: specification.processesBsn,
      dataSubjectCategories: specification.dataSubjectCategories,
      retention: specification.retention,
      storageCountries: specification.storageCountries,
      processingCountries: specification.processingCountries,
      transfers: specification.transfers,
      updatedAt: specification.updatedAt.toISOString(),
    })),
    securityMeasures: data.securityMeasures.map((measure) => ({
      id: measure.id,
      relationshipId: measure.relationshipId,
      description: measure.description,
      reference: measure.reference,
      createdAt: measure.createdAt.toISOString(),
      updatedAt: measure.updatedAt.toISOString(),
    })),
    certifications: data.certifications.map((certification) => ({
      id: certification.id,
      relationshipId: certification.relationshipId,
      kind: certification.kind,
      name: certification.name,
      holder: certification.holder,
      issuedOn: certification.issuedOn,
      expiresOn: certification.expiresOn,
      reportReference: certification.reportReference,
      createdAt: certification.createdAt.toISOString(),
      updatedAt: certification.updatedAt.toISOString(),
    })),
    subProcessors: data.subProcessors.map((subProcessor) => ({
      id: subProcessor.id,
      relationshipId: subProcessor.relationshipId,
      name: subProcessor.name,
      service: subProcessor.service,
      country: subProcessor.country,
      authorisationStatus: subProcessor.authorisationStatus,
      authorisedAt: iso(subProcessor.authorisedAt),
      createdAt: subProcessor.createdAt.toISOString(),
      updatedAt: subProcessor.updatedAt.toISOString(),
    })),
    agreements: data.agreements.map((agreement) => {
      const document = data.signedDocuments.get(agreement.id);
      const checked =
        agreement.latestCheckAt !== null &&
        agreement.checkCompliant !== null &&
        agreement.checkMandatoryPresent !== null &&
        agreement.checkMandatoryTotal !== null;
      return {
        id: agreement.id,
        relationshipId: agreement.relationshipId,
        kind: agreement.kind,
        standardName: agreement.standardName,
        standardVersion: agreement.standardVersion,
        status: agreement.status,
        signedOn: agreement.signedOn,
        effectiveOn: agreement.effectiveOn,
        endsOn: agreement.endsOn,
        reviewOn: agreement.reviewOn,
        signedDocument: document
          ? {
              id: document.id,
              fileName: document.fileName,
              mediaType: document.mediaType,
              byteSize: document.byteSize,
              sha256: document.sha256,
              uploadedAt: document.uploadedAt.toISOString(),
            }
          : null,
        latestCheck: checked
          ? {
              checkedAt: agreement.latestCheckAt!.toISOString(),
              compliant: agreement.checkCompliant!,
              mandatoryPresent: agreement.checkMandatoryPresent!,
              mandatoryTotal: agreement.checkMandatoryTotal!,
              conflicts: agreement.checkConflicts ?? 0,
            }
          : null,
        createdAt: agreement.createdAt.toISOString(),
        updatedAt: agreement.updatedAt.toISOString(),
      };
    }),
    audits: data.audits.map((audit) => ({
      id: audit.id,
      relationshipId: audit.relationshipId,
      plannedOn: audit.plannedOn,
      doneOn: audit.doneOn,
      findings: audit.findings,
      followUp: audit.followUp,
      followUpDueOn: audit.followUpDueOn,
      followUpDoneOn: audit.followUpDoneOn,
      createdAt: audit.createdAt.toISOString(),
      updatedAt: audit.updatedAt.toISOString(),
    })),
    breaches: data.breaches.map((breach) => ({
      id: breach.id,
      relationshipId: breach.relationshipId,
      occurredAt: iso(breach.occurredAt),
      processorAwareAt: iso(breach.processorAwareAt),
      controllerAwareAt: iso(breach.controllerAwareAt),
      authorityDeadlineAt: iso(breach.authorityDeadlineAt),
      authorityNotificationRequired: breach.authorityNotificationRequired,
      authorityNotifiedAt: iso(breach.authorityNotifiedAt),
      dataSubjectsInformedAt: iso(breach.dataSubjectsInformedAt),
      description: breach.description,
      measures: breach.measures,
      createdAt: breach.createdAt.toISOString(),
      updatedAt: breach.updatedAt.toISOString(),
    })),
  };
}
