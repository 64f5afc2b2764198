CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"standard_name" text,
	"standard_version" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"effective_on" date,
	"ends_on" date,
	"review_on" date,
	"signed_document_path" text,
	"latest_check_report" jsonb,
	"latest_check_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_kind_valid" CHECK ("agreements"."kind" in ('processor_agreement', 'art26_arrangement', 'none_needed')),
	CONSTRAINT "agreements_status_valid" CHECK ("agreements"."status" in ('draft', 'negotiating', 'signed', 'active', 'ended')),
	CONSTRAINT "agreements_version_needs_standard" CHECK ("agreements"."standard_version" is null or "agreements"."standard_name" is not null),
	CONSTRAINT "agreements_dates_ordered" CHECK ("agreements"."effective_on" is null or "agreements"."ends_on" is null or "agreements"."ends_on" >= "agreements"."effective_on"),
	CONSTRAINT "agreements_check_report_with_time" CHECK (("agreements"."latest_check_report" is null) = ("agreements"."latest_check_at" is null))
);
--> statement-breakpoint
ALTER TABLE "agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"planned_on" date,
	"done_on" date,
	"findings" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"follow_up_due_on" date,
	"follow_up_done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone,
	"processor_aware_at" timestamp with time zone,
	"controller_aware_at" timestamp with time zone,
	"authority_deadline_at" timestamp with time zone,
	"authority_notification_required" boolean DEFAULT true NOT NULL,
	"authority_notified_at" timestamp with time zone,
	"data_subjects_informed_at" timestamp with time zone,
	"description" text NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breaches_deadline_72_hours" CHECK ("breaches"."authority_deadline_at" is not distinct from "breaches"."controller_aware_at" + interval '72 hours')
);
--> statement-breakpoint
ALTER TABLE "breaches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"holder" text NOT NULL,
	"issued_on" date,
	"expires_on" date,
	"report_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_kind_valid" CHECK ("certifications"."kind" in ('iso_27001', 'iso_27701', 'nen_7510', 'soc_2', 'other')),
	CONSTRAINT "certifications_dates_ordered" CHECK ("certifications"."issued_on" is null or "certifications"."expires_on" is null or "certifications"."expires_on" >= "certifications"."issued_on")
);
--> statement-breakpoint
ALTER TABLE "certifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "processing_specifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"subject_matter" text DEFAULT '' NOT NULL,
	"nature" text DEFAULT '' NOT NULL,
	"purposes" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"special_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"processes_bsn" boolean DEFAULT false NOT NULL,
	"data_subject_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"retention" text DEFAULT '' NOT NULL,
	"storage_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"processing_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processing_specifications_storage_countries_format" CHECK (array_to_string("processing_specifications"."storage_countries", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "processing_specifications_processing_countries_format" CHECK (array_to_string("processing_specifications"."processing_countries", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "processing_specifications_transfers_array" CHECK (jsonb_typeof("processing_specifications"."transfers") = 'array')
);
--> statement-breakpoint
ALTER TABLE "processing_specifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"counterparty_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relationships_organisation_id_unique" UNIQUE("organisation_id","id"),
	CONSTRAINT "relationships_role_valid" CHECK ("relationships"."role" is null or "relationships"."role" in ('processor', 'joint_controllers', 'independent_controller', 'internal', 'not_applicable', 'undetermined'))
);
--> statement-breakpoint
ALTER TABLE "relationships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "security_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"description" text NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "security_measures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sub_processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"name" text NOT NULL,
	"service" text DEFAULT '' NOT NULL,
	"country" text NOT NULL,
	"authorisation_status" text NOT NULL,
	"authorised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sub_processors_country_format" CHECK ("sub_processors"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "sub_processors_authorisation_status_valid" CHECK ("sub_processors"."authorisation_status" in ('authorised', 'pending', 'objected', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "sub_processors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_specifications" ADD CONSTRAINT "processing_specifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_specifications" ADD CONSTRAINT "processing_specifications_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_counterparty_fk" FOREIGN KEY ("organisation_id","counterparty_id") REFERENCES "public"."counterparties"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_measures" ADD CONSTRAINT "security_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_measures" ADD CONSTRAINT "security_measures_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_processors" ADD CONSTRAINT "sub_processors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_processors" ADD CONSTRAINT "sub_processors_relationship_fk" FOREIGN KEY ("organisation_id","relationship_id") REFERENCES "public"."relationships"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_relationship_index" ON "agreements" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "agreements_organisation_ends_index" ON "agreements" USING btree ("organisation_id","ends_on");--> statement-breakpoint
CREATE INDEX "audits_relationship_index" ON "audits" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "breaches_relationship_index" ON "breaches" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "breaches_organisation_deadline_index" ON "breaches" USING btree ("organisation_id","authority_deadline_at");--> statement-breakpoint
CREATE INDEX "certifications_relationship_index" ON "certifications" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "certifications_organisation_expires_index" ON "certifications" USING btree ("organisation_id","expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "processing_specifications_relationship_unique" ON "processing_specifications" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "relationships_counterparty_index" ON "relationships" USING btree ("organisation_id","counterparty_id");--> statement-breakpoint
CREATE INDEX "security_measures_relationship_index" ON "security_measures" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE INDEX "sub_processors_relationship_index" ON "sub_processors" USING btree ("organisation_id","relationship_id");--> statement-breakpoint
CREATE POLICY "agreements_tenant_isolation" ON "agreements" AS PERMISSIVE FOR ALL TO "art28_app" USING ("agreements"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("agreements"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "audits_tenant_isolation" ON "audits" AS PERMISSIVE FOR ALL TO "art28_app" USING ("audits"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("audits"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "breaches_tenant_isolation" ON "breaches" AS PERMISSIVE FOR ALL TO "art28_app" USING ("breaches"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("breaches"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "certifications_tenant_isolation" ON "certifications" AS PERMISSIVE FOR ALL TO "art28_app" USING ("certifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("certifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "processing_specifications_tenant_isolation" ON "processing_specifications" AS PERMISSIVE FOR ALL TO "art28_app" USING ("processing_specifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("processing_specifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "relationships_tenant_isolation" ON "relationships" AS PERMISSIVE FOR ALL TO "art28_app" USING ("relationships"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("relationships"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "security_measures_tenant_isolation" ON "security_measures" AS PERMISSIVE FOR ALL TO "art28_app" USING ("security_measures"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("security_measures"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "sub_processors_tenant_isolation" ON "sub_processors" AS PERMISSIVE FOR ALL TO "art28_app" USING ("sub_processors"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("sub_processors"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);