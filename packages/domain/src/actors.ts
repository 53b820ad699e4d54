/**
 * Who acts. Roles are platform-wide (SPEC §2); what a role may do on a given case depends on
 * the actor's relation to that case, computed in `relations.ts`.
 */

export const ROLES = [
  'consumer',
  'consumer_representative',
  'merchant_respondent',
  'merchant_representative',
  'mediator',
  'staff',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Deadline jobs act as the system; it appears in events like any other actor. */
export type ActorRole = Role | 'system';

/**
 * A signed-in person acting in one of their roles. A person may hold several roles (SPEC §2):
 * the API chooses the role relevant to the case. `businessId` is set for merchant roles.
 */
export interface UserActor {
  readonly userId: string;
  readonly role: Role;
  readonly businessId?: string;
}

export interface SystemActor {
  readonly userId: 'system';
  readonly role: 'system';
}

export type Actor = UserActor | SystemActor;

export const SYSTEM_ACTOR: SystemActor = { userId: 'system', role: 'system' };

/** The actor as recorded in an event. */
export interface EventActor {
  readonly userId: string;
  readonly role: ActorRole;
}

export function toEventActor(actor: Actor): EventActor {
  return { userId: actor.userId, role: actor.role };
}

export const MERCHANT_ROLES: readonly Role[] = ['merchant_respondent', 'merchant_representative'];
export const STAFF_ROLES: readonly Role[] = ['staff', 'administrator'];
