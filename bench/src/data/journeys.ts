/**
 * The case journeys the dataset is stamped from: one per (programme, status, outcome) the
 * generator covers, with a weight (how common such a case is). Each is a list of steps the
 * engine runs for real in `templates.ts`; a step the engine refuses is a bug here.
 */
import type { Command, Programme, ProposalContent, ThreadRef } from '@entente/domain';
import { P } from './placeholders.js';

export type Who = 'consumer' | 'merchant' | 'mediator' | 'staff' | 'system';
export interface Step {
  readonly who: Who;
  readonly command: Command;
  /** Hours since the previous step. */
  readonly after: number;
}
export interface Journey {
  readonly name: string;
  readonly programme: Programme;
  /** Relative frequency among the programme's cases. */
  readonly weight: number;
  readonly steps: readonly Step[];
}

let textCounter = 0;
let amountCounter = 0;
let messageCounter = 0;
const text = () => P.text((textCounter = (textCounter % 99) + 1));
const amount = () => P.amount((amountCounter = (amountCounter % 99) + 1));

const content = (k: number): ProposalContent => {
  const kinds: ProposalContent['solutions'][] = [
    [{ kind: 'refund', amountMinor: amount() }],
    [{ kind: 'repair' }, { kind: 'price_reduction', amountMinor: amount() }],
    [{ kind: 'replacement' }],
    [{ kind: 'refund', amountMinor: amount() }, { kind: 'other_compensation', text: text() }],
  ];
  return { solutions: kinds[k % kinds.length]!, terms: text() };
};

const step = (who: Who, command: Command, after = 6): Step => ({ who, command, after });
const THREADS: Record<string, ThreadRef> = {
  parties: { kind: 'parties' },
  mediation: { kind: 'mediation_discussion' },
  mediator_consumer: { kind: 'with_mediator', side: 'consumer' },
  mediator_business: { kind: 'with_mediator', side: 'merchant' },
};
/** `n` messages alternating between the given authors in one thread. */
function messages(n: number, thread: keyof typeof THREADS, authors: readonly Who[]): Step[] {
  return Array.from({ length: n }, (_, i) =>
    step(
      authors[i % authors.length]!,
      { type: 'post_message', messageId: P.message((messageCounter += 1)), thread: THREADS[thread]! },
      5 + (i % 4) * 7,
    ),
  );
}
const resetMessages = () => {
  messageCounter = 0;
};

// ---------------------------------------------------------------- qc (SPEC §4)
function qcDraft(): Step[] {
  resetMessages();
  return [
    step('consumer', { type: 'open_case', caseId: P.case, programme: 'qc', referenceNumber: P.reference, consumerUserId: P.consumer, businessId: P.business }, 0),
    step('consumer', { type: 'save_draft_step', step: 'parties' }, 1),
    step('consumer', { type: 'save_draft_step', step: 'problem_description' }, 1),
    step('consumer', { type: 'save_draft_step', step: 'proposal' }, 20),
    step('consumer', { type: 'add_document', documentId: P.document(1) }, 1),
  ];
}
const qcSubmitted = (): Step[] => [
  ...qcDraft(),
  step('consumer', { type: 'save_draft_step', step: 'documents' }, 1),
  step('consumer', { type: 'save_draft_step', step: 'review' }, 1),
  step('consumer', { type: 'submit_case', proposalId: P.proposal(1), proposal: content(0) }, 1),
];
const qcNegotiating = (): Step[] => [
  ...qcSubmitted(),
  step('merchant', { type: 'take_charge' }, 30),
  ...messages(6, 'parties', ['merchant', 'consumer']),
  step('merchant', { type: 'make_proposal', proposalId: P.proposal(2), content: content(1) }, 20),
  ...messages(3, 'parties', ['consumer', 'merchant']),
  step('merchant', { type: 'modify_proposal', proposalId: P.proposal(2), baseVersion: 1, content: content(2) }, 10),
  step('merchant', { type: 'add_document', documentId: P.document(2) }, 2),
];
const qcMediationRequested = (): Step[] => [
  ...qcNegotiating(),
  ...messages(2, 'parties', ['consumer', 'merchant']),
  step('consumer', { type: 'request_mediation' }, 48),
];
const qcMediation = (): Step[] => [
  ...qcMediationRequested(),
  step('staff', { type: 'assign_mediator', mediatorUserId: P.mediator }, 30),
  ...messages(3, 'mediation', ['mediator', 'consumer', 'merchant']),
  ...messages(2, 'mediator_consumer', ['consumer', 'mediator']),
  step('mediator', { type: 'make_proposal', proposalId: P.proposal(3), content: content(3) }, 72),
  ...messages(2, 'mediator_business', ['merchant', 'mediator']),
];

