/**
 * MSG-1 to MSG-4, QC-18, QC-22: the case's threads and their messages, who read what, and the
 * in-app notifications (§9). Messages are never edited; a thread's writability is decided from
 * the case state, not stored here.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { cases } from './cases.js';

/**
 * `parties`: consumer ↔ business (QC-22). `mediation`: the three-way discussion (QC-18).
 * `mediator_consumer` / `mediator_business`: a party's private thread with the mediator.
 */
export type ThreadKind = 'parties' | 'mediation' | 'mediator_consumer' | 'mediator_business';

export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ThreadKind>().notNull(),
    createdAt: tz('created_at').notNull(),
    lastMessageAt: tz('last_message_at'),
  },
  (t) => [uniqueIndex('message_threads_case_kind_idx').on(t.caseId, t.kind)],
);

export const messages = pgTable(
  'messages',
  {
    /** Monotonic: the key for paging and for "unread after". */
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Not a foreign key: ACC-6 keeps the case's history past the account. */
    authorUserId: uuid('author_user_id').notNull(),
    /** The capacity the author wrote in (consumer, merchant_representative, mediator…). */
    authorRole: text('author_role').notNull(),
    /** At most 2000 characters (MSG-2), checked at the edge and by a constraint. */
    body: text('body').notNull(),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    index('messages_thread_idx').on(t.threadId, t.id),
    index('messages_case_idx').on(t.caseId, t.id),
    check('messages_body_length', sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
  ],
);

/** The last message a person has read in a thread: unread = later messages by others. */
export const threadReads = pgTable(
  'thread_reads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    lastReadMessageId: bigint('last_read_message_id', { mode: 'number' }).notNull(),
    readAt: tz('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

/** §9: what the bell shows. `params` never holds confidential text (SEC-24). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    createdAt: tz('created_at').notNull(),
    readAt: tz('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    // A case's purge cascades here (QC-23), and a new message looks up its recipients' alerts
    // on the case: both by case first (issue 7).
    index('notifications_case_idx').on(t.caseId, t.userId),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} IS NULL`),
  ],
);

/**
 * The threads a person has unread messages in (issue 7, MSG-3's header counts), with how many:
 * each post adds one to the row of every reader of the thread but its author, and reading the
 * thread up to its last message removes it (a read short of it keeps the messages still past the
 * mark). The header's count sums these rows instead of walking every thread the person can read
 * (thousands for a mediator, every case of the business for its registry) and their messages.
 * Access is still checked on each row: a revoked membership counts nothing. Its pages are filled
 * to 80 % (migration 0019; drizzle has no table storage options) so that a post's updates of its
 * readers' counts stay on their pages.
 */
export const unreadThreads = pgTable(
  'unread_threads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** The thread's last message when the row was written: a read up to it removes the row. */
    lastMessageId: bigint('last_message_id', { mode: 'number' }).notNull(),
    /** The thread's case and kind, which never change: the count checks access without the thread. */
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    /** The case's business, which never changes either: ORG-2's registry reads without the case. */
    businessId: uuid('business_id').notNull(),
    /**
     * The case's `readable_until`, kept by a trigger on `cases` (migration 0020): the count drops
     * the rows of cases no longer readable without reading the case.
     */
    readableUntil: tz('readable_until'),
    /** Messages by others posted while the person read the thread, still past their read mark. */
    unread: integer('unread').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    // The count reads each row's case, kind and count from the row itself: it needs the row for
    // `unread` anyway, and an index holding them would be larger for every post to write.
    index('unread_threads_user_idx').on(t.userId, t.threadId),
    check('unread_threads_unread_positive', sql`${t.unread} > 0`),
  ],
);
