import { describe, expect, it } from 'vitest';
import { AGED_SHARE, followupFor, openCaseEnd, settleDueDeadlines } from '../src/data/ageing.js';
import { makePeople } from '../src/data/people.js';
import { Random } from '../src/data/random.js';
import { CASE_TABLES, TABLES, type CaseTable } from '../src/data/rows.js';
import { compileTemplate, stampCase } from '../src/data/stamp.js';
import { buildTemplates } from '../src/data/templates.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const compiled = buildTemplates().map(compileTemplate);
const byName = (name: string) => compiled.find((c) => c.template.journey.name === name)!;

const fields = (table: CaseTable, line: string) => {
  const values = line.split('\t').map((v) => (v === '\\N' ? null : v));
  return Object.fromEntries(TABLES[table].map((col, i) => [col, values[i]]));
};

/** Stamps a template so that its last event happened `daysAgo` days before NOW, then settles it. */
function stampEndingDaysAgo(name: string, daysAgo: number) {
  const c = byName(name);
  const out = Object.fromEntries(CASE_TABLES.map((t) => [t, [] as string[]])) as Record<
    CaseTable,
    string[]
  >;
  const id = () => crypto.randomUUID();
  stampCase(
    c,
    {
      consumerId: id(),
      businessId: id(),
      merchantId: id(),
      mediatorId: id(),
      staffId: id(),
      respondentId: id(),
      otherStaffIds: [id(), id(), id()],
      reference: '1000001',
      shiftDays: Math.floor((NOW - daysAgo * DAY - c.template.endMs) / DAY),
      eventIdBase: 0,
      messageIdBase: 0,
    },
    new Random(3),
    out,
  );
  const caseLine = { value: out.cases[0]! };
  settleDueDeadlines(caseLine, out.case_deadlines, NOW);
  return {
    row: fields('cases', caseLine.value),
    deadlines: out.case_deadlines.map((l) => fields('case_deadlines', l)),
  };
}

describe('dataset for the staff dashboard (STF-1, QC-20, issue 7)', () => {
  it('QC-20 a qc mediation waiting 90 days has its day-60 alert and day-75 end fired and is flagged overdue', () => {
    const { row, deadlines } = stampEndingDaysAgo('qc_mediation', 90);
    expect(row.status).toBe('mediation');
    const byKind = Object.fromEntries(deadlines.map((d) => [d.kind, d]));
    expect(byKind.mediation_alert).toMatchObject({ result: 'notified' });
    expect(byKind.mediation_end).toMatchObject({ result: 'notified' });
    expect(Date.parse(byKind.mediation_end!.fired_at!)).toBe(
      Date.parse(byKind.mediation_end!.due_at!) + 30_000,
    );
    expect(row.overdue_since).toBe(byKind.mediation_end!.fired_at);
  });

  it('QC-20 a fresh mediation keeps its deadlines pending and no overdue flag', () => {
    const { row, deadlines } = stampEndingDaysAgo('qc_mediation', 1);
    expect(row.overdue_since).toBeNull();
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d).toMatchObject({ fired_at: null, result: null });
  });

  it('STF-1 leaves deadlines with a system command pending even when past (the job would have changed the case)', () => {
    const { deadlines } = stampEndingDaysAgo('fr_awaiting_professional', 40);
    const answer = deadlines.find((d) => d.kind === 'professional_answer')!;
    expect(Date.parse(answer.due_at!)).toBeLessThan(NOW);
    expect(answer).toMatchObject({ action: 'record_professional_silence', fired_at: null });
  });

  it('STF-1 ages only open cases with notify-only deadlines, about AGED_SHARE of them', () => {
    const r = new Random(11);
    const ends = Array.from({ length: 2000 }, () => openCaseEnd('mediation', r, NOW));
    const aged = ends.filter((end) => end < NOW - 5 * DAY).length / ends.length;
    expect(aged).toBeGreaterThan(AGED_SHARE - 0.05);
    expect(aged).toBeLessThan(AGED_SHARE + 0.05);
    for (let i = 0; i < 500; i++) {
      expect(openCaseEnd('negotiation', r, NOW)).toBeGreaterThanOrEqual(NOW - 120 * 3_600_000);
    }
  });

  it('QC-20 writes follow-up requests only for mediator-led cases, after the last event and not in the future', () => {
    const r = new Random(5);
    const input = (status: string) => ({
      caseId: crypto.randomUUID(),
      status,
      mediatorId: crypto.randomUUID(),
      lastEventMs: NOW - 10 * DAY,
      staff: ['staff-1', 'staff-2'],
    });
    for (let i = 0; i < 200; i++) expect(followupFor(input('negotiation'), r, NOW)).toBeNull();
    const lines = Array.from({ length: 400 }, () => followupFor(input('mediation'), r, NOW));
    const made = lines
      .filter((l): l is string => l !== null)
      .map((l) => {
        const values = l.split('\t').map((v) => (v === '\\N' ? null : v));
        return Object.fromEntries(TABLES.mediation_followups.map((col, i) => [col, values[i]]));
      });
    expect(made.length).toBeGreaterThan(20);
    for (const f of made) {
      expect(Date.parse(f.created_at!)).toBeGreaterThanOrEqual(NOW - 10 * DAY);
      expect(Date.parse(f.created_at!)).toBeLessThanOrEqual(NOW);
      expect(f.resolved_at === null).toBe(f.resolved_by === null);
      if (f.resolved_at) expect(Date.parse(f.resolved_at)).toBeLessThanOrEqual(NOW);
    }
    expect(made.some((f) => f.resolved_at === null)).toBe(true);
  });

  it('ACC-7, MDR-1 enrols staff and mediators in TOTP and gives every mediator a registry profile', () => {
    let secrets = 0;
    const { people, rows } = makePeople(20_000, new Random(1), {
      createdAt: new Date(NOW - 800 * DAY).toISOString(),
      now: NOW,
      encryptTotp: () => `secret-${(secrets += 1)}`,
    });
    const users = rows.users.map((l) => {
      const values = l.split('\t').map((v) => (v === '\\N' ? null : v));
      return Object.fromEntries(TABLES.users.map((col, i) => [col, values[i]]));
    });
    const privileged = users.filter((u) => /staff|administrator|mediator/.test(u.roles!));
    expect(privileged).toHaveLength(people.staff.length + people.mediators.length);
    for (const u of privileged) expect(u.totp_secret_enc).toMatch(/^secret-/);
    expect(users.filter((u) => u.totp_secret_enc !== null)).toHaveLength(secrets);
    const profiles = rows.mediator_profiles.map((l) => l.split('\t')[0]);
    expect(profiles.sort()).toEqual([...people.mediators].sort());
  });
});
