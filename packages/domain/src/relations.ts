/**
 * An actor's relation to a case: which capacities of the transition table they hold, and which
 * side they speak for. Staff and administrators never hold a party capacity (SPEC §1).
 */
import { MERCHANT_ROLES, STAFF_ROLES, type Actor, type Role } from './actors.js';
import type { PartySide, ProposalAuthor } from './proposals.js';
import type { CaseState } from './state.js';
import type { Capacity } from './transitions.js';

function isBusinessMember(state: CaseState, actor: Actor): boolean {
  return (
    actor.role !== 'system' &&
    MERCHANT_ROLES.includes(actor.role) &&
    actor.businessId !== undefined &&
    actor.businessId === state.business.businessId
  );
}

function isCaseConsumer(state: CaseState, actor: Actor): boolean {
  return actor.role === 'consumer' && actor.userId === state.consumer.userId;
}

/** REP-3: while a representative is active, they alone act for the consumer. */
function isConsumerSide(state: CaseState, actor: Actor): boolean {
  const representative = state.consumerRepresentative;
  if (representative?.status === 'active') {
    return actor.role === 'consumer_representative' && actor.userId === representative.userId;
  }
  return isCaseConsumer(state, actor);
}

function isMerchantSide(state: CaseState, actor: Actor): boolean {
  return isBusinessMember(state, actor) && state.merchantRepresentative?.userId === actor.userId;
}

export function holdsCapacity(state: CaseState | null, actor: Actor, capacity: Capacity): boolean {
  if (capacity === 'system') return actor.role === 'system';
  if (capacity === 'staff') return actor.role !== 'system' && STAFF_ROLES.includes(actor.role);
  if (capacity === 'new_consumer') return state === null && actor.role === 'consumer';
  if (state === null) return false;
  switch (capacity) {
    case 'consumer_side':
      return isConsumerSide(state, actor);
    case 'case_consumer':
      return isCaseConsumer(state, actor);
    case 'merchant_side':
      return isMerchantSide(state, actor);
    case 'business':
      return isBusinessMember(state, actor);
    case 'mediator':
      return actor.role === 'mediator' && actor.userId === state.mediator?.userId;
    case 'representative_invitee':
      // The API checks the validation key (REP-2); the pending invitation is a guard, so that
      // a representative without one is told `no_pending_representative`.
      return actor.role === 'consumer_representative' && actor.userId !== state.consumer.userId;
  }
}

/** The roles that could ever hold a capacity (for denial reasons and the generated doc). */
export const CAPACITY_ROLES: { readonly [C in Capacity]: readonly (Role | 'system')[] } = {
  new_consumer: ['consumer'],
  consumer_side: ['consumer', 'consumer_representative'],
  case_consumer: ['consumer'],
  merchant_side: ['merchant_respondent', 'merchant_representative'],
  business: ['merchant_respondent', 'merchant_representative'],
  mediator: ['mediator'],
  staff: ['staff', 'administrator'],
  representative_invitee: ['consumer_representative'],
  system: ['system'],
};

/** The side an actor speaks for on this case, if any. */
export function sideOf(state: CaseState, actor: Actor): ProposalAuthor | null {
  if (isConsumerSide(state, actor)) return 'consumer';
  if (isMerchantSide(state, actor)) return 'merchant';
  if (holdsCapacity(state, actor, 'mediator')) return 'mediator';
  return null;
}

export function partySideOf(state: CaseState, actor: Actor): PartySide | null {
  const side = sideOf(state, actor);
  return side === 'mediator' ? null : side;
}

/** True when the actor is the case's consumer but a representative acts for them (REP-3). */
export function isRepresentedConsumer(state: CaseState, actor: Actor): boolean {
  return isCaseConsumer(state, actor) && state.consumerRepresentative?.status === 'active';
}

/** True when the actor belongs to the case's business but is not the one in charge. */
export function isBusinessMemberNotInCharge(state: CaseState, actor: Actor): boolean {
  return isBusinessMember(state, actor) && !isMerchantSide(state, actor);
}
