/**
 * The reducer's evolve half: `apply(state, event)` folds one event into the state, and
 * `replay(events)` rebuilds a case from its whole history. Pure and total: no clock, no
 * settings lookup (everything needed is in the events).
 */
import type { CaseEvent } from './events.js';
import type { Proposal } from './proposals.js';
import type { CaseState } from './state.js';
import { INITIAL_STATUS } from './statuses.js';
import { applyProposalEvent } from './evolve-proposals.js';

function opened(event: Extract<CaseEvent, { type: 'case_opened' }>): CaseState {
  const p = event.payload;
  return {
    caseId: event.caseId,
    programme: p.programme,
    settings: p.settings,
    caseNumber: p.caseNumber,
    referenceNumber: p.referenceNumber,
    channel: p.channel,
    status: INITIAL_STATUS[p.programme],
    revision: 1,
    openedAt: event.at,
    consumer: p.consumer,
    business: p.business,
    consumerRepresentative: null,
    merchantRepresentative: null,
    firstTookChargeAt: null,
    mediator: null,
    proposals: [],
    agreedBasis: null,
    protocol: null,
    agreement: null,
    professionalRefusal: null,
    centreInterventions: 0,
    admissibility: null,
    submittedAt: null,
    mediationRequestedAt: null,
    mediationStartedAt: null,
    due: {
      draftExpiresAt: p.draftExpiresAt,
      professionalAnswerDueAt: p.professionalAnswerDueAt,
      admissibilityDueAt: null,
      mediationAlertAt: null,
      mediationEndsAt: null,
    },
    closure: null,
  };
}

/** Negotiation proposals can no longer be answered once mediation is requested (QC-15). */
function supersedeNegotiation(proposals: readonly Proposal[]): readonly Proposal[] {
  return proposals.map((p) =>
    p.phase === 'negotiation' && p.status === 'open' ? { ...p, status: 'superseded' } : p,
  );
}

function evolve(state: CaseState, event: CaseEvent): CaseState {
  const { at } = event;
  switch (event.type) {
    case 'case_opened':
      throw new Error(`Case ${state.caseId} is already open`);
    case 'draft_step_saved':
    case 'draft_expired':
    case 'negotiation_refused':
    case 'refusal_attestation_requested':
    case 'document_added':
    case 'message_posted':
      return state; // recorded for history and notifications; no state of their own
    case 'case_submitted':
      return { ...state, status: 'negotiation', submittedAt: at };
    case 'merchant_took_charge':
      return {
        ...state,
        merchantRepresentative: event.payload.representative,
        firstTookChargeAt: state.firstTookChargeAt ?? at,
      };
    case 'mediation_requested':
      return {
        ...state,
        status: 'mediation_requested',
        mediationRequestedAt: at,
        proposals: supersedeNegotiation(state.proposals),
      };
    case 'mediator_assigned':
      return {
        ...state,
        mediator: event.payload.mediator,
        status: state.status === 'awaiting_assignment' ? 'admissibility_review' : state.status,
      };
    case 'mediation_started':
      return {
        ...state,
        status: 'mediation',
        mediationStartedAt: at,
        due: {
          ...state.due,
          mediationEndsAt: event.payload.endsAt,
          mediationAlertAt: event.payload.alertAt,
        },
      };
    case 'mediation_extended':
      return { ...state, due: { ...state.due, mediationEndsAt: event.payload.endsAt } };
    case 'representative_added':
      return {
        ...state,
        consumerRepresentative: { ...event.payload, status: 'invited', userId: null },
      };
    case 'representative_activated':
      return state.consumerRepresentative === null
        ? state
        : {
            ...state,
            consumerRepresentative: {
              ...state.consumerRepresentative,
              status: 'active',
              userId: event.payload.userId,
            },
          };
    case 'representative_removed':
      return { ...state, consumerRepresentative: null };
    case 'professional_accepted':
      return {
        ...state,
        status: 'awaiting_assignment',
        merchantRepresentative: event.payload.representative,
        firstTookChargeAt: state.firstTookChargeAt ?? at,
        due: {
          ...state.due,
          professionalAnswerDueAt: null,
          admissibilityDueAt: event.payload.admissibilityDueAt,
        },
      };
    case 'professional_refused':
    case 'professional_silent':
      return {
        ...state,
        status: 'refused_by_professional',
        professionalRefusal: {
          kind: event.type === 'professional_refused' ? 'refused' : 'silence',
          reason: event.type === 'professional_refused' ? event.payload.reason : null,
          at,
        },
        due: { ...state.due, professionalAnswerDueAt: null },
      };
    case 'centre_intervention_requested':
      return { ...state, status: 'centre_intervention' };
    case 'centre_intervened':
      return {
        ...state,
        status: 'awaiting_professional',
        centreInterventions: state.centreInterventions + 1,
        due: { ...state.due, professionalAnswerDueAt: event.payload.professionalAnswerDueAt },
      };
    case 'admissibility_decided':
      return {
        ...state,
        admissibility: { ...event.payload, decidedAt: at },
        due: { ...state.due, admissibilityDueAt: null },
      };
    case 'case_closed':
      return {
        ...state,
        status: 'closed',
        closure: { ...event.payload, closedAt: at, by: event.actor },
      };
    default:
      return applyProposalEvent(state, event);
  }
}

/** Folds one event into the state; `state` is null only for the case's first event. */
export function apply(state: CaseState | null, event: CaseEvent): CaseState {
  if (state === null) {
    if (event.type !== 'case_opened')
      throw new Error(`A case starts with case_opened, not ${event.type}`);
    return opened(event);
  }
  if (event.caseId !== state.caseId)
    throw new Error(`Event of case ${event.caseId} applied to ${state.caseId}`);
  return { ...evolve(state, event), revision: state.revision + 1 };
}

/** Rebuilds a case from its complete history. */
export function replay(events: readonly CaseEvent[]): CaseState {
  const state = events.reduce<CaseState | null>(apply, null);
  if (state === null) throw new Error('Cannot replay an empty history');
  return state;
}
