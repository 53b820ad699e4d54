-- Issue 7, MSG-3: the header's message count walked each of the person's `unread_threads` rows
-- to its thread, its read mark and its messages past the mark: seven index probes per thread, up
-- to 100 messages. For the dataset's mediators (55-60 threads to reach the cap at 1,000,000 cases)
-- that was 1,194 buffer pages per count, 2.3 times its cost at 10,000 cases. A row now carries
-- its thread's case and kind (they never change) and how many messages by others it holds past
-- the read mark: each post adds one to its readers' rows, a read short of the thread's end keeps
-- those still past the mark. The count reads the rows from the index, checks access on the case
-- and its relations, and sums: 499 pages for the same mediator.
ALTER TABLE "unread_threads" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "unread_threads" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "unread_threads" ADD COLUMN "unread" integer;--> statement-breakpoint
-- The rows already written count what the header counted from them: every message by someone
-- else past the person's read mark. A row with none left is dropped, as a read would have.
UPDATE "unread_threads" u SET "case_id" = t.case_id, "kind" = t.kind,
    "unread" = (SELECT count(*) FROM messages m
      WHERE m.thread_id = u.thread_id AND m.author_user_id <> u.user_id
        AND m.id > coalesce((SELECT r.last_read_message_id FROM thread_reads r
          WHERE r.thread_id = u.thread_id AND r.user_id = u.user_id), 0))
  FROM message_threads t WHERE t.id = u.thread_id;--> statement-breakpoint
DELETE FROM "unread_threads" WHERE "unread" = 0;--> statement-breakpoint
ALTER TABLE "unread_threads" ALTER COLUMN "case_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "unread_threads" ALTER COLUMN "kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "unread_threads" ALTER COLUMN "unread" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "unread_threads" ADD CONSTRAINT "unread_threads_unread_positive" CHECK ("unread_threads"."unread" > 0);--> statement-breakpoint
DROP INDEX "unread_threads_user_idx";--> statement-breakpoint
CREATE INDEX "unread_threads_user_idx" ON "unread_threads" USING btree ("user_id","thread_id","case_id","kind");--> statement-breakpoint
-- Migration 0015's fill, writing the new columns: every reader of each thread (thread-readers.ts)
-- with messages by someone else past their read mark, and how many.
CREATE OR REPLACE FUNCTION entente_fill_unread_threads(parts integer, part integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO unread_threads (thread_id, user_id, last_message_id, case_id, kind, unread)
  SELECT t.id, readers.user_id, last.id, t.case_id, t.kind, pending.n
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
