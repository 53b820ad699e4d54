/** The actions each programme knows, written by hand from SPEC §4 and §5. */
import type { ActionName } from '../src/index.js';

const SHARED: readonly ActionName[] = [
  'open_case',
  'take_charge',
  'make_proposal',
  'modify_proposal',
  'accept_proposal',
  'assign_mediator',
  'close_case',
  'close_without_agreement',
  'add_representative',
  'activate_representative',
  'remove_representative',
  'add_document',
  'post_message',
];

export const QC_ACTIONS: readonly ActionName[] = [
  ...SHARED,
  'save_draft_step',
  'submit_case',
  'expire_draft',
  'refuse_negotiation',
  'request_mediation',
];

export const FR_ACTIONS: readonly ActionName[] = [
  ...SHARED,
  'professional_accept',
  'professional_refuse',
  'record_professional_silence',
  'request_centre_intervention',
  'record_centre_intervention',
  'take_attestation',
  'declare_admissible',
  'declare_inadmissible',
  'extend_mediation',
  'propose_solution',
  'accept_solution',
  'refuse_solution',
  'submit_protocol',
  'sign_protocol',
];
