/**
 * Pure read-side questions screens and jobs ask about a case. None changes state.
 */
import { calendarDaysBetween, startOfDayAfter, toEpochMs, type Instant } from './calendar.js';
import type { Actor } from './actors.js';
import { latestPartyProposal } from './proposal-lookup.js';
import { holdsCapacity } from './relations.js';
import type { PartySide } from './proposals.js';
import type { CaseState } from './state.js';
import { threadState, threadsOf } from './threads.js';

export interface MediationEligibility {
  readonly eligible: boolean;
  readonly basis: 'both_proposed' | 'take_charge_elapsed' | null;
  /** First instant at which the 45-day basis holds (start of local day D+45), if taken charge. */
  readonly eligibleFrom: string | null;
}

/**
 * QC-15: "Demander la médiation" when each party made at least one formal proposal, or the
 * business took charge at least 45 days ago, counted in calendar days of the programme's time
 * zone: taken charge on 1 March → eligible from 15 April 00:00 local (day 45), not on 14 April.
 */
export function mediationEligibility(state: CaseState, now: Instant): MediationEligibility {
  const settings = state.settings;
  if (settings.programme !== 'qc') return { eligible: false, basis: null, eligibleFrom: null };
  const proposed = (side: PartySide): boolean =>
    state.proposals.some((p) => p.author === side && p.phase === 'negotiation');
  const since = state.firstTookChargeAt;
  const days = settings.mediationEligibleAfterTakeChargeDays;
  const eligibleFrom = since === null ? null : startOfDayAfter(since, days, settings.timeZone);
  if (proposed('consumer') && proposed('merchant')) {
    return { eligible: true, basis: 'both_proposed', eligibleFrom };
  }
  const elapsed = since !== null && calendarDaysBetween(since, now, settings.timeZone) >= days;
  return { eligible: elapsed, basis: elapsed ? 'take_charge_elapsed' : null, eligibleFrom };
}

export interface MediationProgress {
  /** Calendar day of mediation (the start day is day 0). */
  readonly day: number;
  readonly maxDays: number;
  readonly remainingDays: number;
  /** QC-20: from day 60 the mediator and staff are alerted. */
  readonly alert: boolean;
  /** QC-20: past day 75 (fr: past the possibly extended end) the case is flagged overdue. */
  readonly overdue: boolean;
  readonly endsAt: string;
}

/** What `mediationProgress` reads of a case: lists can load these few fields instead of the state. */
export type MediationClock = Pick<CaseState, 'mediationStartedAt' | 'status'> & {
  readonly due: Pick<CaseState['due'], 'mediationAlertAt' | 'mediationEndsAt'>;
  readonly settings: Pick<CaseState['settings'], 'timeZone'>;
};

/** QC-20 / FR-9: where a mediation stands against its maximum length; null outside mediation. */
export function mediationProgress(state: MediationClock, now: Instant): MediationProgress | null {
  const { mediationStartedAt: startedAt, due } = state;
  if (startedAt === null || due.mediationEndsAt === null || state.status === 'closed') return null;
  const zone = state.settings.timeZone;
  const day = calendarDaysBetween(startedAt, now, zone);
  const lastDay = calendarDaysBetween(startedAt, toEpochMs(due.mediationEndsAt) - 1, zone);
  const nowMs = toEpochMs(now);
  return {
    day,
    maxDays: lastDay,
    remainingDays: Math.max(0, lastDay - day),
    alert: due.mediationAlertAt !== null && nowMs >= toEpochMs(due.mediationAlertAt),
    overdue: nowMs >= toEpochMs(due.mediationEndsAt),
    endsAt: due.mediationEndsAt,
  };
}

/** QC-22: after an agreement in qc the messaging centre stays usable for 90 days. */
export function messagingOpen(state: CaseState, now: Instant): boolean {
  if (state.closure !== null) {
    const until = state.closure.messagingUntil;
    return until !== null && toEpochMs(now) < toEpochMs(until);
  }
  return threadsOf().some((thread) => threadState(state, thread) === 'open');
}

/** QC-23: until when the parties and mediator may read a closed case; null while open. */
export function readableUntil(state: CaseState): string | null {
  return state.closure?.readableUntil ?? null;
}

/** QC-12 "whose turn it is": the side expected to answer the latest open proposal. */
export function negotiationTurn(state: CaseState): PartySide | null {
  if (state.status === 'closed') return null;
  const latest = latestPartyProposal(state);
  if (latest === undefined || latest.status !== 'open' || latest.author === 'mediator') return null;
  return latest.author === 'consumer' ? 'merchant' : 'consumer';
}

/**
 * What an actor may read of a case (SPEC §2, STF-2, REP-3, QC-23): `full` for its participants
 * (the consumer even when represented, their active representative, the business's respondent
 * and representatives, the assigned mediator) until `readableUntil`; `metadata` for staff;
 * `none` otherwise. Thread-level confidentiality (QC-16) is the messaging module's concern.
 */
export function readAccess(
  state: CaseState,
  actor: Actor,
  now: Instant,
): 'full' | 'metadata' | 'none' {
  const until = readableUntil(state);
  if (until !== null && toEpochMs(now) >= toEpochMs(until)) return 'none'; // purged (QC-23)
  if (holdsCapacity(state, actor, 'staff')) return 'metadata';
  const participant =
    holdsCapacity(state, actor, 'case_consumer') ||
    holdsCapacity(state, actor, 'consumer_side') ||
    holdsCapacity(state, actor, 'business') ||
    holdsCapacity(state, actor, 'mediator');
  return participant ? 'full' : 'none';
}
