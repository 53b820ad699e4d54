/**
 * MSG-1, MSG-2, QC-18: posting goes through the engine's `post_message` command, so access (404
 * for strangers), the thread's writability and the `message_posted` event are the engine's; the
 * message row, the read mark of its author, the alerts and the live signal commit in the same
 * transaction (`within`), and the alert e-mails leave after commit.
 */
import type { ThreadKindName } from '@entente/contracts';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { messageThreads, messages } from '../../db/schema/index.js';
import type { Tx } from '../../db/client.js';
import type { Limit } from '../../platform/rate-limit.js';
import { rowsOf } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { runCaseCommand } from '../cases/run-case-command.js';
import { sendLiveSignal } from '../live/live-signals.js';
import { alertNewMessage, threadParticipantIds } from './message-alerts.js';
import { messagingReader, recordRead, threadRow } from './thread-queries.js';
import { canReadThread, toThreadRef } from './thread-access.js';
import { notFound } from '../../platform/errors.js';

/** SEC-28: messages per person. A person typing fast sends a few a minute, not dozens. */
export const MESSAGE_RATE: Limit = { max: 30, windowSeconds: 600 };

async function ensureThread(tx: Tx, caseId: string, kind: ThreadKindName, now: Date) {
  await tx
    .insert(messageThreads)
    .values({ id: crypto.randomUUID(), caseId, kind, createdAt: now })
    .onConflictDoNothing();
  const row = await threadRow(tx, caseId, kind);
  if (!row) throw new Error('thread row missing after insert');
  return row;
}

export async function postMessage(
  ctx: AppContext,
  user: User,
  caseId: string,
  kind: ThreadKindName,
  body: string,
): Promise<{ id: number; createdAt: Date; authorRole: string }> {
  await ctx.rateLimiter.hit(ctx.database.db, `message:user:${user.id}`, MESSAGE_RATE);
  // A thread one may not read is a 404 (staff included, STF-2), before the engine's own checks.
  const { sides } = await messagingReader(ctx, user, caseId);
  if (!canReadThread(sides, toThreadRef(kind))) throw notFound();
  // The id is drawn first so the engine's event names the row it commits with.
  const [next] = rowsOf(
    await ctx.database.db.execute(
      sql`SELECT nextval(pg_get_serial_sequence('messages', 'id'))::bigint AS id`,
    ),
  );
  const id = Number(next?.id);
  const now = ctx.clock.now();
  let authorRole = '';
  let mailIds: string[] = [];
  await runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: { type: 'post_message', messageId: String(id), thread: toThreadRef(kind) },
    within: async (tx, applied) => {
      const posted = applied.events.find((stored) => stored.event.type === 'message_posted');
      if (!posted) throw new Error('post_message produced no message_posted event');
      authorRole = posted.event.actor.role;
      const thread = await ensureThread(tx, caseId, kind, now);
      await tx.insert(messages).values({
        id,
        threadId: thread.id,
        caseId,
        authorUserId: user.id,
        authorRole,
        body,
        createdAt: now,
      });
      await tx
        .update(messageThreads)
        .set({ lastMessageAt: now })
        .where(sql`${messageThreads.id} = ${thread.id}`);
      await recordRead(tx, thread.id, user.id, id, now);
      mailIds = await alertNewMessage(tx, ctx, applied.state, kind, user.id, now);
      const participants = await threadParticipantIds(tx, applied.state, kind);
      await sendLiveSignal(tx, [...participants, user.id], {
        type: 'message',
        caseId,
        thread: kind,
      });
    },
  });
  await ctx.mail.dispatch(mailIds);
  return { id, createdAt: now, authorRole };
}
