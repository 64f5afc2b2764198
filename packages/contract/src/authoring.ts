import {
  agreementSides,
  authoringLanguages,
  deviationDecisions,
  deviationStatuses,
  requirementIds,
  subProcessorAuthorisationStatuses,
} from "@art28/domain";
import { z } from "zod";
import { calendarDateSchema, processingSpecificationSchema } from "./register.ts";

/**
 * API shapes of authoring: the standard and organisation templates, generating an agreement
 * from the register, negotiating it clause by clause, rendering and signing it. An authored
 * agreement version is shared by two organisations: the one whose register it belongs to (the
 * controller side) and the supplier's organisation (the processor side).
 */

const localisedTextSchema = z.object({
  nl: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});

export const authoringLanguageSchema = z.enum(authoringLanguages);
export const agreementSideSchema = z.enum(agreementSides);

// --- Standard and templates ----------------------------------------------------------------

export const standardClauseSchema = z.object({
  id: z.string(),
  number: z.string(),
  text: z.object({ nl: z.string(), en: z.string() }),
  requirements: z.array(z.enum(requirementIds)),
  /** True when the effective template rewords this clause. */
  fromTemplate: z.boolean(),
});

export const standardArticleSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.object({ nl: z.string(), en: z.string() }),
  clauses: z.array(standardClauseSchema),
});

export const standardChangeSchema = z.object({
  version: z.string(),
  date: calendarDateSchema,
  changes: z.array(z.object({ nl: z.string(), en: z.string() })),
});

const variableDefaultsSchema = z.object({
  noticePeriodMonths: z.number().int().min(1).max(36),
  breachNotificationHours: z.number().int().min(1).max(72),
  liabilityCapEuros: z.number().int().min(0).max(1_000_000_000),
});

export const templateSummarySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  name: z.string(),
  /** Per organisation: 1, 2, … */
  templateVersion: z.number().int(),
  baseStandardVersion: z.string(),
  changeNote: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  publishedBy: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/**
 * What an organisation starts from: its own newest published template, else its association's
 * (when it is a member of one), else the standard itself.
 */
export const effectiveTemplateSchema = z.object({
  source: z.enum(["standard", "association", "own"]),
  template: templateSummarySchema.nullable(),
  standard: z.object({
    name: z.object({ nl: z.string(), en: z.string() }),
    version: z.string(),
    changeLog: z.array(standardChangeSchema),
  }),
  variableDefaults: variableDefaultsSchema,
  articles: z.array(standardArticleSchema),
});
export type EffectiveTemplate = z.infer<typeof effectiveTemplateSchema>;

export const templatesOverviewSchema = z.object({
  effective: effectiveTemplateSchema,
  /** This organisation's published versions, newest first. */
  own: z.array(templateSummarySchema),
});
export type TemplatesOverview = z.infer<typeof templatesOverviewSchema>;

export const publishTemplateRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  changeNote: z.string().trim().min(1).max(2000),
  /** Clause id → reworded text; clauses not named keep the standard's text. */
  clauseTexts: z.record(z.string().max(100), localisedTextSchema).default({}),
  variableDefaults: variableDefaultsSchema.partial().default({}),
});
export type PublishTemplateRequest = z.infer<typeof publishTemplateRequestSchema>;

// --- Generation ------------------------------------------------------------------------------

export const agreementVariablesSchema = z.object({
  controllerName: z.string().trim().max(300),
  controllerAddress: z.string().trim().max(500),
  controllerKvkNumber: z.string().trim().max(20),
  processorName: z.string().trim().max(300),
  processorAddress: z.string().trim().max(500),
  processorKvkNumber: z.string().trim().max(20),
  serviceName: z.string().trim().max(300),
  effectiveDate: z.union([calendarDateSchema, z.literal("")]),
  endDate: z.union([calendarDateSchema, z.literal("")]),
  noticePeriodMonths: z.number().int().min(1).max(36),
  breachNotificationHours: z.number().int().min(1).max(72),
  liabilityCapEuros: z.number().int().min(0).max(1_000_000_000),
});
export type AgreementVariablesBody = z.infer<typeof agreementVariablesSchema>;

const missingInputSchema = z.object({ field: z.string(), label: z.object({ nl: z.string(), en: z.string() }) });

// Annex 1 is the register's processing specification as it stood, plus the duration in words;
// a SPEC file may name any safeguard for a transfer, so that one is free text here.
const annexesSchema = z.object({
  processing: processingSpecificationSchema
    .pick({
      subjectMatter: true,
      nature: true,
      purposes: true,
      dataCategories: true,
      specialCategories: true,
      processesBsn: true,
      dataSubjectCategories: true,
      retention: true,
      storageCountries: true,
      processingCountries: true,
    })
    .extend({
      duration: z.string(),
      transfers: z.array(z.object({ country: z.string(), safeguard: z.string() })),
    }),
  securityMeasures: z.array(z.object({ description: z.string(), reference: z.string() })),
  subProcessors: z.array(
    z.object({
      name: z.string(),
      service: z.string(),
      country: z.string(),
      authorisationStatus: z.enum(subProcessorAuthorisationStatuses),
    }),
  ),
});
/** Validates annex snapshots on read from their JSON column, and the CLI's SPEC file. */
export const agreementAnnexesSchema = annexesSchema;

