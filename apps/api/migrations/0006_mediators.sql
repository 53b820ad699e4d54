CREATE TABLE "mediation_followups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"mediator_user_id" uuid NOT NULL,
	"party" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	CONSTRAINT "mediation_followups_message_length" CHECK (char_length("mediation_followups"."message") BETWEEN 1 AND 2000),
	CONSTRAINT "mediation_followups_resolution_length" CHECK (char_length("mediation_followups"."resolution") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "mediator_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"programmes" text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"independence_declared_at" timestamp with time zone,
	"max_active_cases" integer,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mediator_unavailability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediator_user_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mediator_unavailability_order" CHECK ("mediator_unavailability"."ends_on" >= "mediator_unavailability"."starts_on")
);
--> statement-breakpoint
DROP INDEX "cases_status_idx";--> statement-breakpoint
ALTER TABLE "mediation_followups" ADD CONSTRAINT "mediation_followups_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_profiles" ADD CONSTRAINT "mediator_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_unavailability" ADD CONSTRAINT "mediator_unavailability_mediator_user_id_mediator_profiles_user_id_fk" FOREIGN KEY ("mediator_user_id") REFERENCES "public"."mediator_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediation_followups_case_idx" ON "mediation_followups" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "mediation_followups_open_idx" ON "mediation_followups" USING btree ("created_at","id") WHERE "mediation_followups"."resolved_at" IS NULL;--> statement-breakpoint
CREATE INDEX "mediator_unavailability_mediator_idx" ON "mediator_unavailability" USING btree ("mediator_user_id","ends_on");--> statement-breakpoint
CREATE INDEX "cases_status_opened_idx" ON "cases" USING btree ("status","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_open_programme_status_idx" ON "cases" USING btree ("programme","status") WHERE "cases"."status" <> 'closed';