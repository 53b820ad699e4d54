/**
 * The header's unread counts (§9, MSG-3), asked by every page of the web app: messages by others
 * in every thread the person reads, over their cases still readable, and their unread in-app
 * notifications. Both stop at `UNREAD_CAP` (the badge shows "99+" beyond 99), so the request's
 * work is bounded by the cap rather than by a person's history (issue 7).
 */
import { UNREAD_CAP, type UnreadCounts } from '@entente/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { runNamed, writtenSize } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';

/**
 * Whether the person's case membership `cm` lets them read thread `t`: thread kinds per relation
 * mirror `thread-access.ts` (QC-16: a mediator never counts the parties' thread).
 */
const memberReads = sql`(
  (cm.relation IN ('consumer', 'consumer_representative')
    AND t.kind IN ('parties', 'mediation', 'mediator_consumer'))
  OR (cm.relation IN ('merchant_respondent', 'merchant_representative')
    AND t.kind IN ('parties', 'mediation', 'mediator_business'))
  OR (cm.relation = 'mediator'
    AND t.kind IN ('mediation', 'mediator_consumer', 'mediator_business')))`;

/**
 * The threads the person reads, each once: by their own relation to the case, then (ORG-2) as
 * an active member of the case's business, for the business's threads not already counted.
 * Starting from the person (`case_members_user_idx`, `business_members_user_idx`) rather than
 * from the messages keeps it to their own cases; UNION ALL lets the LIMIT stop it early.
 */
const threadsOf = (userId: string): SQL => sql`
  SELECT t.id AS thread_id, t.case_id FROM case_members cm
    JOIN message_threads t ON t.case_id = cm.case_id
    WHERE cm.user_id = ${userId}::uuid AND cm.active AND ${memberReads}
  UNION ALL
  SELECT t.id, t.case_id FROM business_members bm
    JOIN cases bc ON bc.business_id = bm.business_id
    JOIN message_threads t ON t.case_id = bc.id
      AND t.kind IN ('parties', 'mediation', 'mediator_business')
    WHERE bm.user_id = ${userId}::uuid AND bm.removed_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM case_members cm
        WHERE cm.case_id = t.case_id AND cm.user_id = ${userId}::uuid AND cm.active
          AND ${memberReads})`;

export async function unreadCounts(ctx: AppContext, userId: string): Promise<UnreadCounts> {
  const now = ctx.clock.now();
  const [row] = rowsOf(
    await runNamed(
      ctx.database.db,
      sql`SELECT
        (SELECT count(*)::int FROM (
          SELECT 1 FROM (${threadsOf(userId)}) mine
          JOIN cases c ON c.id = mine.case_id
          LEFT JOIN thread_reads r ON r.thread_id = mine.thread_id AND r.user_id = ${userId}::uuid
          JOIN messages m ON m.thread_id = mine.thread_id
            AND m.id > coalesce(r.last_read_message_id, 0)
          WHERE m.author_user_id <> ${userId}::uuid
            AND (c.readable_until IS NULL OR c.readable_until > ${now})
          LIMIT ${writtenSize(UNREAD_CAP)}) capped) AS messages,
        (SELECT count(*)::int FROM (
          SELECT 1 FROM notifications n
          WHERE n.user_id = ${userId}::uuid AND n.read_at IS NULL
          LIMIT ${writtenSize(UNREAD_CAP)}) capped) AS notifications`,
    ),
  );
  return { messages: Number(row?.messages ?? 0), notifications: Number(row?.notifications ?? 0) };
}
