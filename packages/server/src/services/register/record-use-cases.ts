import {
  createBreachRequestSchema,
  createCertificationRequestSchema,
  createSecurityMeasureRequestSchema,
  createSubProcessorRequestSchema,
  createAuditRequestSchema,
  updateAuditRequestSchema,
  updateBreachRequestSchema,
  updateCertificationRequestSchema,
  updateSecurityMeasureRequestSchema,
  updateSubProcessorRequestSchema,
  type FieldIssue,
} from "@art28/contract";
import type { z } from "zod";
import type { Executor } from "../../database/connection.ts";
import { createAuditDataAccess } from "../../data-access/audits.ts";
import { createBreachDataAccess } from "../../data-access/breaches.ts";
import { createCertificationDataAccess } from "../../data-access/certifications.ts";
import { createSecurityMeasureDataAccess } from "../../data-access/security-measures.ts";
import { createSubProcessorDataAccess } from "../../data-access/sub-processors.ts";
import { toMinute } from "../../reminders/due-reminders.ts";
import type { AuditedEntityType } from "../audit-trail.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import {
  createRegisterScopes,
  definedEntries,
  invalidFields,
  momentOf,
  notFound,
  requireRelationship,
} from "./register-context.ts";
import {
  presentAudit,
  presentBreach,
  presentCertification,
  presentSecurityMeasure,
  presentSubProcessor,
} from "./register-presenters.ts";

/** What the generic use cases need of a record's data access. */
interface RecordAccess<Row, New, Changes> {
  findInRelationship(relationshipId: string, id: string, options?: { lock?: boolean }): Promise<Row | undefined>;
  insert(values: New): Promise<Row>;
  update(id: string, changes: Changes): Promise<Row | undefined>;
  delete(id: string): Promise<boolean>;
}

/**
 * One kind of record kept under a relationship (security measure, certification, …): its
 * schemas, its storage and its presentation. The create, change and delete use cases are the
 * same for every kind; this is what differs.
 */
interface RecordKind<Row extends { id: string }, CreateBody, UpdateBody, New, Changes, View> {
  entityType: AuditedEntityType;
  /** For messages: "Certification not found in this organisation." */
  label: string;
  /** The fields the audit trail records; bookkeeping columns stay out. */
  auditedFields: readonly (keyof Row & string)[];
  createSchema: z.ZodType<CreateBody>;
  updateSchema: z.ZodType<UpdateBody>;
  access(database: Executor, organisationId: string): RecordAccess<Row, New, Changes>;
  toNew(relationshipId: string, body: CreateBody): New;
  toChanges(body: UpdateBody): Changes;
  /** Rules that combine the stored values with a change (e.g. a new expiry date before the stored issue date). */
  combinedIssues?(stored: Row, body: UpdateBody): FieldIssue[];
  /** Fields holding a moment (ISO date and time in the body, a Date when stored); see `keepStoredMoments`. */
  momentFields?: readonly (keyof Row & keyof UpdateBody & string)[];
  present(row: Row): View;
}

/** The `RecordKind` of a data-access factory, its create and update schemas and its presenter. */
type RecordKindOf<
  Access extends (
    database: Executor,
    organisationId: string,
  ) => { insert(values: never): Promise<unknown>; update(id: string, changes: never): Promise<unknown> },
  CreateSchema extends z.ZodType,
  UpdateSchema extends z.ZodType,
  Present extends (row: never) => unknown,
> = RecordKind<
  Extract<Awaited<ReturnType<ReturnType<Access>["insert"]>>, { id: string }>,
  z.output<CreateSchema>,
  z.output<UpdateSchema>,
  Parameters<ReturnType<Access>["insert"]>[0],
  Parameters<ReturnType<Access>["update"]>[1],
  ReturnType<Present>
>;

/**
 * Runs a create schema over the stored values with the change laid over them, and keeps the
 * issues of the fields that rules combine. The contract's own rules decide, so the API
 * answers the same whether the fields come in one request or in two.
 */
function combinedRuleIssues<Merged>(
  schema: z.ZodType,
  merged: Merged,
  combinedFields: readonly string[],
): FieldIssue[] {
  const result = schema.safeParse(merged);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => combinedFields.includes(String(issue.path[0])))
    .map((issue) => ({ path: ["body", ...issue.path].join("."), message: issue.message }));
}

const isoOrNull = (moment: Date | null) => moment?.toISOString() ?? null;

/**
 * The body with every moment that equals the stored one to the minute replaced by the stored
 * one. The app's forms work in minutes, so a form saved unchanged sends a moment stored with
 * seconds (through the API or the demo data) cut to the minute. Taken as sent, that would record
 * a change nobody made and move a breach's 72-hour deadline by those seconds. The precision is
 * the one of the reminder keys (`toMinute`), so a kept moment also keeps its reminders.
 */
