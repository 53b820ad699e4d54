/**
 * The transition table of both programmes, as data. `can`/`decide` look rows up here (who may
 * take which action in which status, under which guards, towards which statuses), and
 * scripts/generate-lifecycle-doc.ts draws docs/case-lifecycle.md from the same rows.
 */
import type { ActionName } from './commands.js';
import type { Programme } from './programmes.js';
import type { CaseStatus } from './statuses.js';
import type { ExplicitDenial, Transition } from './transition-rules.js';
import { FR_TRANSITIONS } from './transitions-fr.js';
import { QC_EXPLICIT_DENIALS, QC_TRANSITIONS } from './transitions-qc.js';

export * from './transition-rules.js';

export const TRANSITIONS: readonly Transition[] = [...QC_TRANSITIONS, ...FR_TRANSITIONS];

/** Rows that give a precise reason when an actor holding `by` tries an action reserved to others. */
export const EXPLICIT_DENIALS: readonly ExplicitDenial[] = QC_EXPLICIT_DENIALS;

/** rows by programme, then status, then action: lookups sit on the hot path of `can`. */
const rowIndex = new Map<string, Map<string, Transition[]>>();
for (const row of TRANSITIONS) {
  const statusKey = `${row.programme}|${row.from}`;
  const byAction = rowIndex.get(statusKey) ?? new Map<string, Transition[]>();
  byAction.set(row.action, [...(byAction.get(row.action) ?? []), row]);
  rowIndex.set(statusKey, byAction);
}

/** Rows for an action in a status (several rows exist only for different capacities). */
export function transitionsFor(
  programme: Programme,
  from: CaseStatus | 'none',
  action: ActionName,
): readonly Transition[] {
  return rowIndex.get(`${programme}|${from}`)?.get(action) ?? [];
}

/** The actions someone may take in a status (in table order). */
export function actionsFrom(
  programme: Programme,
  from: CaseStatus | 'none',
): readonly ActionName[] {
  return [...(rowIndex.get(`${programme}|${from}`)?.keys() ?? [])] as ActionName[];
}

const programmeActions = new Map<Programme, ReadonlySet<ActionName>>();

/** The actions a programme knows at all (others are refused with `not_in_programme`). */
export function actionsOfProgramme(programme: Programme): ReadonlySet<ActionName> {
  let actions = programmeActions.get(programme);
  if (actions === undefined) {
    actions = new Set(
      TRANSITIONS.filter((row) => row.programme === programme).map((row) => row.action),
    );
    programmeActions.set(programme, actions);
  }
  return actions;
}
