/**
 * Discussion threads (MSG-1, QC-18, FR-10): which are open to whom at each stage. Message
 * bodies are not the engine's business; it only says who may post where.
 */
import type { Actor } from './actors.js';
import type { ThreadRef } from './commands.js';
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

/** Whether a thread accepts new messages at this stage, for anyone. */
export function threadState(
  state: CaseState,
  thread: ThreadRef,
): 'open' | 'read_only' | 'not_open' {
  if (state.status === 'closed') return 'read_only'; // QC-22 is answered by messagingOpen()
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
): DenialReason | null {
  const side = sideOf(state, actor);
  if (side === null || !participates(side, thread)) return 'not_thread_participant';
  const status = threadState(state, thread);
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
export function postableThreads(state: CaseState, actor: Actor): readonly ThreadRef[] {
  return threadsOf().filter((thread) => threadDenial(state, actor, thread) === null);
}