/** Before generating: the values proposed from the register and what is still missing. */
export const generationPreviewSchema = z.object({
  variables: agreementVariablesSchema,
  annexes: annexesSchema,
  missing: z.array(missingInputSchema),
  templateSource: z.enum(["standard", "association", "own"]),
  templateLabel: z.string(),
  /** Other organisations on this installation the agreement can be negotiated with (processor side). */
  partnerOrganisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type GenerationPreview = z.infer<typeof generationPreviewSchema>;

export const generateAgreementRequestSchema = z.object({
  language: authoringLanguageSchema.default("nl"),
  /** Values that replace the ones proposed from the register; the rest come from the register. */
  variables: agreementVariablesSchema.partial().default({}),
  /** The supplier's organisation on this installation, which negotiates and signs as processor. */
  counterpartyOrganisationId: z.uuid().nullable().default(null),
});
export type GenerateAgreementRequest = z.infer<typeof generateAgreementRequestSchema>;

// --- Authored agreement versions ------------------------------------------------------------

export const authoredVersionStatuses = ["negotiating", "signing", "signed", "superseded"] as const;
export type AuthoredVersionStatus = (typeof authoredVersionStatuses)[number];

export const authoredVersionSummarySchema = z.object({
  id: z.uuid(),
  /** The register agreement this version belongs to (in the owner's register). */
  agreementId: z.uuid(),
  relationshipId: z.uuid(),
  ownerOrganisationId: z.uuid(),
  ownerOrganisationName: z.string(),
  counterpartyOrganisationId: z.uuid().nullable(),
  counterpartyOrganisationName: z.string().nullable(),
  /** The side the requesting organisation is on. */
  viewerSide: agreementSideSchema,
  title: z.string(),
  versionNumber: z.number().int(),
  language: authoringLanguageSchema,
  status: z.enum(authoredVersionStatuses),
  standardVersion: z.string(),
  templateLabel: z.string(),
  openDeviations: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AuthoredVersionSummary = z.infer<typeof authoredVersionSummarySchema>;

export const deviationSchema = z.object({
  id: z.uuid(),
  clauseId: z.string(),
  clauseNumber: z.string(),
  /** The clause as it stood before this proposal (filled in), for the comparison. */
  originalText: z.string(),
  proposedText: z.string(),
  reason: z.string(),
  proposedBy: agreementSideSchema,
  proposedByName: z.string().nullable(),
  status: z.enum(deviationStatuses),
  /** The proposal this one counters, if any. */
  parentId: z.uuid().nullable(),
  responseNote: z.string().nullable(),
  respondedByName: z.string().nullable(),
  respondedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Mandatory requirements the proposed text breaks, found by running the agreement check. */
  weakenedRequirements: z.array(z.enum(requirementIds)),
  conflicts: z.array(z.enum(requirementIds)),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Deviation = z.infer<typeof deviationSchema>;

export const signatureSchema = z.object({
  side: agreementSideSchema,
  organisationName: z.string(),
  signatoryName: z.string(),
  signatoryRole: z.string(),
  signedAt: z.iso.datetime({ offset: true }),
  /** SHA-256 of the exact PDF the signatory saw. */
  documentSha256: z.string(),
  /** `in_app`, or `scan` when a signed paper copy was uploaded. */
  method: z.enum(["in_app", "scan"]),
});
export type Signature = z.infer<typeof signatureSchema>;

const authoredBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("title"), text: z.string(), subtitle: z.string() }),
  z.object({ kind: z.literal("parties"), lines: z.array(z.string()) }),
  z.object({
    kind: z.literal("heading"),
    level: z.union([z.literal(1), z.literal(2)]),
    number: z.string().nullable(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal("clause"),
    number: z.string(),
    clauseId: z.string(),
    text: z.string(),
    deviates: z.boolean(),
  }),
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({
    kind: z.literal("table"),
    caption: z.string(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
  }),
  z.object({
    kind: z.literal("signatures"),
    parties: z.array(
      z.object({
        side: agreementSideSchema,
        heading: z.string(),
        organisation: z.string(),
        labels: z.object({ name: z.string(), role: z.string(), date: z.string() }),
        signature: z.object({ name: z.string(), role: z.string(), signedAt: z.string() }).nullable(),
      }),
    ),
  }),
]);

/** The document model every renderer uses; the web shows it as HTML. */
export const authoredDocumentSchema = z.object({
  language: authoringLanguageSchema,
  title: z.string(),
  basis: z.string(),
  blocks: z.array(authoredBlockSchema),
});

export const authoredVersionDetailSchema = authoredVersionSummarySchema.extend({
  variables: agreementVariablesSchema,
  /** Clauses as they stand now: the standard's (or template's) text filled in, and the agreed text where a deviation was accepted. */
  clauses: z.array(
    z.object({
      clauseId: z.string(),
      articleTitle: z.string(),
      number: z.string(),
      standardText: z.string(),
      currentText: z.string(),
      deviates: z.boolean(),
    }),
  ),
  deviations: z.array(deviationSchema),
  signatures: z.array(signatureSchema),
  /** For the owner only: annexes whose register data changed since this version was issued. Empty for the processor side. */
  outdatedAnnexes: z.array(z.enum(["processing", "securityMeasures", "subProcessors"])),
  /** SHA-256 of the PDF prepared for signing, once the version is in `signing` or later. */
  signingDocumentSha256: z.string().nullable(),
  document: authoredDocumentSchema,
});
export type AuthoredVersionDetail = z.infer<typeof authoredVersionDetailSchema>;

export const authoredVersionListSchema = z.object({ items: z.array(authoredVersionSummarySchema) });

export const proposeDeviationRequestSchema = z.object({
  clauseId: z.string().trim().min(1).max(100),
  /** The whole clause as proposed; an empty text proposes to delete the clause. */
  proposedText: z.string().trim().max(4000),
  reason: z.string().trim().min(1).max(2000),
  /** When this answers a proposal of the other side with a counter-proposal. */
  counterTo: z.uuid().nullable().default(null),
});
export type ProposeDeviationRequest = z.infer<typeof proposeDeviationRequestSchema>;

export const respondDeviationRequestSchema = z.object({
  decision: z.enum(deviationDecisions),
  note: z.string().trim().max(2000).default(""),
});
export type RespondDeviationRequest = z.infer<typeof respondDeviationRequestSchema>;

export const signRequestSchema = z.object({
  signatoryName: z.string().trim().min(1).max(200),
  signatoryRole: z.string().trim().min(1).max(200),
  /** SHA-256 (hex) of the PDF the signatory saw; must match the one prepared for signing. */
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/, "SHA-256 as 64 lower-case hexadecimal characters"),
});
export type SignRequest = z.infer<typeof signRequestSchema>;

export const renderFormats = ["pdf", "docx", "html"] as const;
export const renderQuerySchema = z.object({
  format: z.enum(renderFormats),
  language: authoringLanguageSchema.optional(),
});

export const deviationReportFormats = ["csv", "json"] as const;
export const deviationReportQuerySchema = z.object({ format: z.enum(deviationReportFormats).default("csv") });

export const authoredVersionParamsSchema = z.object({ organisationId: z.uuid(), versionId: z.uuid() });
export const deviationParamsSchema = authoredVersionParamsSchema.extend({ deviationId: z.uuid() });

const organisationBase = (organisationId: string) => `/api/organisations/${organisationId}`;
const versionBase = (organisationId: string, versionId: string) =>
  `${organisationBase(organisationId)}/authored-agreements/${versionId}`;

/** Paths of the authoring endpoints (docs/authoring-api.md). */
export const authoringPaths = {
  templates: (organisationId: string) => `${organisationBase(organisationId)}/templates`,
  generationPreview: (organisationId: string, relationshipId: string) =>
    `${organisationBase(organisationId)}/relationships/${relationshipId}/generation-preview`,
  generate: (organisationId: string, relationshipId: string) =>
    `${organisationBase(organisationId)}/relationships/${relationshipId}/authored-agreements`,
  versions: (organisationId: string) => `${organisationBase(organisationId)}/authored-agreements`,
  version: versionBase,
  render: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/render`,
  deviations: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/deviations`,
  deviationResponse: (organisationId: string, versionId: string, deviationId: string) =>
    `${versionBase(organisationId, versionId)}/deviations/${deviationId}/response`,
  deviationWithdrawal: (organisationId: string, versionId: string, deviationId: string) =>
    `${versionBase(organisationId, versionId)}/deviations/${deviationId}/withdrawal`,
  deviationReport: (organisationId: string, versionId: string) =>
    `${versionBase(organisationId, versionId)}/deviation-report`,
  prepareSigning: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/signing`,
  signingDocument: (organisationId: string, versionId: string) =>
    `${versionBase(organisationId, versionId)}/signing/document`,
  signatures: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/signatures`,
  signedScan: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/signed-scan`,
  reissue: (organisationId: string, versionId: string) => `${versionBase(organisationId, versionId)}/reissue`,
} as const;
