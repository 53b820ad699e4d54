/**
 * The one path every change to a case takes (routes, jobs, the demo): lock the case → access
 * check → the engine decides → one transaction appends the events and writes the snapshot, the
 * projections, the deadlines, the notifications and the e-mails → after commit the live signals
 * are published and the e-mails dispatched.
 */
import type { Language } from '@entente/contracts';
import {
  SYSTEM_ACTOR,
  apply,
  decide,
  type Actor,
  type CaseEvent,
  type CaseState,
  type Command,
  type DenialReason,
} from '@entente/domain';
import { and, arrayContains, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import { errorMessage, type ErrorCode } from '../../platform/messages.js';
import type { User } from '../auth/sessions.js';
import { publishSignals } from '../live/live-signals.js';
import { Announcements } from '../notifications/announcements.js';
import { fileAgreementIfReached } from '../pdf/agreement-filing.js';
import { fileAttestationIfFailed } from '../pdf/attestation-filing.js';
import { StoredObjects, withStoredObjects } from '../pdf/stored-objects.js';
import { actorsOnCase, bestReadAccess, chooseActor } from './case-actors.js';
import {
  appendEvents,
  CaseVersionConflict,
  insertCaseRow,
  lockCase,
  lockCaseFor,
  writeDecision,
  type CaseRow,
  type StoredEvent,
} from './case-store.js';
import { syncDeadlines } from './deadline-sync.js';
import { announceCaseEvents, notifyCaseEvents } from './notifications.js';
import { projectEvents } from './projections.js';
import { denialStatus } from './reason-messages.js';

export interface Applied {
  readonly state: CaseState;
  readonly events: readonly StoredEvent[];
  readonly mailIds: readonly string[];
}

export type CaseOutcome =
  | ({ readonly ok: true } & Applied)
  | {
      readonly ok: false;
      readonly status: number;
      readonly code: ErrorCode;
      /** The command's field the refusal is about, for a per-field error (`DENIAL_FIELDS`). */
      readonly field?: string;
    };

/** Refusals about one field the person fills in: the form shows them next to that field. */
const DENIAL_FIELDS: Partial<Record<DenialReason, string>> = {
  reason_required: 'reason',
  justification_required: 'justification',
  problem_summary_required: 'problemSummary',
  extension_reason_required: 'reason',
};

function denied(reason: DenialReason, status: number): CaseOutcome {
  const field = DENIAL_FIELDS[reason];
  return field === undefined
    ? { ok: false, status, code: reason }
    : { ok: false, status, code: reason, field };
}

export interface CaseCommandInput {
  readonly caseId: string;
  /** The signed-in person, or `system` for deadline jobs. */
  readonly actorUser: User | 'system';
  readonly command: Command;
  /**
   * REP-2: the caller verified the representative's invitation (validation key), so this user
   * may act as the invitee although they are not on the case yet.
   */
  readonly invitationVerified?: boolean;
  /**
   * A stricter read check than the case's own (the messaging centre's threads, QC-16): false
   * answers 404, as for a stranger, before the engine decides.
   */
  readonly readable?: (state: CaseState, actors: readonly Actor[], now: Date) => boolean;
  /**
   * Module data that must commit with the events (a document's row, a message's body); what it
   * announces goes to `news`, published with the command's own news.
   */
  readonly within?: (tx: Tx, applied: Applied, news: Announcements) => Promise<void>;
  /** The reader's language, for the per-field message of a refusal (French otherwise). */
  readonly lang?: Language;
}

const NOT_FOUND = { ok: false, status: 404, code: 'not_found' } as const;
const CONFLICT = { ok: false, status: 409, code: 'case_conflict' } as const;

/**
 * Writes a decision: journal, snapshot, projections, deadlines, notifications and e-mails. With
 * `news`, the live signals are left in it for the caller to publish after commit; without, they
 * are sent within the transaction.
 */
export async function persistEvents(
  tx: Tx,
  ctx: AppContext,
  row: CaseRow | null,
  before: CaseState | null,
  events: readonly CaseEvent[],
  actorUserId: string | null,
  now: Date,
  news?: Announcements,
): Promise<Applied> {
  const state = events.reduce<CaseState | null>((current, event) => apply(current, event), before);
  if (state === null) throw new Error('A decision without events cannot open a case');
  let stored: StoredEvent[];
  if (row === null) {
    await insertCaseRow(tx, state, now);
    stored = await appendEvents(tx, 0, events);
  } else stored = await writeDecision(tx, row, state, events, now);
  await projectEvents(tx, before, state, events);
  await syncDeadlines(tx, before, state, now);
  let mailIds: string[];
  if (news === undefined) mailIds = await notifyCaseEvents(tx, ctx, state, events, actorUserId);
  else {
    const people = await announceCaseEvents(tx, news, state, events, actorUserId);
    mailIds = await news.write(tx, ctx, await people.directory());
  }
  return { state, events: stored, mailIds };
}

async function actorsFor(
  tx: Tx,
  input: CaseCommandInput,
  now: Date,
): Promise<{ row: CaseRow; actors: Actor[]; visible: boolean } | undefined> {
  const user = input.actorUser;
  if (user === 'system') {
    const row = await lockCase(tx, input.caseId);
    return row && { row, actors: [SYSTEM_ACTOR], visible: true };
  }
  if (input.invitationVerified && input.command.type === 'activate_representative') {
    const row = await lockCase(tx, input.caseId);
    const actors: Actor[] = [{ userId: user.id, role: 'consumer_representative' }];
    return row && { row, actors, visible: true };
  }
  // ORG-1: merchants' relations come from their active membership in the case's business.
  const found = await lockCaseFor(tx, input.caseId, user.id);
  if (found === undefined) return undefined;
  const { row, relations } = found;
  const actors: Actor[] = actorsOnCase(user, relations, row.businessId);
  return { row, actors, visible: bestReadAccess(row.state, actors, now).access !== 'none' };
}

/** Checks the engine cannot make: the people a command names exist with the right role. */
async function accountCheck(tx: Tx, command: Command): Promise<CaseOutcome | null> {
  if (command.type !== 'assign_mediator') return null;
  const [mediator] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, command.mediatorUserId),
        arrayContains(users.roles, ['mediator']),
        isNull(users.disabledAt),
      ),
    );
  return mediator ? null : { ok: false, status: 422, code: 'not_a_mediator' };
}