const close = (who: Who): Step => step(who, { type: 'close_case', reason: 'no_longer_wish_to_continue', justification: text() }, 24);

const QC: Journey[] = [
  { name: 'qc_draft', programme: 'qc', weight: 6, steps: qcDraft() },
  { name: 'qc_draft_expired', programme: 'qc', weight: 4, steps: [...qcDraft().slice(0, 3), step('system', { type: 'expire_draft' }, 31 * 24)] },
  { name: 'qc_draft_withdrawn', programme: 'qc', weight: 2, steps: [...qcDraft(), close('consumer')] },
  { name: 'qc_negotiation_submitted', programme: 'qc', weight: 6, steps: qcSubmitted() },
  { name: 'qc_refused', programme: 'qc', weight: 4, steps: [...qcSubmitted(), step('merchant', { type: 'refuse_negotiation', reason: text() }, 40)] },
  { name: 'qc_negotiation', programme: 'qc', weight: 14, steps: [...qcNegotiating(), ...messages(3, 'parties', ['consumer', 'merchant'])] },
  { name: 'qc_agreement', programme: 'qc', weight: 20, steps: [...qcNegotiating(), ...messages(2, 'parties', ['consumer', 'merchant']), step('consumer', { type: 'accept_proposal', proposalId: P.proposal(2), version: 2 }, 20)] },
  { name: 'qc_withdrawn', programme: 'qc', weight: 5, steps: [...qcNegotiating(), close('merchant')] },
  { name: 'qc_mediation_requested', programme: 'qc', weight: 4, steps: qcMediationRequested() },
  { name: 'qc_mediation_requested_withdrawn', programme: 'qc', weight: 1, steps: [...qcMediationRequested(), close('consumer')] },
  { name: 'qc_mediation', programme: 'qc', weight: 6, steps: qcMediation() },
  { name: 'qc_mediation_agreement', programme: 'qc', weight: 6, steps: [...qcMediation(), step('consumer', { type: 'accept_proposal', proposalId: P.proposal(3), version: 1 }, 30), step('merchant', { type: 'accept_proposal', proposalId: P.proposal(3), version: 1 }, 30)] },
  { name: 'qc_mediation_failed', programme: 'qc', weight: 4, steps: [...qcMediation(), step('mediator', { type: 'close_without_agreement', justification: text(), problemSummary: text() }, 96)] },
];

