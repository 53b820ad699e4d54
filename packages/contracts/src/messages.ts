/**
 * MSG-1 to MSG-4, §9: the messaging centre's and the notifications' API shapes, shared by the
 * server and the web app. A message body is plain text of 1 to 2000 characters after trimming
 * (MSG-2), counted in Unicode code points as the composer's counter does.
 */
import { z } from 'zod';
import { missingIsRequired } from './text-field.js';

/** MSG-2 "2000 caractères autorisés". */
export const MESSAGE_MAX_LENGTH = 2000;

/** Characters as a person counts them: an emoji is one (the database's `char_length`). */
export const messageLength = (value: string): number => [...value].length;

/**
 * The case's threads: `parties` consumer ↔ business (MSG-1), `mediation` the three-way discussion
 * (QC-18, FR-10), `mediator_consumer` / `mediator_business` a party's private thread with the
 * mediator.
 */
export const THREAD_KINDS = [
  'parties',
  'mediation',
  'mediator_consumer',
  'mediator_business',
] as const;
export type ThreadKindName = (typeof THREAD_KINDS)[number];
export const threadKindParam = z.enum(THREAD_KINDS, { error: 'invalid' });

export const messageBodyField = z
  .string({ error: missingIsRequired })
  .trim()
  .min(1, { error: 'required' })
  // PostgreSQL text cannot hold NUL; anything else is kept as typed (plain text).
  .refine((value) => !value.includes('\u0000'), { error: 'invalid', abort: true })
  .refine((value) => messageLength(value) <= MESSAGE_MAX_LENGTH, { error: 'messageTooLong' });

export const postMessageSchema = z.strictObject({ body: messageBodyField });
export type PostMessageInput = z.infer<typeof postMessageSchema>;

const messageIdQuery = z.coerce
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .positive({ error: 'invalid' });

/** Key paging: `before` gives older messages, `after` newer ones; newest page first. */
export const messagesQuerySchema = z.strictObject({
  before: messageIdQuery.optional(),
  after: messageIdQuery.optional(),
  limit: z.coerce.number({ error: 'invalid' }).int().min(1).max(100).default(30),
});

export const threadStateSchema = z.enum(['open', 'read_only', 'not_open']);

export const threadParticipantSchema = z.object({
  side: z.enum(['consumer', 'business', 'mediator']),
  name: z.string().nullable(),
});

export const threadViewSchema = z.object({
  kind: threadKindParam,
  state: threadStateSchema,
  /** True when the reader may post now (the engine's `post_message` decision). */
  canPost: z.boolean(),
  participants: z.array(threadParticipantSchema),
  lastMessageAt: z.string().nullable(),
  messageCount: z.number().int(),
  unread: z.number().int(),
});
export type ThreadView = z.infer<typeof threadViewSchema>;

export const threadsResponseSchema = z.object({
  caseNumber: z.string(),
  /** The side the reader reads for (names the threads: "Discussion avec le commerçant"). */
  mySide: z.enum(['consumer', 'merchant', 'mediator']).nullable(),
  threads: z.array(threadViewSchema),
});
export type ThreadsResponse = z.infer<typeof threadsResponseSchema>;

export const messageViewSchema = z.object({
  id: z.number().int(),
  authorRole: z.string(),
  authorName: z.string().nullable(),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export type MessageView = z.infer<typeof messageViewSchema>;

export const messagesPageSchema = z.object({
  thread: threadViewSchema,
  /** Oldest first within the page; the page is the newest one unless `before` was given. */
  messages: z.array(messageViewSchema),
  /** Whether older messages exist before this page. */
  hasOlder: z.boolean(),
  /** The reader's last read message before this request (for the "Nouveaux messages" mark). */
  lastReadId: z.number().int().nullable(),
});
export type MessagesPage = z.infer<typeof messagesPageSchema>;

export const markReadSchema = z.strictObject({ upTo: messageIdQuery });

/** The header's counts stop here: the badge shows "99+" beyond 99 (issue 7: bounded work). */
export const UNREAD_CAP = 100;

export const unreadCountsSchema = z.object({
  messages: z.number().int().min(0).max(UNREAD_CAP),
  notifications: z.number().int().min(0).max(UNREAD_CAP),
});
export type UnreadCounts = z.infer<typeof unreadCountsSchema>;

/* ------------------------------------------------------------------ §9 notifications */

export const notificationsQuerySchema = z.strictObject({
  /** Opaque key of the last item of the previous page. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number({ error: 'invalid' }).int().min(1).max(100).default(20),
});

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  /** Rendered in the reader's language; never confidential content (SEC-24). */
  text: z.string(),
  /** Path inside the web app. */
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationsPageSchema = z.object({
  notifications: z.array(notificationViewSchema),
  next: z.string().nullable(),
  unread: z.number().int(),
});
export type NotificationsPage = z.infer<typeof notificationsPageSchema>;

/* ------------------------------------------------------------------ MSG-3 live signals */

/** What `GET /api/live` sends: ids only, the client refetches with its own authorisation. */
export const liveSignalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), caseId: z.string(), thread: threadKindParam }),
  z.object({ type: z.literal('case'), caseId: z.string() }),
  z.object({ type: z.literal('notification') }),
]);
export type LiveSignal = z.infer<typeof liveSignalSchema>;
