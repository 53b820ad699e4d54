-- Issue 7, MSG-3: the header's unread count walked every thread a person reads, 0.9 to 4.6 s at
-- 1,000,000 generated cases for a registry respondent of the 50,000-case business who had read
-- everything. `unread_threads` holds the threads each person may have unread messages in: each
-- post writes a row for its other readers, a read up to the thread's last message removes it.
CREATE TABLE "unread_threads" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_message_id" bigint NOT NULL,
	CONSTRAINT "unread_threads_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "unread_threads" ADD CONSTRAINT "unread_threads_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unread_threads_user_idx" ON "unread_threads" USING btree ("user_id","thread_id");--> statement-breakpoint
-- The rows for the messages already posted: every reader of each thread (thread-readers.ts:
-- the case's members by relation, the business's active registry for its threads) with a
-- message by someone else past their read mark. A function, so the bench's dataset generator,
-- which loads its rows after the migrations, fills them the same way.
CREATE FUNCTION entente_fill_unread_threads() RETURNS void
LANGUAGE sql AS $$
  INSERT INTO unread_threads (thread_id, user_id, last_message_id)
  SELECT t.id, readers.user_id, last.id
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
  WHERE last.id IS NOT NULL
    AND EXISTS (SELECT 1 FROM messages m
      WHERE m.thread_id = t.id AND m.author_user_id <> readers.user_id
        AND m.id > coalesce((SELECT r.last_read_message_id FROM thread_reads r
          WHERE r.thread_id = t.id AND r.user_id = readers.user_id), 0))
  ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
SELECT entente_fill_unread_threads();
--> statement-breakpoint
ANALYZE unread_threads;
