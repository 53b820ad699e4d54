/**
 * Who reads which thread (MSG-1, QC-16, QC-18, SEC-14). Posting is the engine's `post_message`
 * decision; reading follows the same participants: the parties' thread is the consumer side's
 * and the business's only — never the mediator's, even once mediation starts (QC-16) — and a
 * private thread with the mediator is the mediator's and that one side's.
 */
import type { ThreadKindName } from '@entente/contracts';
import { holdsCapacity, type Actor, type CaseState, type ThreadRef } from '@entente/domain';

export type ReaderSide = 'consumer' | 'merchant' | 'mediator';

export function toThreadRef(kind: ThreadKindName): ThreadRef {
  switch (kind) {
    case 'parties':
      return { kind: 'parties' };
    case 'mediation':
      return { kind: 'mediation_discussion' };
    case 'mediator_consumer':
      return { kind: 'with_mediator', side: 'consumer' };
    case 'mediator_business':
      return { kind: 'with_mediator', side: 'merchant' };
  }
}

export function kindOf(thread: ThreadRef): ThreadKindName {
  if (thread.kind === 'parties') return 'parties';
  if (thread.kind === 'mediation_discussion') return 'mediation';
  return thread.side === 'consumer' ? 'mediator_consumer' : 'mediator_business';
}

/**
 * The sides a person reads for. The consumer keeps reading while a representative acts (REP-3);
 * every business member with access reads the business's threads (ORG-2).
 */
export function readerSides(state: CaseState, actors: readonly Actor[]): Set<ReaderSide> {
  const sides = new Set<ReaderSide>();
  for (const actor of actors) {
    if (
      holdsCapacity(state, actor, 'case_consumer') ||
      holdsCapacity(state, actor, 'consumer_side')
    )
      sides.add('consumer');
    if (holdsCapacity(state, actor, 'business')) sides.add('merchant');
    if (holdsCapacity(state, actor, 'mediator')) sides.add('mediator');
  }
  return sides;
}

/** The sides taking part in a thread. */
export function threadSides(thread: ThreadRef): readonly ReaderSide[] {
  if (thread.kind === 'parties') return ['consumer', 'merchant'];
  if (thread.kind === 'mediation_discussion') return ['consumer', 'merchant', 'mediator'];
  return [thread.side, 'mediator'];
}

export function canReadThread(sides: ReadonlySet<ReaderSide>, thread: ThreadRef): boolean {
  return threadSides(thread).some((side) => sides.has(side));
}
