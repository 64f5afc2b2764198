import {
  createRelationshipRequestSchema,
  saveProcessingSpecificationRequestSchema,
  updateRelationshipRequestSchema,
  type CreateRelationshipRequest,
  type ProcessingSpecification,
  type RelationshipDetail,
  type SaveProcessingSpecificationRequest,
  type UpdateRelationshipRequest,
} from "@art28/contract";
import { relationshipStatus } from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { createAgreementDocumentDataAccess } from "../../data-access/agreement-documents.ts";
import { createAgreementDataAccess } from "../../data-access/agreements.ts";
import { createAuditDataAccess } from "../../data-access/audits.ts";
import { createBreachDataAccess } from "../../data-access/breaches.ts";
import { createCertificationDataAccess } from "../../data-access/certifications.ts";
import { createCounterpartyDataAccess } from "../../data-access/counterparties.ts";
import { createRegisterFactsDataAccess } from "../../data-access/register-facts.ts";
import {
  createRelationshipDataAccess,
  type ProcessingSpecificationRecord,
  type RelationshipRecord,
} from "../../data-access/relationships.ts";
import { createRoleAssessmentDataAccess } from "../../data-access/role-assessments.ts";
import { createSecurityMeasureDataAccess } from "../../data-access/security-measures.ts";
import { createSubProcessorDataAccess } from "../../data-access/sub-processors.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { presentRelationshipStatus } from "../relationship-status-presenter.ts";
import {
  createRegisterScopes,
  definedEntries,
  notFound,
  refusingReferenced,
  requireRelationship,
} from "./register-context.ts";
import { presentRelationshipDetail, presentSpecification } from "./register-presenters.ts";

const relationshipFields = [
  "counterpartyId",
  "name",
  "role",
  "notes",
] as const satisfies readonly (keyof RelationshipRecord)[];

const specificationFields = [
  "subjectMatter",
  "nature",
  "purposes",
  "dataCategories",
  "specialCategories",
  "processesBsn",
  "dataSubjectCategories",
  "retention",
  "storageCountries",
  "processingCountries",
  "transfers",
] as const satisfies readonly (keyof ProcessingSpecificationRecord)[];

const dependentLabels = {
  securityMeasures: "security measures",
  certifications: "certifications",
  subProcessors: "sub-processors",
  agreements: "agreements",
  audits: "audits",
  breaches: "breaches",
} as const;

