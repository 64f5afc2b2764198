CREATE TABLE "agreement_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_documents_purpose_valid" CHECK ("agreement_documents"."purpose" in ('signed_agreement')),
	CONSTRAINT "agreement_documents_sha256_format" CHECK ("agreement_documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "agreement_documents_size_matches" CHECK ("agreement_documents"."byte_size" = octet_length("agreement_documents"."content"))
);
--> statement-breakpoint
ALTER TABLE "agreement_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sequence" bigint NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"previous_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_sequence_positive" CHECK ("audit_events"."sequence" > 0),
	CONSTRAINT "audit_events_hash_format" CHECK ("audit_events"."hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "audit_events_first_has_no_previous" CHECK (("audit_events"."sequence" = 1) = ("audit_events"."previous_hash" is null))
);
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reminder_key" text NOT NULL,
	"kind" text NOT NULL,
	"relationship_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_status" text NOT NULL,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	"emailed_at" timestamp with time zone,
	"email_error" text,
	CONSTRAINT "notifications_email_status_valid" CHECK ("notifications"."email_status" in ('not_configured', 'pending', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_fk" FOREIGN KEY ("organisation_id","agreement_id") REFERENCES "public"."agreements"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_documents_agreement_index" ON "agreement_documents" USING btree ("organisation_id","agreement_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_organisation_sequence_unique" ON "audit_events" USING btree ("organisation_id","sequence");--> statement-breakpoint
CREATE INDEX "audit_events_entity_index" ON "audit_events" USING btree ("organisation_id","entity_type","entity_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_reminder_key_unique" ON "notifications" USING btree ("organisation_id","reminder_key");--> statement-breakpoint
CREATE INDEX "notifications_organisation_created_index" ON "notifications" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_email_pending_index" ON "notifications" USING btree ("email_status","created_at");--> statement-breakpoint
CREATE POLICY "agreement_documents_tenant_isolation" ON "agreement_documents" AS PERMISSIVE FOR ALL TO "art28_app" USING ("agreement_documents"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("agreement_documents"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "audit_events_tenant_read" ON "audit_events" AS PERMISSIVE FOR SELECT TO "art28_app" USING ("audit_events"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "audit_events_tenant_append" ON "audit_events" AS PERMISSIVE FOR INSERT TO "art28_app" WITH CHECK ("audit_events"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notifications_tenant_isolation" ON "notifications" AS PERMISSIVE FOR ALL TO "art28_app" USING ("notifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("notifications"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);