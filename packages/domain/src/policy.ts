/**
 * The permission policy: may this actor take this action on this case now? Used by `decide`
 * and by screens ("which buttons to show"). Checks, in order: the case exists and is open, the
 * programme knows the action, the status allows it, the actor holds a capacity the transition
 * table requires, the row's guards pass, and (when a full command is given) the command's data.
 */
import { inMessagingWindow } from './threads.js';
import { toEpochMs, type Instant } from './calendar.js';
import type { Actor } from './actors.js';
import type { ActionName, Command } from './commands.js';
import { GUARD_CHECKS } from './guards.js';
import { PROGRAMMES } from './programmes.js';
import type { DenialReason } from './reasons.js';
import {
  CAPACITY_ROLES,
  holdsCapacity,
  isBusinessMemberNotInCharge,
  isRepresentedConsumer,
} from './relations.js';
import type { CaseState } from './state.js';
import {
  EXPLICIT_DENIALS,
  actionsFrom,
  actionsOfProgramme,
  transitionsFor,
  type Transition,
} from './transitions.js';
import { commandDataDenial, openCaseDenial } from './validation.js';

export type Permission =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: DenialReason };

const ALLOWED: Permission = { allowed: true };

function openingDenial(
  actor: Actor,
  action: ActionName,
  command: Command | undefined,
): DenialReason | null {
  if (action !== 'open_case') return 'case_not_found';
  const programmes = command?.type === 'open_case' ? [command.programme] : PROGRAMMES;
  const rows = programmes.flatMap((programme) => transitionsFor(programme, 'none', 'open_case'));
  if (!rows.some((row) => row.by.some((capacity) => holdsCapacity(null, actor, capacity)))) {
    return 'role_not_allowed';
  }
  return command?.type === 'open_case' ? openCaseDenial(actor, command) : null;
}

/** The most helpful reason when the actor holds none of the capacities the rows require. */
function capacityDenial(state: CaseState, actor: Actor, rows: readonly Transition[]): DenialReason {
  const capacities = rows.flatMap((row) => row.by);
  if (capacities.includes('consumer_side') && isRepresentedConsumer(state, actor)) {
    return 'represented_consumer_cannot_act';
  }
  if (capacities.includes('merchant_side') && isBusinessMemberNotInCharge(state, actor)) {
    return 'not_in_charge';
  }
  const roleFits = capacities.some((capacity) => CAPACITY_ROLES[capacity].includes(actor.role));
  return roleFits && actor.role !== 'system' ? 'not_case_participant' : 'role_not_allowed';
}

function denialReason(
  state: CaseState | null,
  actor: Actor,
  action: ActionName,
  command: Command | undefined,
  now: number,
  explain = true,
): DenialReason | null {
  if (state === null) return openingDenial(actor, action, command);
  // A closed case accepts nothing, except QC-22's messages within the window after an agreement.
  if (state.status === 'closed' && !(action === 'post_message' && inMessagingWindow(state, now)))
    return 'case_closed';
  if (action === 'open_case') return 'case_already_exists';
  if (!actionsOfProgramme(state.programme).has(action)) return 'not_in_programme';
  const rows = transitionsFor(state.programme, state.status, action);
  const row = rows.find((r) => r.by.some((capacity) => holdsCapacity(state, actor, capacity)));
  if (row === undefined) {
    if (!explain) return 'role_not_allowed'; // menus only need a yes or no
    const explicit = EXPLICIT_DENIALS.find(
      (rule) =>
        rule.programme === state.programme &&
        rule.from === state.status &&
        rule.action === action &&
        rule.by.some((capacity) => holdsCapacity(state, actor, capacity)),
    );
    if (explicit !== undefined) return explicit.reason;
    return rows.length === 0 ? 'not_allowed_in_state' : capacityDenial(state, actor, rows);
  }
  for (const guard of row.guards) {
    const reason = GUARD_CHECKS[guard]({ state, actor, now, command });
    if (reason !== null) return reason;
  }
  return command === undefined ? null : commandDataDenial(state, command);
}

/**
 * May `actor` take `action` on the case at `now`? Given an action name, answers for the item a
 * screen would act on (current proposal, pending solution…); given a full command, also checks
 * the command's data, exactly as `decide` does. `state` is null before the case exists.
 */
export function can(
  state: CaseState | null,
  actor: Actor,
  action: ActionName | Command,
  now: Instant,
): Permission {
  const command = typeof action === 'string' ? undefined : action;
  const name = typeof action === 'string' ? action : action.type;
  const reason = denialReason(state, actor, name, command, toEpochMs(now));
  return reason === null ? ALLOWED : { allowed: false, reason };
}

/** The actions an actor may take now on a case (for menus and buttons), in table order. */
export function availableActions(
  state: CaseState,
  actor: Actor,
  now: Instant,
): readonly ActionName[] {
  // Only actions with a row in the current status can be allowed: no need to ask about others.
  const at = toEpochMs(now);
  return actionsFrom(state.programme, state.status).filter(
    (action) => denialReason(state, actor, action, undefined, at, false) === null,
  );
}
