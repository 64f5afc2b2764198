CREATE TABLE "agreement_deviations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"counterparty_organisation_id" uuid,
	"version_id" uuid NOT NULL,
	"clause_id" text NOT NULL,
	"original_text" text NOT NULL,
	"proposed_text" text NOT NULL,
	"reason" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_by_user_id" uuid,
	"proposed_by_name" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"parent_id" uuid,
	"response_note" text,
	"responded_by_name" text,
	"responded_at" timestamp with time zone,
	"weakened_requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conflicts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_deviations_side_valid" CHECK ("agreement_deviations"."proposed_by" in ('controller', 'processor')),
	CONSTRAINT "agreement_deviations_status_valid" CHECK ("agreement_deviations"."status" in ('proposed', 'accepted', 'rejected', 'countered', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "agreement_deviations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"counterparty_organisation_id" uuid,
	"version_id" uuid NOT NULL,
	"side" text NOT NULL,
	"signer_organisation_id" uuid,
	"signer_user_id" uuid,
	"signatory_name" text NOT NULL,
	"signatory_role" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"document_sha256" text NOT NULL,
	"method" text NOT NULL,
	CONSTRAINT "agreement_signatures_side_valid" CHECK ("agreement_signatures"."side" in ('controller', 'processor')),
	CONSTRAINT "agreement_signatures_method_valid" CHECK ("agreement_signatures"."method" in ('in_app', 'scan')),
	CONSTRAINT "agreement_signatures_sha256_format" CHECK ("agreement_signatures"."document_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "agreement_signatures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreement_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text NOT NULL,
	"published_by" uuid,
	"published_by_label" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_templates_version_positive" CHECK ("agreement_templates"."template_version" > 0)
);
--> statement-breakpoint
ALTER TABLE "agreement_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "authored_agreement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"counterparty_organisation_id" uuid,
	"version_number" integer NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'negotiating' NOT NULL,
	"standard_version" text NOT NULL,
	"template_id" uuid,
	"template_content" jsonb,
	"variables" jsonb NOT NULL,
	"annexes" jsonb NOT NULL,
	"signing_document" "bytea",
	"signing_document_sha256" text,
	"signed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authored_agreement_versions_organisation_id_unique" UNIQUE("organisation_id","id"),
	CONSTRAINT "authored_agreement_versions_language_valid" CHECK ("authored_agreement_versions"."language" in ('nl', 'en')),
	CONSTRAINT "authored_agreement_versions_status_valid" CHECK ("authored_agreement_versions"."status" in ('negotiating', 'signing', 'signed', 'superseded')),
	CONSTRAINT "authored_agreement_versions_signing_has_document" CHECK ("authored_agreement_versions"."status" not in ('signing', 'signed') or "authored_agreement_versions"."signing_document_sha256" is not null),
	CONSTRAINT "authored_agreement_versions_sha256_format" CHECK ("authored_agreement_versions"."signing_document_sha256" is null or "authored_agreement_versions"."signing_document_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "authored_agreement_versions_not_with_itself" CHECK ("authored_agreement_versions"."counterparty_organisation_id" is distinct from "authored_agreement_versions"."organisation_id")
);
--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "association_id" uuid;--> statement-breakpoint
ALTER TABLE "agreement_deviations" ADD CONSTRAINT "agreement_deviations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deviations" ADD CONSTRAINT "agreement_deviations_counterparty_organisation_id_organisations_id_fk" FOREIGN KEY ("counterparty_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deviations" ADD CONSTRAINT "agreement_deviations_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deviations" ADD CONSTRAINT "agreement_deviations_parent_id_agreement_deviations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreement_deviations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deviations" ADD CONSTRAINT "agreement_deviations_version_fk" FOREIGN KEY ("organisation_id","version_id") REFERENCES "public"."authored_agreement_versions"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_counterparty_organisation_id_organisations_id_fk" FOREIGN KEY ("counterparty_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_signer_organisation_id_organisations_id_fk" FOREIGN KEY ("signer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_version_fk" FOREIGN KEY ("organisation_id","version_id") REFERENCES "public"."authored_agreement_versions"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_templates" ADD CONSTRAINT "agreement_templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_templates" ADD CONSTRAINT "agreement_templates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_counterparty_organisation_id_organisations_id_fk" FOREIGN KEY ("counterparty_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_template_id_agreement_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."agreement_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_agreement_fk" FOREIGN KEY ("organisation_id","agreement_id") REFERENCES "public"."agreements"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_agreement_versions" ADD CONSTRAINT "authored_agreement_versions_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_deviations_version_index" ON "agreement_deviations" USING btree ("organisation_id","version_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_deviations_one_open_per_clause" ON "agreement_deviations" USING btree ("version_id","clause_id") WHERE "agreement_deviations"."status" = 'proposed';--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatures_one_per_side" ON "agreement_signatures" USING btree ("version_id","side");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_templates_version_unique" ON "agreement_templates" USING btree ("organisation_id","template_version");--> statement-breakpoint
CREATE UNIQUE INDEX "authored_agreement_versions_number_unique" ON "authored_agreement_versions" USING btree ("organisation_id","agreement_id","version_number");--> statement-breakpoint
CREATE INDEX "authored_agreement_versions_counterparty_index" ON "authored_agreement_versions" USING btree ("counterparty_organisation_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_association_id_organisations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_not_own_association" CHECK ("organisations"."association_id" is distinct from "organisations"."id");--> statement-breakpoint
CREATE POLICY "agreement_deviations_parties" ON "agreement_deviations" AS PERMISSIVE FOR ALL TO "art28_app" USING (("agreement_deviations"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "agreement_deviations"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid)) WITH CHECK (("agreement_deviations"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "agreement_deviations"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "agreement_signatures_parties" ON "agreement_signatures" AS PERMISSIVE FOR ALL TO "art28_app" USING (("agreement_signatures"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "agreement_signatures"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid)) WITH CHECK (("agreement_signatures"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "agreement_signatures"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "agreement_templates_read_own_or_association" ON "agreement_templates" AS PERMISSIVE FOR SELECT TO "art28_app" USING ("agreement_templates"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "agreement_templates"."organisation_id" = (select o.association_id from organisations o where o.id = nullif(current_setting('art28.organisation_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "agreement_templates_publish_own" ON "agreement_templates" AS PERMISSIVE FOR INSERT TO "art28_app" WITH CHECK ("agreement_templates"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "authored_agreement_versions_parties" ON "authored_agreement_versions" AS PERMISSIVE FOR ALL TO "art28_app" USING (("authored_agreement_versions"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "authored_agreement_versions"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid)) WITH CHECK (("authored_agreement_versions"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid or "authored_agreement_versions"."counterparty_organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid));