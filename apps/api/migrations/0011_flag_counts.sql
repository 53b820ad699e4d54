CREATE TABLE "case_flag_counts" (
	"flag" text NOT NULL,
	"slot" integer NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "case_flag_counts_flag_slot_pk" PRIMARY KEY("flag","slot")
);

--> statement-breakpoint
-- STF-1 (docs/adr/0013-dashboard-counters.md): the overdue total (QC-20) as a counter, so the
-- dashboard no longer counts the overdue backlog's index entries.
CREATE FUNCTION entente_count_overdue() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  delta integer :=
    (CASE WHEN TG_OP <> 'DELETE' AND NEW.overdue_since IS NOT NULL THEN 1 ELSE 0 END)
    - (CASE WHEN TG_OP <> 'INSERT' AND OLD.overdue_since IS NOT NULL THEN 1 ELSE 0 END);
BEGIN
  IF delta <> 0 THEN
    INSERT INTO case_flag_counts AS c (flag, slot, n)
      VALUES ('overdue', floor(random() * 8)::integer, delta)
      ON CONFLICT (flag, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_count_overdue_insert_delete AFTER INSERT OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION entente_count_overdue();
--> statement-breakpoint
CREATE TRIGGER cases_count_overdue AFTER UPDATE OF overdue_since ON cases
  FOR EACH ROW WHEN ((OLD.overdue_since IS NULL) <> (NEW.overdue_since IS NULL))
  EXECUTE FUNCTION entente_count_overdue();
--> statement-breakpoint
INSERT INTO case_flag_counts (flag, slot, n)
  SELECT 'overdue', 0, count(*) FROM cases WHERE overdue_since IS NOT NULL;
--> statement-breakpoint
-- The day-60 total (QC-20) is the reached alerts minus the qc cases whose mediation has ended
-- (only qc mediations have an alert, always before their end): the deadline counters also
-- count qc cases' `mediation_end` rows under `mediation_end_qc`. A qc case's deadline rows are
-- written while the case exists; a purge deletes closed cases, whose mediation rows are already
-- cancelled, so the lookup of the programme never misses a counted row.
CREATE OR REPLACE FUNCTION entente_count_deadline() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shard integer := floor(random() * 8)::integer;
  qc boolean := false;
BEGIN
  IF (TG_OP <> 'DELETE' AND NEW.kind = 'mediation_end')
      OR (TG_OP <> 'INSERT' AND OLD.kind = 'mediation_end') THEN
    qc := EXISTS (SELECT 1 FROM cases
      WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END)
        AND programme = 'qc');
  END IF;
  INSERT INTO case_deadline_counts AS c (kind, due_at, slot, n)
    SELECT x.kind, x.due_at, shard, sum(x.delta)
    FROM (
      SELECT OLD.kind, OLD.due_at, -1
        WHERE TG_OP <> 'INSERT' AND OLD.cancelled_at IS NULL
          AND OLD.kind IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
      UNION ALL
      SELECT 'mediation_end_qc', OLD.due_at, -1
        WHERE qc AND TG_OP <> 'INSERT' AND OLD.cancelled_at IS NULL AND OLD.kind = 'mediation_end'
      UNION ALL
      SELECT NEW.kind, NEW.due_at, 1
        WHERE TG_OP <> 'DELETE' AND NEW.cancelled_at IS NULL
          AND NEW.kind IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
      UNION ALL
      SELECT 'mediation_end_qc', NEW.due_at, 1
        WHERE qc AND TG_OP <> 'DELETE' AND NEW.cancelled_at IS NULL AND NEW.kind = 'mediation_end'
    ) AS x(kind, due_at, delta)
    GROUP BY x.kind, x.due_at
    HAVING sum(x.delta) <> 0
    ORDER BY x.kind, x.due_at
    ON CONFLICT (kind, due_at, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
INSERT INTO case_deadline_counts (kind, due_at, slot, n)
  SELECT 'mediation_end_qc', d.due_at, 0, count(*) FROM case_deadlines d
  JOIN cases c ON c.id = d.case_id AND c.programme = 'qc'
  WHERE d.cancelled_at IS NULL AND d.kind = 'mediation_end'
  GROUP BY d.due_at;
