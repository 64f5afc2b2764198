/**
 * The database schema: the single source of truth. Migrations in `packages/server/drizzle` are
 * generated from this file with `npm run db:generate` and never edited by hand.
 *
 * Tenant-owned tables carry `organisation_id` and a row-level-security policy (see
 * `tenantIsolation`), which only bites for the `art28_app` role that tenant-scoped work runs as.
 */
import type {
  AgreementAnnexes,
  AgreementKind,
  AgreementSide,
  AgreementVariables,
  AuthoringLanguage,
  DeviationStatus,
  RequirementId,
  TemplateContent,
  AgreementStatus,
  CertificationKind,
  CounterpartyCategory,
  MembershipRole,
  ProcessingTransfer,
  OrganisationKind,
  RequiredAgreement,
  RoleAssessmentAnswers,
  RoleOutcome,
  RoleRuleId,
  SubProcessorAuthorisationStatus,
} from "@art28/domain";
import type { CheckReport } from "@art28/contract";
import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  bigint,
  boolean,
  check,
  customType,
  integer,
  date,
  foreignKey,
  index,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** The role tenant-scoped transactions switch to; created at boot, so drizzle-kit only refers to it. */
export const applicationRole = pgRole("art28_app").existing();

/** Policy that limits rows to the organisation set with `set_config('art28.organisation_id', …)`. */
function tenantIsolation(tableName: string, organisationId: AnyPgColumn) {
  const sameOrganisation = sql`${organisationId} = nullif(current_setting('art28.organisation_id', true), '')::uuid`;
  return pgPolicy(`${tableName}_tenant_isolation`, {
    as: "permissive",
    for: "all",
    to: applicationRole,
    using: sameOrganisation,
    withCheck: sameOrganisation,
  });
}

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    /** CSS custom-property overrides of the default theme; validated by `themeOverridesSchema` on read and write. */
    theme: jsonb("theme").$type<Record<string, string>>().notNull().default({}),
    /** The association this organisation is a member of; its published template is what the member starts from. */
    associationId: uuid("association_id").references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (table) => [
    check("organisations_kind_valid", sql`${table.kind} in ('controller', 'processor', 'association')`),
    check("organisations_not_own_association", sql`${table.associationId} is distinct from ${table.id}`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-case; unique across the installation. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").$type<"nl" | "en">().notNull().default("nl"),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("users_email_unique").on(table.email),
    check("users_locale_valid", sql`${table.locale} in ('nl', 'en')`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<MembershipRole>().notNull(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("memberships_organisation_user_unique").on(table.organisationId, table.userId),
    index("memberships_user_index").on(table.userId),
    check("memberships_role_valid", sql`${table.role} in ('admin', 'privacy_officer', 'contract_manager', 'viewer')`),
    tenantIsolation("memberships", table.organisationId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the token in the cookie, so a leaked table cannot be replayed as cookies. */
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("sessions_user_index").on(table.userId), index("sessions_expires_index").on(table.expiresAt)],
);

export const counterparties = pgTable(
  "counterparties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Dutch Chamber of Commerce number (8 digits); empty for foreign parties. */
    kvkNumber: text("kvk_number"),
    country: text("country").notNull(),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    category: text("category").$type<CounterpartyCategory>().notNull(),
    serviceDescription: text("service_description").notNull().default(""),
    ...timestamps,
  },
  (table) => [
    index("counterparties_organisation_name_index").on(table.organisationId, table.name),
    // Target of the register's composite foreign keys: a relationship cannot point at another organisation's counterparty.
    unique("counterparties_organisation_id_unique").on(table.organisationId, table.id),
    check("counterparties_kvk_number_format", sql`${table.kvkNumber} is null or ${table.kvkNumber} ~ '^[0-9]{8}$'`),
    check("counterparties_country_format", sql`${table.country} ~ '^[A-Z]{2}$'`),
    tenantIsolation("counterparties", table.organisationId),
  ],
);

/**
 * Role assessments (rolbepaling) of counterparties: the answers as given, and what decision
 * model `model_version` concluded from them. Rows are never updated; a new assessment is a new
 * row, so the history shows who concluded what, and when.
 */
export const roleAssessments = pgTable(
  "role_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    counterpartyId: uuid("counterparty_id")
      .notNull()
      .references(() => counterparties.id, { onDelete: "cascade" }),
    /** `{ key: value }` with the spec's keys; validated by `roleAssessmentAnswersSchema` on read. */
    answers: jsonb("answers").$type<RoleAssessmentAnswers>().notNull(),
    modelVersion: text("model_version").notNull(),
    outcome: text("outcome").$type<RoleOutcome>().notNull(),
    /** Null while the outcome is undetermined. */
    agreement: text("agreement").$type<RequiredAgreement>(),
    rule: text("rule").$type<RoleRuleId>().notNull(),
    /** Kept when the account goes, so the assessment survives; only the link is lost. */
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("role_assessments_counterparty_created_index").on(
      table.organisationId,
      table.counterpartyId,
      table.createdAt,
    ),
    check(
      "role_assessments_outcome_valid",
      sql`${table.outcome} in ('processor', 'joint_controllers', 'independent_controller', 'internal', 'not_applicable', 'undetermined')`,
    ),
    check(
      "role_assessments_agreement_valid",
      sql`${table.agreement} is null or ${table.agreement} in ('art28_processor_agreement', 'art26_arrangement', 'none')`,
    ),
    tenantIsolation("role_assessments", table.organisationId),
  ],
);

// ---------------------------------------------------------------------------------------------
// The register (issue 5). Every table belongs to one organisation. Child tables refer to their
// relationship through (organisation_id, relationship_id), so a row can never hang under another
// organisation's relationship, even if a bug passed a foreign id: foreign-key checks bypass
// row-level security, composite keys do not let them cross organisations. Deleting a
// relationship that still has records is refused (no cascade): agreements and breaches are
// evidence the organisation must keep (Art. 5(2) and 33(5) GDPR).
// ---------------------------------------------------------------------------------------------

/** Calendar dates (end, review, expiry) are days, not moments: `date`, read as `YYYY-MM-DD` strings. */
function calendarDate(name: string) {
  return date(name, { mode: "string" });
}

/** A text[] column that only holds ISO 3166-1 alpha-2 codes (possibly none). */
function countryListFormat(name: string, column: AnyPgColumn) {
  return check(name, sql`array_to_string(${column}, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'`);
}

/** One service or processing activity between the organisation and a counterparty. */
export const relationships = pgTable(
  "relationships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    counterpartyId: uuid("counterparty_id").notNull(),
    /** The service or processing activity, e.g. "Salarisadministratie". */
    name: text("name").notNull(),
    /** The role of the counterparty in this activity (role-assessment outcome); null until assessed. */
    role: text("role").$type<RoleOutcome>(),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (table) => [
    unique("relationships_organisation_id_unique").on(table.organisationId, table.id),
    index("relationships_counterparty_index").on(table.organisationId, table.counterpartyId),
    foreignKey({
      name: "relationships_counterparty_fk",
      columns: [table.organisationId, table.counterpartyId],
      foreignColumns: [counterparties.organisationId, counterparties.id],
    }),
    check(
      "relationships_role_valid",
      sql`${table.role} is null or ${table.role} in ('processor', 'joint_controllers', 'independent_controller', 'internal', 'not_applicable', 'undetermined')`,
    ),
    tenantIsolation("relationships", table.organisationId),
  ],
);

/** The foreign key from a register child table to its relationship, within one organisation. */
function toRelationship(
  name: string,
  table: { organisationId: AnyPgColumn; relationshipId: AnyPgColumn },
): ReturnType<typeof foreignKey> {
  return foreignKey({
    name,
    columns: [table.organisationId, table.relationshipId],
    foreignColumns: [relationships.organisationId, relationships.id],
  });
}

const relationshipOwned = {
  id: uuid("id").primaryKey().defaultRandom(),
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  relationshipId: uuid("relationship_id").notNull(),
};

/** What is processed, for whom, where (Art. 28(3) first sentence, Art. 30). One per relationship. */
export const processingSpecifications = pgTable(
  "processing_specifications",
  {
    ...relationshipOwned,
    subjectMatter: text("subject_matter").notNull().default(""),
    nature: text("nature").notNull().default(""),
    purposes: text("purposes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    dataCategories: text("data_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Art. 9 and 10 GDPR categories. */
    specialCategories: text("special_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The citizen service number may only be processed where a law allows it (Wabb / UAVG art. 46). */
    processesBsn: boolean("processes_bsn").notNull().default(false),
    dataSubjectCategories: text("data_subject_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    retention: text("retention").notNull().default(""),
    storageCountries: text("storage_countries")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    processingCountries: text("processing_countries")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Transfers outside the EEA: `[{ country, safeguard }]`, validated by `processingTransfersSchema` on read and write. */
    transfers: jsonb("transfers").$type<ProcessingTransfer[]>().notNull().default([]),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("processing_specifications_relationship_unique").on(table.organisationId, table.relationshipId),
    toRelationship("processing_specifications_relationship_fk", table),
    countryListFormat("processing_specifications_storage_countries_format", table.storageCountries),
    countryListFormat("processing_specifications_processing_countries_format", table.processingCountries),
    check("processing_specifications_transfers_array", sql`jsonb_typeof(${table.transfers}) = 'array'`),
    tenantIsolation("processing_specifications", table.organisationId),
  ],
);

/** Technical and organisational measures (Art. 32 GDPR) the processor promises or shows. */
export const securityMeasures = pgTable(
  "security_measures",
  {
    ...relationshipOwned,
    description: text("description").notNull(),
    /** Where the measure is described, e.g. "Bijlage 2, par. 3". */
    reference: text("reference"),
    ...timestamps,
  },
  (table) => [
    index("security_measures_relationship_index").on(table.organisationId, table.relationshipId),
    toRelationship("security_measures_relationship_fk", table),
    tenantIsolation("security_measures", table.organisationId),
  ],
);

/** Certificates and third-party audit reports (ISO 27001, NEN 7510, SOC 2, …) with their validity. */
export const certifications = pgTable(
  "certifications",
  {
    ...relationshipOwned,
    kind: text("kind").$type<CertificationKind>().notNull(),
    /** For `other`, which one (e.g. "ISAE 3402 type II"); otherwise an optional scope. */
    name: text("name").notNull().default(""),
    holder: text("holder").notNull(),
    issuedOn: calendarDate("issued_on"),
    expiresOn: calendarDate("expires_on"),
    /** Where the certificate or audit report is kept (document number, file name or link). */
    reportReference: text("report_reference"),
    ...timestamps,
  },
  (table) => [
    index("certifications_relationship_index").on(table.organisationId, table.relationshipId),
    index("certifications_organisation_expires_index").on(table.organisationId, table.expiresOn),
    toRelationship("certifications_relationship_fk", table),
    check("certifications_kind_valid", sql`${table.kind} in ('iso_27001', 'iso_27701', 'nen_7510', 'soc_2', 'other')`),
    check(
      "certifications_dates_ordered",
      sql`${table.issuedOn} is null or ${table.expiresOn} is null or ${table.expiresOn} >= ${table.issuedOn}`,
    ),
    tenantIsolation("certifications", table.organisationId),
  ],
);

/** Sub-processors the processor engages for this relationship, and the controller's consent (Art. 28(2)). */
export const subProcessors = pgTable(
  "sub_processors",
  {
    ...relationshipOwned,
    name: text("name").notNull(),
    service: text("service").notNull().default(""),
    country: text("country").notNull(),
    authorisationStatus: text("authorisation_status").$type<SubProcessorAuthorisationStatus>().notNull(),
    authorisedAt: timestamp("authorised_at", { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    index("sub_processors_relationship_index").on(table.organisationId, table.relationshipId),
    toRelationship("sub_processors_relationship_fk", table),
    check("sub_processors_country_format", sql`${table.country} ~ '^[A-Z]{2}$'`),
    check(
      "sub_processors_authorisation_status_valid",
      sql`${table.authorisationStatus} in ('authorised', 'pending', 'objected', 'refused')`,
    ),
    tenantIsolation("sub_processors", table.organisationId),
  ],
);

/**
 * Agreements (or the recorded conclusion that none is needed) of a relationship. The status
 * only moves along `allowedAgreementTransitions` of the domain; the database guards the values.
 */
export const agreements = pgTable(
  "agreements",
  {
    ...relationshipOwned,
    kind: text("kind").$type<AgreementKind>().notNull(),
    /** The standard the agreement follows (e.g. "VNG Verwerkersovereenkomst"); null for a custom text. */
    standardName: text("standard_name"),
    standardVersion: text("standard_version"),
    status: text("status").$type<AgreementStatus>().notNull().default("draft"),
    signedOn: calendarDate("signed_on"),
    effectiveOn: calendarDate("effective_on"),
    endsOn: calendarDate("ends_on"),
    reviewOn: calendarDate("review_on"),
    /** The report the server produced itself (never one sent by a client); validated by `checkReportSchema` on read. */
    latestCheckReport: jsonb("latest_check_report").$type<CheckReport>(),
    latestCheckAt: timestamp("latest_check_at", { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    unique("agreements_organisation_id_unique").on(table.organisationId, table.id),
    index("agreements_relationship_index").on(table.organisationId, table.relationshipId),
    index("agreements_organisation_ends_index").on(table.organisationId, table.endsOn),
    toRelationship("agreements_relationship_fk", table),
    check("agreements_kind_valid", sql`${table.kind} in ('processor_agreement', 'art26_arrangement', 'none_needed')`),
    check("agreements_status_valid", sql`${table.status} in ('draft', 'negotiating', 'signed', 'active', 'ended')`),
    check(
      "agreements_version_needs_standard",
      sql`${table.standardVersion} is null or ${table.standardName} is not null`,
    ),
    check(
      "agreements_dates_ordered",
      sql`${table.effectiveOn} is null or ${table.endsOn} is null or ${table.endsOn} >= ${table.effectiveOn}`,
    ),
    check(
      "agreements_check_report_with_time",
      sql`(${table.latestCheckReport} is null) = (${table.latestCheckAt} is null)`,
    ),
    tenantIsolation("agreements", table.organisationId),
  ],
);

/** Audits and inspections of the processor (Art. 28(3)(h)), with findings and their follow-up. */
export const audits = pgTable(
  "audits",
  {
    ...relationshipOwned,
    plannedOn: calendarDate("planned_on"),
    doneOn: calendarDate("done_on"),
    findings: text("findings").notNull().default(""),
    followUp: text("follow_up").notNull().default(""),
    followUpDueOn: calendarDate("follow_up_due_on"),
    followUpDoneOn: calendarDate("follow_up_done_on"),
    ...timestamps,
  },
  (table) => [
    index("audits_relationship_index").on(table.organisationId, table.relationshipId),
    toRelationship("audits_relationship_fk", table),
    tenantIsolation("audits", table.organisationId),
  ],
);

/**
 * Personal data breaches at the processor (Art. 33 GDPR). `authority_deadline_at` is stored
 * for reminders and queries, written with the domain's `authorityNotificationDeadline`; the
 * check constraint keeps it at exactly 72 elapsed hours after the controller became aware
 * (an interval in hours, so summer time does not move it).
 */
export const breaches = pgTable(
  "breaches",
  {
    ...relationshipOwned,
    occurredAt: timestamp("occurred_at", { withTimezone: true }),
    processorAwareAt: timestamp("processor_aware_at", { withTimezone: true }),
    controllerAwareAt: timestamp("controller_aware_at", { withTimezone: true }),
    authorityDeadlineAt: timestamp("authority_deadline_at", { withTimezone: true }),
    /** False when the controller documented that the breach is unlikely to result in a risk. */
    authorityNotificationRequired: boolean("authority_notification_required").notNull().default(true),
    authorityNotifiedAt: timestamp("authority_notified_at", { withTimezone: true }),
    dataSubjectsInformedAt: timestamp("data_subjects_informed_at", { withTimezone: true }),
    description: text("description").notNull(),
    measures: text("measures").notNull().default(""),
    ...timestamps,
  },
  (table) => [
    index("breaches_relationship_index").on(table.organisationId, table.relationshipId),
    index("breaches_organisation_deadline_index").on(table.organisationId, table.authorityDeadlineAt),
    toRelationship("breaches_relationship_fk", table),
    check(
      "breaches_deadline_72_hours",
      sql`${table.authorityDeadlineAt} is not distinct from ${table.controllerAwareAt} + interval '72 hours'`,
    ),
    tenantIsolation("breaches", table.organisationId),
  ],
);

/** Raw bytes (PostgreSQL `bytea`), read and written as Node buffers by both engines. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Documents kept with an agreement: the signed agreement as uploaded (issue 5) and, later,
 * rendered and signed versions. Stored in the database so that one backup holds everything and
 * both engines behave the same. The newest `signed_agreement` row is the agreement's signed
 * document. Rows are never changed; a new upload is a new row.
 */
export const agreementDocuments = pgTable(
  "agreement_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    agreementId: uuid("agreement_id").notNull(),
    purpose: text("purpose").$type<"signed_agreement">().notNull(),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    /** Hex SHA-256 of `content`, so a copy can be matched to what was stored. */
    sha256: text("sha256").notNull(),
    content: bytes("content").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("agreement_documents_agreement_index").on(table.organisationId, table.agreementId, table.createdAt),
    foreignKey({
      name: "agreement_documents_agreement_fk",
      columns: [table.organisationId, table.agreementId],
      foreignColumns: [agreements.organisationId, agreements.id],
    }),
    check("agreement_documents_purpose_valid", sql`${table.purpose} in ('signed_agreement')`),
    check("agreement_documents_sha256_format", sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check("agreement_documents_size_matches", sql`${table.byteSize} = octet_length(${table.content})`),
    tenantIsolation("agreement_documents", table.organisationId),
  ],
);

/** Select and insert only: the tenant role can neither change nor remove an audit event. */
function appendOnly(tableName: string, organisationId: AnyPgColumn) {
  const sameOrganisation = sql`${organisationId} = nullif(current_setting('art28.organisation_id', true), '')::uuid`;
  return [
    pgPolicy(`${tableName}_tenant_read`, {
      as: "permissive",
      for: "select",
      to: applicationRole,
      using: sameOrganisation,
    }),
    pgPolicy(`${tableName}_tenant_append`, {
      as: "permissive",
      for: "insert",
      to: applicationRole,
      withCheck: sameOrganisation,
    }),
  ];
}

/**
 * Accountability (Art. 5(2) GDPR): one row per change to register data, written in the same
 * transaction as the change. Each organisation's events form a hash chain: `hash` is the
 * SHA-256 of `previous_hash` and the event's canonical JSON (see `services/audit-trail.ts`), so
 * a row changed, removed or inserted directly in the database breaks the chain, which
 * `art28 audit verify` reports. No foreign key to users: deleting an account must not rewrite
 * history, so the actor's id and e-mail address are kept as they were.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** 1, 2, 3 … within the organisation; the chain's order. */
    sequence: bigint("sequence", { mode: "number" }).notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid("actor_user_id"),
    /** The actor as people recognise them (e-mail address), or a system name such as "import". */
    actorLabel: text("actor_label").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    action: text("action").notNull(),
    /** `{ field: { from, to } }` for updates, the new values for creation, the old for deletion. */
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    previousHash: text("previous_hash"),
    hash: text("hash").notNull(),
  },
  (table) => [
    uniqueIndex("audit_events_organisation_sequence_unique").on(table.organisationId, table.sequence),
    index("audit_events_entity_index").on(table.organisationId, table.entityType, table.entityId, table.sequence),
    check("audit_events_sequence_positive", sql`${table.sequence} > 0`),
    check("audit_events_hash_format", sql`${table.hash} ~ '^[0-9a-f]{64}$'`),
    check("audit_events_first_has_no_previous", sql`(${table.sequence} = 1) = (${table.previousHash} is null)`),
    ...appendOnly("audit_events", table.organisationId),
  ],
);

/**
 * Reminders produced by the scheduler's sweep: one row per deadline and kind, ever. The unique
 * `reminder_key` (e.g. `agreement_expiring:<agreement id>:2027-03-31`) is what makes a reminder
 * fire exactly once, also when two processes sweep at the same time or after a restart.
 * Shown in the app; e-mailed when SMTP is configured (`email_status`).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    reminderKey: text("reminder_key").notNull(),
    kind: text("kind").notNull(),
    relationshipId: uuid("relationship_id"),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** The deadline the reminder is about (a moment; calendar dates are stored as their start in Amsterdam). */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** Subject and body in Dutch and English, fixed when the reminder fired. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailStatus: text("email_status").$type<"not_configured" | "pending" | "sent" | "failed">().notNull(),
    emailAttempts: integer("email_attempts").notNull().default(0),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    emailError: text("email_error"),
  },
  (table) => [
    uniqueIndex("notifications_reminder_key_unique").on(table.organisationId, table.reminderKey),
    index("notifications_organisation_created_index").on(table.organisationId, table.createdAt),
    index("notifications_email_pending_index").on(table.emailStatus, table.createdAt),
    check(
      "notifications_email_status_valid",
      sql`${table.emailStatus} in ('not_configured', 'pending', 'sent', 'failed')`,
    ),
    tenantIsolation("notifications", table.organisationId),
  ],
);

const currentOrganisation = sql`nullif(current_setting('art28.organisation_id', true), '')::uuid`;

/**
 * Templates an organisation published on top of the standard: immutable rows, a new version is a
 * new row. Readable by the organisation itself and by the members of an association (the
 * association's templates are what its members start from); only the owner can add one.
 */
export const agreementTemplates = pgTable(
  "agreement_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    templateVersion: integer("template_version").notNull(),
    /** Validated by the contract's template schema on read and write. */
    content: jsonb("content").$type<TemplateContent>().notNull(),
    changeNote: text("change_note").notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedByLabel: text("published_by_label"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("agreement_templates_version_unique").on(table.organisationId, table.templateVersion),
    check("agreement_templates_version_positive", sql`${table.templateVersion} > 0`),
    pgPolicy("agreement_templates_read_own_or_association", {
      as: "permissive",
      for: "select",
      to: applicationRole,
      using: sql`${table.organisationId} = ${currentOrganisation} or ${table.organisationId} = (select o.association_id from organisations o where o.id = ${currentOrganisation})`,
    }),
    pgPolicy("agreement_templates_publish_own", {
      as: "permissive",
      for: "insert",
      to: applicationRole,
      withCheck: sql`${table.organisationId} = ${currentOrganisation}`,
    }),
  ],
);

/** Policy for rows shared by the agreement's owner (controller side) and the supplier's organisation. */
function sharedBetweenParties(tableName: string, organisationId: AnyPgColumn, counterpartyOrganisationId: AnyPgColumn) {
  const eitherParty = sql`(${organisationId} = ${currentOrganisation} or ${counterpartyOrganisationId} = ${currentOrganisation})`;
  return pgPolicy(`${tableName}_parties`, {
    as: "permissive",
    for: "all",
    to: applicationRole,
    using: eitherParty,
    withCheck: eitherParty,
  });
}

/**
 * One version of an agreement generated by Art28 for a relationship in the owner's register.
 * What it was generated from is kept as it was (standard version, template content, values and
 * annexes), so it renders the same forever. Once signing starts the version is frozen: the PDF
 * prepared for signing is kept here and every later change needs a new version.
 */
export const authoredAgreementVersions = pgTable(
  "authored_agreement_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    agreementId: uuid("agreement_id").notNull(),
    relationshipId: uuid("relationship_id").notNull(),
    /** The supplier's organisation, which negotiates and signs as processor; null when it is not on Art28. */
    counterpartyOrganisationId: uuid("counterparty_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    versionNumber: integer("version_number").notNull(),
    language: text("language").$type<AuthoringLanguage>().notNull(),
    status: text("status")
      .$type<"negotiating" | "signing" | "signed" | "superseded">()
      .notNull()
      .default("negotiating"),
    standardVersion: text("standard_version").notNull(),
    templateId: uuid("template_id").references(() => agreementTemplates.id, { onDelete: "set null" }),
    /** The template as it was when this version was issued, with its label; null for the standard itself. */
    templateContent: jsonb("template_content").$type<(TemplateContent & { label: string }) | null>(),
    variables: jsonb("variables").$type<AgreementVariables>().notNull(),
    annexes: jsonb("annexes").$type<AgreementAnnexes>().notNull(),
    signingDocument: bytes("signing_document"),
    signingDocumentSha256: text("signing_document_sha256"),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (table) => [
    unique("authored_agreement_versions_organisation_id_unique").on(table.organisationId, table.id),
    uniqueIndex("authored_agreement_versions_number_unique").on(
      table.organisationId,
      table.agreementId,
      table.versionNumber,
    ),
    index("authored_agreement_versions_counterparty_index").on(table.counterpartyOrganisationId),
    foreignKey({
      name: "authored_agreement_versions_agreement_fk",
      columns: [table.organisationId, table.agreementId],
      foreignColumns: [agreements.organisationId, agreements.id],
    }),
    toRelationship("authored_agreement_versions_relationship_fk", table),
    check("authored_agreement_versions_language_valid", sql`${table.language} in ('nl', 'en')`),
    check(
      "authored_agreement_versions_status_valid",
      sql`${table.status} in ('negotiating', 'signing', 'signed', 'superseded')`,
    ),
    check(
      "authored_agreement_versions_signing_has_document",
      sql`${table.status} not in ('signing', 'signed') or ${table.signingDocumentSha256} is not null`,
    ),
    check(
      "authored_agreement_versions_sha256_format",
      sql`${table.signingDocumentSha256} is null or ${table.signingDocumentSha256} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      "authored_agreement_versions_not_with_itself",
      sql`${table.counterpartyOrganisationId} is distinct from ${table.organisationId}`,
    ),
    sharedBetweenParties("authored_agreement_versions", table.organisationId, table.counterpartyOrganisationId),
  ],
);

/** Shared-row columns: the owner, the supplier's organisation and the version the row belongs to. */
const versionOwned = {
  id: uuid("id").primaryKey().defaultRandom(),
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  counterpartyOrganisationId: uuid("counterparty_organisation_id").references(() => organisations.id, {
    onDelete: "set null",
  }),
  versionId: uuid("version_id").notNull(),
};

function toVersion(name: string, table: { organisationId: AnyPgColumn; versionId: AnyPgColumn }) {
  return foreignKey({
    name,
    columns: [table.organisationId, table.versionId],
    foreignColumns: [authoredAgreementVersions.organisationId, authoredAgreementVersions.id],
  });
}

/** A proposed deviation from one clause, and the other side's answer. */
export const agreementDeviations = pgTable(
  "agreement_deviations",
  {
    ...versionOwned,
    clauseId: text("clause_id").notNull(),
    /** The clause's text (filled in) when the proposal was made. */
    originalText: text("original_text").notNull(),
    proposedText: text("proposed_text").notNull(),
    reason: text("reason").notNull(),
    proposedBy: text("proposed_by").$type<AgreementSide>().notNull(),
    proposedByUserId: uuid("proposed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    proposedByName: text("proposed_by_name"),
    status: text("status").$type<DeviationStatus>().notNull().default("proposed"),
    parentId: uuid("parent_id").references((): AnyPgColumn => agreementDeviations.id, { onDelete: "set null" }),
    responseNote: text("response_note"),
    respondedByName: text("responded_by_name"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    weakenedRequirements: jsonb("weakened_requirements").$type<RequirementId[]>().notNull().default([]),
    conflicts: jsonb("conflicts").$type<RequirementId[]>().notNull().default([]),
    ...timestamps,
  },
  (table) => [
    index("agreement_deviations_version_index").on(table.organisationId, table.versionId, table.createdAt),
    toVersion("agreement_deviations_version_fk", table),
    check("agreement_deviations_side_valid", sql`${table.proposedBy} in ('controller', 'processor')`),
    check(
      "agreement_deviations_status_valid",
      sql`${table.status} in ('proposed', 'accepted', 'rejected', 'countered', 'withdrawn')`,
    ),
    uniqueIndex("agreement_deviations_one_open_per_clause")
      .on(table.versionId, table.clauseId)
      .where(sql`${table.status} = 'proposed'`),
    sharedBetweenParties("agreement_deviations", table.organisationId, table.counterpartyOrganisationId),
  ],
);

/** A party's signature on a version: who, in what capacity, when, and the SHA-256 of the PDF they saw. */
export const agreementSignatures = pgTable(
  "agreement_signatures",
  {
    ...versionOwned,
    side: text("side").$type<AgreementSide>().notNull(),
    signerOrganisationId: uuid("signer_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    signerUserId: uuid("signer_user_id").references(() => users.id, { onDelete: "set null" }),
    signatoryName: text("signatory_name").notNull(),
    signatoryRole: text("signatory_role").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
    documentSha256: text("document_sha256").notNull(),
    method: text("method").$type<"in_app" | "scan">().notNull(),
  },
  (table) => [
    uniqueIndex("agreement_signatures_one_per_side").on(table.versionId, table.side),
    toVersion("agreement_signatures_version_fk", table),
    check("agreement_signatures_side_valid", sql`${table.side} in ('controller', 'processor')`),
    check("agreement_signatures_method_valid", sql`${table.method} in ('in_app', 'scan')`),
    check("agreement_signatures_sha256_format", sql`${table.documentSha256} ~ '^[0-9a-f]{64}$'`),
    sharedBetweenParties("agreement_signatures", table.organisationId, table.counterpartyOrganisationId),
  ],
);
