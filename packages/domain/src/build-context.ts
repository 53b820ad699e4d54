/**
 * Shared helpers of the event builders: the decision context and the closing event, whose
 * QC-22/QC-23 dates are computed once, when the case closes.
 */
import type { Actor, EventActor } from './actors.js';
import {
  addDaysToLocalDate,
  addMonthsToLocalDate,
  endOfPeriod,
  localDateOf,
  startOfLocalDay,
} from './calendar.js';
import {
  makeEvent,
  type CaseEvent,
  type CaseEventType,
  type EventOf,
  type EventPayload,
} from './events.js';
import type { FrSettings } from './programmes.js';
import type { CaseState, Closure, ClosureReason } from './state.js';
import type { Outcome } from './statuses.js';

export interface BuildContext {
  readonly state: CaseState;
  readonly actor: Actor;
  readonly by: EventActor;
  /** The decision instant, ISO (UTC). */
  readonly at: string;
}

export function emit<T extends CaseEventType>(
  context: BuildContext,
  type: T,
  payload: EventPayload<T>,
): EventOf<T> {
  return makeEvent(type, context.state.caseId, context.by, context.at, payload);
}

/** The settings of an fr case: fr-only rows never reach a qc case, the table guarantees it. */
export function frSettings(state: CaseState): FrSettings {
  if (state.settings.programme !== 'fr')
    throw new Error(`fr rule applied to a ${state.programme} case`);
  return state.settings;
}

function closingPhase(state: CaseState): Closure['phase'] {
  switch (state.status) {
    case 'draft':
      return 'draft';
    case 'negotiation':
      return 'negotiation';
    case 'mediation_requested':
    case 'mediation':
    case 'solution_proposed':
    case 'protocol_signing':
      return 'mediation';
    default:
      return 'filing';
  }
}

interface ClosingDetails {
  readonly justification?: string | null;
  readonly problemSummary?: string | null;
}

export function closeCase(
  context: BuildContext,
  outcome: Outcome,
  reason: ClosureReason,
  details: ClosingDetails = {},
): CaseEvent {
  const { settings } = context.state;
  const zone = settings.timeZone;
  // QC-23: readable through the end of the same local date `readableAfterClosingMonths` later.
  const lastReadableDay = addMonthsToLocalDate(
    localDateOf(context.at, zone),
    settings.readableAfterClosingMonths,
  );
  const readableUntil = startOfLocalDay(addDaysToLocalDate(lastReadableDay, 1), zone);
  const messagingUntil =
    settings.programme === 'qc' && outcome === 'agreement'
      ? endOfPeriod(context.at, settings.messagingAfterAgreementDays, zone)
      : null;
  return emit(context, 'case_closed', {
    outcome,
    reason,
    phase: closingPhase(context.state),
    justification: details.justification ?? null,
    problemSummary: details.problemSummary ?? null,
    messagingUntil,
    readableUntil,
  });
}
