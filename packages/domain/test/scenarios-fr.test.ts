/**
 * Named fr scenarios (SPEC §5): the professional's answer and silence, the centre's
 * intervention, admissibility, extensions, the mediator's solution and the protocol.
 */
import { describe, expect, it } from 'vitest';
import {
  ADMISSIBILITY_GROUNDS,
  deadlinesFor,
  type AdmissibilityGround,
  type Command,
} from '../src/index.js';
import { CaseDriver, MEDIATOR_SPLIT, REFUND, frMediation, openCommand } from './fixtures.js';

const filed = (start = '2024-03-01T15:00:00Z') =>
  new CaseDriver(start).do('consumer', openCommand('fr'));

describe('FR-1 filing', () => {
  it('stops a filing without a prior written complaint or with one over a year old', () => {
    const d = new CaseDriver();
    const open = openCommand('fr');
    if (open.type !== 'open_case') throw new Error('unreachable');
    const late = {
      ...open,
      prefiling: { writtenComplaintSent: true, complaintUnderOneYear: false },
    };
    expect(d.try('consumer', late)).toEqual({ ok: false, reason: 'prefiling_not_admissible' });
    d.do('staff', { ...open, channel: 'post' }); // FR-4 postal filing by staff
    expect(d.current).toMatchObject({
      status: 'awaiting_professional',
      channel: 'post',
      caseNumber: 'MED-1291252',
    });
  });
});

describe('FR-5 and FR-6 the professional answers within 10 days', () => {
  it('counts silence as a refusal only once the 10th day has ended (Paris time)', () => {
    const d = filed('2024-03-01T15:00:00Z'); // 16:00 in Paris on 1 March
    expect(deadlinesFor(d.current)).toMatchObject([
      {
        kind: 'professional_answer',
        dueAt: '2024-03-11T23:00:00.000Z',
        action: 'record_professional_silence',
      },
    ]);
    d.at('2024-03-11T23:59:59+01:00');
    expect(d.try('system', { type: 'record_professional_silence' })).toEqual({
      ok: false,
      reason: 'deadline_not_reached',
    });
    d.at('2024-03-12T00:00:00+01:00').do('system', { type: 'record_professional_silence' });
    expect(d.current.professionalRefusal).toMatchObject({ kind: 'silence' });
  });

  it('restarts a 10-day period when the centre intervenes, and the professional may then accept', () => {
    const d = filed().do('merchant_representative', {
      type: 'professional_refuse',
      reason: 'Hors délai',
    });
    d.advanceDays(3).do('consumer', { type: 'request_centre_intervention' });
    d.advanceDays(2).do('staff', { type: 'record_centre_intervention' });
    expect(d.current.status).toBe('awaiting_professional');
    expect(deadlinesFor(d.current)[0]).toMatchObject({
      kind: 'professional_answer',
      dueAt: '2024-03-16T23:00:00.000Z',
    });
    d.do('merchant_respondent', { type: 'professional_accept' });
    expect(d.current).toMatchObject({
      status: 'awaiting_assignment',
      merchantRepresentative: { userId: 'u-resp' },
    });
  });

  it('closes as refused when the consumer takes the attestation', () => {
    const d = filed().do('merchant_representative', {
      type: 'professional_refuse',
      reason: 'Pas concerné',
    });
    d.do('consumer', { type: 'take_attestation' });
    expect(d.current.closure).toMatchObject({
      outcome: 'refused',
      reason: 'professional_refused',
      justification: 'Pas concerné',
    });
  });
});

describe('FR-8 admissibility', () => {
  it('enumerates the five L612-2 grounds', () => {
    expect(ADMISSIBILITY_GROUNDS).toHaveLength(5);
  });

  it('closes an inadmissible case with its ground, and refuses unknown grounds', () => {
    const d = filed()
      .do('merchant_representative', { type: 'professional_accept' })
      .do('staff', { type: 'assign_mediator', mediatorUserId: 'u-med' });
    expect(deadlinesFor(d.current)).toMatchObject([{ kind: 'admissibility_decision' }]);
    const unknown = {
      type: 'declare_inadmissible',
      ground: 'too_expensive' as AdmissibilityGround,
    } as const;
    expect(d.try('mediator', unknown)).toEqual({
      ok: false,
      reason: 'invalid_admissibility_ground',
    });
    d.do('mediator', {
      type: 'declare_inadmissible',
      ground: 'already_examined_by_mediator_or_court',
    });
    expect(d.current.closure).toMatchObject({
      outcome: 'inadmissible',
      reason: 'already_examined_by_mediator_or_court',
    });
  });
});

