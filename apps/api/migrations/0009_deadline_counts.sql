CREATE TABLE "case_deadline_counts" (
	"kind" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"slot" integer NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "case_deadline_counts_kind_due_at_slot_pk" PRIMARY KEY("kind","due_at","slot")
);
--> statement-breakpoint
-- STF-1 deadline counts (docs/adr/0013-dashboard-counters.md): the current-step rows of
-- `case_deadlines_current_idx`, counted by kind and due instant. Deadlines fall at the end of
-- a local day, so an instant holds many cases and the dashboard sums a few hundred rows where
-- it counted every deadline of the week and the backlog. One change writes its rows in a fixed
-- order (kind, instant), like `entente_count_case_status`.
CREATE FUNCTION entente_count_deadline() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  shard integer := floor(random() * 8)::integer;
BEGIN
  INSERT INTO case_deadline_counts AS c (kind, due_at, slot, n)
    SELECT x.kind, x.due_at, shard, sum(x.delta)
    FROM (
      SELECT OLD.kind, OLD.due_at, -1
        WHERE TG_OP <> 'INSERT' AND OLD.cancelled_at IS NULL
          AND OLD.kind IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
      UNION ALL
      SELECT NEW.kind, NEW.due_at, 1
        WHERE TG_OP <> 'DELETE' AND NEW.cancelled_at IS NULL
          AND NEW.kind IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
    ) AS x(kind, due_at, delta)
    GROUP BY x.kind, x.due_at
    HAVING sum(x.delta) <> 0
    ORDER BY x.kind, x.due_at
    ON CONFLICT (kind, due_at, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_deadlines_count_insert_delete AFTER INSERT OR DELETE ON case_deadlines
  FOR EACH ROW EXECUTE FUNCTION entente_count_deadline();
--> statement-breakpoint
CREATE TRIGGER case_deadlines_count_update AFTER UPDATE OF kind, due_at, cancelled_at ON case_deadlines
  FOR EACH ROW
  WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.due_at IS DISTINCT FROM NEW.due_at
    OR (OLD.cancelled_at IS NULL) <> (NEW.cancelled_at IS NULL))
  EXECUTE FUNCTION entente_count_deadline();
--> statement-breakpoint
INSERT INTO case_deadline_counts (kind, due_at, slot, n)
  SELECT kind, due_at, 0, count(*) FROM case_deadlines
  WHERE cancelled_at IS NULL
    AND kind IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
  GROUP BY kind, due_at;
