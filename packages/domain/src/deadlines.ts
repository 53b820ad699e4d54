/**
 * The case's pending deadlines, for the API to persist and for jobs to fire. Each has a stable
 * `key`: a deadline with the same key never moves earlier (FR-9 extensions and FR-11 modified
 * solutions only push it later); a deadline disappears when the state it guards has ended.
 */
import { addCalendarDays } from './calendar.js';
import { pendingSolution } from './proposal-lookup.js';
import type { CaseState } from './state.js';

export const DEADLINE_KINDS = [
  'draft_reminder',
  'draft_expiry',
  'professional_answer',
  'admissibility_decision',
  'mediation_alert',
  'mediation_end',
  'solution_answer',
  'messaging_end',
  'records_purge',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** System commands a job runs when their deadline is reached (as `SYSTEM_ACTOR`). */
export type DeadlineAction = 'expire_draft' | 'record_professional_silence';

export interface Deadline {
  /** Stable identity: kind, plus the proposal or reminder offset it concerns. */
  readonly key: string;
  readonly kind: DeadlineKind;
  /** Reached when `now >= dueAt`. Periods end at the end of a local day (see calendar.ts). */
  readonly dueAt: string;
  /** Reminders: how many calendar days before the deadline they announce. */
  readonly offsetDays: number | null;
  /** The proposal concerned (solution answers). */
  readonly ref: string | null;
  /** The system command to run when reached; null: notify or flag only. */
  readonly action: DeadlineAction | null;
}

function deadline(
  kind: DeadlineKind,
  dueAt: string | null,
  extra: Partial<Pick<Deadline, 'offsetDays' | 'ref' | 'action'>> = {},
): Deadline[] {
  if (dueAt === null) return [];
  const offsetDays = extra.offsetDays ?? null;
  const ref = extra.ref ?? null;
  const key = [kind, ref, offsetDays].filter((part) => part !== null).join(':');
  return [{ key, kind, dueAt, offsetDays, ref, action: extra.action ?? null }];
}

function draftDeadlines(state: CaseState): Deadline[] {
  const { settings, due } = state;
  if (settings.programme !== 'qc' || due.draftExpiresAt === null) return [];
  const expiry = due.draftExpiresAt;
  // QC-8: reminders k calendar days before the end of the draft period.
  const reminders = settings.draftReminderDaysBefore.flatMap((days) =>
    deadline('draft_reminder', addCalendarDays(expiry, -days, settings.timeZone), {
      offsetDays: days,
    }),
  );
  return [...reminders, ...deadline('draft_expiry', expiry, { action: 'expire_draft' })];
}

function mediationDeadlines(state: CaseState): Deadline[] {
  return [
    ...deadline('mediation_alert', state.due.mediationAlertAt),
    ...deadline('mediation_end', state.due.mediationEndsAt),
  ];
}

/** The deadlines pending in the case's current status, earliest first. */
export function deadlinesFor(state: CaseState): readonly Deadline[] {
  const list: Deadline[] = [];
  switch (state.status) {
    case 'draft':
      list.push(...draftDeadlines(state));
      break;
    case 'awaiting_professional':
      list.push(
        ...deadline('professional_answer', state.due.professionalAnswerDueAt, {
          action: 'record_professional_silence',
        }),
      );
      break;
    case 'awaiting_assignment':
    case 'admissibility_review':
      list.push(...deadline('admissibility_decision', state.due.admissibilityDueAt));
      break;
    case 'mediation':
    case 'protocol_signing':
      list.push(...mediationDeadlines(state));
      break;
    case 'solution_proposed': {
      const solution = pendingSolution(state);
      list.push(...mediationDeadlines(state));
      if (solution !== undefined) {
        list.push(
          ...deadline('solution_answer', solution.answerDueAt, { ref: solution.proposalId }),
        );
      }
      break;
    }
    case 'closed':
      list.push(...deadline('messaging_end', state.closure?.messagingUntil ?? null));
      list.push(...deadline('records_purge', state.closure?.readableUntil ?? null));
      break;
    default:
      break;
  }
  return list.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
