/**
 * Runs each journey through the real engine (`decide` then `apply`), so every stamped case is a
 * history the engine produced itself: `replay(events)` gives back `state` by construction.
 */
import {
  apply,
  decide,
  SYSTEM_ACTOR,
  type Actor,
  type CaseEvent,
  type CaseState,
} from '@entente/domain';
import { JOURNEYS, type Journey, type Who } from './journeys.js';
import { JourneyNotifications, type TemplateNotification } from './notifications.js';
import { P, TEMPLATE_ORIGIN } from './placeholders.js';

export interface Template {
  readonly journey: Journey;
  readonly events: readonly CaseEvent[];
  readonly state: CaseState;
  /** Instant of the last event (ms): stamping shifts the whole history by whole days from it. */
  readonly endMs: number;
  /** What the API would have told each person along the way (notifications.ts). */
  readonly notifications: readonly TemplateNotification[];
}

const ACTORS: Record<Who, Actor> = {
  consumer: { userId: P.consumer, role: 'consumer' },
  merchant: { userId: P.merchant, role: 'merchant_representative', businessId: P.business },
  mediator: { userId: P.mediator, role: 'mediator' },
  staff: { userId: P.staff, role: 'staff' },
  system: SYSTEM_ACTOR,
};

export function runJourney(journey: Journey): Template {
  let state: CaseState | null = null;
  const events: CaseEvent[] = [];
  const notifications = new JourneyNotifications();
  let now = TEMPLATE_ORIGIN;
  for (const [index, step] of journey.steps.entries()) {
    now += step.after * 3_600_000;
    const decision = decide(state, step.command, ACTORS[step.who], new Date(now));
    if (!decision.ok) {
      throw new Error(
        `journey ${journey.name} step ${index} (${step.command.type} by ${step.who}) refused: ${decision.reason}`,
      );
    }
    for (const event of decision.events) {
      state = apply(state, event);
      events.push(event);
    }
    if (state !== null) {
      const actor = ACTORS[step.who];
      notifications.afterCommand(state, decision.events, actor.role === 'system' ? null : actor.userId, now);
    }
  }
  if (state === null) throw new Error(`journey ${journey.name} has no steps`);
  return { journey, events, state, endMs: now, notifications: notifications.rows(state, now) };
}

/** Every journey run once; the order follows JOURNEYS. */
export function buildTemplates(journeys: readonly Journey[] = JOURNEYS): Template[] {
  return journeys.map(runJourney);
}