/**
 * Decides and writes inside the caller's transaction; denials are returned, not thrown. Files
 * written to storage on the way (the QC-13 agreement) are tracked in `objects`, for the caller
 * to delete if the transaction does not commit.
 */
export async function executeCaseCommand(
  tx: Tx,
  ctx: AppContext,
  input: CaseCommandInput,
  objects: StoredObjects = new StoredObjects(),
  /** Given by a caller that publishes the live signals after its commit (`runCaseCommand`). */
  news?: Announcements,
): Promise<CaseOutcome> {
  const now = ctx.clock.now();
  const found = await actorsFor(tx, input, now);
  if (found === undefined) return NOT_FOUND;
  const { row, actors, visible } = found;
  // No relation and not staff (or purged, QC-23): exactly as if the case did not exist.
  if (!visible) return NOT_FOUND;
  if (input.readable && !input.readable(row.state, actors, now)) return NOT_FOUND;
  const chosen = chooseActor(row.state, actors, input.command, now);
  if (!chosen.ok) return denied(chosen.reason, denialStatus[chosen.reason]);
  const decision = decide(row.state, input.command, chosen.actor, now);
  if (!decision.ok) return denied(decision.reason, denialStatus[decision.reason]);
  const refused = await accountCheck(tx, input.command);
  if (refused !== null) return refused;
  const actorUserId = input.actorUser === 'system' ? null : input.actorUser.id;
  const announced = news ?? new Announcements();
  const applied = await persistEvents(
    tx,
    ctx,
    row,
    row.state,
    decision.events,
    actorUserId,
    now,
    announced,
  );
  // QC-13 and QC-19: the agreement, or the attestation of no agreement in mediation, is filed
  // in the same transaction as the events that make it.
  const events = applied.events.map((stored) => stored.event);
  await fileAgreementIfReached(tx, ctx, applied.state, events, objects);
  await fileAttestationIfFailed(tx, ctx, applied.state, events, objects);
  await input.within?.(tx, applied, announced);
  const mailIds = await announced.write(tx, ctx);
  if (news === undefined) await announced.signals.sendWithin(tx);
  return { ok: true, ...applied, mailIds: [...applied.mailIds, ...mailIds] };
}

/** True for the unique-index failure a concurrent append causes (pg and PGlite shapes). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const details = e as Error & { code?: string; constraint?: string };
    if (details.code === '23505') {
      return details.constraint === constraint || details.message.includes(constraint);
    }
  }
  return false;
}

/**
 * True when PostgreSQL aborted the transaction to break a deadlock (40P01): two writers took the
 * same trigger-kept counter rows in opposite orders (ADR 0013). Running it again is safe.
 */
export function isDeadlock(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '40P01') return true;
  }
  return false;
}

/**
 * Runs a transaction once more if a concurrent writer took the same `seq`, changed the snapshot
 * or deadlocked with it (the row lock makes all rare); a second clash gives `onConflict()`.
 */
export async function retryOnJournalClash<T>(
  fn: () => Promise<T>,
  onConflict: () => T,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      const clash =
        error instanceof CaseVersionConflict ||
        isDeadlock(error) ||
        isUniqueViolation(error, 'case_events_case_seq_idx');
      if (!clash) throw error;
      if (attempt >= 2) return onConflict();
    }
  }
}

/** The same, answering 409 `case_conflict`. */
export const withJournalRetry = (fn: () => Promise<CaseOutcome>): Promise<CaseOutcome> =>
  retryOnJournalClash<CaseOutcome>(fn, () => CONFLICT);

export function throwIfFailed(
  outcome: CaseOutcome,
  lang: Language = 'fr',
): asserts outcome is { ok: true } & Applied {
  if (outcome.ok) return;
  const { status, code, field } = outcome;
  throw field === undefined
    ? new AppError(status, code)
    : new AppError(status, code, { fields: { [field]: errorMessage(code, lang) } });
}

/** The use case: throws `AppError` (404, 403, 409, 422) with the engine's reason as its code. */
export async function runCaseCommand(ctx: AppContext, input: CaseCommandInput): Promise<Applied> {
  let news = new Announcements();
  const outcome = await withJournalRetry(() => {
    // A retried transaction announces afresh: nothing of a rolled-back attempt may leave.
    news = new Announcements();
    return withStoredObjects(ctx.documents, (objects) =>
      ctx.database.transaction((tx) => executeCaseCommand(tx, ctx, input, objects, news)),
    );
  });
  throwIfFailed(outcome, input.lang);
  await publishSignals(ctx.database, news.signals);
  await ctx.mail.dispatch([...outcome.mailIds]);
  return { state: outcome.state, events: outcome.events, mailIds: outcome.mailIds };
}
