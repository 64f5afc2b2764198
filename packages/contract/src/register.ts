import {
  agreementKinds,
  agreementStatuses,
  certificationKinds,
  complianceStates,
  deadlineKinds,
  isCountryCode,
  relationshipFlagIds,
  roleOutcomes,
  subProcessorAuthorisationStatuses,
  transferSafeguards,
} from "@art28/domain";
import { z } from "zod";
import { createCounterpartyRequestSchema } from "./counterparties.ts";
import { errorCodes } from "./problem.ts";

/**
 * The register's API shapes: records as the server presents them (response allow-lists),
 * the bodies that create and change them, and the computed status. Calendar dates travel as
 * `YYYY-MM-DD`, moments as ISO 8601 with offset.
 */

// --- Building blocks -------------------------------------------------------------------------

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const calendarDateSchema = z.iso.date({ message: "Date as YYYY-MM-DD, e.g. 2027-03-31" });

/** An ISO 3166-1 alpha-2 code; lower case is accepted and raised. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: "Unknown country code; use ISO 3166-1 alpha-2, e.g. NL or DE" });

const moment = z.iso.datetime({ offset: true, message: "Date and time in ISO 8601, e.g. 2026-11-22T14:30:00+01:00" });
const requiredText = (max: number) => z.string().trim().min(1, "Required").max(max);
const optionalText = (max: number) => z.string().trim().max(max).default("");
/** Text that may be absent: an empty string is stored as null. */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();
const textList = z.array(z.string().trim().min(1).max(300)).max(100).default([]);

/** Refinement for two optional dates that must be in order; the issue lands on the later field. */
function ordered<Shape extends Record<string, unknown>>(
  earlierKey: keyof Shape & string,
  laterKey: keyof Shape & string,
  message: string,
) {
  return (value: Shape, context: z.RefinementCtx) => {
    const earlier = value[earlierKey];
    const later = value[laterKey];
    if (typeof earlier === "string" && typeof later === "string" && later < earlier) {
      context.addIssue({ code: "custom", path: [laterKey], message });
    }
  };
}

export const processingTransferSchema = z.object({
  country: countryCodeSchema,
  safeguard: z.enum(transferSafeguards),
});

/** The `transfers` column of a processing specification; validated on read and write. */
export const processingTransfersSchema = z.array(processingTransferSchema);

// --- Computed status -------------------------------------------------------------------------

const registerSubjectSchema = z.object({
  type: z.enum(["agreement", "certification", "audit", "breach"]),
  id: z.uuid(),
});

export const relationshipStatusSchema = z.object({
  requiredAgreement: z.enum(agreementKinds).nullable(),
  compliance: z.enum(complianceStates),
  flags: z.array(
    z.object({
      flag: z.enum(relationshipFlagIds),
      on: calendarDateSchema.nullable(),
      at: z.iso.datetime().nullable(),
      subject: registerSubjectSchema.nullable(),
    }),
  ),
  deadlines: z.array(
    z.object({
      deadline: z.enum(deadlineKinds),
      on: calendarDateSchema,
      at: z.iso.datetime().nullable(),
      subject: registerSubjectSchema,
    }),
  ),
});
export type RelationshipStatusView = z.infer<typeof relationshipStatusSchema>;

// --- Records as presented --------------------------------------------------------------------

const recordTimes = { createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };
const relationshipOwned = { id: z.uuid(), relationshipId: z.uuid() };

export const processingSpecificationSchema = z.object({
  subjectMatter: z.string(),
  nature: z.string(),
  purposes: z.array(z.string()),
  dataCategories: z.array(z.string()),
  specialCategories: z.array(z.string()),
  processesBsn: z.boolean(),
  dataSubjectCategories: z.array(z.string()),
  retention: z.string(),
  storageCountries: z.array(z.string()),
  processingCountries: z.array(z.string()),
  transfers: z.array(z.object({ country: z.string(), safeguard: z.enum(transferSafeguards) })),
  updatedAt: z.iso.datetime(),
});
export type ProcessingSpecification = z.infer<typeof processingSpecificationSchema>;

export const securityMeasureSchema = z.object({
  ...relationshipOwned,
  description: z.string(),
  reference: z.string().nullable(),
  ...recordTimes,
});
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;

