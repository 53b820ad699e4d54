-- Issue 7: migration 0014's fill of `unread_threads`, split into parts that separate connections
-- can run at once. The dataset generator fills 6.9 M rows at 1,000,000 cases: 100 to 180 s on
-- one core of two, the longest step of its 15-minute budget. A thread belongs to one part
-- (`part` of `parts`, by a hash of its id), so the parts never write the same row. The function
-- without arguments keeps its meaning: every part at once.
CREATE FUNCTION entente_fill_unread_threads(parts integer, part integer) RETURNS void
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
  WHERE (hashtext(t.id::text) & 2147483647) % parts = part
    AND last.id IS NOT NULL
    AND EXISTS (SELECT 1 FROM messages m
      WHERE m.thread_id = t.id AND m.author_user_id <> readers.user_id
        AND m.id > coalesce((SELECT r.last_read_message_id FROM thread_reads r
          WHERE r.thread_id = t.id AND r.user_id = readers.user_id), 0))
  ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION entente_fill_unread_threads() RETURNS void
LANGUAGE sql AS $$
  SELECT entente_fill_unread_threads(1, 0)
$$;
