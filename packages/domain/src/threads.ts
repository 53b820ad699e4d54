/**
 * Discussion threads (MSG-1, QC-18, FR-10): which are open to whom at each stage. Message
 * bodies are not the engine's business; it only says who may post where.
 */
import type { Actor } from './actors.js';
import type { ThreadRef } from './commands.js';
import { toEpochMs, type Instant } from './calendar.js';
import type { DenialReason } from './reasons.js';
import { sideOf } from './relations.js';
import type { CaseState } from './state.js';
import type { PartySide } from './proposals.js';

const FR_WITH_MEDIATOR = new Set([
  'admissibility_review',
  'mediation',
  'solution_proposed',
  'protocol_signing',
]);

/**
 * QC-22: after an agreement in qc the consumer–business thread stays writable until the
 * closure's `messagingUntil` (90 days); every other closing leaves the threads read-only.
 */
function closedThreadState(state: CaseState, thread: ThreadRef, now: Instant | undefined) {
  const afterAgreement =
    thread.kind === 'parties' &&
    state.merchantRepresentative !== null &&
    now !== undefined &&
    inMessagingWindow(state, now);
  return afterAgreement ? 'open' : 'read_only';
}

/** QC-22: whether a closed case is still within its messaging window (agreement + 90 days). */
export function inMessagingWindow(state: CaseState, now: Instant): boolean {
  const until = state.closure?.messagingUntil ?? null;
  return until !== null && toEpochMs(now) < toEpochMs(until);
}

/**
 * Whether a thread accepts new messages at this stage, for anyone. Without `now` a closed
 * case's threads read as read-only (the QC-22 window needs the time).
 */
export function threadState(
  state: CaseState,
  thread: ThreadRef,
  now?: Instant,
): 'open' | 'read_only' | 'not_open' {
  if (state.status === 'closed') return closedThreadState(state, thread, now);
  if (thread.kind === 'parties') {
    if (state.programme === 'fr') return 'not_open'; // fr has the forum and mediator threads only
    if (state.status === 'mediation') return 'read_only'; // QC-18
    const negotiating = state.status === 'negotiation' || state.status === 'mediation_requested';
    // MSG-1: the consumer–business thread opens once the business took charge.
    return negotiating && state.merchantRepresentative !== null ? 'open' : 'not_open';
  }
  const mediating =
    state.programme === 'qc' ? state.status === 'mediation' : FR_WITH_MEDIATOR.has(state.status);
  return mediating && state.mediator !== null ? 'open' : 'not_open';
}

function participates(side: PartySide | 'mediator', thread: ThreadRef): boolean {
  if (thread.kind === 'parties') return side !== 'mediator';
  if (thread.kind === 'mediation_discussion') return true;
  return side === 'mediator' || side === thread.side;
}

/** Why an actor may not post in a thread now, or null when they may. */
export function threadDenial(
  state: CaseState,
  actor: Actor,
  thread: ThreadRef,
  now?: Instant,
): DenialReason | null {
  const side = sideOf(state, actor);
  if (side === null || !participates(side, thread)) return 'not_thread_participant';
  const status = threadState(state, thread, now);
  // Outside QC-22's window a closed case refuses messages like everything else.
  if (state.status === 'closed' && status !== 'open') return 'case_closed';
  if (status === 'read_only') return 'thread_read_only';
  return status === 'open' ? null : 'thread_not_open';
}

/** Every thread of the case, in display order. */
export function threadsOf(): readonly ThreadRef[] {
  return [
    { kind: 'parties' },
    { kind: 'mediation_discussion' },
    { kind: 'with_mediator', side: 'consumer' },
    { kind: 'with_mediator', side: 'merchant' },
  ];
}

/** The threads an actor may post in now. */
export function postableThreads(
  state: CaseState,
  actor: Actor,
  now?: Instant,
): readonly ThreadRef[] {
  return threadsOf().filter((thread) => threadDenial(state, actor, thread, now) === null);
}
