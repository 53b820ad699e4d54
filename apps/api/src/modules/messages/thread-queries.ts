/**
 * Read side of the messaging centre (MSG-1, MSG-3): the threads a reader sees with their unread
 * counts, a thread's messages by key, marking read, and the global unread count of the header.
 * Staff see case metadata only (STF-2): like a stranger, they get the 404 of SPEC §2 here.
 */
import type { MessagesPage, ThreadKindName, ThreadView } from '@entente/contracts';
import { THREAD_KINDS } from '@entente/contracts';
import { threadState, type CaseState } from '@entente/domain';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { messageThreads, messages, threadReads, users } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { chooseActor } from '../cases/case-actors.js';
import { readableCase, readableCaseWith, type CaseReader } from '../cases/case-queries.js';
import {
  caseRead,
  isoOf,
  peopleAmong,
  stateId,
  theCase,
  type Person,
} from '../cases/case-reads.js';
import {
  canReadThread,
  readerSides,
  threadSides,
  toThreadRef,
  type ReaderSide,
} from './thread-access.js';

type ThreadRow = typeof messageThreads.$inferSelect;

/** The case with full access (participants only), or 404. */
export async function messagingReader(ctx: AppContext, user: User, caseId: string) {
  const reader = await readableCase(ctx, user, caseId);
  if (reader.access !== 'full') throw notFound();
  return { reader, sides: readerSides(reader.row.state, reader.actors) };
}

export async function threadRow(
  db: Executor,
  caseId: string,
  kind: ThreadKindName,
): Promise<ThreadRow | undefined> {
  const [row] = await db
    .select()
    .from(messageThreads)
    .where(and(eq(messageThreads.caseId, caseId), eq(messageThreads.kind, kind)));
  return row;
}

const fullName = (u: { givenName: string | null; familyName: string | null }) =>
  [u.givenName, u.familyName].filter(Boolean).join(' ') || null;

/** The names shown for each side: consumer and mediator in person, the business by its name. */
function participantNames(
  state: CaseState,
  people: readonly Person[],
  businessName: string | null,
) {
  const nameOf = (id: string | undefined) => {
    const person = people.find(([personId]) => personId === id);
    return person ? fullName({ givenName: person[1], familyName: person[2] }) : null;
  };
  return {
    consumer: nameOf(state.consumer.userId),
    merchant: businessName,
    mediator: nameOf(state.mediator?.userId),
  } satisfies Record<ReaderSide, string | null>;
}

function canPost(ctx: AppContext, reader: CaseReader, kind: ThreadKindName): boolean {
  const command = { type: 'post_message', messageId: '0', thread: toThreadRef(kind) } as const;
  return chooseActor(reader.row.state, reader.actors, command, ctx.clock.now()).ok;
}

type Stat = [kind: ThreadKindName, lastMessageAt: string | null, total: number, unread: number];

/**
 * The thread list's read: per thread of the case, its kind, last message time, message count and
 * the reader's unread count (others' messages past their read mark); the participants' names.
 */
export const threadsRead = caseRead('case_threads', (userId) => ({
  stats: sql<Stat[]>`(select
    coalesce(json_agg(json_build_array(t.kind, t.last_message_at,
      (select count(*)::int from messages m where m.thread_id = t.id),
      (select count(*)::int from messages m where m.thread_id = t.id
        and m.author_user_id <> ${userId} and m.id > coalesce(r.last_read_message_id, 0)))),
      '[]'::json)
    from message_threads t
    left join thread_reads r on r.thread_id = t.id and r.user_id = ${userId}
    where t.case_id = ${theCase.id})`,
  people: peopleAmong(sql`array[${stateId('{consumer,userId}')}, ${stateId('{mediator,userId}')}]`),
  businessName: sql<string | null>`(select b.legal_name from businesses b
    where b.id = ${stateId('{business,businessId}')})`,
}));

type ThreadsFound = { stats: Stat[]; people: Person[]; businessName: string | null };

/**
 * MSG-3: the threads this person sees, in display order, with participants and unread badges,
 * from the `threadsRead` columns. Participants only (STF-2): anyone else reads a 404.
 */
export function threadList(ctx: AppContext, reader: CaseReader, found: ThreadsFound) {
  if (reader.access !== 'full') throw notFound();
  const sides = readerSides(reader.row.state, reader.actors);
  const state = reader.row.state;
  const stats = new Map(found.stats.map(([kind, ...stat]) => [kind, stat] as const));
  const names = participantNames(state, found.people, found.businessName);
  const threads: ThreadView[] = [];
  for (const kind of THREAD_KINDS) {
    const ref = toThreadRef(kind);
    if (!canReadThread(sides, ref)) continue;
    const stat = stats.get(kind);
    const status = threadState(state, ref, ctx.clock.now());
    // A thread shows once it could be used or has messages (a read-only history stays).
    if (stat === undefined && status === 'not_open') continue;
    const [lastMessageAt, total, unread] = stat ?? [null, 0, 0];
    threads.push({
      kind,
      state: status,
      canPost: canPost(ctx, reader, kind),
      participants: threadSides(ref).map((side) => ({
        side: side === 'merchant' ? 'business' : side,
        name: names[side],
      })),
      lastMessageAt: lastMessageAt === null ? null : isoOf(lastMessageAt),
      messageCount: total,
      unread,
    });
  }
  const mySide = (['mediator', 'consumer', 'merchant'] as const).find((side) => sides.has(side));
  return { caseNumber: state.caseNumber, mySide: mySide ?? null, threads };
}

