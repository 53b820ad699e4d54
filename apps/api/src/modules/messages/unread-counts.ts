/**
 * The header's unread counts (§9, MSG-3), asked by every page of the web app: messages by others
 * in the threads the person reads, over their cases still readable, and their unread in-app
 * notifications. Both stop at `UNREAD_CAP` (the badge shows "99+" beyond 99), so the request's
 * work is bounded by the cap rather than by a person's history (issue 7). A thread enters the
 * count with the first message posted while the person reads it: someone given access to a case
 * later (a new mediator, a representative, a registry member) counts the messages posted from
 * then on, while the thread's own badge on the case counts every message past their read mark.
 */
import { UNREAD_CAP, type UnreadCounts } from '@entente/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { AppDb } from '../../db/client.js';
import { writtenSize } from '../../platform/named-sql.js';
import { requireUserWith } from '../auth/request-auth.js';
import { sessionStatement } from '../auth/sessions.js';
import { businessReads, relationReads } from './thread-readers.js';

/**
 * The person's unread threads (`unread_threads`: each post adds one to the row of every reader
 * but its author, reading removes it), in cases still readable, that they still read: by their
 * own relation to the case, or (ORG-2) as an active member of the case's business registry. A
 * row carries its case, kind, business, the case's `readable_until` and its count, so the walk
 * reads the person's index range and the relation, and never the case, threads, read marks or
 * messages (issue 7, ADRs 0019 and 0022: a mediator's count at 1,000,000 cases read 1,194 pages
 * with the messages, 526 with the case, 294 now). Each row gives one line per unread message, up
 * to the cap, so that the LIMIT stops the walk at the hundredth message as before. The two ways
 * of reading are a CASE, not an OR: from an OR PostgreSQL derived a second filter and ran the
 * membership probe twice per thread.
 */
const unreadOf = (me: SQL, now: SQL): SQL => sql`
  SELECT 1 FROM unread_threads u
    CROSS JOIN LATERAL generate_series(1, least(u.unread, ${writtenSize(UNREAD_CAP)})) each
    WHERE u.user_id = ${me}
      AND (u.readable_until IS NULL OR u.readable_until > ${now})
      AND CASE WHEN EXISTS (SELECT 1 FROM case_members cm
            WHERE cm.case_id = u.case_id AND cm.user_id = ${me} AND cm.active
              AND ${relationReads(sql`cm.relation`, sql`u.kind`)}) THEN true
        ELSE ${businessReads(sql`u.kind`)} AND EXISTS (SELECT 1 FROM business_members bm
            WHERE bm.business_id = u.business_id AND bm.user_id = ${me}
              AND bm.removed_at IS NULL) END`;

// The time as a sub-select, not a value the planner sees: with bound values PostgreSQL planned
// the statement afresh on every request (2.5 ms, more than running it). The person is the
// session's user, an outer reference, so nothing else is bound but the cookie's hash.
const ME = sql.raw('"sessions"."user_id"');
const NOW = sql`(SELECT ${sql.placeholder('now')}::timestamptz)`;

const messagesUnread = sql<number>`(SELECT count(*)::int FROM (
    ${unreadOf(ME, NOW)}
    LIMIT ${writtenSize(UNREAD_CAP)}) capped)`;

const notificationsUnread = sql<number>`(SELECT count(*)::int FROM (
    SELECT 1 FROM notifications n
    WHERE n.user_id = ${ME} AND n.read_at IS NULL
    LIMIT ${writtenSize(UNREAD_CAP)}) capped)`;

/** The session, its user and both counts: one statement per page of the web app (ADR 0015). */
const unreadStatement = (db: AppDb) =>
  sessionStatement(db, 'unread_counts', () => ({
    messages: messagesUnread,
    notifications: notificationsUnread,
  }));

/** The header's counts of the request's signed-in person (401/403 as `requireUser`). */
export async function unreadCounts(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<UnreadCounts> {
  const now = ctx.clock.now().toISOString();
  const row = await requireUserWith(ctx, request, async (sessionHash) => {
    const [found] = await unreadStatement(ctx.database.db).execute({ sessionHash, now });
    return found;
  });
  return { messages: Number(row.messages), notifications: Number(row.notifications) };
}