/** Relationships themselves: create, read with everything under them, change, delete, and their specification. */
export function createRelationshipUseCases(dependencies: RegisterDependencies) {
  const scopes = createRegisterScopes(dependencies);

  /** Reads the relationship with all its records and its computed status, in the caller's transaction. */
  async function loadDetail(
    transaction: Transaction,
    organisationId: string,
    relationshipId: string,
  ): Promise<RelationshipDetail> {
    const relationship = await requireRelationship(transaction, organisationId, relationshipId);
    const counterparty = await createCounterpartyDataAccess(transaction, organisationId).findById(
      relationship.counterpartyId,
    );
    if (!counterparty) throw new AppError("internal_error", `Relationship ${relationshipId} has no counterparty.`);
    const agreements = await createAgreementDataAccess(transaction, organisationId).listForRelationship(relationshipId);
    const records = {
      relationship,
      counterparty,
      specification: await createRelationshipDataAccess(transaction, organisationId).findSpecification(relationshipId),
      securityMeasures: await createSecurityMeasureDataAccess(transaction, organisationId).listForRelationship(
        relationshipId,
      ),
      certifications: await createCertificationDataAccess(transaction, organisationId).listForRelationship(
        relationshipId,
      ),
      subProcessors: await createSubProcessorDataAccess(transaction, organisationId).listForRelationship(
        relationshipId,
      ),
      agreements,
      signedDocuments: await createAgreementDocumentDataAccess(transaction, organisationId).newestSignedSummaries(
        agreements.map((agreement) => agreement.id),
      ),
      audits: await createAuditDataAccess(transaction, organisationId).listForRelationship(relationshipId),
      breaches: await createBreachDataAccess(transaction, organisationId).listForRelationship(relationshipId),
    };
    const [withFacts] = await createRegisterFactsDataAccess(transaction, organisationId).load([relationshipId]);
    if (!withFacts) throw notFound("Relationship");
    const status = presentRelationshipStatus(relationshipStatus(withFacts.facts, dependencies.now()));
    return presentRelationshipDetail(records, status);
  }

  return {
    /** A new relationship; without a `role`, the counterparty's latest role-assessment outcome is taken. */
    async create(actor: Actor, organisationId: string, input: CreateRelationshipRequest): Promise<RelationshipDetail> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const body = createRelationshipRequestSchema.parse(input);
        const counterparty = await createCounterpartyDataAccess(transaction, organisationId).findById(
          body.counterpartyId,
        );
        if (!counterparty) {
          throw new AppError("not_found", "Counterparty not found in this organisation.", {
            issues: [{ path: "body.counterpartyId", message: "Unknown counterparty" }],
          });
        }
        let role = body.role;
        if (role === undefined) {
          const latest = await createRoleAssessmentDataAccess(transaction, organisationId).latestByCounterparty([
            counterparty.id,
          ]);
          role = latest.get(counterparty.id)?.outcome ?? null;
        }
        const created = await createRelationshipDataAccess(transaction, organisationId).insert({
          counterpartyId: counterparty.id,
          name: body.name,
          role,
          notes: body.notes,
        });
        await trail.created(created, { entityType: "relationship", entityId: created.id, fields: relationshipFields });
        return loadDetail(transaction, organisationId, created.id);
      });
    },

    async get(actor: Actor, organisationId: string, relationshipId: string): Promise<RelationshipDetail> {
      return scopes.read(actor, organisationId, (transaction) =>
        loadDetail(transaction, organisationId, relationshipId),
      );
    },

    async update(
      actor: Actor,
      organisationId: string,
      relationshipId: string,
      input: UpdateRelationshipRequest,
    ): Promise<RelationshipDetail> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const changes = definedEntries(updateRelationshipRequestSchema.parse(input));
        const stored = await requireRelationship(transaction, organisationId, relationshipId, { lock: true });
        if (Object.keys(changes).length > 0) {
          const updated = (await createRelationshipDataAccess(transaction, organisationId).update(
            relationshipId,
            changes,
          ))!;
          await trail.updated(stored, updated, {
            entityType: "relationship",
            entityId: relationshipId,
            fields: relationshipFields,
          });
        }
        return loadDetail(transaction, organisationId, relationshipId);
      });
    },

    /**
     * Deletes a relationship that has no records under it. Its processing specification is
     * part of the relationship itself and goes with it; anything else (agreements, breaches, …)
     * is kept evidence, so the deletion is refused until those are removed.
     */
    async remove(actor: Actor, organisationId: string, relationshipId: string): Promise<void> {
      await scopes.write(actor, organisationId, async (transaction, trail) => {
        const relationships = createRelationshipDataAccess(transaction, organisationId);
        const stored = await requireRelationship(transaction, organisationId, relationshipId, { lock: true });
        const dependents = await relationships.countDependents(relationshipId);
        const remaining = (Object.keys(dependents) as (keyof typeof dependents)[])
          .filter((kind) => dependents[kind] > 0)
          .map((kind) => `${dependents[kind]} ${dependentLabels[kind]}`);
        if (remaining.length > 0) {
          throw new AppError(
            "still_referenced",
            `The relationship still has ${remaining.join(", ")}; remove those first.`,
          );
        }
        const specification = await relationships.findSpecification(relationshipId);
        await refusingReferenced(async () => {
          if (specification) {
            await relationships.deleteSpecification(relationshipId);
            await trail.deleted(specification, {
              entityType: "processing_specification",
              entityId: relationshipId,
              fields: specificationFields,
            });
          }
          await relationships.delete(relationshipId);
        }, "Records were added to the relationship meanwhile; remove those first.");
        await trail.deleted(stored, {
          entityType: "relationship",
          entityId: relationshipId,
          fields: relationshipFields,
        });
      });
    },

    /**
     * Writes the relationship's one processing specification, replacing what was there. Its
     * history is kept under the relationship's id (the specification has no id of its own in
     * the API).
     */
    async saveSpecification(
      actor: Actor,
      organisationId: string,
      relationshipId: string,
      input: SaveProcessingSpecificationRequest,
    ): Promise<ProcessingSpecification> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const body = saveProcessingSpecificationRequestSchema.parse(input);
        await requireRelationship(transaction, organisationId, relationshipId, { lock: true });
        const relationships = createRelationshipDataAccess(transaction, organisationId);
        const before = await relationships.findSpecification(relationshipId);
        const saved = await relationships.saveSpecification({ relationshipId, ...body });
        const change = {
          entityType: "processing_specification",
          entityId: relationshipId,
          fields: specificationFields,
        } as const;
        if (before) await trail.updated(before, saved, change);
        else await trail.created(saved, change);
        return presentSpecification(saved);
      });
    },
  };
}
