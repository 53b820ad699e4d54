-- Issue 7, MSG-3, ADR 0022: the header's message count read each unread row's case for two
-- things, whether the case is still readable and (ORG-2) its business for the registry's
-- access. For a mediator of the 1,000,000-case dataset that was a third of the count's 518
-- buffer pages, one `cases_pkey` probe per row. A row now carries both: the business never
-- changes, and `readable_until` is copied by a trigger when the case's value changes (closure).
ALTER TABLE "unread_threads" ADD COLUMN "business_id" uuid;--> statement-breakpoint
ALTER TABLE "unread_threads" ADD COLUMN "readable_until" timestamp with time zone;--> statement-breakpoint
UPDATE "unread_threads" u SET "business_id" = c.business_id, "readable_until" = c.readable_until
  FROM cases c WHERE c.id = u.case_id;--> statement-breakpoint
ALTER TABLE "unread_threads" ALTER COLUMN "business_id" SET NOT NULL;--> statement-breakpoint
-- A case's threads are found by `message_threads_case_id_kind_unique`, their rows by the key's
-- thread prefix: the update reads only the closing case's rows.
CREATE FUNCTION entente_copy_readable_until() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE unread_threads u SET readable_until = NEW.readable_until
    FROM message_threads t
    WHERE t.case_id = NEW.id AND u.thread_id = t.id
      AND u.readable_until IS DISTINCT FROM NEW.readable_until;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_copy_readable_until AFTER UPDATE OF readable_until ON cases
  FOR EACH ROW WHEN (OLD.readable_until IS DISTINCT FROM NEW.readable_until)
  EXECUTE FUNCTION entente_copy_readable_until();
--> statement-breakpoint
-- Migration 0018's fill, writing the copies: every reader of each thread (thread-readers.ts)
-- with messages by someone else past their read mark, and how many.
CREATE OR REPLACE FUNCTION entente_fill_unread_threads(parts integer, part integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO unread_threads
    (thread_id, user_id, last_message_id, case_id, kind, unread, business_id, readable_until)
  SELECT t.id, readers.user_id, last.id, t.case_id, t.kind, pending.n, c.business_id,
    c.readable_until
  FROM message_threads t
  JOIN cases c ON c.id = t.case_id
  CROSS JOIN LATERAL (SELECT max(m.id) AS id FROM messages m WHERE m.thread_id = t.id) last
  CROSS JOIN LATERAL (
    SELECT cm.user_id FROM case_members cm
      WHERE cm.case_id = t.case_id AND cm.active AND (
        (cm.relation IN ('consumer', 'consumer_representative')
          AND t.kind IN ('parties', 'mediation', 'mediator_consumer'))
        OR (cm.relation IN ('merchant_respondent', 'merchant_representative')
          AND t.kind IN ('parties', 'mediation', 'mediator_business'))
        OR (cm.relation = 'mediator'
          AND t.kind IN ('mediation', 'mediator_consumer', 'mediator_business')))
    UNION
    SELECT bm.user_id FROM business_members bm
      WHERE bm.business_id = c.business_id AND bm.removed_at IS NULL
        AND t.kind IN ('parties', 'mediation', 'mediator_business')) readers
  CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM messages m
      WHERE m.thread_id = t.id AND m.author_user_id <> readers.user_id
        AND m.id > coalesce((SELECT r.last_read_message_id FROM thread_reads r
          WHERE r.thread_id = t.id AND r.user_id = readers.user_id), 0)) pending
  WHERE (hashtext(t.id::text) & 2147483647) % parts = part
    AND last.id IS NOT NULL AND pending.n > 0
  ON CONFLICT DO NOTHING
$$;
