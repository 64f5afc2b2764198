CREATE TABLE "role_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"counterparty_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"model_version" text NOT NULL,
	"outcome" text NOT NULL,
	"agreement" text,
	"rule" text NOT NULL,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assessments_outcome_valid" CHECK ("role_assessments"."outcome" in ('processor', 'joint_controllers', 'independent_controller', 'internal', 'not_applicable', 'undetermined')),
	CONSTRAINT "role_assessments_agreement_valid" CHECK ("role_assessments"."agreement" is null or "role_assessments"."agreement" in ('art28_processor_agreement', 'art26_arrangement', 'none'))
);
--> statement-breakpoint
ALTER TABLE "role_assessments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "role_assessments" ADD CONSTRAINT "role_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assessments" ADD CONSTRAINT "role_assessments_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assessments" ADD CONSTRAINT "role_assessments_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_assessments_counterparty_created_index" ON "role_assessments" USING btree ("organisation_id","counterparty_id","created_at");--> statement-breakpoint
CREATE POLICY "role_assessments_tenant_isolation" ON "role_assessments" AS PERMISSIVE FOR ALL TO "art28_app" USING ("role_assessments"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid) WITH CHECK ("role_assessments"."organisation_id" = nullif(current_setting('art28.organisation_id', true), '')::uuid);