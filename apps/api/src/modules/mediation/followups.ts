/**
 * QC-20 "relance" (seed 001 §1.5): when a party stays silent, the case's mediator asks the office
 * to try to reach them. Only the mediator assigned to the case, while it is in mediation, sends
 * one; every staff member is notified (in-app and e-mail, no content: the case number and a
 * link); staff mark it handled with a resolution the mediator reads on the case. It is not a
 * case event — it changes nothing in the case — so it lives in `mediation_followups`, with who
 * asked and who handled it, and when.
 */
import type {
  CaseFollowups,
  FollowupBody,
  FollowupList,
  FollowupView,
  Language,
} from '@entente/contracts';
import { and, arrayContains, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import { cases, mediationFollowups, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { runBuiltNamed, writtenLimit } from '../../platform/named-sql.js';
import type { Limit } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { isStaffUser } from '../businesses/business-access.js';
import { type CaseReader, readableCase } from '../cases/case-queries.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';
import { enqueueMails } from '../cases/notifications.js';
import { writeNotifications } from '../notifications/notifications-store.js';
import {
  FOLLOWUP_REQUESTED,
  FOLLOWUP_RESOLVED,
  renderFollowupRequested,
  renderFollowupResolved,
  type FollowupMail,
} from './followup-mails.js';

/** The statuses in which a mediator leads the case (qc `mediation`; fr solution and protocol). */
export const MEDIATION_STATUSES: readonly string[] = [
  'mediation',
  'solution_proposed',
  'protocol_signing',
];

/** A mediator has no reason to send more than a few an hour; this stops mail floods to staff. */
export const FOLLOWUP_LIMIT: Limit = { max: 10, windowSeconds: 3600 };

const resolver = alias(users, 'resolver');
const mediatorUser = alias(users, 'followup_mediator');

const nameOf = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`.trim();

/** Follow-ups with their case number and the people's names, newest first. */
async function selectFollowups(db: Executor, where: SQL | undefined, limit: number) {
  const rows = await runBuiltNamed(
    db
      .select({
        followup: mediationFollowups,
        caseNumber: cases.caseNumber,
        programme: cases.programme,
        mediator: { givenName: mediatorUser.givenName, familyName: mediatorUser.familyName },
        resolver: { givenName: resolver.givenName, familyName: resolver.familyName },
      })
      .from(mediationFollowups)
      .innerJoin(cases, eq(cases.id, mediationFollowups.caseId))
      .leftJoin(mediatorUser, eq(mediatorUser.id, mediationFollowups.mediatorUserId))
      .leftJoin(resolver, eq(resolver.id, mediationFollowups.resolvedBy))
      .where(where)
      .orderBy(desc(mediationFollowups.createdAt), desc(mediationFollowups.id))
      .limit(writtenLimit(limit)),
  );
  return rows.map(followupViewOf);
}

type Name = { givenName: string; familyName: string } | null;

/** A follow-up row with its case and people, as the lists read it (the dashboard as JSON). */
export type FollowupRow = {
  followup: typeof mediationFollowups.$inferSelect;
  caseNumber: string;
  programme: 'qc' | 'fr';
  mediator: Name;
  resolver: Name;
};

export function followupViewOf(row: FollowupRow): FollowupView {
  const { followup: f, caseNumber, programme, mediator, resolver: by } = row;
  return {
    id: f.id,
    caseId: f.caseId,
    caseNumber,
    programme,
    mediator: { userId: f.mediatorUserId, name: mediator ? nameOf(mediator) : '' },
    party: f.party,
    message: f.message,
    createdAt: f.createdAt.toISOString(),
    status: f.resolvedAt === null ? 'open' : 'resolved',
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
    resolvedBy: f.resolvedBy === null ? null : { userId: f.resolvedBy, name: by ? nameOf(by) : '' },
    resolution: f.resolution,
  };
}

/** The case's current mediator (an assignment that was replaced gives no access any more). */
const isCaseMediator = (reader: CaseReader, user: User) =>
  reader.row.mediatorUserId === user.id && reader.actors.some((a) => a.role === 'mediator');

async function staffIds(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ['staff']), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

/** `POST /api/cases/:id/followups`: 404 to non-readers, 403 to anyone but the mediator. */
export async function requestFollowup(
  ctx: AppContext,
  user: User,
  caseId: string,
  body: FollowupBody,
): Promise<FollowupView> {
  const reader = await readableCase(ctx, user, caseId);
  if (!isCaseMediator(reader, user)) throw new AppError(403, 'role_not_allowed');
  if (reader.row.status === 'closed') throw new AppError(409, 'case_closed');
  if (!MEDIATION_STATUSES.includes(reader.row.status)) {
    throw new AppError(409, 'not_allowed_in_state');
  }
  const db = ctx.database.db;
  await ctx.rateLimiter.hit(db, `followup:user:${user.id}`, FOLLOWUP_LIMIT);
  const mail: FollowupMail = { caseId, caseNumber: reader.row.caseNumber, party: body.party };
  const { id, mailIds } = await ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(mediationFollowups)
      .values({
        caseId,
        mediatorUserId: user.id,
        party: body.party,
        message: body.message,
        createdAt: now,
      })
      .returning({ id: mediationFollowups.id });
    if (!row) throw new Error('follow-up insert returned nothing');
    const staff = await staffIds(tx);
    await notify(tx, staff, caseId, mail.caseNumber, FOLLOWUP_REQUESTED, now);
    // No staff account yet (a fresh deployment): the office's own address hears of it.
    const office =
      staff.length > 0
        ? staff.map((userId) => ({ userId }))
        : [{ email: (await ctx.mail.branding(tx)).supportEmail }];
    const ids = await enqueueMails(tx, ctx, office, 'mediation_followup', (lang, branding) =>
      renderFollowupRequested(lang, branding, mail),
    );
    return { id: row.id, mailIds: ids };
  });
  await ctx.mail.dispatch(mailIds);
  return followupById(db, id);
}

async function notify(
  tx: Tx,
  userIds: readonly string[],
  caseId: string,
  caseNumber: string,
  kind: typeof FOLLOWUP_REQUESTED | typeof FOLLOWUP_RESOLVED,
  now: Date,
): Promise<void> {
  await writeNotifications(
    tx,
    userIds.map((userId) => ({ userId, caseId, kind, params: { caseNumber } })),
    now,
  );
}

async function followupById(db: Executor, id: string): Promise<FollowupView> {
  const [view] = await selectFollowups(db, eq(mediationFollowups.id, id), 1);
  if (!view) throw notFound();
  return view;
}

/** `GET /api/cases/:id/followups`: the case's mediator and staff; parties are told nothing. */
export async function caseFollowups(
  ctx: AppContext,
  user: User,
  caseId: string,
): Promise<CaseFollowups> {
  const reader = await readableCase(ctx, user, caseId);
  const mediator = isCaseMediator(reader, user);
  if (!mediator && !isStaffUser(user)) throw notFound();
  // A handful per case at most: the whole list, newest first.
  const items = await selectFollowups(ctx.database.db, eq(mediationFollowups.caseId, caseId), 1000);
  return { items, mayRequest: mediator && MEDIATION_STATUSES.includes(reader.row.status) };
}

/** Staff's list, newest first, by key (`created_at`, `id`); `open` reads the partial index. */
export async function staffFollowups(
  ctx: AppContext,
  query: { status: 'open' | 'all'; after?: string | undefined; limit: number },
): Promise<FollowupList> {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const conditions: (SQL | undefined)[] = [
    query.status === 'open' ? isNull(mediationFollowups.resolvedAt) : undefined,
    cursor === null
      ? undefined
      : or(
          lt(mediationFollowups.createdAt, cursor.openedAt),
          and(
            eq(mediationFollowups.createdAt, cursor.openedAt),
            lt(mediationFollowups.id, cursor.id),
          ),
        ),
  ];
  const rows = await selectFollowups(ctx.database.db, and(...conditions), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page,
    next:
      rows.length > query.limit && last ? encodeCursor(new Date(last.createdAt), last.id) : null,
  };
}

/** Staff mark a follow-up handled; the mediator is notified. Handled twice: 409. */
export async function resolveFollowup(
  ctx: AppContext,
  staff: User,
  id: string,
  resolution: string,
): Promise<FollowupView> {
  const mailIds = await ctx.database.transaction(async (tx) => {
    const [row] = await tx
      .select({ followup: mediationFollowups, caseNumber: cases.caseNumber })
      .from(mediationFollowups)
      .innerJoin(cases, eq(cases.id, mediationFollowups.caseId))
      .where(eq(mediationFollowups.id, id))
      .for('update', { of: mediationFollowups });
    if (!row) throw notFound();
    // Someone else handled it in the meantime: reload and read their resolution.
    if (row.followup.resolvedAt !== null) throw new AppError(409, 'case_conflict');
    const now = ctx.clock.now();
    await tx
      .update(mediationFollowups)
      .set({ resolvedAt: now, resolvedBy: staff.id, resolution })
      .where(eq(mediationFollowups.id, id));
    const { caseId, mediatorUserId, party } = row.followup;
    await notify(tx, [mediatorUserId], caseId, row.caseNumber, FOLLOWUP_RESOLVED, now);
    const mail: FollowupMail = { caseId, caseNumber: row.caseNumber, party };
    return enqueueMails(
      tx,
      ctx,
      [{ userId: mediatorUserId }],
      'mediation_followup_resolved',
      (lang: Language, branding) => renderFollowupResolved(lang, branding, mail),
    );
  });
  await ctx.mail.dispatch(mailIds);
  return followupById(ctx.database.db, id);
}

/**
 * The newest open follow-ups (STF-1 dashboard); how many are open is a counter the dashboard
 * reads with its other totals (`followup_open`, migration 0013).
 */
export function newestOpenFollowups(db: Executor, limit: number): Promise<FollowupView[]> {
  return selectFollowups(db, isNull(mediationFollowups.resolvedAt), limit);
}
