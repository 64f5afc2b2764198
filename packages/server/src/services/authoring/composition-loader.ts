/**
 * Reads what an agreement for a relationship is generated from: the values proposed from the
 * register (both parties, the service, dates), the three annexes, and the template the
 * organisation starts from. Shared by the API and by `art28 generate --relationship`.
 */
import {
  calendarDateOf,
  currentAgreementStandard,
  missingGenerationInputs,
  type AgreementAnnexes,
  type AgreementStandard,
  type AgreementVariables,
  type MissingInput,
  type TemplateContent,
} from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createCounterpartyDataAccess } from "../../data-access/counterparties.ts";
import { createRelationshipDataAccess, type ProcessingSpecificationRecord } from "../../data-access/relationships.ts";
import { createSecurityMeasureDataAccess } from "../../data-access/security-measures.ts";
import { createSubProcessorDataAccess } from "../../data-access/sub-processors.ts";
import { AppError } from "../../errors.ts";
import { definedEntries } from "../register/register-context.ts";
import { loadEffectiveTemplate } from "./effective-template.ts";

export interface RelationshipComposition {
  organisationId: string;
  relationshipId: string;
  standard: AgreementStandard;
  template: (TemplateContent & { label: string }) | null;
  templateId: string | null;
  templateSource: "standard" | "association" | "own";
  variables: AgreementVariables;
  annexes: AgreementAnnexes;
  missing: MissingInput[];
}

/**
 * The register's specification as annex 1; an empty annex when none was recorded (generation
 * then names what is missing). The register records no duration in words: it is left empty,
 * so the composer words it from the agreement's own dates in the agreement's language ("from
 * the effective date, for as long as the agreement for the service runs", or until the end date).
 */
export function processingAnnexOf(
  specification: ProcessingSpecificationRecord | undefined,
): AgreementAnnexes["processing"] {
  return {
    subjectMatter: specification?.subjectMatter ?? "",
    duration: "",
    nature: specification?.nature ?? "",
    purposes: specification?.purposes ?? [],
    dataCategories: specification?.dataCategories ?? [],
    specialCategories: specification?.specialCategories ?? [],
    processesBsn: specification?.processesBsn ?? false,
    dataSubjectCategories: specification?.dataSubjectCategories ?? [],
    retention: specification?.retention ?? "",
    storageCountries: specification?.storageCountries ?? [],
    processingCountries: specification?.processingCountries ?? [],
    transfers: (specification?.transfers ?? []).map((transfer) => ({
      country: transfer.country,
      safeguard: transfer.safeguard,
    })),
  };
}

/**
 * Must run inside the organisation's scope (`withOrganisationScope`). `overrides` replace the
 * values proposed from the register before `missing` is computed. Throws `not_found` for a
 * relationship of another organisation. `options.now` is the clock of the effective date
 * proposed (today in Amsterdam).
 */
export async function loadRelationshipComposition(
  transaction: Transaction,
  organisationId: string,
  relationshipId: string,
  overrides: Partial<AgreementVariables> = {},
  options: { now?: Date } = {},
): Promise<RelationshipComposition> {
  const register = createRelationshipDataAccess(transaction, organisationId);
  const relationship = await register.findById(relationshipId);
  if (!relationship) throw new AppError("not_found", "Relationship not found in this organisation.");
  const [counterparty, organisation, specification, measures, subProcessors, effective] = await Promise.all([
    createCounterpartyDataAccess(transaction, organisationId).findById(relationship.counterpartyId),
    createAuthoringOrganisationDataAccess(transaction).findById(organisationId),
    register.findSpecification(relationshipId),
    createSecurityMeasureDataAccess(transaction, organisationId).listForRelationship(relationshipId),
    createSubProcessorDataAccess(transaction, organisationId).listForRelationship(relationshipId),
    loadEffectiveTemplate(transaction, organisationId),
  ]);

  const standard = currentAgreementStandard;
  const defaults = { ...standard.variableDefaults, ...definedEntries(effective.template?.variableDefaults ?? {}) };
  const proposed: AgreementVariables = {
    controllerName: organisation?.name ?? "",
    // Neither organisations nor counterparties record an address or (for the organisation) a KvK number yet.
    controllerAddress: "",
    controllerKvkNumber: "",
    processorName: counterparty?.name ?? "",
    processorAddress: "",
    processorKvkNumber: counterparty?.kvkNumber ?? "",
    serviceName: relationship.name,
    effectiveDate: calendarDateOf(options.now ?? new Date()),
    endDate: "",
    ...defaults,
  };
  const variables: AgreementVariables = { ...proposed, ...definedEntries(overrides) };
  const annexes: AgreementAnnexes = {
    processing: processingAnnexOf(specification),
    securityMeasures: measures.map((measure) => ({
      description: measure.description,
      reference: measure.reference ?? "",
    })),
    subProcessors: subProcessors.map((subProcessor) => ({
      name: subProcessor.name,
      service: subProcessor.service,
      country: subProcessor.country,
      authorisationStatus: subProcessor.authorisationStatus,
    })),
  };
  return {
    organisationId,
    relationshipId,
    standard,
    template: effective.template,
    templateId: effective.record?.id ?? null,
    templateSource: effective.source,
    variables,
    annexes,
    missing: missingGenerationInputs(variables, annexes),
  };
}
