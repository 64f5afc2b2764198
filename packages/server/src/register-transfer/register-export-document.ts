import { registerExportSchemaVersion, type RegisterExport } from "@art28/contract";
import { relationshipStatus, type RelationshipFacts } from "@art28/domain";
import type { RegisterForExport } from "../data-access/register-export.ts";
import { presentCounterparty } from "../services/counterparty-service.ts";
import {
  presentAgreementFields,
  presentAudit,
  presentBreach,
  presentCertification,
  presentSecurityMeasure,
  presentSpecification,
  presentSubProcessor,
} from "../services/register/register-presenters.ts";
import { presentRelationshipStatus } from "../services/relationship-status-presenter.ts";

/** The summary of the latest check, from the columns the export reads out of the stored report. */
function latestCheckOf(
  agreement: RegisterForExport["agreements"][number],
): RegisterExport["agreements"][number]["latestCheck"] {
  if (
    agreement.latestCheckAt === null ||
    agreement.checkCompliant === null ||
    agreement.checkMandatoryPresent === null ||
    agreement.checkMandatoryTotal === null
  ) {
    return null;
  }
  return {
    checkedAt: agreement.latestCheckAt.toISOString(),
    compliant: agreement.checkCompliant,
    mandatoryPresent: agreement.checkMandatoryPresent,
    mandatoryTotal: agreement.checkMandatoryTotal,
    conflicts: agreement.checkConflicts ?? 0,
  };
}

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
      ...presentSpecification(specification),
    })),
    securityMeasures: data.securityMeasures.map(presentSecurityMeasure),
    certifications: data.certifications.map(presentCertification),
    subProcessors: data.subProcessors.map(presentSubProcessor),
    agreements: data.agreements.map((agreement) =>
      presentAgreementFields(agreement, data.signedDocuments.get(agreement.id), latestCheckOf(agreement)),
    ),
    audits: data.audits.map(presentAudit),
    breaches: data.breaches.map(presentBreach),
  };
}
