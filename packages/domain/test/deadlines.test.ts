/**
 * `deadlinesFor`: what the API persists and jobs fire, per status (QC-8, QC-20, QC-22, QC-23,
 * FR-5, FR-8, FR-9, FR-11), and the rule that a pending deadline never moves earlier.
 */
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, decide, deadlinesFor, readAccess, type Deadline } from '../src/index.js';
import {
  ACTORS,
  CaseDriver,
  MEDIATOR_SPLIT,
  REPAIR,
  frMediation,
  openCommand,
  qcNegotiation,
} from './fixtures.js';

const summary = (list: readonly Deadline[]) => list.map((d) => `${d.key}@${d.dueAt}`);

describe('deadlines per status', () => {
  it('lists none while negotiating (QC-12 has no deadline) and cancels the draft ones on submission', () => {
    const d = qcNegotiation();
    expect(deadlinesFor(d.current)).toEqual([]);
  });

  it('follows an fr case from filing to the solution', () => {
    const d = new CaseDriver('2024-03-01T15:00:00Z').do('consumer', openCommand('fr'));
    expect(summary(deadlinesFor(d.current))).toEqual([
      'professional_answer@2024-03-11T23:00:00.000Z',
    ]);
    d.advanceDays(2).do('merchant_representative', { type: 'professional_accept' });
    // FR-8: 21 days from the complete file (the professional's acceptance on 3 March).
    expect(summary(deadlinesFor(d.current))).toEqual([
      'admissibility_decision@2024-03-24T23:00:00.000Z',
    ]);
    d.do('staff', { type: 'assign_mediator', mediatorUserId: 'u-med' }).do('mediator', {
      type: 'declare_admissible',
    });
    d.do('mediator', {
      type: 'propose_solution',
      proposalId: 's1',
      content: MEDIATOR_SPLIT,
      answerDays: 20,
    });
    expect(summary(deadlinesFor(d.current))).toEqual([
      'solution_answer:s1@2024-03-23T23:00:00.000Z',
      'mediation_end@2024-06-01T22:00:00.000Z',
    ]);
  });

  it('never moves a solution answer earlier when the mediator modifies it', () => {
    const d = frMediation().do('mediator', {
      type: 'propose_solution',
      proposalId: 's1',
      content: MEDIATOR_SPLIT,
      answerDays: 30,
    });
    const before = deadlinesFor(d.current).find((x) => x.kind === 'solution_answer');
    d.advanceDays(1).do('mediator', {
      type: 'modify_proposal',
      proposalId: 's1',
      baseVersion: 1,
      content: REPAIR,
    });
    const after = deadlinesFor(d.current).find((x) => x.kind === 'solution_answer');
    expect(after?.dueAt).toBe(before?.dueAt); // 30 days from day 0 beats 14 days from day 1
  });

  it('names the system command a job runs', () => {
    const d = new CaseDriver().do('consumer', openCommand('qc'));
    const expiry = deadlinesFor(d.current).find((x) => x.kind === 'draft_expiry');
    expect(expiry?.action).toBe('expire_draft');
    if (expiry === undefined) throw new Error('no expiry');
    const fired = decide(d.current, { type: 'expire_draft' }, SYSTEM_ACTOR, expiry.dueAt);
    expect(fired.ok).toBe(true);
  });
});

describe('read access', () => {
  it('gives parties full access, staff metadata, strangers nothing, and nobody after purge', () => {
    const d = qcNegotiation('2024-03-01T15:00:00Z');
    expect(readAccess(d.current, ACTORS.merchant_respondent, d.now)).toBe('full');
    expect(readAccess(d.current, ACTORS.staff, d.now)).toBe('metadata');
    expect(readAccess(d.current, ACTORS.foreign_merchant, d.now)).toBe('none');
    expect(readAccess(d.current, ACTORS.mediator, d.now)).toBe('none');
    d.do('consumer', { type: 'close_case', reason: 'other', justification: 'Fin.' });
    expect(readAccess(d.current, ACTORS.consumer, '2025-03-01T12:00:00Z')).toBe('full');
    expect(readAccess(d.current, ACTORS.consumer, '2025-03-02T12:00:00Z')).toBe('none');
  });
});
