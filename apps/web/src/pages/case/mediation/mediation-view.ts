/**
 * What the case page shows of a qc mediation (QC-15 to QC-20), decided from the API's views
 * without React, so it is tested without a browser.
 */
import type { CaseSummary, MediationProgress } from '../../../api/case-types';
import type { BoardProposal, CaseProposals, ProposalAnswer, Side } from '../case-api';
import type { CaseMessageKey } from '../case-fr';

/** QC-20: the mediator and the office's staff see the days of mediation; the parties do not. */
export function seesMediationDays(summary: Pick<CaseSummary, 'mySide' | 'myRoles'>): boolean {
  return (
    summary.mySide === 'mediator' ||
    summary.myRoles.some((role) => role === 'staff' || role === 'administrator')
  );
}

export interface MediationDays {
  /** "Jour 62 de la médiation" (day 0, the day of assignment, reads "Premier jour…"). */
  day: { key: CaseMessageKey; params: { day: number } };
  /** "13 jours restants", "dernier jour", or null once overdue. */
  remaining: { key: CaseMessageKey; params: { count: number } } | null;
  /** `alert` from day 60, `overdue` past the last day (QC-20). */
  tone: 'normal' | 'alert' | 'overdue';
}

export function mediationDays(progress: MediationProgress): MediationDays {
  const tone = progress.overdue ? 'overdue' : progress.alert ? 'alert' : 'normal';
  const left = progress.remainingDays;
  const remainingKey: CaseMessageKey =
    left === 0 ? 'cp.med.lastDay' : left === 1 ? 'cp.med.remaining.one' : 'cp.med.remaining.other';
  return {
    day: {
      key: progress.day === 0 ? 'cp.med.dayFirst' : 'cp.med.day',
      params: { day: progress.day },
    },
    remaining: tone === 'overdue' ? null : { key: remainingKey, params: { count: left } },
    tone,
  };
}

/**
 * QC-17: the board switches to its mediation layout once a mediator works on a qc case (and
 * keeps it after closing, so the mediator's proposal and the discussion stay readable).
 */
export function isMediationBoard(
  summary: Pick<CaseSummary, 'programme' | 'status' | 'mediator'>,
  board: Pick<CaseProposals, 'proposals'>,
): boolean {
  if (summary.programme !== 'qc') return false;
  return (
    summary.status === 'mediation' ||
    summary.mediator !== null ||
    board.proposals.some((proposal) => proposal.author === 'mediator')
  );
}

/** The mediator's current proposal (the API names it; older servers: the newest one). */
export function mediatorProposalOf(board: CaseProposals): BoardProposal | null {
  const named = board.mediatorProposalId
    ? board.proposals.find((proposal) => proposal.id === board.mediatorProposalId)
    : undefined;
  return named ?? board.proposals.find((proposal) => proposal.author === 'mediator') ?? null;
}

/** Each party's acceptance of the proposal's current version, or null when not given yet. */
export function acceptanceBySide(proposal: BoardProposal): Record<Side, ProposalAnswer | null> {
  const version = proposal.versions.at(-1)?.version;
  const current = (proposal.acceptances ?? []).filter((answer) => answer.version === version);
  return {
    consumer: current.find((answer) => answer.side === 'consumer') ?? null,
    merchant: current.find((answer) => answer.side === 'merchant') ?? null,
  };
}

/**
 * QC-17 "a modification voids earlier acceptances and says so to the parties": true while the
 * proposal is open and some party had accepted an earlier version.
 */
export function acceptancesWereVoided(proposal: BoardProposal): boolean {
  return proposal.status === 'open' && (proposal.voidedAcceptances ?? []).length > 0;
}

/** The sides that accepted one version (current acceptances and voided ones alike). */
export function sidesThatAccepted(
  answers: readonly ProposalAnswer[] | undefined,
  version: number,
): Side[] {
  return (answers ?? []).filter((a) => a.version === version).map((a) => a.side);
}

/** The mediation discussion's place on the proposals tab (the closing form links to it). */
export const MEDIATION_DISCUSSION_ID = 'mediation-discussion';
