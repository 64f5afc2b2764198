/**
 * The database schema: the single source of truth. Migrations in `packages/server/drizzle` are
 * generated from this file with `npm run db:generate` and never edited by hand.
 *
 * Tenant-owned tables carry `organisation_id` and a row-level-security policy (see
 * `tenantIsolation`), which only bites for the `art28_app` role that tenant-scoped work runs as.
 */
import type {
  CounterpartyCategory,
  MembershipRole,
  OrganisationKind,
  RequiredAgreement,
  RoleAssessmentAnswers,
  RoleOutcome,
  RoleRuleId,
} from "@art28/domain";
import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  check,
  index,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  timestamp,
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
    ...timestamps,
  },
  (table) => [check("organisations_kind_valid", sql`${table.kind} in ('controller', 'processor', 'association')`)],
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
