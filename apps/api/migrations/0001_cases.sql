CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"action" text,
	"created_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone,
	"result" text,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_members" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"active" boolean NOT NULL,
	"since" timestamp with time zone NOT NULL,
	CONSTRAINT "case_members_case_id_user_id_relation_pk" PRIMARY KEY("case_id","user_id","relation")
);
--> statement-breakpoint
CREATE TABLE "case_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme" text NOT NULL,
	"channel" text NOT NULL,
	"outcome" text,
	"closure_reason" text,
	"closure_phase" text,
	"went_to_mediation" boolean NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"first_took_charge_at" timestamp with time zone,
	"mediation_requested_at" timestamp with time zone,
	"mediation_started_at" timestamp with time zone,
	"agreement_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"purged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme" text NOT NULL,
	"reference_number" text NOT NULL,
	"case_number" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"consumer_user_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"mediator_user_id" uuid,
	"merchant_representative_user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"readable_until" timestamp with time zone,
	"overdue_since" timestamp with time zone,
	"state" jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_acceptances" (
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"side" text NOT NULL,
	"decision" text NOT NULL,
	"user_id" uuid NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	CONSTRAINT "proposal_acceptances_proposal_id_version_side_pk" PRIMARY KEY("proposal_id","version","side")
);
--> statement-breakpoint
CREATE TABLE "proposal_versions" (
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_role" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "proposal_versions_proposal_id_version_pk" PRIMARY KEY("proposal_id","version")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author" text NOT NULL,
	"phase" text NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"current_version" integer NOT NULL,
	"counters" uuid,
	"answer_due_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_acceptances" ADD CONSTRAINT "proposal_acceptances_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_deadlines_case_key_due_idx" ON "case_deadlines" USING btree ("case_id","key","due_at");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("due_at") WHERE "case_deadlines"."fired_at" IS NULL AND "case_deadlines"."cancelled_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_case_seq_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_members_user_idx" ON "case_members" USING btree ("user_id","active","case_id");--> statement-breakpoint
CREATE INDEX "case_statistics_programme_closed_idx" ON "case_statistics" USING btree ("programme","closed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_number_idx" ON "cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "cases_consumer_idx" ON "cases" USING btree ("consumer_user_id");--> statement-breakpoint
CREATE INDEX "cases_business_status_opened_idx" ON "cases" USING btree ("business_id","status","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_mediator_idx" ON "cases" USING btree ("mediator_user_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "proposals_case_idx" ON "proposals" USING btree ("case_id");