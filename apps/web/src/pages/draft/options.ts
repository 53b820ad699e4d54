import type { ContractPlace, ProblemNature, ProposalDraft } from '@entente/contracts';

/*
 * The option codes of `packages/contracts/src/draft.ts`, in the form's order. Types only come
 * from the contracts: importing their values would pull every draft schema (and more of zod) into
 * the chunk all pages share. `satisfies Record<Code, true>` keeps each list exactly the codes.
 */

const places = {
  in_store: true,
  at_home: true,
  by_phone: true,
  online: true,
  other: true,
} as const satisfies Record<ContractPlace, true>;
export const CONTRACT_PLACES = Object.keys(places) as ContractPlace[];

const natures = {
  defective_good: true,
  not_delivered_or_late: true,
  service_not_performed: true,
  service_poorly_performed: true,
  warranty_not_honoured: true,
  billing_or_price: true,
  misleading_representation: true,
  cancellation_refused: true,
  refund_refused: true,
  other: true,
} as const satisfies Record<ProblemNature, true>;
export const PROBLEM_NATURES = Object.keys(natures) as ProblemNature[];

export type SolutionKind = NonNullable<ProposalDraft['solutions']>[number]['kind'];

const kinds = {
  refund: true,
  repair: true,
  replacement: true,
  delivery_or_service: true,
  contract_cancellation: true,
  price_reduction: true,
  damages: true,
  other_compensation: true,
} as const satisfies Record<SolutionKind, true>;
export const SOLUTION_KINDS = Object.keys(kinds) as [SolutionKind, ...SolutionKind[]];
