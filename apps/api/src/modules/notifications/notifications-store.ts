/**
 * §9 in-app notifications: rows written in the transaction of what they announce (so a rolled
 * back command leaves none), listed by key, counted and marked read. Each new row also sends a
 * live signal so the header badge refreshes (MSG-3).
 */
import type { Language, NotificationsPage } from '@entente/contracts';
import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, notifications } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import { uuidV7 } from '../../platform/uuid-v7.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';
import { sendLiveSignal } from '../live/live-signals.js';
import { notificationLink, notificationText, type NotificationKind } from './notification-texts.js';

export interface NewNotification {
  readonly userId: string;
  readonly caseId: string | null;
  readonly kind: NotificationKind;
  /** Numbers and ids only (SEC-24): the case number, a thread kind, whether it was e-mailed. */
  readonly params: Record<string, string | number>;
}

export async function writeNotifications(
  tx: Executor,
  rows: readonly NewNotification[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(notifications).values(
    rows.map((row) => ({
      id: uuidV7(now.getTime()),
      userId: row.userId,
      caseId: row.caseId,
      kind: row.kind,
      params: row.params,
      createdAt: now,
    })),
  );
  await sendLiveSignal(
    tx,
    rows.map((row) => row.userId),
    { type: 'notification' },
  );
}

export async function unreadNotificationCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Newest first, by key (`createdAt`, `id`). */
export async function listNotifications(
  db: Executor,
  userId: string,
  lang: Language,
  query: { after?: string | undefined; limit: number },
): Promise<NotificationsPage> {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const conditions = [eq(notifications.userId, userId)];
  if (cursor !== null) {
    conditions.push(
      or(
        lt(notifications.createdAt, cursor.openedAt),
        and(eq(notifications.createdAt, cursor.openedAt), lt(notifications.id, cursor.id)),
      )!,
    );
  }
  const rows = await db
    .select({ row: notifications, caseNumber: cases.caseNumber })
    .from(notifications)
    .leftJoin(cases, eq(cases.id, notifications.caseId))
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1)?.row;
  return {
    notifications: page.map(({ row, caseNumber }) => ({
      id: row.id,
      kind: row.kind,
      caseId: row.caseId,
      caseNumber,
      text: notificationText(row.kind, { ...row.params, caseNumber: caseNumber ?? '' }, lang),
      link: notificationLink(row.kind, row.caseId, row.params),
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    next: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    unread: await unreadNotificationCount(db, userId),
  };
}

/** Marks one of the person's notifications read; someone else's is a 404. */
export async function markNotificationRead(
  db: Executor,
  userId: string,
  id: string,
  now: Date,
): Promise<void> {
  const [row] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) throw notFound();
  if (row.readAt === null) {
    await db.update(notifications).set({ readAt: now }).where(eq(notifications.id, id));
  }
}

export async function markAllNotificationsRead(
  db: Executor,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/**
 * §9: one notification per person with an account and per kind, for the case's news. Bare
 * addresses (an invited representative without an account yet) have only the e-mail.
 */
export async function notifyInApp(
  tx: Executor,
  state: { caseId: string; caseNumber: string },
  targets: readonly ({ userId: string } | { email: string })[],
  kinds: readonly NotificationKind[],
  now: Date,
): Promise<void> {
  const userIds = [...new Set(targets.flatMap((t) => ('userId' in t ? [t.userId] : [])))];
  await writeNotifications(
    tx,
    userIds.flatMap((userId) =>
      kinds.map((kind) => ({
        userId,
        caseId: state.caseId,
        kind,
        params: { caseNumber: state.caseNumber },
      })),
    ),
    now,
  );
}