function keepStoredMoments<Row, UpdateBody>(
  stored: Row,
  body: UpdateBody,
  fields: readonly (keyof Row & keyof UpdateBody & string)[],
): UpdateBody {
  const kept: Record<string, unknown> = { ...(body as object) };
  for (const field of fields) {
    const sent = body[field];
    const current = stored[field];
    if (typeof sent !== "string" || !(current instanceof Date)) continue;
    if (toMinute(new Date(sent)).getTime() === toMinute(current).getTime()) kept[field] = current.toISOString();
  }
  return kept as UpdateBody;
}

const securityMeasureKind: RecordKindOf<
  typeof createSecurityMeasureDataAccess,
  typeof createSecurityMeasureRequestSchema,
  typeof updateSecurityMeasureRequestSchema,
  typeof presentSecurityMeasure
> = {
  entityType: "security_measure",
  label: "Security measure",
  auditedFields: ["relationshipId", "description", "reference"],
  createSchema: createSecurityMeasureRequestSchema,
  updateSchema: updateSecurityMeasureRequestSchema,
  access: createSecurityMeasureDataAccess,
  toNew: (relationshipId, body) => ({
    relationshipId,
    description: body.description,
    reference: body.reference ?? null,
  }),
  toChanges: (body) => definedEntries(body),
  present: presentSecurityMeasure,
};

const certificationKind: RecordKindOf<
  typeof createCertificationDataAccess,
  typeof createCertificationRequestSchema,
  typeof updateCertificationRequestSchema,
  typeof presentCertification
> = {
  entityType: "certification",
  label: "Certification",
  auditedFields: ["relationshipId", "kind", "name", "holder", "issuedOn", "expiresOn", "reportReference"],
  createSchema: createCertificationRequestSchema,
  updateSchema: updateCertificationRequestSchema,
  access: createCertificationDataAccess,
  toNew: (relationshipId, body) => ({
    relationshipId,
    kind: body.kind,
    name: body.name,
    holder: body.holder,
    issuedOn: body.issuedOn ?? null,
    expiresOn: body.expiresOn ?? null,
    reportReference: body.reportReference ?? null,
  }),
  toChanges: (body) => definedEntries(body),
  combinedIssues: (stored, body) =>
    combinedRuleIssues(
      createCertificationRequestSchema,
      {
        kind: stored.kind,
        name: stored.name,
        holder: stored.holder,
        issuedOn: stored.issuedOn,
        expiresOn: stored.expiresOn,
        reportReference: stored.reportReference,
        ...definedEntries(body),
      },
      ["issuedOn", "expiresOn"],
    ),
  present: presentCertification,
};

const subProcessorKind: RecordKindOf<
  typeof createSubProcessorDataAccess,
  typeof createSubProcessorRequestSchema,
  typeof updateSubProcessorRequestSchema,
  typeof presentSubProcessor
> = {
  entityType: "sub_processor",
  label: "Sub-processor",
  auditedFields: ["relationshipId", "name", "service", "country", "authorisationStatus", "authorisedAt"],
  createSchema: createSubProcessorRequestSchema,
  updateSchema: updateSubProcessorRequestSchema,
  access: createSubProcessorDataAccess,
  toNew: (relationshipId, body) => ({
    relationshipId,
    name: body.name,
    service: body.service,
    country: body.country,
    authorisationStatus: body.authorisationStatus,
    authorisedAt: momentOf(body.authorisedAt) ?? null,
  }),
  toChanges: (body) => definedEntries({ ...body, authorisedAt: momentOf(body.authorisedAt) }),
  momentFields: ["authorisedAt"],
  present: presentSubProcessor,
};

const auditKind: RecordKindOf<
  typeof createAuditDataAccess,
  typeof createAuditRequestSchema,
  typeof updateAuditRequestSchema,
  typeof presentAudit
> = {
  entityType: "audit",
  label: "Audit",
  auditedFields: ["relationshipId", "plannedOn", "doneOn", "findings", "followUp", "followUpDueOn", "followUpDoneOn"],
  createSchema: createAuditRequestSchema,
  updateSchema: updateAuditRequestSchema,
  access: createAuditDataAccess,
  toNew: (relationshipId, body) => ({
    relationshipId,
    plannedOn: body.plannedOn ?? null,
    doneOn: body.doneOn ?? null,
    findings: body.findings,
    followUp: body.followUp,
    followUpDueOn: body.followUpDueOn ?? null,
    followUpDoneOn: body.followUpDoneOn ?? null,
  }),
  toChanges: (body) => definedEntries(body),
  present: presentAudit,
};

const breachKind: RecordKindOf<
  typeof createBreachDataAccess,
  typeof createBreachRequestSchema,
  typeof updateBreachRequestSchema,
  typeof presentBreach
