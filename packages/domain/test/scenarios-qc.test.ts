/**
 * Named qc scenarios for the rules people get wrong (SPEC §4, §6.3).
 */
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, deadlinesFor, mediationEligibility, type Command } from '../src/index.js';
import {
  ACTORS,
  CaseDriver,
  MEDIATOR_SPLIT,
  REFUND,
  REPAIR,
  openCommand,
  qcMediation,
  qcNegotiation,
} from './fixtures.js';
import { commandFor } from './permission-fixtures.js';

const counter = (proposalId: string): Command => ({
  type: 'make_proposal',
  proposalId,
  content: REPAIR,
});

describe('QC-15 mediation eligibility counts calendar days in America/Toronto', () => {
  // Taken charge at 23:30 on 1 March (EST); DST starts on 10 March in between.
  const tookCharge = '2024-03-01T23:30:00-05:00';

  it('refuses on day 44, even one second before midnight, and allows from 00:00 on day 45', () => {
    const d = qcNegotiation('2024-03-01T09:00:00-05:00').at(tookCharge);
    d.do('other_merchant_representative', { type: 'take_charge' });
    d.at('2024-04-14T23:59:59-04:00'); // day 44
    expect(d.try('consumer', { type: 'request_mediation' })).toEqual({
      ok: false,
      reason: 'mediation_not_yet_eligible',
    });
    d.at('2024-04-15T00:00:00-04:00'); // day 45
    expect(mediationEligibility(d.current, d.now)).toMatchObject({
      eligible: true,
      basis: 'take_charge_elapsed',
    });
    d.do('merchant_representative', { type: 'take_charge' }); // a take-over does not restart it
    d.do('consumer', { type: 'request_mediation' });
    expect(d.current.status).toBe('mediation_requested');
  });

  it('allows at once when each party made a formal proposal', () => {
    const d = qcNegotiation().do('merchant_representative', counter('p2'));
    expect(d.try('consumer', { type: 'request_mediation' }).ok).toBe(true);
  });
});

describe('QC-12 proposals, modifications and counter-proposals', () => {
  it('lets the author modify until the other side counters, then refuses', () => {
    const d = qcNegotiation();
    d.do('consumer', {
      type: 'modify_proposal',
      proposalId: 'p1',
      baseVersion: 1,
      content: REPAIR,
    });
    expect(d.current.proposals[0]?.versions.map((v) => v.version)).toEqual([1, 2]);
    d.do('merchant_representative', counter('p2'));
    const late = d.try('consumer', {
      type: 'modify_proposal',
      proposalId: 'p1',
      baseVersion: 2,
      content: REFUND,
    });
    expect(late).toEqual({ ok: false, reason: 'proposal_already_answered' });
    expect(
      d.try('merchant_representative', { type: 'accept_proposal', proposalId: 'p1', version: 2 }),
    ).toEqual({
      ok: false,
      reason: 'proposal_already_answered',
    });
  });

  it('refuses acceptance of an older version and agrees on the current one', () => {
    const d = qcNegotiation();
    d.do('consumer', {
      type: 'modify_proposal',
      proposalId: 'p1',
      baseVersion: 1,
      content: REPAIR,
    });
    const stale = d.try('merchant_representative', {
      type: 'accept_proposal',
      proposalId: 'p1',
      version: 1,
    });
    expect(stale).toEqual({ ok: false, reason: 'version_mismatch' });
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'p1', version: 2 });
    expect(d.current.status).toBe('closed');
    expect(d.current.closure?.outcome).toBe('agreement');
    expect(d.current.agreement).toMatchObject({
      proposalId: 'p1',
      version: 2,
      phase: 'negotiation',
    });
  });

  it('lets the parties counter any number of times, each in turn', () => {
    const d = qcNegotiation()
      .do('merchant_representative', counter('p2'))
      .do('consumer', counter('p3'));
    d.do('merchant_representative', counter('p4'));
    expect(d.try('merchant_representative', counter('p5'))).toEqual({
      ok: false,
      reason: 'awaiting_other_side',
    });
    expect(d.current.proposals.map((p) => p.status)).toEqual([
      'countered',
      'countered',
      'countered',
      'open',
    ]);
  });
});

describe('QC-17 mediator proposals', () => {
  it('voids an acceptance when the mediator modifies, and agrees only when both accept the same version', () => {
    const d = qcMediation().do('mediator', {
      type: 'make_proposal',
      proposalId: 'm1',
      content: MEDIATOR_SPLIT,
    });
    d.do('consumer', { type: 'accept_proposal', proposalId: 'm1', version: 1 });
    d.do('mediator', {
      type: 'modify_proposal',
      proposalId: 'm1',
      baseVersion: 1,
      content: REPAIR,
    });
    expect(d.events.at(-2)).toMatchObject({
      type: 'acceptances_voided',
      payload: { sides: ['consumer'] },
    });
    expect(
      d.try('merchant_representative', { type: 'accept_proposal', proposalId: 'm1', version: 1 }),
    ).toEqual({
      ok: false,
      reason: 'version_mismatch',
    });
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'm1', version: 2 });
    expect(d.current.status).toBe('mediation');
    expect(d.current.agreement).toBeNull();
    d.do('consumer', { type: 'accept_proposal', proposalId: 'm1', version: 2 });
    expect(d.current.closure).toMatchObject({ outcome: 'agreement', phase: 'mediation' });
  });

  it('has no reject button and keeps parties from proposing or closing', () => {
    const d = qcMediation();
    expect(d.try('consumer', counter('p9'))).toEqual({
      ok: false,
      reason: 'only_mediator_proposes_in_mediation',
    });
    const close: Command = { type: 'close_case', reason: 'other', justification: 'Trop long.' };
    expect(d.try('merchant_representative', close)).toEqual({
      ok: false,
      reason: 'only_mediator_closes_in_mediation',
    });
    const refuse: Command = { type: 'refuse_solution', proposalId: 'm1', version: 1 };
    expect(d.try('consumer', refuse)).toEqual({ ok: false, reason: 'not_in_programme' });
  });
});

