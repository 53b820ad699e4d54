/**
 * Queries screens and jobs use around mediation length and after closing (QC-20, QC-22, QC-23).
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, mediationProgress, messagingOpen, readableUntil } from '../src/index.js';
import { qcMediation, qcNegotiation } from './fixtures.js';

describe('QC-20 mediation length', () => {
  it('alerts from day 60 and flags overdue after day 75 without closing', () => {
    const d = qcMediation('2024-03-01T15:00:00Z'); // mediation starts 1 March (Toronto)
    expect(deadlinesFor(d.current).map((x) => [x.kind, x.dueAt])).toEqual([
      ['mediation_alert', '2024-04-30T04:00:00.000Z'],
      ['mediation_end', '2024-05-16T04:00:00.000Z'],
    ]);
    expect(mediationProgress(d.current, '2024-04-29T23:00:00-04:00')).toMatchObject({
      day: 59,
      remainingDays: 16,
      alert: false,
      overdue: false,
    });
    expect(mediationProgress(d.current, '2024-04-30T00:00:00-04:00')).toMatchObject({
      day: 60,
      alert: true,
    });
    expect(mediationProgress(d.current, '2024-05-15T23:59:00-04:00')).toMatchObject({
      day: 75,
      overdue: false,
    });
    expect(mediationProgress(d.current, '2024-05-16T00:00:00-04:00')).toMatchObject({
      overdue: true,
    });
    expect(d.current.status).toBe('mediation');
  });
});

describe('QC-22 and QC-23 after closing', () => {
  it('keeps messaging open 90 days after an agreement, and the case readable a year', () => {
    const d = qcNegotiation('2024-03-01T15:00:00Z');
    expect(messagingOpen(d.current, d.now)).toBe(true);
    expect(readableUntil(d.current)).toBeNull();
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'p1', version: 1 });
    expect(messagingOpen(d.current, '2024-05-30T23:59:59-04:00')).toBe(true); // day 90
    expect(messagingOpen(d.current, '2024-05-31T00:00:00-04:00')).toBe(false);
    expect(readableUntil(d.current)).toBe('2025-03-02T05:00:00.000Z'); // end of 1 March 2025
    expect(deadlinesFor(d.current).map((x) => x.kind)).toEqual(['messaging_end', 'records_purge']);
  });

  it('makes messaging read-only from closing without agreement', () => {
    const d = qcNegotiation().do('consumer', {
      type: 'close_case',
      reason: 'other',
      justification: 'Fin.',
    });
    expect(messagingOpen(d.current, d.now)).toBe(false);
    expect(readableUntil(d.current)).not.toBeNull();
  });

  it('lets the parties post in their thread until the 90th day after an agreement (QC-22)', () => {
    const d = qcNegotiation('2024-03-01T15:00:00Z');
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'p1', version: 1 });
    const parties = { kind: 'parties' } as const;
    const post = (id: string) =>
      ({ type: 'post_message', messageId: id, thread: parties }) as const;
    d.at('2024-05-30T23:59:59-04:00')
      .do('consumer', post('m1'))
      .do('merchant_representative', post('m2'));
    expect(d.current.status).toBe('closed');
    expect(d.try('merchant_respondent', post('m3'))).toEqual({
      ok: false,
      reason: 'not_in_charge',
    });
    expect(
      d.try('consumer', {
        type: 'post_message',
        messageId: 'm4',
        thread: { kind: 'mediation_discussion' },
      }),
    ).toEqual({ ok: false, reason: 'case_closed' });
    d.at('2024-05-31T00:00:00-04:00');
    expect(d.try('consumer', post('m5'))).toEqual({ ok: false, reason: 'case_closed' });
  });

  it('refuses messages at once after a closing without agreement (QC-22)', () => {
    const d = qcNegotiation().do('consumer', {
      type: 'close_case',
      reason: 'other',
      justification: 'Fin.',
    });
    const post = { type: 'post_message', messageId: 'm1', thread: { kind: 'parties' } } as const;
    expect(d.try('consumer', post)).toEqual({ ok: false, reason: 'case_closed' });
  });
});