describe('FR-9 extending mediation', () => {
  it('needs a reason and a later date, and only ever moves the end later', () => {
    const d = frMediation('2024-03-01T15:00:00Z');
    expect(d.current.due.mediationEndsAt).toBe('2024-05-30T22:00:00.000Z'); // end of 30 May, Paris
    const extend = (reason: string, newEndDate: string): Command => ({
      type: 'extend_mediation',
      reason,
      newEndDate,
    });
    expect(d.try('mediator', extend('', '2024-07-01'))).toEqual({
      ok: false,
      reason: 'extension_reason_required',
    });
    expect(d.try('mediator', extend('Expertise', '2024-05-30'))).toEqual({
      ok: false,
      reason: 'extension_not_later',
    });
    expect(d.try('mediator', extend('Expertise', '2024-02-30'))).toEqual({
      ok: false,
      reason: 'invalid_date',
    });
    d.do('mediator', extend('Expertise', '2024-07-01'));
    expect(d.current.due.mediationEndsAt).toBe('2024-07-01T22:00:00.000Z');
  });
});

describe('FR-11 and FR-12 solution, protocol and agreement', () => {
  const solution = () =>
    frMediation('2024-03-01T15:00:00Z').do('mediator', {
      type: 'propose_solution',
      proposalId: 's1',
      content: MEDIATOR_SPLIT,
    });

  it('gives 14 days by default and goes back to mediation when a party refuses', () => {
    const d = solution();
    expect(d.current.proposals.at(-1)?.answerDueAt).toBe('2024-03-15T23:00:00.000Z');
    d.do('consumer', { type: 'accept_solution', proposalId: 's1', version: 1 });
    expect(d.try('consumer', { type: 'refuse_solution', proposalId: 's1', version: 1 })).toEqual({
      ok: false,
      reason: 'already_answered',
    });
    d.do('merchant_representative', { type: 'refuse_solution', proposalId: 's1', version: 1 });
    expect(d.current.status).toBe('mediation');
  });

  it('needs every signature on the current protocol version before the agreement', () => {
    const d = solution()
      .do('consumer', { type: 'accept_solution', proposalId: 's1', version: 1 })
      .do('merchant_representative', { type: 'accept_solution', proposalId: 's1', version: 1 });
    expect(d.current.status).toBe('protocol_signing');
    expect(d.try('consumer', { type: 'sign_protocol', protocolVersion: 1 })).toEqual({
      ok: false,
      reason: 'protocol_not_submitted',
    });
    d.do('mediator', { type: 'submit_protocol', documentId: 'doc-1', documentHash: 'sha256:1' });
    d.do('consumer', { type: 'sign_protocol', protocolVersion: 1 });
    d.do('mediator', { type: 'submit_protocol', documentId: 'doc-2', documentHash: 'sha256:2' });
    expect(d.current.protocol?.signatures).toEqual([]); // a new version voids signatures
    expect(d.try('merchant_representative', { type: 'sign_protocol', protocolVersion: 1 })).toEqual(
      {
        ok: false,
        reason: 'version_mismatch',
      },
    );
    d.do('merchant_representative', { type: 'sign_protocol', protocolVersion: 2 });
    expect(d.current.status).toBe('protocol_signing');
    d.do('consumer', { type: 'sign_protocol', protocolVersion: 2 });
    expect(d.current.agreement).toMatchObject({ proposalId: 's1', version: 1, protocolVersion: 2 });
    expect(d.current.closure).toMatchObject({ outcome: 'agreement', messagingUntil: null });
  });

  it('reaches the protocol when a party accepts the other side’s proposal (FR-10)', () => {
    const d = frMediation().do('consumer', {
      type: 'make_proposal',
      proposalId: 'f1',
      content: REFUND,
    });
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'f1', version: 1 });
    expect(d.current).toMatchObject({
      status: 'protocol_signing',
      agreedBasis: { proposalId: 'f1', version: 1 },
    });
  });
});

describe('FR-13 withdrawal', () => {
  it('ends a mediation with a failure report but a pre-mediation case as withdrawn', () => {
    const close: Command = {
      type: 'close_case',
      reason: 'no_longer_wish_to_continue',
      justification: 'Stop.',
    };
    const mediating = frMediation().do('merchant_representative', close);
    expect(mediating.current.closure?.outcome).toBe('mediation_failed');
    const early = filed().do('consumer', close);
    expect(early.current.closure?.outcome).toBe('withdrawn');
  });
});