describe('QC-19 the mediator closes a failed mediation', () => {
  it('needs a justification and a problem summary', () => {
    const d = qcMediation();
    const base = {
      type: 'close_without_agreement',
      justification: 'Impasse.',
      problemSummary: '',
    } as const;
    expect(d.try('mediator', base)).toEqual({ ok: false, reason: 'problem_summary_required' });
    expect(d.try('mediator', { ...base, justification: ' ' })).toEqual({
      ok: false,
      reason: 'justification_required',
    });
    d.do('mediator', { ...base, problemSummary: 'Véhicule livré en retard.' });
    expect(d.current.closure).toMatchObject({ outcome: 'mediation_failed', messagingUntil: null });
  });
});

describe('REP-3 a represented consumer', () => {
  const represented = () =>
    qcNegotiation()
      .do('consumer', {
        type: 'add_representative',
        representativeId: 'r1',
        firstName: 'Rita',
        lastName: 'Tremblay',
        relationship: 'fille',
        email: 'rita@example.org',
        consent: true,
      })
      .do('consumer_representative', { type: 'activate_representative', representativeId: 'r1' });

  it('cannot propose, modify, close or message, but may add documents', () => {
    const d = represented();
    const refused: readonly Command[] = [
      { type: 'modify_proposal', proposalId: 'p1', baseVersion: 1, content: REPAIR },
      { type: 'close_case', reason: 'other', justification: 'Fin.' },
      { type: 'post_message', messageId: 'm', thread: { kind: 'parties' } },
    ];
    for (const command of refused) {
      expect(d.try('consumer', command)).toEqual({
        ok: false,
        reason: 'represented_consumer_cannot_act',
      });
    }
    d.do('merchant_representative', counter('p2'));
    expect(d.try('consumer', counter('p3'))).toEqual({
      ok: false,
      reason: 'represented_consumer_cannot_act',
    });
    expect(d.try('consumer_representative', counter('p3')).ok).toBe(true);
    d.do('consumer', { type: 'add_document', documentId: 'facture.pdf' });
  });

  it('acts again once the representative is removed', () => {
    const d = represented().do('consumer', {
      type: 'remove_representative',
      representativeId: 'r1',
    });
    expect(d.try('consumer_representative', counter('p2')).ok).toBe(false);
    d.do('merchant_representative', counter('p2')).do('consumer', counter('p3'));
  });
});

describe('QC-10 a single merchant representative', () => {
  it('replaces the previous one on take-over and names them in the event', () => {
    const d = qcNegotiation().do('other_merchant_representative', { type: 'take_charge' });
    expect(d.events.at(-1)).toMatchObject({
      type: 'merchant_took_charge',
      payload: { representative: { userId: 'u-mrep2' }, replaced: { userId: 'u-mrep' } },
    });
    expect(d.try('merchant_representative', counter('p2'))).toEqual({
      ok: false,
      reason: 'not_in_charge',
    });
    expect(d.try('foreign_merchant', { type: 'take_charge' })).toEqual({
      ok: false,
      reason: 'not_case_participant',
    });
  });
});

describe('QC-8 and QC-9 closing early', () => {
  it('expires a draft only once its period is over, with reminders 7 and 1 days before', () => {
    const d = new CaseDriver('2024-03-01T15:00:00Z').do('consumer', openCommand('qc'));
    expect(deadlinesFor(d.current).map((x) => [x.kind, x.offsetDays, x.dueAt])).toEqual([
      ['draft_reminder', 7, '2024-03-25T04:00:00.000Z'],
      ['draft_reminder', 1, '2024-03-31T04:00:00.000Z'],
      ['draft_expiry', null, '2024-04-01T04:00:00.000Z'],
    ]);
    d.at('2024-03-31T23:59:59-04:00');
    expect(d.try('system', { type: 'expire_draft' })).toEqual({
      ok: false,
      reason: 'deadline_not_reached',
    });
    d.at('2024-04-01T00:00:00-04:00').do('system', { type: 'expire_draft' });
    expect(d.current.closure).toMatchObject({ outcome: 'expired', reason: 'draft_expired' });
  });

  it('lets the business refuse to negotiate only before taking charge', () => {
    const d = new CaseDriver().do('consumer', openCommand('qc'));
    d.do('consumer', { type: 'submit_case', proposalId: 'p1', proposal: REFUND });
    d.do('merchant_respondent', { type: 'refuse_negotiation', reason: 'Client inconnu' });
    expect(d.current.closure?.outcome).toBe('refused');
    const taken = qcNegotiation();
    const late = taken.try('merchant_respondent', { type: 'refuse_negotiation', reason: 'Non' });
    expect(late).toEqual({ ok: false, reason: 'already_taken_charge' });
  });
});

describe('a closed case', () => {
  it('refuses every action of every actor with case_closed', () => {
    const d = qcNegotiation().do('consumer', {
      type: 'close_case',
      reason: 'going_to_court',
      justification: 'Cour.',
    });
    expect(d.current.closure?.outcome).toBe('withdrawn');
    for (const actor of Object.values(ACTORS)) {
      for (const action of ACTION_NAMES) {
        const decision = d.try(actor, commandFor(action, 'qc', d.current, actor));
        expect(decision).toEqual({ ok: false, reason: 'case_closed' });
      }
    }
  });
});