// ---------------------------------------------------------------- fr (SPEC §5)
function frOpened(): Step[] {
  resetMessages();
  return [
    step('consumer', { type: 'open_case', caseId: P.case, programme: 'fr', referenceNumber: P.reference, consumerUserId: P.consumer, businessId: P.business, prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true } }, 0),
    step('consumer', { type: 'add_document', documentId: P.document(1) }, 1),
  ];
}
const frRefused = (): Step[] => [...frOpened(), step('merchant', { type: 'professional_refuse', reason: text() }, 50)];
const frAccepted = (): Step[] => [...frOpened(), step('merchant', { type: 'professional_accept' }, 50)];
const frReview = (): Step[] => [
  ...frAccepted(),
  step('staff', { type: 'assign_mediator', mediatorUserId: P.mediator }, 70),
  ...messages(3, 'mediation', ['mediator', 'consumer']),
];
const frMediation = (): Step[] => [
  ...frReview(),
  step('mediator', { type: 'declare_admissible' }, 50),
  step('consumer', { type: 'make_proposal', proposalId: P.proposal(1), content: content(0) }, 24),
  ...messages(6, 'mediation', ['merchant', 'mediator', 'consumer']),
  step('merchant', { type: 'make_proposal', proposalId: P.proposal(2), content: content(1) }, 24),
  step('merchant', { type: 'modify_proposal', proposalId: P.proposal(2), baseVersion: 1, content: content(2) }, 5),
  ...messages(2, 'mediator_consumer', ['consumer', 'mediator']),
  ...messages(2, 'mediator_business', ['merchant', 'mediator']),
  step('merchant', { type: 'add_document', documentId: P.document(2) }, 3),
];
const frSolution = (): Step[] => [
  ...frMediation(),
  step('mediator', { type: 'propose_solution', proposalId: P.proposal(3), content: content(3) }, 72),
  ...messages(1, 'mediation', ['consumer']),
];
const frSigning = (): Step[] => [
  ...frSolution(),
  step('consumer', { type: 'accept_solution', proposalId: P.proposal(3), version: 1 }, 30),
  step('merchant', { type: 'accept_solution', proposalId: P.proposal(3), version: 1 }, 30),
];

const FR: Journey[] = [
  { name: 'fr_awaiting_professional', programme: 'fr', weight: 8, steps: frOpened() },
  { name: 'fr_withdrawn_early', programme: 'fr', weight: 2, steps: [...frOpened(), close('consumer')] },
  { name: 'fr_refused_by_professional', programme: 'fr', weight: 3, steps: frRefused() },
  { name: 'fr_silence_attestation', programme: 'fr', weight: 5, steps: [...frOpened(), step('system', { type: 'record_professional_silence' }, 12 * 24), step('consumer', { type: 'take_attestation' }, 30)] },
  { name: 'fr_centre_intervention', programme: 'fr', weight: 2, steps: [...frRefused(), step('consumer', { type: 'request_centre_intervention' }, 24)] },
  { name: 'fr_awaiting_assignment', programme: 'fr', weight: 4, steps: frAccepted() },
  { name: 'fr_awaiting_assignment_after_centre', programme: 'fr', weight: 2, steps: [...frRefused(), step('consumer', { type: 'request_centre_intervention' }, 24), step('staff', { type: 'record_centre_intervention' }, 48), step('merchant', { type: 'professional_accept' }, 48)] },
  { name: 'fr_withdrawn_assignment', programme: 'fr', weight: 1, steps: [...frAccepted(), close('consumer')] },
  { name: 'fr_admissibility_review', programme: 'fr', weight: 3, steps: frReview() },
  { name: 'fr_inadmissible', programme: 'fr', weight: 3, steps: [...frReview(), step('mediator', { type: 'declare_inadmissible', ground: 'outside_competence' }, 48)] },
  { name: 'fr_mediation', programme: 'fr', weight: 10, steps: frMediation() },
  { name: 'fr_solution_proposed', programme: 'fr', weight: 4, steps: frSolution() },
  { name: 'fr_protocol_signing', programme: 'fr', weight: 3, steps: frSigning() },
  { name: 'fr_agreement', programme: 'fr', weight: 14, steps: [...frSigning(), step('mediator', { type: 'submit_protocol', documentId: P.document(9), documentHash: 'a'.repeat(64) }, 24), step('consumer', { type: 'sign_protocol', protocolVersion: 1 }, 20), step('merchant', { type: 'sign_protocol', protocolVersion: 1 }, 20)] },
  { name: 'fr_mediation_failed', programme: 'fr', weight: 6, steps: [...frSolution(), step('consumer', { type: 'refuse_solution', proposalId: P.proposal(3), version: 1 }, 30), step('mediator', { type: 'close_without_agreement', justification: text(), problemSummary: text() }, 72)] },
];

export const JOURNEYS: readonly Journey[] = [...QC, ...FR];
