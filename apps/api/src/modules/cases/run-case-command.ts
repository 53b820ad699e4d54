/**
 * The one path every change to a case takes (routes, jobs, the demo): lock the case → access
 * check → the engine decides → one transaction appends the events and writes the snapshot, the
 * projections, the deadlines and the e-mails → after commit the e-mails are dispatched.
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
import { businessRelations, mergeRelations } from '../businesses/business-access.js';
import { fileAgreementIfReached } from '../pdf/agreement-filing.js';
import { fileAttestationIfFailed } from '../pdf/attestation-filing.js';
import { StoredObjects, withStoredObjects } from '../pdf/stored-objects.js';
import { actorsOnCase, bestReadAccess, chooseActor } from './case-actors.js';
import {
  appendEvents,
  insertCaseRow,
  lockCase,
  relationsOf,
  updateCaseRow,
  type CaseRow,
  type StoredEvent,
} from './case-store.js';
import { syncDeadlines } from './deadline-sync.js';
import { notifyCaseEvents } from './notifications.js';
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
  /** Module data that must commit with the events (a document's row, a message's body). */
  readonly within?: (tx: Tx, applied: Applied) => Promise<void>;
  /** The reader's language, for the per-field message of a refusal (French otherwise). */
  readonly lang?: Language;
}

const NOT_FOUND = { ok: false, status: 404, code: 'not_found' } as const;
const CONFLICT = { ok: false, status: 409, code: 'case_conflict' } as const;

/** Writes a decision: journal, snapshot, projections, deadlines, e-mails. */
export async function persistEvents(
  tx: Tx,
  ctx: AppContext,
  row: CaseRow | null,
  before: CaseState | null,
  events: readonly CaseEvent[],
  actorUserId: string | null,
  now: Date,
): Promise<Applied | null> {
  const state = events.reduce<CaseState | null>((current, event) => apply(current, event), before);
  if (state === null) throw new Error('A decision without events cannot open a case');
  if (row === null) await insertCaseRow(tx, state, now);
  else if (!(await updateCaseRow(tx, row, state, now))) return null;
  const stored = await appendEvents(tx, row?.version ?? 0, events);
  await projectEvents(tx, before, state, events);
  await syncDeadlines(tx, state, now);
  const mailIds = await notifyCaseEvents(tx, ctx, state, events, actorUserId);
  return { state, events: stored, mailIds };
}

async function actorsFor(
  tx: Tx,
  input: CaseCommandInput,
  row: CaseRow,
  now: Date,
): Promise<{ actors: Actor[]; visible: boolean }> {
  if (input.actorUser === 'system') return { actors: [SYSTEM_ACTOR], visible: true };
  const user = input.actorUser;
  if (input.invitationVerified && input.command.type === 'activate_representative') {
    return { actors: [{ userId: user.id, role: 'consumer_representative' }], visible: true };
  }
  // ORG-1: merchants' relations come from their active membership in the case's business.
  const relations = mergeRelations(
    await relationsOf(tx, row.id, user.id),
    await businessRelations(tx, row.businessId, user.id),
  );
  const actors: Actor[] = actorsOnCase(user, relations, row.businessId);
  return { actors, visible: bestReadAccess(row.state, actors, now).access !== 'none' };
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
): Promise<CaseOutcome> {
  const now = ctx.clock.now();
  const row = await lockCase(tx, input.caseId);
  if (row === undefined) return NOT_FOUND;
  const { actors, visible } = await actorsFor(tx, input, row, now);
  // No relation and not staff (or purged, QC-23): exactly as if the case did not exist.
  if (!visible) return NOT_FOUND;
  const chosen = chooseActor(row.state, actors, input.command, now);
  if (!chosen.ok) return denied(chosen.reason, denialStatus[chosen.reason]);
  const decision = decide(row.state, input.command, chosen.actor, now);
  if (!decision.ok) return denied(decision.reason, denialStatus[decision.reason]);
  const refused = await accountCheck(tx, input.command);
  if (refused !== null) return refused;
  const actorUserId = input.actorUser === 'system' ? null : input.actorUser.id;
  const applied = await persistEvents(tx, ctx, row, row.state, decision.events, actorUserId, now);
  if (applied === null) return CONFLICT;
  // QC-13 and QC-19: the agreement, or the attestation of no agreement in mediation, is filed
  // in the same transaction as the events that make it.
  const events = applied.events.map((stored) => stored.event);
  await fileAgreementIfReached(tx, ctx, applied.state, events, objects);
  await fileAttestationIfFailed(tx, ctx, applied.state, events, objects);
  await input.within?.(tx, applied);
  return { ok: true, ...applied };
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
 * Runs a transaction once more if a concurrent writer took the same `seq` (the row lock makes it
 * rare); a second clash gives `onConflict()`.
 */
export async function retryOnJournalClash<T>(
  fn: () => Promise<T>,
  onConflict: () => T,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (!isUniqueViolation(error, 'case_events_case_seq_idx')) throw error;
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
  const outcome = await withJournalRetry(() =>
    withStoredObjects(ctx.documents, (objects) =>
      ctx.database.transaction((tx) => executeCaseCommand(tx, ctx, input, objects)),
    ),
  );
  throwIfFailed(outcome, input.lang);
  await ctx.mail.dispatch([...outcome.mailIds]);
  return { state: outcome.state, events: outcome.events, mailIds: outcome.mailIds };
}