/** The thread list for a known user (404 as `readableCase`, or for a non-participant). */
export async function listThreads(ctx: AppContext, user: User, caseId: string) {
  const { reader, found } = await readableCaseWith(ctx, user, caseId, threadsRead);
  return threadList(ctx, reader, found);
}

/** A thread the person may read (404 otherwise, like a case that does not exist). */
export async function readableThread(
  ctx: AppContext,
  user: User,
  caseId: string,
  kind: ThreadKindName,
): Promise<ThreadView> {
  const { threads } = await listThreads(ctx, user, caseId);
  const thread = threads.find((t) => t.kind === kind);
  if (!thread) throw notFound();
  return thread;
}

/** A page of messages by key: the newest page unless `before` or `after` is given. */
export async function listMessages(
  ctx: AppContext,
  user: User,
  caseId: string,
  kind: ThreadKindName,
  query: { before?: number | undefined; after?: number | undefined; limit: number },
): Promise<MessagesPage> {
  const thread = await readableThread(ctx, user, caseId, kind);
  const db = ctx.database.db;
  const row = await threadRow(db, caseId, kind);
  if (!row) return { thread, messages: [], hasOlder: false, lastReadId: null };
  const conditions = [eq(messages.threadId, row.id)];
  if (query.before !== undefined) conditions.push(lt(messages.id, query.before));
  if (query.after !== undefined) conditions.push(gt(messages.id, query.after));
  const forward = query.after !== undefined && query.before === undefined;
  const rows = await db
    .select({
      id: messages.id,
      authorUserId: messages.authorUserId,
      authorRole: messages.authorRole,
      body: messages.body,
      createdAt: messages.createdAt,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(and(...conditions))
    .orderBy(forward ? asc(messages.id) : desc(messages.id))
    .limit(query.limit);
  const page = forward ? rows : rows.reverse();
  const oldest = page[0]?.id;
  const older =
    oldest === undefined
      ? []
      : await db
          .select({ id: messages.id })
          .from(messages)
          .where(and(eq(messages.threadId, row.id), lt(messages.id, oldest)))
          .limit(1);
  const [read] = await db
    .select({ id: threadReads.lastReadMessageId })
    .from(threadReads)
    .where(and(eq(threadReads.threadId, row.id), eq(threadReads.userId, user.id)));
  return {
    thread,
    messages: page.map((m) => ({
      id: m.id,
      authorRole: m.authorRole,
      authorName: fullName(m),
      mine: m.authorUserId === user.id,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    hasOlder: older.length > 0,
    lastReadId: read?.id ?? null,
  };
}

/**
 * Records that the reader saw the thread up to a message (never moves backwards), and takes the
 * thread out of their unread ones (`unread_threads`) if no later message was posted to it. A
 * read short of the thread's last message keeps, of the row's unread messages, those by others
 * still past the mark; at least the row's last one, which is. The two writes exclude each other
 * on the row's `last_message_id`, so one statement never changes the row twice.
 */
export async function recordRead(
  db: Executor,
  threadId: string,
  userId: string,
  upTo: number,
  now: Date,
): Promise<void> {
  await db.execute(sql`WITH mark AS (
      INSERT INTO thread_reads (thread_id, user_id, last_read_message_id, read_at)
      VALUES (${threadId}::uuid, ${userId}::uuid, ${upTo}::bigint, ${now}::timestamptz)
      ON CONFLICT (thread_id, user_id) DO UPDATE SET
        last_read_message_id = greatest(thread_reads.last_read_message_id, excluded.last_read_message_id),
        read_at = excluded.read_at
      RETURNING last_read_message_id AS id),
    caught_up AS (
      DELETE FROM unread_threads u USING mark
      WHERE u.thread_id = ${threadId}::uuid AND u.user_id = ${userId}::uuid
        AND u.last_message_id <= mark.id)
    UPDATE unread_threads u SET unread = greatest(1, least(u.unread, (
        SELECT count(*)::int FROM messages m
        WHERE m.thread_id = u.thread_id AND m.id > mark.id AND m.author_user_id <> u.user_id)))
    FROM mark
    WHERE u.thread_id = ${threadId}::uuid AND u.user_id = ${userId}::uuid
      AND u.last_message_id > mark.id`);
}

/** MSG-3 "opening it marks them read": up to `upTo`, clamped to the thread's last message. */
export async function markThreadRead(
  ctx: AppContext,
  user: User,
  caseId: string,
  kind: ThreadKindName,
  upTo: number,
): Promise<void> {
  await readableThread(ctx, user, caseId, kind);
  const db = ctx.database.db;
  const row = await threadRow(db, caseId, kind);
  if (!row) return;
  const [last] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.threadId, row.id), sql`${messages.id} <= ${upTo}`))
    .orderBy(desc(messages.id))
    .limit(1);
  if (last) await recordRead(db, row.id, user.id, last.id, ctx.clock.now());
}
