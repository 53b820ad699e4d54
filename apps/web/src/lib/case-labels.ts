import type { MessageKey, Translate } from '../i18n/translate';

const STATUS_KEYS: Readonly<Record<string, MessageKey>> = {
  draft: 'status.draft',
  negotiation: 'status.negotiation',
  mediation_requested: 'status.mediation_requested',
  mediation: 'status.mediation',
  closed: 'status.closed',
  awaiting_professional: 'status.awaiting_professional',
  refused_by_professional: 'status.refused_by_professional',
  centre_intervention: 'status.centre_intervention',
  awaiting_assignment: 'status.awaiting_assignment',
  admissibility_review: 'status.admissibility_review',
  solution_proposed: 'status.solution_proposed',
  protocol_signing: 'status.protocol_signing',
};

const OUTCOME_KEYS: Readonly<Record<string, MessageKey>> = {
  agreement: 'outcome.agreement',
  withdrawn: 'outcome.withdrawn',
  refused: 'outcome.refused',
  expired: 'outcome.expired',
  inadmissible: 'outcome.inadmissible',
  mediation_failed: 'outcome.mediation_failed',
};

/** A case status of either programme in the UI language (an unknown code is shown as is). */
export function statusLabel(t: Translate, status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

export function outcomeLabel(t: Translate, outcome: string): string {
  const key = OUTCOME_KEYS[outcome];
  return key ? t(key) : outcome;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day a deadline covers (a deadline at midnight ends the day before). */
export function lastDayOf(dueAt: string): string {
  return new Date(Date.parse(dueAt) - 1).toISOString();
}

/**
 * Whole days between today and a deadline's last day, in the reader's calendar: 0 on the last
 * day itself, null once the deadline has passed.
 */
export function daysLeft(dueAt: string, now: number = Date.now()): number | null {
  if (Date.parse(dueAt) <= now) return null;
  const last = new Date(lastDayOf(dueAt));
  const today = new Date(now);
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(last) - day(today)) / DAY_MS);
}
