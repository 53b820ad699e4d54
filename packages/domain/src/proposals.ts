/**
 * Structured proposals (QC-6, QC-12, QC-17, FR-10, FR-11). A proposal is a series of immutable
 * versions: modifying it appends version n+1 under the same id. Amounts are integers in minor
 * units (cents) of the programme's currency, recorded on the proposal.
 */
import { isValidLocalDate, type LocalDate } from './calendar.js';
import type { EventActor } from './actors.js';
import type { Currency } from './programmes.js';

/** QC-6: the fixed list of solutions a proposal may combine. */
export const SOLUTION_KINDS = [
  'refund',
  'repair',
  'replacement',
  'delivery_or_service',
  'contract_cancellation',
  'price_reduction',
  'damages',
  'other_compensation',
] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

export type Solution =
  | { readonly kind: 'refund'; readonly amountMinor: number }
  | { readonly kind: 'repair' }
  | { readonly kind: 'replacement' }
  | { readonly kind: 'delivery_or_service'; readonly byDate: LocalDate }
  | { readonly kind: 'contract_cancellation' }
  | { readonly kind: 'price_reduction'; readonly amountMinor: number }
  | {
      readonly kind: 'damages';
      readonly amountMinor: number;
      readonly supportingDocumentId: string;
    }
  | { readonly kind: 'other_compensation'; readonly text: string };

export interface ProposalContent {
  readonly solutions: readonly Solution[];
  /** "Précisions et modalités d'application de l'entente": copied verbatim into the agreement. */
  readonly terms: string;
}

export const MAX_TERMS_LENGTH = 4000;
export const MAX_SOLUTION_TEXT_LENGTH = 1000;

export type ProposalIssueCode =
  | 'no_solution'
  | 'unknown_solution'
  | 'duplicate_solution'
  | 'invalid_amount'
  | 'invalid_date'
  | 'missing_supporting_document'
  | 'empty_text'
  | 'text_too_long';

export interface ProposalIssue {
  /** Index of the solution concerned, or `terms`, or `solutions` for the list itself. */
  readonly at: number | 'terms' | 'solutions';
  readonly code: ProposalIssueCode;
}

const isAmount = (value: number): boolean => Number.isSafeInteger(value) && value > 0;

function solutionIssue(solution: Solution): ProposalIssueCode | null {
  switch (solution.kind) {
    case 'refund':
    case 'price_reduction':
      return isAmount(solution.amountMinor) ? null : 'invalid_amount';
    case 'damages':
      if (!isAmount(solution.amountMinor)) return 'invalid_amount';
      return solution.supportingDocumentId.trim() === '' ? 'missing_supporting_document' : null;
    case 'delivery_or_service':
      return isValidLocalDate(solution.byDate) ? null : 'invalid_date';
    case 'other_compensation':
      if (solution.text.trim() === '') return 'empty_text';
      return solution.text.length > MAX_SOLUTION_TEXT_LENGTH ? 'text_too_long' : null;
    case 'repair':
    case 'replacement':
    case 'contract_cancellation':
      return null;
    default:
      return 'unknown_solution';
  }
}

/** Field-level problems of a proposal form; empty when the content is valid. */
export function validateProposalContent(content: ProposalContent): readonly ProposalIssue[] {
  const issues: ProposalIssue[] = [];
  if (content.solutions.length === 0) issues.push({ at: 'solutions', code: 'no_solution' });
  const seen = new Set<string>();
  content.solutions.forEach((solution, index) => {
    // Each kind appears once: two refunds in one proposal would make the agreement ambiguous.
    if (seen.has(solution.kind)) issues.push({ at: index, code: 'duplicate_solution' });
    seen.add(solution.kind);
    const code = solutionIssue(solution);
    if (code !== null) issues.push({ at: index, code });
  });
  if (content.terms.length > MAX_TERMS_LENGTH) issues.push({ at: 'terms', code: 'text_too_long' });
  return issues;
}

/** Who authored a proposal: a party side, or the mediator. */
export type PartySide = 'consumer' | 'merchant';
export type ProposalAuthor = PartySide | 'mediator';
export const PARTY_SIDES: readonly PartySide[] = ['consumer', 'merchant'];

/** `offer`: a party's or the qc mediator's proposal; `solution`: an fr mediator's solution. */
export type ProposalKind = 'offer' | 'solution';
export type ProposalPhase = 'negotiation' | 'mediation';

/**
 * open: may be answered; countered: the other side made a newer proposal (QC-12); accepted;
 * refused (fr solution refused by a party); superseded: its phase ended (mediation requested).
 */
export type ProposalStatus = 'open' | 'countered' | 'accepted' | 'refused' | 'superseded';

export interface ProposalVersion {
  readonly version: number;
  readonly content: ProposalContent;
  readonly at: string;
  readonly by: EventActor;
}

export interface Answer {
  readonly side: PartySide;
  readonly version: number;
  readonly at: string;
}

export interface Proposal {
  readonly proposalId: string;
  readonly kind: ProposalKind;
  readonly author: ProposalAuthor;
  readonly phase: ProposalPhase;
  readonly currency: Currency;
  readonly versions: readonly ProposalVersion[];
  readonly status: ProposalStatus;
  /** Acceptances of the current version; a modification voids them (QC-17). */
  readonly acceptances: readonly Answer[];
  /** FR-11: refusals of the current version of a solution. */
  readonly refusals: readonly Answer[];
  /** FR-11: when a solution's answers are due. */
  readonly answerDueAt: string | null;
}

export function currentVersion(proposal: Proposal): number {
  return proposal.versions.length;
}

export function currentContent(proposal: Proposal): ProposalContent | undefined {
  return proposal.versions[proposal.versions.length - 1]?.content;
}
