-- Issue 7, STF-1 / QC-20: the dashboard's day-60 list walked every current `mediation_end` row
-- from the soonest end on and probed each one's case for a reached `mediation_alert` row. Only
-- qc mediations have an alert, so with both programmes it probed 245 ends for its 10 rows (751
-- of the dashboard statement's 1,265 buffer pages at 1,000,000 cases), and an office with fr
-- cases only would have probed every end ahead, finding none. An end row now carries its case's
-- alert date, and the list reads the alerted ends from their own index.
ALTER TABLE "case_deadlines" ADD COLUMN "alert_due_at" timestamp with time zone;--> statement-breakpoint
UPDATE "case_deadlines" AS d SET "alert_due_at" = a.due_at
  FROM (SELECT case_id, min(due_at) AS due_at FROM "case_deadlines"
        WHERE kind = 'mediation_alert' AND cancelled_at IS NULL GROUP BY case_id) AS a
  WHERE d.case_id = a.case_id AND d.kind = 'mediation_end' AND d.cancelled_at IS NULL;--> statement-breakpoint
CREATE INDEX "case_deadlines_alerted_end_idx" ON "case_deadlines" USING btree ("due_at","case_id","alert_due_at") WHERE "case_deadlines"."cancelled_at" IS NULL AND "case_deadlines"."kind" = 'mediation_end' AND "case_deadlines"."alert_due_at" IS NOT NULL;