export const certificationSchema = z.object({
  ...relationshipOwned,
  kind: z.enum(certificationKinds),
  name: z.string(),
  holder: z.string(),
  issuedOn: calendarDateSchema.nullable(),
  expiresOn: calendarDateSchema.nullable(),
  reportReference: z.string().nullable(),
  ...recordTimes,
});
export type Certification = z.infer<typeof certificationSchema>;

export const subProcessorSchema = z.object({
  ...relationshipOwned,
  name: z.string(),
  service: z.string(),
  country: z.string(),
  authorisationStatus: z.enum(subProcessorAuthorisationStatuses),
  authorisedAt: z.iso.datetime().nullable(),
  ...recordTimes,
});
export type SubProcessor = z.infer<typeof subProcessorSchema>;

/** The signed document kept with an agreement; the content is fetched separately. */
export const agreementDocumentSummarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime(),
});
export type AgreementDocumentSummary = z.infer<typeof agreementDocumentSummarySchema>;

export const agreementSchema = z.object({
  ...relationshipOwned,
  kind: z.enum(agreementKinds),
  standardName: z.string().nullable(),
  standardVersion: z.string().nullable(),
  status: z.enum(agreementStatuses),
  /** The statuses this agreement may move to next (from the domain's transition rules). */
  allowedTransitions: z.array(z.enum(agreementStatuses)),
  signedOn: calendarDateSchema.nullable(),
  effectiveOn: calendarDateSchema.nullable(),
  endsOn: calendarDateSchema.nullable(),
  reviewOn: calendarDateSchema.nullable(),
  signedDocument: agreementDocumentSummarySchema.nullable(),
  /** Summary of the latest check the server ran on the signed document; null when never checked. */
  latestCheck: z
    .object({
      checkedAt: z.iso.datetime(),
      compliant: z.boolean(),
      mandatoryPresent: z.number().int(),
      mandatoryTotal: z.number().int(),
      conflicts: z.number().int(),
    })
    .nullable(),
  ...recordTimes,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const auditSchema = z.object({
  ...relationshipOwned,
  plannedOn: calendarDateSchema.nullable(),
  doneOn: calendarDateSchema.nullable(),
  findings: z.string(),
  followUp: z.string(),
  followUpDueOn: calendarDateSchema.nullable(),
  followUpDoneOn: calendarDateSchema.nullable(),
  ...recordTimes,
});
export type Audit = z.infer<typeof auditSchema>;

export const breachSchema = z.object({
  ...relationshipOwned,
  occurredAt: z.iso.datetime().nullable(),
  processorAwareAt: z.iso.datetime().nullable(),
  controllerAwareAt: z.iso.datetime().nullable(),
  /** controllerAwareAt + 72 elapsed hours; null until the controller is aware. */
  authorityDeadlineAt: z.iso.datetime().nullable(),
  authorityNotificationRequired: z.boolean(),
  authorityNotifiedAt: z.iso.datetime().nullable(),
  dataSubjectsInformedAt: z.iso.datetime().nullable(),
  description: z.string(),
  measures: z.string(),
  ...recordTimes,
});
export type Breach = z.infer<typeof breachSchema>;

const counterpartyReferenceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  kvkNumber: z.string().nullable(),
});

/** A relationship in lists: the record, its counterparty, and its computed status. */
export const relationshipSummarySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  counterparty: counterpartyReferenceSchema,
  name: z.string(),
  role: z.enum(roleOutcomes).nullable(),
  notes: z.string(),
  status: relationshipStatusSchema,
  ...recordTimes,
});
export type RelationshipSummary = z.infer<typeof relationshipSummarySchema>;

/** One relationship with everything recorded under it. */
export const relationshipDetailSchema = relationshipSummarySchema.extend({
  specification: processingSpecificationSchema.nullable(),
  securityMeasures: z.array(securityMeasureSchema),
  certifications: z.array(certificationSchema),
  subProcessors: z.array(subProcessorSchema),
  agreements: z.array(agreementSchema),
  audits: z.array(auditSchema),
  breaches: z.array(breachSchema),
});
export type RelationshipDetail = z.infer<typeof relationshipDetailSchema>;

// --- Queries and parameters ------------------------------------------------------------------

