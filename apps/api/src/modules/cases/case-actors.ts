/**
 * Who the signed-in person is on a case. A person may hold several roles (SPEC §2); the engine
 * wants one actor per decision, so we list the actors they may act as on this case — their
 * relations from `case_members` first, then staff — and use the first one the engine allows.
 */
import {
  can,
  readAccess,
  type Actor,
  type CaseState,
  type Command,
  type DenialReason,
  type UserActor,
} from '@entente/domain';
import type { CaseRelation } from '../../db/schema/index.js';
import type { User } from '../auth/sessions.js';

const RELATION_ORDER: readonly CaseRelation[] = [
  'consumer_representative',
  'consumer',
  'merchant_representative',
  'merchant_respondent',
  'mediator',
];

/**
 * The actors a user may be on a case. Merchant relations carry the case's business: business
 * membership is per case until the business registry exists (ORG-1). A mediator relation counts
 * only while the account still has the mediator role (and so passed ACC-7's second factor).
 */
export function actorsOnCase(
  user: User,
  relations: readonly CaseRelation[],
  businessId: string | null,
): UserActor[] {
  const actors: UserActor[] = [];
  for (const relation of RELATION_ORDER) {
    if (!relations.includes(relation)) continue;
    if (relation === 'mediator' && !user.roles.includes('mediator')) continue;
    const merchant = relation === 'merchant_respondent' || relation === 'merchant_representative';
    actors.push(
      merchant && businessId !== null
        ? { userId: user.id, role: relation, businessId }
        : { userId: user.id, role: relation },
    );
  }
  if (user.roles.includes('administrator')) actors.push({ userId: user.id, role: 'administrator' });
  else if (user.roles.includes('staff')) actors.push({ userId: user.id, role: 'staff' });
  return actors;
}

/** The widest read access among the user's actors: full (participant), metadata (staff), none. */
export function bestReadAccess(
  state: CaseState,
  actors: readonly Actor[],
  now: Date,
): { access: 'full' | 'metadata' | 'none'; actor: Actor | null } {
  let best: { access: 'full' | 'metadata' | 'none'; actor: Actor | null } = {
    access: 'none',
    actor: null,
  };
  for (const actor of actors) {
    const access = readAccess(state, actor, now);
    if (access === 'full') return { access, actor };
    if (access === 'metadata' && best.access === 'none') best = { access, actor };
  }
  return best;
}

/**
 * The first actor the engine lets take this command, or the reason given to the most specific
 * one (the case relation rather than staff) so the person reads the rule that concerns them.
 */
export function chooseActor(
  state: CaseState | null,
  actors: readonly Actor[],
  command: Command,
  now: Date,
): { ok: true; actor: Actor } | { ok: false; reason: DenialReason } {
  let first: DenialReason | null = null;
  for (const actor of actors) {
    const permission = can(state, actor, command, now);
    if (permission.allowed) return { ok: true, actor };
    first ??= permission.reason;
  }
  return { ok: false, reason: first ?? 'role_not_allowed' };
}
