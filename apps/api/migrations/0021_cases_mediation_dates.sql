-- Issue 7, ADR 0023: the staff lists (the mediation queue, the dashboard's mediation lists)
-- read four dates of each listed case's state, and reading one value of the state decompresses
-- the whole snapshot (about 3 KB of JSON, stored compressed out of line). At 1,000,000 cases that
-- was a quarter of the dashboard statement's time. The dates are now columns, written with the
-- other columns derived from the state (`caseColumns`).
ALTER TABLE "cases" ADD COLUMN "mediation_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "mediation_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "mediation_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "mediation_alert_at" timestamp with time zone;--> statement-breakpoint
-- Only cases that reached mediation have any of them; the others keep NULL, as the state does.
UPDATE "cases" SET
  "mediation_requested_at" = ("state"->>'mediationRequestedAt')::timestamptz,
  "mediation_started_at" = ("state"->>'mediationStartedAt')::timestamptz,
  "mediation_ends_at" = ("state"->'due'->>'mediationEndsAt')::timestamptz,
  "mediation_alert_at" = ("state"->'due'->>'mediationAlertAt')::timestamptz
  WHERE "state"->>'mediationRequestedAt' IS NOT NULL
    OR "state"->>'mediationStartedAt' IS NOT NULL
    OR "state"->'due'->>'mediationEndsAt' IS NOT NULL
    OR "state"->'due'->>'mediationAlertAt' IS NOT NULL;
