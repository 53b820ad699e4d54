-- STF-1 (docs/adr/0013-dashboard-counters.md): the open follow-up requests' total (QC-20) as a
-- counter, like the overdue total (migration 0011). The dashboard counted the entries of
-- `mediation_followups_open_idx` on every read: 0.7 ms for 9,535 open requests at 1,000,000
-- generated cases, and more as the backlog grows.
CREATE FUNCTION entente_count_open_followups() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  delta integer :=
    (CASE WHEN TG_OP <> 'DELETE' AND NEW.resolved_at IS NULL THEN 1 ELSE 0 END)
    - (CASE WHEN TG_OP <> 'INSERT' AND OLD.resolved_at IS NULL THEN 1 ELSE 0 END);
BEGIN
  IF delta <> 0 THEN
    INSERT INTO case_flag_counts AS c (flag, slot, n)
      VALUES ('followup_open', floor(random() * 8)::integer, delta)
      ON CONFLICT (flag, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER mediation_followups_count_open_insert_delete
  AFTER INSERT OR DELETE ON mediation_followups
  FOR EACH ROW EXECUTE FUNCTION entente_count_open_followups();
--> statement-breakpoint
CREATE TRIGGER mediation_followups_count_open AFTER UPDATE OF resolved_at ON mediation_followups
  FOR EACH ROW WHEN ((OLD.resolved_at IS NULL) <> (NEW.resolved_at IS NULL))
  EXECUTE FUNCTION entente_count_open_followups();
--> statement-breakpoint
INSERT INTO case_flag_counts (flag, slot, n)
  SELECT 'followup_open', 0, count(*) FROM mediation_followups WHERE resolved_at IS NULL;
