CREATE TABLE "case_status_counts" (
	"programme" text NOT NULL,
	"status" text NOT NULL,
	"slot" integer NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "case_status_counts_programme_status_slot_pk" PRIMARY KEY("programme","status","slot")
);
--> statement-breakpoint
DROP INDEX "cases_open_programme_status_idx";
--> statement-breakpoint
-- Until now `syncDeadlines` cancelled only pending rows: a fired deadline of a step the case had
-- left stayed uncancelled. It now cancels those too; this does the same for existing rows
-- (the instant is the migration's, not the step's end), so `case_deadlines_current_idx` holds
-- only current steps.
UPDATE "case_deadlines" d SET "cancelled_at" = now()
WHERE d."cancelled_at" IS NULL AND d."fired_at" IS NOT NULL AND (
  EXISTS (
    SELECT 1 FROM "case_deadlines" later
    WHERE later."case_id" = d."case_id" AND later."key" = d."key"
      AND later."due_at" > d."due_at" AND later."cancelled_at" IS NULL)
  OR NOT EXISTS (
    SELECT 1 FROM "cases" c WHERE c."id" = d."case_id" AND (
      (d."kind" IN ('draft_reminder', 'draft_expiry') AND c."status" = 'draft')
      OR (d."kind" = 'professional_answer' AND c."status" = 'awaiting_professional')
      OR (d."kind" = 'admissibility_decision'
          AND c."status" IN ('awaiting_assignment', 'admissibility_review'))
      OR (d."kind" IN ('mediation_alert', 'mediation_end')
          AND c."status" IN ('mediation', 'solution_proposed', 'protocol_signing'))
      OR (d."kind" = 'solution_answer' AND c."status" = 'solution_proposed')
      OR (d."kind" IN ('messaging_end', 'records_purge') AND c."status" = 'closed'))));
--> statement-breakpoint
CREATE INDEX "case_deadlines_current_idx" ON "case_deadlines" USING btree ("kind","due_at","case_id") WHERE "case_deadlines"."cancelled_at" IS NULL AND "case_deadlines"."kind" IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end');
--> statement-breakpoint
CREATE INDEX "cases_overdue_idx" ON "cases" USING btree ("overdue_since","id") WHERE "cases"."overdue_since" IS NOT NULL;
--> statement-breakpoint
-- STF-1 counts (docs/adr/0013-dashboard-counters.md). Changes to one case lock the two counter
-- rows in a fixed order (by status), so two transactions moving cases in opposite directions
-- cannot deadlock on them.
CREATE FUNCTION entente_count_case_status() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shard integer := floor(random() * 16)::integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_status_counts AS c (programme, status, slot, n)
      VALUES (NEW.programme, NEW.status, shard, 1)
      ON CONFLICT (programme, status, slot) DO UPDATE SET n = c.n + 1;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO case_status_counts AS c (programme, status, slot, n)
      VALUES (OLD.programme, OLD.status, shard, -1)
      ON CONFLICT (programme, status, slot) DO UPDATE SET n = c.n - 1;
    RETURN NULL;
  END IF;
  INSERT INTO case_status_counts AS c (programme, status, slot, n)
    SELECT x.programme, x.status, shard, x.delta
    FROM (VALUES (OLD.programme, OLD.status, -1), (NEW.programme, NEW.status, 1))
      AS x(programme, status, delta)
    ORDER BY x.programme, x.status
    ON CONFLICT (programme, status, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_count_insert_delete AFTER INSERT OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION entente_count_case_status();
--> statement-breakpoint
CREATE TRIGGER cases_count_status AFTER UPDATE OF status, programme ON cases
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.programme IS DISTINCT FROM NEW.programme)
  EXECUTE FUNCTION entente_count_case_status();
--> statement-breakpoint
INSERT INTO case_status_counts (programme, status, slot, n)
  SELECT programme, status, 0, count(*) FROM cases GROUP BY programme, status;
