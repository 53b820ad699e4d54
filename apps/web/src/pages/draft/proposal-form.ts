/**
 * QC-6's structured proposal as form values, shared by the wizard's "Proposition" step and the
 * case page's counter-proposal and "Modifier" forms (QC-12): one form, one conversion.
 */
import type { ProposalDraft } from '@entente/contracts';
import { z } from 'zod';
import { formatMoneyInput, parseMoney } from '../../lib/money';
import { SOLUTION_KINDS, type SolutionKind } from './options';

/** `packages/domain` MAX_TERMS_LENGTH and MAX_SOLUTION_TEXT_LENGTH. */
const MAX_TERMS = 4000;
const MAX_TEXT = 1000;

export interface ProposalValues {
  kinds: SolutionKind[];
  refundAmount: string;
  priceReductionAmount: string;
  damagesAmount: string;
  damagesDocument: string;
  deliveryDate: string;
  otherText: string;
  terms: string;
}
export type ProposalField = keyof ProposalValues;

/** The form field holding each kind's amount, date, text or document. */
export const DETAIL_FIELDS: Readonly<Record<SolutionKind, readonly ProposalField[]>> = {
  refund: ['refundAmount'],
  repair: [],
  replacement: [],
  delivery_or_service: ['deliveryDate'],
  contract_cancellation: [],
  price_reduction: ['priceReductionAmount'],
  damages: ['damagesAmount', 'damagesDocument'],
  other_compensation: ['otherText'],
};

const money = z.string().refine((value) => parseMoney(value) !== null, { error: 'amount' });

export const proposalFormSchema = z.object({
  kinds: z.array(z.enum(SOLUTION_KINDS)),
  refundAmount: money,
  priceReductionAmount: money,
  damagesAmount: money,
  damagesDocument: z.string(),
  deliveryDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'date' }),
  otherText: z.string().max(MAX_TEXT, { error: 'tooLong' }),
  terms: z.string().max(MAX_TERMS, { error: 'tooLong' }),
});

type Solution = NonNullable<ProposalDraft['solutions']>[number];

export function toValues(proposal: ProposalDraft, locale: string): ProposalValues {
  const values: ProposalValues = {
    kinds: [],
    refundAmount: '',
    priceReductionAmount: '',
    damagesAmount: '',
    damagesDocument: '',
    deliveryDate: '',
    otherText: '',
    terms: proposal.terms ?? '',
  };
  for (const solution of proposal.solutions ?? []) {
    values.kinds.push(solution.kind);
    switch (solution.kind) {
      case 'refund':
        values.refundAmount = formatMoneyInput(solution.amountMinor, locale);
        break;
      case 'price_reduction':
        values.priceReductionAmount = formatMoneyInput(solution.amountMinor, locale);
        break;
      case 'damages':
        values.damagesAmount = formatMoneyInput(solution.amountMinor, locale);
        values.damagesDocument = solution.supportingDocumentId ?? '';
        break;
      case 'delivery_or_service':
        values.deliveryDate = solution.byDate ?? '';
        break;
      case 'other_compensation':
        values.otherText = solution.text ?? '';
        break;
      default:
        break;
    }
  }
  return values;
}

const amountOf = (text: string) => parseMoney(text) ?? undefined;
const textOf = (text: string) => (text.trim() === '' ? undefined : text.trim());

function toSolution(kind: SolutionKind, v: ProposalValues): Solution {
  switch (kind) {
    case 'refund':
      return { kind, amountMinor: amountOf(v.refundAmount) };
    case 'price_reduction':
      return { kind, amountMinor: amountOf(v.priceReductionAmount) };
    case 'damages':
      return {
        kind,
        amountMinor: amountOf(v.damagesAmount),
        supportingDocumentId: textOf(v.damagesDocument),
      };
    case 'delivery_or_service':
      return { kind, byDate: textOf(v.deliveryDate) };
    case 'other_compensation':
      return { kind, text: textOf(v.otherText) };
    default:
      return { kind };
  }
}

/** Solutions in the list's order, without their empty details (a draft may be incomplete). */
export function solutionsOf(v: ProposalValues): SolutionKind[] {
  return SOLUTION_KINDS.filter((kind) => v.kinds.includes(kind));
}

export function toDraft(v: ProposalValues): ProposalDraft {
  const solutions = solutionsOf(v).map((kind) => {
    const solution = toSolution(kind, v);
    return Object.fromEntries(
      Object.entries(solution).filter(([, value]) => value !== undefined),
    ) as Solution;
  });
  return { solutions, terms: v.terms };
}

/**
 * An API field key (`proposal.solutions.<index>.<field>` from the wizard, `content.…` from the
 * case commands; the index is the order sent) → the form's field.
 */
export function formFieldFor(kinds: readonly SolutionKind[]) {
  return (key: string): string => {
    const path = key.replace(/^(proposal|content)\./, '');
    const match = /^solutions\.(\d+)\.(\w+)$/.exec(path);
    if (!match) return path === 'solutions' ? 'kinds' : path;
    const kind = kinds[Number(match[1])];
    if (!kind) return 'kinds';
    const details = DETAIL_FIELDS[kind];
    const field = match[2] === 'supportingDocumentId' ? details[1] : details[0];
    return field ?? 'kinds';
  };
}
