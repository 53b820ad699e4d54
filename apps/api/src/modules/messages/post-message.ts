/**
 * MSG-1, MSG-2, QC-18: posting goes through the engine's `post_message` command, so access (404
 * for strangers), the thread's writability and the `message_posted` event are the engine's; the
 * message row, the read mark of its author and the alerts commit in the same transaction
 * (`within`), and the live signal and the alert e-mails leave after commit. Besides the engine's
 * command, a post costs three statements: the rate limit with the message's id, the message's
 * rows with the thread's people, and the recipients' recent alerts.
 */
import type { ThreadKindName } from '@entente/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { runNamed } from '../../platform/named-sql.js';
import type { Limit } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { bestReadAccess } from '../cases/case-actors.js';
import { CasePeople } from '../cases/notifications.js';
import { runCaseCommand } from '../cases/run-case-command.js';
import { alertNewMessage, threadParticipantIds } from './message-alerts.js';
import { canReadThread, readerSides, toThreadRef } from './thread-access.js';
import { threadReaders } from './thread-readers.js';

/** SEC-28: messages per person. A person typing fast sends a few a minute, not dozens. */
export const MESSAGE_RATE: Limit = { max: 30, windowSeconds: 600 };

interface NewMessage {
  readonly id: number;
  readonly caseId: string;
  readonly businessId: string;
  /** The case's `closure.readableUntil`, copied onto the readers' unread rows (migration 0020). */
  readonly readableUntil: Date | null;
  readonly kind: ThreadKindName;
  readonly authorUserId: string;
  readonly authorRole: string;
  readonly body: string;
  readonly at: Date;
}

/**
 * The thread (created on its first message) with its last message time, the message, the
 * author's read mark up to it (never moving backwards), one more unread message for every other
 * reader of the thread (`unread_threads`) and none left for the author, as the WITH of a
 * statement.
 * The foreign keys to a thread created here are checked at the end of the statement, once it
 * exists. A reader's concurrent read waits for the row this locks, then keeps it: its
 * `last_message_id` is now past the read.
 */
function messageWrites(m: NewMessage): SQL {
  return sql`
    WITH thread AS (
      INSERT INTO message_threads (id, case_id, kind, created_at, last_message_at)
      VALUES (${crypto.randomUUID()}, ${m.caseId}, ${m.kind}, ${m.at}, ${m.at})
      ON CONFLICT (case_id, kind) DO UPDATE SET last_message_at = excluded.last_message_at
      RETURNING id),
    message AS (
      INSERT INTO messages (id, thread_id, case_id, author_user_id, author_role, body, created_at)
      SELECT ${m.id}::bigint, thread.id, ${m.caseId}::uuid, ${m.authorUserId}::uuid,
        ${m.authorRole}::text, ${m.body}::text, ${m.at}::timestamptz
      FROM thread),
    read_mark AS (
      INSERT INTO thread_reads (thread_id, user_id, last_read_message_id, read_at)
      SELECT thread.id, ${m.authorUserId}::uuid, ${m.id}::bigint, ${m.at}::timestamptz FROM thread
      ON CONFLICT (thread_id, user_id) DO UPDATE SET
        last_read_message_id = greatest(thread_reads.last_read_message_id, excluded.last_read_message_id),
        read_at = excluded.read_at),
    unread AS (
      INSERT INTO unread_threads
        (thread_id, user_id, last_message_id, case_id, kind, unread, business_id, readable_until)
      SELECT thread.id, readers.user_id, ${m.id}::bigint, ${m.caseId}::uuid, ${m.kind}::text, 1,
        ${m.businessId}::uuid, ${m.readableUntil}::timestamptz
      FROM thread, (${threadReaders(m.caseId, m.businessId, m.kind)}) readers
      WHERE readers.user_id <> ${m.authorUserId}::uuid
      ON CONFLICT (thread_id, user_id) DO UPDATE SET
        last_message_id = greatest(unread_threads.last_message_id, excluded.last_message_id),
        unread = unread_threads.unread + 1),
    caught_up AS (
      DELETE FROM unread_threads u USING thread
      WHERE u.thread_id = thread.id AND u.user_id = ${m.authorUserId}::uuid
        AND u.last_message_id <= ${m.id}::bigint)`;
}

export async function postMessage(
  ctx: AppContext,
  user: User,
  caseId: string,
  kind: ThreadKindName,
  body: string,
): Promise<{ id: number; createdAt: Date; authorRole: string }> {
  // The id is drawn with the rate limit's count, so the engine's event names the row it commits
  // with.
  const id = Number(
    await ctx.rateLimiter.hitWith(
      ctx.database.db,
      `message:user:${user.id}`,
      MESSAGE_RATE,
      sql`nextval(pg_get_serial_sequence('messages', 'id'))::bigint`,
    ),
  );
  const thread = toThreadRef(kind);
  const now = ctx.clock.now();
  let authorRole = '';
  await runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: { type: 'post_message', messageId: String(id), thread },
    // A thread one may not read is a 404 (staff included, STF-2), before the engine's own checks.
    readable: (state, actors, at) =>
      bestReadAccess(state, actors, at).access === 'full' &&
      canReadThread(readerSides(state, actors), thread),
    within: async (tx, applied, news) => {
      const posted = applied.events.find((stored) => stored.event.type === 'message_posted');
      if (!posted) throw new Error('post_message produced no message_posted event');
      authorRole = posted.event.actor.role;
      const businessId = applied.state.business.businessId;
      const closure = applied.state.closure;
      const message = {
        id,
        caseId,
        businessId,
        // QC-22: a closed case's threads may still take messages until `messagingUntil`.
        readableUntil: closure ? new Date(closure.readableUntil) : null,
        kind,
        authorUserId: user.id,
        authorRole,
        body,
        at: now,
      };
      // The message's rows are written by the statement that reads who hears of it.
      const people = CasePeople.fromResult(
        tx,
        applied.state,
        await runNamed(tx, sql`${messageWrites(message)} ${CasePeople.query(applied.state)}`),
      );
      news.know(await people.directory());
      const participants = await threadParticipantIds(tx, applied.state, kind, people);
      const recipients = participants.filter((userId) => userId !== user.id);
      await alertNewMessage(tx, news, applied.state, kind, recipients, now);
      news.signals.add([...participants, user.id], { type: 'message', caseId, thread: kind });
    },
  });
  return { id, createdAt: now, authorRole };
}
