/**
 * How the proposals board writes a proposal's solutions (QC-12): the solution's label, then its
 * amount in the case's currency, its date or its text. Pure, so it is tested without a browser.
 */
import { SOLUTION_KINDS } from '@entente/domain';
import type { ProposalContent, Side } from '../case-api';

export type Solution = ProposalContent['solutions'][number];

/** The order of QC-6's list, whatever order the proposal was written in. */
const ORDER: readonly Solution['kind'][] = SOLUTION_KINDS;

export function formatAmount(minor: number, locale: string, currency: 'CAD' | 'EUR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}

export function formatLocalDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The detail after a solution's label ("450,00 $", "15 avril 2026", the text), or null. */
export function solutionDetail(
  solution: Solution,
  locale: string,
  currency: 'CAD' | 'EUR',
): string | null {
  switch (solution.kind) {
    case 'refund':
    case 'price_reduction':
    case 'damages':
      return formatAmount(solution.amountMinor, locale, currency);
    case 'delivery_or_service':
      return formatLocalDate(solution.byDate, locale);
    case 'other_compensation':
      return solution.text;
    default:
      return null;
  }
}

export function sortedSolutions(solutions: readonly Solution[]): Solution[] {
  return [...solutions].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/**
 * QC-12 "whose turn it is", from the reader's side: `mine` when the reader is expected to answer,
 * `other` when waiting for the other party, `none` when nothing is open.
 */
export function turnFor(
  turn: Side | null,
  mySide: Side | 'mediator' | null,
): 'mine' | 'consumer' | 'merchant' | 'none' {
  if (turn === null) return 'none';
  if (turn === mySide) return 'mine';
  return turn;
}
