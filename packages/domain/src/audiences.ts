/**
 * The people an audience of `EVENT_META` (SPEC §9) names from the case itself: the consumer
 * side, the assigned mediator, the person an event replaced. The business's people (its
 * registry, ORG-2) and the office's staff live outside the case; their callers add them.
 */
import type { Audience } from './event-meta.js';
import type { CaseEvent } from './events.js';
import type { CaseState } from './state.js';

export type CaseHeldAudience = Extract<Audience, 'consumer' | 'mediator' | 'replaced'>;

/** The merchant representative, mediator or consumer representative an event took out. */
export function replacedBy(event: CaseEvent): string | null {
  if (event.type === 'merchant_took_charge') return event.payload.replaced?.userId ?? null;
  if (event.type === 'mediator_assigned') return event.payload.replaced;
  if (event.type === 'representative_removed') return event.payload.userId;
  return null;
}

const present = (ids: readonly (string | null | undefined)[]): string[] =>
  ids.filter((id): id is string => typeof id === 'string');

export function caseAudienceIds(
  state: CaseState,
  audience: CaseHeldAudience,
  event: CaseEvent | null,
): string[] {
  switch (audience) {
    case 'consumer': {
      const representative = state.consumerRepresentative;
      return present([
        state.consumer.userId,
        representative?.status === 'active' ? representative.userId : null,
      ]);
    }
    case 'mediator':
      return present([state.mediator?.userId]);
    case 'replaced':
      return present([event === null ? null : replacedBy(event)]);
  }
}