> = {
  entityType: "breach",
  label: "Breach",
  // The deadline is computed, but recorded: the history then shows when and why it moved.
  auditedFields: [
    "relationshipId",
    "occurredAt",
    "processorAwareAt",
    "controllerAwareAt",
    "authorityDeadlineAt",
    "authorityNotificationRequired",
    "authorityNotifiedAt",
    "dataSubjectsInformedAt",
    "description",
    "measures",
  ],
  createSchema: createBreachRequestSchema,
  updateSchema: updateBreachRequestSchema,
  access: createBreachDataAccess,
  toNew: (relationshipId, body) => ({
    relationshipId,
    occurredAt: momentOf(body.occurredAt) ?? null,
    processorAwareAt: momentOf(body.processorAwareAt) ?? null,
    controllerAwareAt: momentOf(body.controllerAwareAt) ?? null,
    authorityNotificationRequired: body.authorityNotificationRequired,
    authorityNotifiedAt: momentOf(body.authorityNotifiedAt) ?? null,
    dataSubjectsInformedAt: momentOf(body.dataSubjectsInformedAt) ?? null,
    description: body.description,
    measures: body.measures,
  }),
  toChanges: (body) =>
    definedEntries({
      ...body,
      occurredAt: momentOf(body.occurredAt),
      processorAwareAt: momentOf(body.processorAwareAt),
      controllerAwareAt: momentOf(body.controllerAwareAt),
      authorityNotifiedAt: momentOf(body.authorityNotifiedAt),
      dataSubjectsInformedAt: momentOf(body.dataSubjectsInformedAt),
    }),
  combinedIssues: (stored, body) =>
    combinedRuleIssues(
      createBreachRequestSchema,
      {
        occurredAt: isoOrNull(stored.occurredAt),
        processorAwareAt: isoOrNull(stored.processorAwareAt),
        controllerAwareAt: isoOrNull(stored.controllerAwareAt),
        authorityNotificationRequired: stored.authorityNotificationRequired,
        authorityNotifiedAt: isoOrNull(stored.authorityNotifiedAt),
        dataSubjectsInformedAt: isoOrNull(stored.dataSubjectsInformedAt),
        description: stored.description,
        measures: stored.measures,
        ...definedEntries(body),
      },
      ["occurredAt", "processorAwareAt", "controllerAwareAt"],
    ),
  momentFields: [
    "occurredAt",
    "processorAwareAt",
    "controllerAwareAt",
    "authorityNotifiedAt",
    "dataSubjectsInformedAt",
  ],
  present: presentBreach,
};

/**
 * Create, change and delete for one kind of record under a relationship, each with its audit
 * event. `input` is parsed with the kind's schema here, so every caller gets the same checks.
 */
function createRecordUseCases<Row extends { id: string }, CreateBody, UpdateBody, New, Changes, View>(
  dependencies: RegisterDependencies,
  kind: RecordKind<Row, CreateBody, UpdateBody, New, Changes, View>,
) {
  const scopes = createRegisterScopes(dependencies);
  const change = (row: Row) => ({ entityType: kind.entityType, entityId: row.id, fields: kind.auditedFields });
  return {
    async create(actor: Actor, organisationId: string, relationshipId: string, input: unknown): Promise<View> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const body = kind.createSchema.parse(input);
        await requireRelationship(transaction, organisationId, relationshipId);
        const created = await kind.access(transaction, organisationId).insert(kind.toNew(relationshipId, body));
        await trail.created(created, change(created));
        return kind.present(created);
      });
    },

    async update(
      actor: Actor,
      organisationId: string,
      relationshipId: string,
      recordId: string,
      input: unknown,
    ): Promise<View> {
      return scopes.write(actor, organisationId, async (transaction, trail) => {
        const parsed = kind.updateSchema.parse(input);
        await requireRelationship(transaction, organisationId, relationshipId);
        const access = kind.access(transaction, organisationId);
        const stored = await access.findInRelationship(relationshipId, recordId, { lock: true });
        if (!stored) throw notFound(kind.label);
        const body = kind.momentFields ? keepStoredMoments(stored, parsed, kind.momentFields) : parsed;
        const issues = kind.combinedIssues?.(stored, body) ?? [];
        if (issues.length > 0) throw invalidFields(issues);
        const changes = kind.toChanges(body);
        if (Object.keys(changes as object).length === 0) return kind.present(stored);
        const updated = (await access.update(recordId, changes))!;
        await trail.updated(stored, updated, change(updated));
        return kind.present(updated);
      });
    },

    async remove(actor: Actor, organisationId: string, relationshipId: string, recordId: string): Promise<void> {
      await scopes.write(actor, organisationId, async (transaction, trail) => {
        await requireRelationship(transaction, organisationId, relationshipId);
        const access = kind.access(transaction, organisationId);
        const stored = await access.findInRelationship(relationshipId, recordId, { lock: true });
        if (!stored) throw notFound(kind.label);
        await access.delete(recordId);
        await trail.deleted(stored, change(stored));
      });
    },
  };
}
/** The records kept under a relationship, one set of use cases per kind. */
export function createRelationshipRecordUseCases(dependencies: RegisterDependencies) {
  return {
    securityMeasures: createRecordUseCases(dependencies, securityMeasureKind),
    certifications: createRecordUseCases(dependencies, certificationKind),
    subProcessors: createRecordUseCases(dependencies, subProcessorKind),
    audits: createRecordUseCases(dependencies, auditKind),
    breaches: createRecordUseCases(dependencies, breachKind),
  };
}
