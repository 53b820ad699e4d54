/**
 * Runner of the hand-written permission tables: every (situation, action, role) triple is
 * decided and compared with the expectation. Anything a table does not list is expected to be
 * refused with the reason the SPEC's structure implies (see `expected`).
 */
import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  decide,
  type ActionName,
  type DenialReason,
  type Programme,
} from '../src/index.js';
import { commandFor, type Fixture } from './permission-fixtures.js';
import { ROLE_ACTORS, type RoleOrSystem } from './fixtures.js';

export interface Expect {
  readonly allow?: readonly RoleOrSystem[];
  readonly deny?: Partial<Record<RoleOrSystem, DenialReason>>;
  /** Reason for roles listed in neither; `role_not_allowed` by default. */
  readonly otherwise?: DenialReason;
}
export type SituationTable = Partial<Record<ActionName, Expect>>;

export const ROLES_UNDER_TEST = Object.keys(ROLE_ACTORS) as RoleOrSystem[];

/** Shorthand: the same reason for several roles. */
export function deny(roles: readonly RoleOrSystem[], reason: DenialReason): Expect['deny'] {
  return Object.fromEntries(roles.map((role) => [role, reason]));
}

function expected(
  situation: string,
  table: SituationTable,
  programmeActions: ReadonlySet<ActionName>,
  action: ActionName,
  role: RoleOrSystem,
): 'allowed' | DenialReason {
  if (situation === 'none') {
    if (action !== 'open_case') return 'case_not_found';
  } else if (situation === 'closed') {
    // Everything but what the table lists (QC-22's messages after an agreement).
    if (table[action] === undefined) return 'case_closed';
  } else if (action === 'open_case') {
    return 'case_already_exists';
  }
  if (!programmeActions.has(action)) return 'not_in_programme';
  const entry = table[action];
  if (entry === undefined) return 'not_allowed_in_state';
  if (entry.allow?.includes(role)) return 'allowed';
  return entry.deny?.[role] ?? entry.otherwise ?? 'role_not_allowed';
}

export function runPermissionTable(
  programme: Programme,
  programmeActions: readonly ActionName[],
  fixtures: Record<string, (withRepresentative: boolean) => Fixture>,
  tables: Record<string, SituationTable>,
): void {
  const known = new Set(programmeActions);
  describe(`${programme}: every (situation, action, role)`, () => {
    it('covers every situation with a table', () => {
      expect(Object.keys(tables).sort()).toEqual(Object.keys(fixtures).sort());
    });
    for (const [situation, build] of Object.entries(fixtures)) {
      for (const role of ROLES_UNDER_TEST) {
        it(`${situation} × ${role}`, () => {
          const { state, now } = build(role === 'consumer_representative');
          const actor = ROLE_ACTORS[role];
          const mismatches: string[] = [];
          for (const action of ACTION_NAMES) {
            const want = expected(situation, tables[situation] ?? {}, known, action, role);
            const decision = decide(state, commandFor(action, programme, state, actor), actor, now);
            const got = decision.ok ? 'allowed' : decision.reason;
            if (got !== want) mismatches.push(`${action}: expected ${want}, got ${got}`);
          }
          expect(mismatches).toEqual([]);
        });
      }
    }
  });
}
