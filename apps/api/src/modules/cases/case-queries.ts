/**
 * Read side: the access gate every case route passes, "my cases", the history and the actions a
 * reader may take. Every denial of access is the same 404 as a case that does not exist (SPEC §2).
 */
import {
  ACTION_NAMES,
  availableActions,
  mediationEligibility,
  partySideOf,
  sideOf,
  type Actor,
  type ActionName,
  type CaseEvent,
  EVENT_META,
} from '@entente/domain';
import { and, desc, eq, exists, gt, isNull, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { AppDb } from '../../db/client.js';
import { caseMembers, cases } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import type { Language } from '@entente/contracts';
import type { FastifyRequest } from 'fastify';
import { requireUserWith } from '../auth/request-auth.js';
import type { Authenticated, User } from '../auth/sessions.js';
import { actorsOnCase, bestReadAccess, chooseActor } from './case-actors.js';
import { caseRead, gateStatement, relationsFrom, theCase, type GateRow } from './case-reads.js';
import { toDomainEvent, type CaseRow, type EventRow } from './case-store.js';
import { decodeCursor, encodeCursor } from './command-schemas.js';
import { eventLabels } from './event-labels.js';
import { denialMessages } from './reason-messages.js';
import type { RequestMediationView } from './view-schemas.js';

export interface CaseReader {
  readonly row: CaseRow;
  readonly access: 'full' | 'metadata';
  /** The actor giving that access, and every actor the person may be on this case. */
  readonly actor: Actor;
  readonly actors: readonly Actor[];
}

/** The gate's verdict on its row: the reader, or 404 (not found, not theirs, or purged: QC-23). */
function gateReader(ctx: AppContext, user: User, found: GateRow | undefined): CaseReader {
  const row = found?.row;
  if (found === undefined || row === null || row === undefined) throw notFound();
  // ORG-1: merchants' relations come from their active membership in the case's business.
  const actors = actorsOnCase(user, relationsFrom(found), row.businessId);
  const { access, actor } = bestReadAccess(row.state, actors, ctx.clock.now());
  if (access === 'none' || actor === null) throw notFound();
  return { row, access, actor, actors };
}

type UserRead<R> = {
  forUser(db: AppDb): { execute(values: { caseId: string; userId: string }): Promise<R[]> };
};
type SessionRead<R> = {
  forSession(db: AppDb): { execute(values: { caseId: string; sessionHash: string }): Promise<R[]> };
};

/** The case as this person may read it with what `read` adds (`caseRead`), or 404. */
export async function readableCaseWith<R extends GateRow>(
  ctx: AppContext,
  user: User,
  caseId: string,
  read: UserRead<R>,
): Promise<{ reader: CaseReader; found: R }> {
  const [found] = await read.forUser(ctx.database.db).execute({ caseId, userId: user.id });
  return { reader: gateReader(ctx, user, found), found: found! };
}

/**
 * The same for a `sessionInRead` route: the session, the gate and the data in one statement;
 * 401 or 403 as `requireUser`, then 404 as `readableCase`.
 */
export async function readableCaseOfRequest<R extends GateRow & Authenticated>(
  ctx: AppContext,
  request: FastifyRequest,
  caseId: string,
  read: SessionRead<R>,
): Promise<{ reader: CaseReader; found: R }> {
  const found = await requireUserWith(ctx, request, async (sessionHash) => {
    const [row] = await read.forSession(ctx.database.db).execute({ caseId, sessionHash });
    return row;
  });
  return { reader: gateReader(ctx, found.user, found), found };
}

/** The case as this person may read it, or 404 (not found, not theirs, or purged: QC-23). */
export async function readableCase(
  ctx: AppContext,
  user: User,
  caseId: string,
): Promise<CaseReader> {
  const [found] = await gateStatement(ctx.database.db).execute({ caseId, userId: user.id });
  return gateReader(ctx, user, found);
}

/** "Mes dossiers": the cases the person is an active member of, newest first, by key. */
export async function listMyCases(
  ctx: AppContext,
  user: User,
  query: { after?: string | undefined; limit: number; filter: 'all' | 'open' | 'closed' },
) {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const now = ctx.clock.now();
  const member = ctx.database.db
    .select({ one: sql`1` })
    .from(caseMembers)
    .where(
      and(
        eq(caseMembers.caseId, cases.id),
        eq(caseMembers.userId, user.id),
        eq(caseMembers.active, true),
      ),
    );
  const conditions = [
    exists(member),
    or(isNull(cases.readableUntil), gt(cases.readableUntil, now)),
    query.filter === 'open' ? sql`${cases.status} <> 'closed'` : undefined,
    query.filter === 'closed' ? eq(cases.status, 'closed') : undefined,
    cursor === null
      ? undefined
      : sql`(${cases.openedAt}, ${cases.id}) < (${cursor.openedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
  ];
  const rows = await ctx.database.db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      programme: cases.programme,
      status: cases.status,
      outcome: cases.outcome,
      openedAt: cases.openedAt,
    })
    .from(cases)
    .where(and(...conditions))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row, openedAt: row.openedAt.toISOString() })),
    next: rows.length > query.limit && last ? encodeCursor(last.openedAt, last.id) : null,
  };
}

/** MSG-1, QC-18: a reader sees that a message was posted only in the threads they are on. */
function seesEvent(reader: CaseReader, event: CaseEvent): boolean {
  if (event.type !== 'message_posted' || reader.access !== 'full') return true;
  const side = sideOf(reader.row.state, reader.actor);
  const thread = event.payload.thread;
  if (thread.kind === 'mediation_discussion') return side !== null;
  if (thread.kind === 'parties') return side === 'consumer' || side === 'merchant';
  return side === 'mediator' || side === thread.side;
}

/** The history's read: the journal in order, `[id, seq, type, actor id, role, at, payload]`. */
export const historyRead = caseRead('case_history', () => ({
  journal: sql<[number, number, string, string | null, string, string, unknown][]>`(select
    coalesce(json_agg(json_build_array(e.id, e.seq, e.type, e.actor_user_id, e.actor_role, e.at,
      e.payload) order by e.seq), '[]'::json) from case_events e where e.case_id = ${theCase.id})`,
}));

/** The journal as the history shows it (the `historyRead` columns). */
export function historyFrom(
  reader: CaseReader,
  found: { journal: [number, number, string, string | null, string, string, unknown][] },
  lang: Language,
) {
  const rows = found.journal.map(
    ([id, seq, type, actorUserId, actorRole, at, payload]) =>
      ({
        id,
        caseId: reader.row.id,
        seq,
        type,
        actorUserId,
        actorRole,
        at: new Date(at),
        payload,
      }) as EventRow,
  );
  return caseHistory(reader, rows, lang);
}

/** The journal as history: staff read metadata only (STF-2). */
function caseHistory(reader: CaseReader, rows: readonly EventRow[], lang: Language) {
  const events = rows
    .map((row) => ({ row, event: toDomainEvent(row) }))
    .filter(({ event }) => seesEvent(reader, event));
  return {
    events: events.map(({ row, event }) => ({
      seq: row.seq,
      type: event.type,
      label: eventLabels[event.type][lang],
      at: event.at,
      actor: { userId: row.actorUserId, role: row.actorRole },
      payload:
        reader.access === 'metadata' && EVENT_META[event.type].confidential
          ? null
          : (row.payload as Record<string, never>),
    })),
  };
}

/**
 * QC-15 "Demander la médiation" for a party of a qc case in negotiation: whether the engine lets
 * them ask now, on which basis, from when the 45-day rule holds, and otherwise why not (the
 * engine's reason, in the reader's language). Null for anyone else and at any other stage.
 */
export function requestMediationFor(
  ctx: AppContext,
  reader: CaseReader,
  lang: Language,
): RequestMediationView | null {
  const state = reader.row.state;
  if (state.programme !== 'qc' || state.status !== 'negotiation') return null;
  const parties = reader.actors.filter((actor) => partySideOf(state, actor) !== null);
  if (parties.length === 0) return null;
  const now = ctx.clock.now();
  const eligibility = mediationEligibility(state, now);
  const chosen = chooseActor(state, parties, { type: 'request_mediation' }, now);
  return {
    allowed: chosen.ok,
    basis: eligibility.basis,
    eligibleFrom: eligibility.eligibleFrom,
    reason: chosen.ok ? null : chosen.reason,
    message: chosen.ok ? null : denialMessages[chosen.reason][lang],
  };
}

/** What the reader may do now, across every actor they may be on the case (for screens). */
export function caseActions(
  ctx: AppContext,
  reader: CaseReader,
  lang: Language = 'fr',
): { actions: ActionName[]; requestMediation: RequestMediationView | null } {
  const now = ctx.clock.now();
  const allowed = new Set<ActionName>();
  for (const actor of reader.actors) {
    for (const action of availableActions(reader.row.state, actor, now)) allowed.add(action);
  }
  return {
    actions: ACTION_NAMES.filter((action) => allowed.has(action)),
    requestMediation: requestMediationFor(ctx, reader, lang),
  };
}
