/**
 * Deadline jobs (issue 3, item 4): the clock jumps, two sweeps run at once, and each deadline
 * fires exactly once — draft reminders and expiry (QC-8), the professional's silence (FR-5),
 * admissibility (FR-8), a solution's answer period (FR-11), mediation day 60 and overdue (QC-20),
 * the end of an fr mediation (FR-9), and the purge a year after closing (QC-23).
 */
import { and, count, eq, isNotNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseDeadlines,
  caseEvents,
  cases,
  caseStatistics,
  mailOutbox,
} from '../src/db/schema/index.js';
import { sweepDeadlines } from '../src/jobs/deadlines.js';
import {
  REFUND,
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  openFrCase,
  openQcCase,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;
const T0 = new Date('2026-03-10T14:00:00Z'); // 10:00 in Toronto, 15:00 in Paris
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  staff = await person(t, ['staff']);
  mediator = await person(t, ['mediator']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** Two sweeps at once; returns the kinds fired, sorted, and checks nothing failed. */
async function sweepTwice(): Promise<string[]> {
  const reports = await Promise.all([sweepDeadlines(t.ctx), sweepDeadlines(t.ctx)]);
  for (const report of reports) expect(report.failed).toEqual([]);
  return reports.flatMap((r) => r.fired.map((f) => `${f.kind}:${f.result}`)).sort();
}

async function frInMediation() {
  const caseId = await openFrCase(consumer);
  await joinBusiness(t, caseId, merchant);
  await expectOk(merchant.command(caseId, { type: 'professional_accept' }));
  await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));
  await expectOk(mediator.command(caseId, { type: 'declare_admissible' }));
  return caseId;
}

const eventsOf = async (caseId: string, type: string) =>
  (
    await t.ctx.database.db
      .select({ n: count() })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, type)))
  )[0]!.n;

const mailsOf = async (template: string) =>
  (
    await t.ctx.database.db
      .select({ n: count() })
      .from(mailOutbox)
      .where(like(mailOutbox.template, template))
  )[0]!.n;

describe('each deadline fires exactly once, whatever the number of sweeps', () => {
  it('walks a year of deadlines on six cases', async () => {
    t.clock.set(T0);
    const draft = await openQcCase(consumer);
    const qcMediation = (await qcNegotiation(t, consumer, merchant)).caseId;
    await expectOk(merchant.command(qcMediation, { type: 'make_proposal', content: REPAIR }));
    await expectOk(consumer.command(qcMediation, { type: 'request_mediation' }));
    await expectOk(
      staff.command(qcMediation, { type: 'assign_mediator', mediatorUserId: mediator.id }),
    );
    const silent = await openFrCase(consumer);
    const admissibility = await openFrCase(consumer);
    await joinBusiness(t, admissibility, merchant);
    await expectOk(merchant.command(admissibility, { type: 'professional_accept' }));
    await expectOk(
      staff.command(admissibility, { type: 'assign_mediator', mediatorUserId: mediator.id }),
    );
    const frMediation = await frInMediation();
    await expectOk(mediator.command(frMediation, { type: 'propose_solution', content: REFUND }));
    const closed = await openQcCase(consumer);
    await expectOk(
      consumer.command(closed, { type: 'close_case', reason: 'other', justification: 'Non.' }),
    );

    expect(await sweepTwice()).toEqual([]);
    const steps: [number, string[]][] = [
      [12, ['professional_answer:done']], // FR-5: end of day 10 in Paris
      [16, ['solution_answer:notified']], // FR-11: 14 days
      [23, ['admissibility_decision:notified']], // FR-8: 21 days
      [25, ['draft_reminder:notified']], // QC-8: 7 days before day 30 ends
      [31, ['draft_expiry:done', 'draft_reminder:notified']], // QC-8: 1 day before, then expiry
      [61, ['mediation_alert:notified']], // QC-20: day 60
      [77, ['mediation_end:notified']], // QC-20: past day 75, flagged, still open
      [92, ['mediation_end:notified']], // FR-9: past day 90
    ];
    for (const [day, expected] of steps) {
      t.clock.set(at(day));
      expect(await sweepTwice(), `day ${day}`).toEqual(expected);
      expect(await sweepTwice(), `day ${day}, again`).toEqual([]);
    }

    expect(await eventsOf(silent, 'professional_silent')).toBe(1);
    expect(await eventsOf(draft, 'draft_expired')).toBe(1);
    expect((await expectOk(consumer.get(`/api/cases/${draft}`))).outcome).toBe('expired');
    expect(await mailsOf('case_deadline_draft_reminder')).toBe(2);
    expect(await mailsOf('case_deadline_mediation_alert')).toBe(2); // the mediator and staff
    const [flagged] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, qcMediation));
    expect(flagged).toMatchObject({ status: 'mediation', overdueSince: at(77) });
    expect((await expectOk(mediator.get(`/api/cases/${qcMediation}`))).mediation).toMatchObject({
      overdue: true,
      remainingDays: 0,
    });

    // QC-23: unreadable from the end of its last day, purged by the next sweep.
    t.clock.set(at(367));
    expect((await consumer.get(`/api/cases/${closed}`)).statusCode).toBe(404);
    expect(await sweepTwice()).toEqual(['records_purge:purged']);
    expect(await t.ctx.database.db.select().from(cases).where(eq(cases.id, closed))).toEqual([]);
    expect(await eventsOf(closed, 'case_opened')).toBe(0);
    const stats = await t.ctx.database.db.select().from(caseStatistics);
    expect(stats).toEqual([
      expect.objectContaining({ programme: 'qc', outcome: 'withdrawn', closurePhase: 'draft' }),
    ]);
    expect(Object.keys(stats[0]!)).not.toContain('caseId');
  });

  it('moves an fr mediation end later on extension, and fires each date once (FR-9)', async () => {
    t.clock.set(at(400));
    // The draft that expired on day 31 reaches the end of its year (QC-23).
    expect(await sweepTwice()).toEqual(['records_purge:purged']);
    const caseId = await frInMediation();
    t.clock.set(at(492));
    expect(await sweepTwice()).toEqual(['mediation_end:notified']);
    await expectOk(
      mediator.command(caseId, {
        type: 'extend_mediation',
        reason: 'Expertise',
        newEndDate: '2027-07-31',
      }),
    );
    const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.overdueSince).toBeNull(); // the new end is ahead again
    const rows = await t.ctx.database.db
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.kind, 'mediation_end')));
    expect(rows.map((r) => [r.dueAt.toISOString(), r.firedAt !== null])).toEqual([
      ['2027-07-13T22:00:00.000Z', true], // end of day 90 after 14 April, Paris,
      ['2027-07-31T22:00:00.000Z', false],
    ]);
    expect(await sweepTwice()).toEqual([]);
    t.clock.set('2027-08-01T00:00:00Z');
    expect(await sweepTwice()).toEqual(['mediation_end:notified']);
    const fired = await t.ctx.database.db
      .select({ n: count() })
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, caseId), isNotNull(caseDeadlines.firedAt)));
    expect(fired[0]!.n).toBe(2);
  });
});
