/**
 * What the office's dashboard (STF-1) and the QC-20 follow-up lists need beyond freshly active
 * cases: some open cases waiting long enough for their deadlines to have passed, the deadline
 * job's traces of those deadlines (`fired_at`, `result`, the overdue flag), and mediators'
 * follow-up requests ("relances").
 *
 * Only statuses whose deadlines notify or flag are aged: a deadline with a system command
 * (draft expiry, professional silence) would have changed the case when it fired, which a
 * stamped history cannot show.
 */
import { randomUUID } from 'node:crypto';
import { MESSAGE_SENTENCES, REASONS } from './corpus.js';
import type { Random } from './random.js';
import { line, TABLES } from './rows.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Open statuses with notify-only deadlines (admissibility decision, mediation day 60/75/90). */
export const AGEING_STATUSES: ReadonlySet<string> = new Set([
  'awaiting_assignment',
  'admissibility_review',
  'mediation',
]);
/** Share of those cases that have been waiting weeks rather than hours. */
export const AGED_SHARE = 0.3;

/** Statuses in which a mediator leads the case and may ask for a follow-up (QC-20). */
const MEDIATOR_LED: ReadonlySet<string> = new Set(['mediation', 'solution_proposed', 'protocol_signing']);
const FOLLOWUP_SHARE = 0.15;
const FOLLOWUP_RESOLVED_SHARE = 0.6;

/** When an open case's last event happened: hours ago, or weeks ago for an aged case. */
export function openCaseEnd(status: string, r: Random, now: number): number {
  if (AGEING_STATUSES.has(status) && r.next() < AGED_SHARE) return now - r.int(6, 100) * DAY;
  return now - r.int(2, 120) * HOUR;
}

const column = <T extends keyof typeof TABLES>(table: T, name: (typeof TABLES)[T][number]) =>
  (TABLES[table] as readonly string[]).indexOf(name);
const DEADLINE = {
  kind: column('case_deadlines', 'kind'),
  dueAt: column('case_deadlines', 'due_at'),
  action: column('case_deadlines', 'action'),
  firedAt: column('case_deadlines', 'fired_at'),
  result: column('case_deadlines', 'result'),
};
const OVERDUE_SINCE = column('cases', 'overdue_since');
const STATUS = column('cases', 'status');

/**
 * Marks the stamped deadlines that are already due as the job leaves them (jobs/deadlines.ts):
 * fired half a minute after they were due (the sweep runs every minute), `done` for the end of
 * messaging and `notified` for alerts; a passed `mediation_end` of an open case sets the case's
 * `overdue_since` (QC-20). Deadlines with a system command are left pending (see above).
 * `deadlines` are this case's lines, `caseLine` its `cases` line; both are rewritten in place.
 */
export function settleDueDeadlines(
  caseLine: { value: string },
  deadlines: string[],
  now: number,
): void {
  const caseFields = caseLine.value.split('\t');
  for (let i = 0; i < deadlines.length; i++) {
    const fields = deadlines[i]!.split('\t');
    const due = Date.parse(fields[DEADLINE.dueAt]!);
    if (due > now || fields[DEADLINE.action] !== '\\N') continue;
    const fired = new Date(due + 30_000).toISOString();
    const kind = fields[DEADLINE.kind]!;
    fields[DEADLINE.firedAt] = fired;
    fields[DEADLINE.result] = kind === 'messaging_end' ? 'done' : 'notified';
    deadlines[i] = fields.join('\t');
    if (kind === 'mediation_end' && caseFields[STATUS] !== 'closed') caseFields[OVERDUE_SINCE] = fired;
  }
  caseLine.value = caseFields.join('\t');
}

export interface FollowupInput {
  readonly caseId: string;
  readonly status: string;
  readonly mediatorId: string;
  /** Instant of the case's last event (ms): the mediator was assigned before it. */
  readonly lastEventMs: number;
  readonly staff: readonly string[];
}

/** QC-20: a follow-up request for some mediator-led cases, most of them already handled. */
export function followupFor(input: FollowupInput, r: Random, now: number): string | null {
  if (!MEDIATOR_LED.has(input.status) || r.next() >= FOLLOWUP_SHARE) return null;
  const created = input.lastEventMs + r.next() * (now - input.lastEventMs);
  const resolved = r.next() < FOLLOWUP_RESOLVED_SHARE;
  const resolvedAt = Math.min(now, created + r.int(1, 48) * HOUR);
  return line([
    randomUUID(),
    input.caseId,
    input.mediatorId,
    r.pick(['consumer', 'business', 'both']),
    `${r.pick(MESSAGE_SENTENCES)} ${r.pick(MESSAGE_SENTENCES)}`,
    new Date(created).toISOString(),
    resolved ? new Date(resolvedAt).toISOString() : null,
    resolved ? r.pick(input.staff) : null,
    resolved ? r.pick(REASONS) : null,
  ]);
}
