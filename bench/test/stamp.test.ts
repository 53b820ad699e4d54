import {
  FR_STATUSES,
  OUTCOMES,
  QC_STATUSES,
  replay,
  type CaseEvent,
  type CaseState,
} from '@entente/domain';
import { describe, expect, it } from 'vitest';
import { ALL_TEXTS } from '../src/data/corpus.js';
import { shiftDaysFor } from '../src/data/generate.js';
import { Random } from '../src/data/random.js';
import { CASE_TABLES, TABLES, type CaseTable } from '../src/data/rows.js';
import { compileTemplate, stampCase, type CaseInput } from '../src/data/stamp.js';
import { buildTemplates } from '../src/data/templates.js';

const compiled = buildTemplates().map(compileTemplate);
const NOW = Date.parse('2026-06-15T12:00:00.000Z');

function stamp(index: number, r: Random) {
  const c = compiled[index]!;
  const out = Object.fromEntries(CASE_TABLES.map((t) => [t, [] as string[]])) as Record<
    CaseTable,
    string[]
  >;
  const input: CaseInput = {
    consumerId: crypto.randomUUID(),
    businessId: crypto.randomUUID(),
    merchantId: crypto.randomUUID(),
    mediatorId: crypto.randomUUID(),
    staffId: crypto.randomUUID(),
    respondentId: crypto.randomUUID(),
    otherStaffIds: [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()],
    reference: String(1_000_000 + index),
    shiftDays: shiftDaysFor(c, r, NOW),
    eventIdBase: 1000,
    messageIdBase: 500,
  };
  const caseId = stampCase(c, input, r, out);
  return { c, out, input, caseId };
}

/** A COPY text line back to its values (`\N` is null). */
const fields = (table: CaseTable, line: string) => {
  const values = line.split('\t').map((v) => (v === '\\N' ? null : v));
  expect(values).toHaveLength(TABLES[table].length);
  return Object.fromEntries(TABLES[table].map((col, i) => [col, values[i]]));
};

describe('dataset templates (issue 7 item 1)', () => {
  it('cover every status and outcome of both programmes, run by the engine', () => {
    const states = compiled.map((c) => c.template.state);
    const seen = (p: 'qc' | 'fr') =>
      new Set(states.filter((s) => s.programme === p).map((s) => s.status));
    expect([...seen('qc')].sort()).toEqual([...QC_STATUSES].sort());
    expect([...seen('fr')].sort()).toEqual([...FR_STATUSES].sort());
    const outcomes = new Set(states.map((s) => s.closure?.outcome).filter(Boolean));
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
  });

  it('stamped cases replay to their stored state, with fresh ids and shifted dates (QC-12, MSG-1)', () => {
    const r = new Random(42);
    for (let i = 0; i < compiled.length; i++) {
      const { c, out, input, caseId } = stamp(i, r);
      const row = fields('cases', out.cases[0]!);
      const state = JSON.parse(row.state!) as CaseState;
      const events = out.case_events.map((line) => {
        const e = fields('case_events', line);
        return {
          type: e.type,
          caseId: e.case_id,
          actor: { userId: e.actor_user_id ?? 'system', role: e.actor_role },
          at: e.at,
          payload: JSON.parse(e.payload!),
        } as unknown as CaseEvent;
      });
      expect(replay(events)).toEqual(state);
      expect(state.caseId).toBe(caseId);
      expect(state.consumer.userId).toBe(input.consumerId);
      expect(row.version).toBe(String(events.length));
      expect(row.status).toBe(c.template.state.status);
      expect(out.case_events.join('\n')).not.toMatch(/BENCH|10000000-0000-4000-8000/);
      // Every message row is named by a message_posted event and vice versa.
      const posted = events.flatMap((e) =>
        e.type === 'message_posted' ? [e.payload.messageId] : [],
      );
      expect(out.messages.map((l) => fields('messages', l).id)).toEqual(posted);
      const last = Date.parse(events.at(-1)!.at);
      expect(last).toBeLessThan(NOW);
      expect(last).toBeGreaterThan(NOW - 361 * 86_400_000);
    }
  });

  it('leaves the in-app notifications the API writes for the same commands (§9, MSG-4, ORG-2)', () => {
    const r = new Random(7);
    let messageAlerts = 0;
    let unread = 0;
    for (let i = 0; i < compiled.length; i++) {
      const { c, out, input, caseId } = stamp(i, r);
      const rows = out.notifications.map((l) => fields('notifications', l));
      expect(out.notifications.join('\n')).not.toMatch(/BENCH|10000000-0000-4000-8000/);
      const staff = [input.staffId, ...input.otherStaffIds];
      const people = new Set([
        input.consumerId,
        input.merchantId,
        input.mediatorId,
        input.respondentId,
        ...staff,
      ]);
      const events = out.case_events.map((l) => fields('case_events', l));
      const at = (type: string) => events.find((e) => e.type === type)?.at;
      for (const row of rows) {
        expect(people.has(row.user_id!)).toBe(true);
        expect(row.case_id).toBe(caseId);
        const params = JSON.parse(row.params!) as Record<string, unknown>;
        if (row.kind === 'message_posted') {
          messageAlerts += 1;
          // Read three hours later, or the open case's last news; e-mailed when it was made.
          expect(params.mailedAt).toBe(Date.parse(row.created_at!));
        } else {
          expect(params).toEqual({
            caseNumber: c.template.state.caseNumber.replace('BENCHREF', input.reference),
          });
          // Never told of one's own command, except the submission's confirmation (QC-7).
          const own = events.find((e) => e.at === row.created_at && e.type === row.kind);
          if (own && row.kind !== 'case_submitted') {
            expect(own.actor_user_id, row.kind ?? undefined).not.toBe(row.user_id);
          }
        }
        if (row.read_at === null) {
          unread += 1;
          expect(c.template.state.status).not.toBe('closed');
          expect(row.created_at).toBe(events.at(-1)!.at);
        } else {
          expect(Date.parse(row.read_at!) - Date.parse(row.created_at!)).toBe(3 * 3_600_000);
        }
      }
      const kindsOf = (userId: string) =>
        rows.filter((n) => n.user_id === userId).map((n) => n.kind);
      // Every staff member hears of the opening; the business only from the submission on.
      for (const id of staff) expect(kindsOf(id)).toContain('case_opened');
      const submitted = at('case_submitted');
      const respondent = rows.filter((n) => n.user_id === input.respondentId);
      if (!submitted) expect(respondent).toEqual([]);
      else {
        expect(respondent[0]).toMatchObject({ kind: 'case_new', created_at: submitted });
        expect(respondent.every((n) => n.created_at! >= submitted)).toBe(true);
      }
    }
    expect(messageAlerts).toBeGreaterThan(0);
    expect(unread).toBeGreaterThan(0);
  });

  it('uses corpus texts that need no escaping in COPY text rows or JSON strings', () => {
    for (const text of ALL_TEXTS) expect(text).not.toMatch(/[\t\n\r\\"]/);
  });

  it('keys notifications by the time they were written, as the API does (uuid-v7)', () => {
    const r = new Random(7);
    const keys = new Set<string>();
    let rows = 0;
    for (let i = 0; i < compiled.length; i++) {
      for (const line of stamp(i, r).out.notifications) {
        const row = fields('notifications', line);
        const id = row.id!;
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const keyTime = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
        // A touched alert moves up its `created_at`, never its key.
        expect(keyTime).toBeLessThanOrEqual(Date.parse(row.created_at!));
        keys.add(id);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(100);
    expect(keys.size).toBe(rows);
  });
});