export const relationshipListQuerySchema = z.object({
  /** Searches relationship name, counterparty name and KvK number. */
  q: z.string().trim().max(200).optional(),
  compliance: z.enum(complianceStates).optional(),
  flag: z.enum(relationshipFlagIds).optional(),
  role: z.enum(roleOutcomes).optional(),
  counterpartyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RelationshipListQuery = z.input<typeof relationshipListQuerySchema>;

export const relationshipListResponseSchema = z.object({
  items: z.array(relationshipSummarySchema),
  /** Matching relationships over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RelationshipListResponse = z.infer<typeof relationshipListResponseSchema>;

export const relationshipParamsSchema = z.object({ organisationId: z.uuid(), relationshipId: z.uuid() });
export const relationshipRecordParamsSchema = relationshipParamsSchema.extend({ recordId: z.uuid() });
export const agreementParamsSchema = z.object({ organisationId: z.uuid(), agreementId: z.uuid() });

// --- Requests --------------------------------------------------------------------------------

export const createRelationshipRequestSchema = z.object({
  counterpartyId: z.uuid(),
  name: requiredText(200),
  /** Left out: taken from the counterparty's latest role assessment, if any. */
  role: z.enum(roleOutcomes).nullable().optional(),
  notes: optionalText(5000),
});
export type CreateRelationshipRequest = z.input<typeof createRelationshipRequestSchema>;

export const updateRelationshipRequestSchema = z
  .object({
    name: requiredText(200),
    role: z.enum(roleOutcomes).nullable(),
    notes: z.string().trim().max(5000),
  })
  .partial();
export type UpdateRelationshipRequest = z.input<typeof updateRelationshipRequestSchema>;

export const saveProcessingSpecificationRequestSchema = z.object({
  subjectMatter: optionalText(2000),
  nature: optionalText(2000),
  purposes: textList,
  dataCategories: textList,
  specialCategories: textList,
  processesBsn: z.boolean().default(false),
  dataSubjectCategories: textList,
  retention: optionalText(2000),
  storageCountries: z.array(countryCodeSchema).max(250).default([]),
  processingCountries: z.array(countryCodeSchema).max(250).default([]),
  transfers: z.array(processingTransferSchema).max(250).default([]),
});
export type SaveProcessingSpecificationRequest = z.input<typeof saveProcessingSpecificationRequestSchema>;

const securityMeasureFields = z.object({
  description: requiredText(2000),
  reference: nullableText(300),
});
export const createSecurityMeasureRequestSchema = securityMeasureFields;
export const updateSecurityMeasureRequestSchema = securityMeasureFields.partial();

const certificationFields = z.object({
  kind: z.enum(certificationKinds),
  name: optionalText(200),
  holder: requiredText(200),
  issuedOn: calendarDateSchema.nullable().optional(),
  expiresOn: calendarDateSchema.nullable().optional(),
  reportReference: nullableText(500),
});
export const createCertificationRequestSchema = certificationFields.superRefine(
  ordered("issuedOn", "expiresOn", "The expiry date lies before the issue date"),
);
// PATCH bodies: a field left out stays as stored, so no defaults may be filled in.
export const updateCertificationRequestSchema = certificationFields
  .extend({ name: z.string().trim().max(200) })
  .partial()
  .superRefine(ordered("issuedOn", "expiresOn", "The expiry date lies before the issue date"));

const subProcessorFields = z.object({
  name: requiredText(200),
  service: optionalText(500),
  country: countryCodeSchema,
  authorisationStatus: z.enum(subProcessorAuthorisationStatuses),
  authorisedAt: moment.nullable().optional(),
});
export const createSubProcessorRequestSchema = subProcessorFields;
export const updateSubProcessorRequestSchema = subProcessorFields
  .extend({ service: z.string().trim().max(500) })
  .partial();

const agreementFields = z.object({
  kind: z.enum(agreementKinds),
  standardName: nullableText(200),
  standardVersion: nullableText(50),
  signedOn: calendarDateSchema.nullable().optional(),
  effectiveOn: calendarDateSchema.nullable().optional(),
  endsOn: calendarDateSchema.nullable().optional(),
  reviewOn: calendarDateSchema.nullable().optional(),
});
const agreementRules = (value: z.infer<ReturnType<typeof agreementFields.partial>>, context: z.RefinementCtx) => {
  ordered<typeof value>("effectiveOn", "endsOn", "The end date lies before the effective date")(value, context);
  if (value.standardVersion && !value.standardName) {
    context.addIssue({ code: "custom", path: ["standardName"], message: "A version needs the name of the standard" });
  }
};
/** A new agreement starts as a draft; its status then moves with `changeAgreementStatusRequestSchema`. */
export const createAgreementRequestSchema = agreementFields.superRefine(agreementRules);
/**
 * In a change, a version without a name is only wrong when the name is cleared in the same
 * change; otherwise the server checks the version against the stored name.
 */
const agreementChangeRules = (value: z.infer<ReturnType<typeof agreementFields.partial>>, context: z.RefinementCtx) => {
  ordered<typeof value>("effectiveOn", "endsOn", "The end date lies before the effective date")(value, context);
  if (value.standardVersion && value.standardName !== undefined && !value.standardName) {
    context.addIssue({ code: "custom", path: ["standardName"], message: "A version needs the name of the standard" });
  }
};
export const updateAgreementRequestSchema = agreementFields.partial().superRefine(agreementChangeRules);
export type CreateAgreementRequest = z.input<typeof createAgreementRequestSchema>;

export const changeAgreementStatusRequestSchema = z.object({ status: z.enum(agreementStatuses) });

const auditFields = z.object({
  plannedOn: calendarDateSchema.nullable().optional(),
  doneOn: calendarDateSchema.nullable().optional(),
  findings: optionalText(10000),
  followUp: optionalText(10000),
  followUpDueOn: calendarDateSchema.nullable().optional(),
  followUpDoneOn: calendarDateSchema.nullable().optional(),
});
export const createAuditRequestSchema = auditFields;
export const updateAuditRequestSchema = auditFields
  .extend({ findings: z.string().trim().max(10000), followUp: z.string().trim().max(10000) })
  .partial();

const breachFields = z.object({
  occurredAt: moment.nullable().optional(),
  processorAwareAt: moment.nullable().optional(),
  controllerAwareAt: moment.nullable().optional(),
  authorityNotificationRequired: z.boolean().default(true),
  authorityNotifiedAt: moment.nullable().optional(),
  dataSubjectsInformedAt: moment.nullable().optional(),
  description: requiredText(10000),
  measures: optionalText(10000),
});
function breachRules(
  value: { occurredAt?: string | null; processorAwareAt?: string | null; controllerAwareAt?: string | null },
  context: z.RefinementCtx,
) {
  const at = (text: string | null | undefined) => (text ? Date.parse(text) : undefined);
  const occurred = at(value.occurredAt);
  const processorAware = at(value.processorAwareAt);
  const controllerAware = at(value.controllerAwareAt);
  if (occurred !== undefined && processorAware !== undefined && processorAware < occurred) {
    context.addIssue({ code: "custom", path: ["processorAwareAt"], message: "Aware before the breach occurred" });
  }
  if (processorAware !== undefined && controllerAware !== undefined && controllerAware < processorAware) {
    context.addIssue({
      code: "custom",
      path: ["controllerAwareAt"],
      message: "The controller cannot learn of the breach before the processor",
    });
  }
}
export const createBreachRequestSchema = breachFields.superRefine(breachRules);
export const updateBreachRequestSchema = breachFields
  .extend({ authorityNotificationRequired: z.boolean(), measures: z.string().trim().max(10000) })
  .partial()
  .superRefine(breachRules);

// --- History (audit trail) -------------------------------------------------------------------

/**
 * What the register keeps a history of: the `entityType` of the history endpoint. A processing
 * specification's history is filed under the id of its relationship, a signed document's under
 * its agreement.
 */
export const historyEntityTypes = [
  "counterparty",
  "relationship",
  "processing_specification",
  "security_measure",
  "certification",
  "sub_processor",
  "agreement",
  "audit",
  "breach",
] as const;
export type HistoryEntityType = (typeof historyEntityTypes)[number];

export const auditEventSchema = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorLabel: z.string(),
  entityType: z.string(),
  entityId: z.uuid(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;
export const historyResponseSchema = z.object({ items: z.array(auditEventSchema) });

// --- Dashboard -------------------------------------------------------------------------------

const dashboardRelationshipSchema = z.object({
  relationshipId: z.uuid(),
  relationshipName: z.string(),
  counterpartyName: z.string(),
});

export const dashboardSchema = z.object({
  generatedAt: z.iso.datetime(),
  relationships: z.number().int(),
  /** Counts per computed compliance state. */
  compliance: z.record(z.enum(complianceStates), z.number().int()),
  /** Of the relationships that need an agreement, the share that is compliant (0–100, one decimal); null when none need one. */
  coveragePercentage: z.number().min(0).max(100).nullable(),
  /** Per flag: how many relationships carry it, and the first of them (for the list). */
  flags: z.array(
    z.object({
      flag: z.enum(relationshipFlagIds),
      count: z.number().int(),
      relationships: z.array(dashboardRelationshipSchema.extend({ on: calendarDateSchema.nullable() })),
    }),
  ),
  /** Deadlines of the coming 90 days over all relationships, soonest first. */
  deadlines: z.array(
    dashboardRelationshipSchema.extend({
      deadline: z.enum(deadlineKinds),
      on: calendarDateSchema,
      at: z.iso.datetime().nullable(),
      subject: registerSubjectSchema,
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

// --- Counterparties: changes ----------------------------------------------------------------

/** PATCH body of a counterparty: every field optional, and a field left out stays as stored. */
export const updateCounterpartyRequestSchema = createCounterpartyRequestSchema
  .extend({ serviceDescription: z.string().trim().max(2000) })
  .partial();
export type UpdateCounterpartyRequest = z.input<typeof updateCounterpartyRequestSchema>;

// --- Signed documents in bulk ----------------------------------------------------------------

/** At most this many files in one bulk upload of signed agreements. */
export const bulkDocumentMaxFiles = 50;
/** All files of one bulk upload together, in bytes (each file stays under `checkUploadMaxBytes`). */
export const bulkDocumentMaxTotalBytes = 200 * 1024 * 1024;

/**
 * Which uploaded file goes where: to a relationship (a new processor agreement with status
 * `signed` is created for it) or to an existing agreement. Exactly one of the two.
 */
export const bulkDocumentAssignmentSchema = z
  .object({
    fileName: z.string().trim().min(1, "Required").max(255),
    relationshipId: z.uuid().optional(),
    agreementId: z.uuid().optional(),
  })
  .superRefine((value, context) => {
    if ((value.relationshipId === undefined) === (value.agreementId === undefined)) {
      context.addIssue({
        code: "custom",
        path: ["relationshipId"],
        message: "Give either relationshipId or agreementId",
      });
    }
  });
export type BulkDocumentAssignment = z.infer<typeof bulkDocumentAssignmentSchema>;

/** The `assignments` part of a bulk upload: JSON text of `[{ fileName, relationshipId | agreementId }]`. */
export const bulkDocumentAssignmentsSchema = z
  .array(bulkDocumentAssignmentSchema)
  .min(1, "Assign at least one file")
  .max(bulkDocumentMaxFiles)
  .superRefine((assignments, context) => {
    const seen = new Set<string>();
    assignments.forEach((assignment, index) => {
      if (seen.has(assignment.fileName)) {
        context.addIssue({ code: "custom", path: [index, "fileName"], message: "This file is assigned twice" });
      }
      seen.add(assignment.fileName);
    });
  });

/** What happened to one file of a bulk upload. A failed file created and stored nothing. */
export const bulkDocumentResultItemSchema = z.object({
  fileName: z.string(),
  outcome: z.enum(["attached", "failed"]),
  relationshipId: z.uuid().nullable(),
  agreementId: z.uuid().nullable(),
  /** True when the upload created the agreement (status `signed`) the document is attached to. */
  agreementCreated: z.boolean(),
  /** Summary of the check the server ran; null when the file failed or the agreement is not a processor agreement. */
  check: agreementSchema.shape.latestCheck,
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
});
export type BulkDocumentResultItem = z.infer<typeof bulkDocumentResultItemSchema>;

export const bulkDocumentResultSchema = z.object({
  /** One item per uploaded file, in upload order, then one per assignment whose file was not uploaded. */
  items: z.array(bulkDocumentResultItemSchema),
  attached: z.number().int(),
  failed: z.number().int(),
});
export type BulkDocumentResult = z.infer<typeof bulkDocumentResultSchema>;
