ALTER TABLE "agreements" DROP COLUMN "signed_document_path";--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_organisation_id_unique" UNIQUE("organisation_id","id");