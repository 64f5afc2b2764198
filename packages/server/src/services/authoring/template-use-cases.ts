/** Templates: what an organisation starts from, and publishing its own version of the standard. */
import {
  publishTemplateRequestSchema,
  type FieldIssue,
  type PublishTemplateRequest,
  type TemplateSummary,
  type TemplatesOverview,
} from "@art28/contract";
import { agreementVariableNames, baseClauses, currentAgreementStandard } from "@art28/domain";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { createAuditEventDataAccess } from "../../data-access/audit-events.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createTemplateDataAccess, type TemplateRecord } from "../../data-access/authoring-templates.ts";
import type { Transaction } from "../../database/connection.ts";
import { AppError } from "../../errors.ts";
import type { AuditActor } from "../audit-trail.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { definedEntries } from "../register/register-context.ts";
import { createAuthoringScopes } from "./authoring-context.ts";
import { loadEffectiveTemplate } from "./effective-template.ts";
import { presentTemplateSummary } from "./presenters.ts";
import { templateRequirementIssues } from "./template-requirements.ts";

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/gu;
const variableNames = new Set<string>(agreementVariableNames);

/**
 * What is wrong with a template's clause texts: ids the current standard does not have, and
 * placeholders that name no value of the agreement (they would break every rendering).
 */
export function templateIssues(clauseTexts: PublishTemplateRequest["clauseTexts"]): FieldIssue[] {
  const clauseIds = new Set(
    currentAgreementStandard.articles.flatMap((article) => article.clauses.map((clause) => clause.id)),
  );
  const issues: FieldIssue[] = [];
  for (const [clauseId, text] of Object.entries(clauseTexts)) {
    if (!clauseIds.has(clauseId)) {
      issues.push({ path: `body.clauseTexts.${clauseId}`, message: "No clause of the standard has this id" });
      continue;
    }
    for (const language of ["nl", "en"] as const) {
      for (const match of text[language].matchAll(placeholderPattern)) {
        if (!variableNames.has(match[1]!)) {
          issues.push({
            path: `body.clauseTexts.${clauseId}.${language}`,
            message: `Unknown placeholder ${match[0]}; use one of ${agreementVariableNames.join(", ")}`,
          });
        }
      }
    }
  }
  return issues;
}

/**
 * Publishes the next version of an organisation's template on top of the current standard,
 * with its audit event, in the organisation's scope. Refuses (422) clause ids the standard does
 * not have, unknown placeholders, and rewordings that make the agreement miss (or conflict with)
 * a mandatory requirement the standard meets. Shared by the API and the demo data.
 */
export async function publishTemplateVersion(
  transaction: Transaction,
  organisationId: string,
  publisher: AuditActor,
  body: PublishTemplateRequest,
  now: Date,
): Promise<TemplateRecord> {
  const issues = templateIssues(body.clauseTexts);
  if (issues.length > 0) {
    throw new AppError("validation_failed", "The template names clauses or values the standard does not have.", {
      issues,
    });
  }
  const weakening = templateRequirementIssues(currentAgreementStandard, body);
  if (weakening.length > 0) {
    throw new AppError(
      "validation_failed",
      "The template's rewordings weaken mandatory requirements that the standard meets.",
      { issues: weakening },
    );
  }
  // One publication at a time per organisation, so two cannot claim the same version number.
  await transaction.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`templates:${organisationId}`}, 0))`);
  const templates = createTemplateDataAccess(transaction);
  const templateVersion = (await templates.highestVersionOf(organisationId)) + 1;
  const record = await templates.insert(organisationId, {
    templateVersion,
    content: {
      name: body.name,
      baseStandardVersion: currentAgreementStandard.version,
      clauseTexts: body.clauseTexts,
      variableDefaults: definedEntries(body.variableDefaults),
    },
    changeNote: body.changeNote,
    publishedBy: publisher.userId,
    publishedByLabel: publisher.label,
    publishedAt: now,
  });
  // Templates are no register record with a history page; the event keeps the publication in the chain.
  await createAuditEventDataAccess(transaction, organisationId).append({
    actorUserId: publisher.userId,
    actorLabel: publisher.label,
    entityType: "agreement_template",
    entityId: record.id,
    action: "published",
    changes: {
      name: body.name,
      templateVersion,
      baseStandardVersion: currentAgreementStandard.version,
      changeNote: body.changeNote,
      clauseIds: Object.keys(body.clauseTexts).sort(),
      variableDefaults: record.content.variableDefaults,
    },
    occurredAt: now,
  });
  return record;
}

export function createTemplateUseCases(dependencies: RegisterDependencies) {
  const scopes = createAuthoringScopes(dependencies);
  return {
    /**
     * The template the organisation starts from (its own newest, else its association's, else
     * the standard), with the articles as they read with it, and its own published versions.
     */
    async overview(actor: Actor, organisationId: string): Promise<TemplatesOverview> {
      return scopes.read(actor, organisationId, async (transaction) => {
        const effective = await loadEffectiveTemplate(transaction, organisationId);
        const own = await createTemplateDataAccess(transaction).listOf(organisationId);
        const ownName = (await createAuthoringOrganisationDataAccess(transaction).findById(organisationId))?.name ?? "";
        const standard = currentAgreementStandard;
        const clauses = baseClauses(standard, effective.template);
        return {
          effective: {
            source: effective.source,
            template: effective.record ? presentTemplateSummary(effective.record, effective.publisherName ?? "") : null,
            standard: { name: standard.name, version: standard.version, changeLog: standard.changeLog },
            variableDefaults: {
              ...standard.variableDefaults,
              ...definedEntries(effective.template?.variableDefaults ?? {}),
            },
            articles: standard.articles.map((article, index) => ({
              id: article.id,
              number: String(index + 1),
              title: article.title,
              clauses: clauses
                .filter((clause) => clause.articleId === article.id)
                .map((clause) => ({
                  id: clause.clauseId,
                  number: clause.number,
                  text: clause.text,
                  requirements:
                    article.clauses.find((candidate) => candidate.id === clause.clauseId)?.requirements ?? [],
                  fromTemplate: clause.fromTemplate,
                })),
            })),
          },
          own: own.map((record) => presentTemplateSummary(record, ownName)),
        };
      });
    },

    /**
     * Publishes a new version of the organisation's own template on top of the current
     * standard (`templates.publish`). Clause texts must name clauses of the standard, only
     * known placeholders, and keep every mandatory requirement the standard meets (422 otherwise). Published versions are never changed.
     */
    async publish(
      actor: Actor,
      organisationId: string,
      input: z.input<typeof publishTemplateRequestSchema>,
    ): Promise<TemplateSummary> {
      return scopes.writeOwn(actor, organisationId, "templates.publish", async (transaction) => {
        const record = await publishTemplateVersion(
          transaction,
          organisationId,
          { userId: actor.userId, label: actor.label },
          publishTemplateRequestSchema.parse(input),
          dependencies.now(),
        );
        const name = (await createAuthoringOrganisationDataAccess(transaction).findById(organisationId))?.name ?? "";
        return presentTemplateSummary(record, name);
      });
    },
  };
}
