-- The case journal and proposal versions are append-only (docs/adr/0006-case-journal.md).
-- UPDATE and TRUNCATE are always refused; DELETE only inside the retention purge's transaction,
-- which runs `SELECT set_config('entente.purge', 'on', true)` first (QC-23).
CREATE FUNCTION entente_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('entente.purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION entente_append_only();
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION entente_append_only();
--> statement-breakpoint
CREATE TRIGGER proposal_versions_append_only BEFORE UPDATE OR DELETE ON proposal_versions
  FOR EACH ROW EXECUTE FUNCTION entente_append_only();
--> statement-breakpoint
CREATE TRIGGER proposal_versions_no_truncate BEFORE TRUNCATE ON proposal_versions
  FOR EACH STATEMENT EXECUTE FUNCTION entente_append_only();
