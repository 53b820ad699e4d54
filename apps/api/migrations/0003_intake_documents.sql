CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference_number" text NOT NULL,
	"code_hash" text NOT NULL,
	"codes_issued" integer DEFAULT 1 NOT NULL,
	"consumer_name" text NOT NULL,
	"consumer_email" text NOT NULL,
	"consumer_language" text NOT NULL,
	"business_name" text NOT NULL,
	"business_id" uuid NOT NULL,
	"category" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"case_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"display_name" text NOT NULL,
	"type" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"added_by" uuid,
	"added_by_role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intakes_reference_number_idx" ON "intakes" USING btree ("reference_number");--> statement-breakpoint
CREATE INDEX "intakes_created_idx" ON "intakes" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_storage_key_idx" ON "case_documents" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id","added_at");