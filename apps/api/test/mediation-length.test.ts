/**
 * QC-20 (issue 6 item 8): the mediator and staff see the day of mediation and the days left; at
 * day 60 the deadline job alerts both, in-app and by e-mail; past day 75 it flags the case
 * overdue, which stays open. The injected clock jumps the days; each alert fires once.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../src/db/schema/index.js';
import { sweepDeadlines } from '../src/jobs/deadlines.js';
import { REFUND, expectEveryCaseConsistent, expectOk, type Person } from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  mailsTo,
  mediationWorld,
  notificationKinds,
  qcInMediation,
  type MediationWorld,
} from './support/mediation.js';

let t: TestApp;
let w: MediationWorld;
let caseId: string;
const T0 = new Date('2026-03-10T14:00:00Z'); // 10:00 in Toronto: mediation day 0
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

beforeAll(async () => {
  t = await createTestApp();
  w = await mediationWorld(t, { mediator: 'en' });
  t.clock.set(T0);
  ({ caseId } = await qcInMediation(t, w));
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

async function sweep(): Promise<string[]> {
  const report = await sweepDeadlines(t.ctx);
  expect(report.failed).toEqual([]);
  return report.fired.map((fired) => `${fired.kind}:${fired.result}`);
}

const progress = async (who: Person) => (await expectOk(who.get(`/api/cases/${caseId}`))).mediation;

describe('QC-20 the length of a mediation', () => {
  it('QC-20 shows the day and the days left to the mediator and to staff', async () => {
    for (const who of [w.mediator, w.staff]) {
      expect(await progress(who)).toMatchObject({
        day: 0,
        maxDays: 75,
        remainingDays: 75,
        alert: false,
        overdue: false,
      });
    }
    t.clock.set(at(59));
    expect(await sweep()).toEqual([]);
    expect(await progress(w.staff)).toMatchObject({ day: 59, remainingDays: 16, alert: false });
  });

  it('QC-20 alerts the mediator and staff at day 60, in-app and by e-mail, once', async () => {
    t.clock.set(at(60));
    expect(await sweep()).toEqual(['mediation_alert:notified']);
    expect(await sweep()).toEqual([]);
    for (const who of [w.mediator, w.staff]) {
      expect(await notificationKinds(t, who, caseId)).toContain('deadline_mediation_alert');
      expect(await mailsTo(t, who, 'case_deadline_mediation_alert')).toHaveLength(1);
      expect(await progress(who)).toMatchObject({ day: 60, remainingDays: 15, alert: true });
    }
    for (const party of [w.consumer, w.merchant]) {
      expect(await notificationKinds(t, party, caseId)).not.toContain('deadline_mediation_alert');
      expect(await mailsTo(t, party, 'case_deadline_mediation_alert')).toEqual([]);
    }
    const [mail] = await mailsTo(t, w.mediator, 'case_deadline_mediation_alert');
    expect(mail!.subject).toContain('Mediation: day 60 reached');
    expect(mail!.textBody).toContain('It should not go beyond May 24, 2026.');
    const bell = await expectOk(w.staff.get('/api/notifications'));
    expect(bell.notifications[0]).toMatchObject({
      kind: 'deadline_mediation_alert',
      link: `/cases/${caseId}`,
      text: expect.stringMatching(/^Dossier OPC-\d+ : la médiation a atteint son 60e jour$/),
    });
  });

  it('QC-20 flags the case overdue past day 75; it stays open and the mediator still acts', async () => {
    t.clock.set(at(75));
    expect(await sweep()).toEqual([]);
    expect(await progress(w.mediator)).toMatchObject({ day: 75, remainingDays: 0, overdue: false });

    t.clock.set(at(76));
    expect(await sweep()).toEqual(['mediation_end:notified']);
    expect(await sweep()).toEqual([]);
    const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row).toMatchObject({ status: 'mediation', overdueSince: at(76) });
    for (const who of [w.mediator, w.staff]) {
      const summary = await expectOk(who.get(`/api/cases/${caseId}`));
      expect(summary).toMatchObject({
        status: 'mediation',
        overdueSince: at(76).toISOString(),
        mediation: { day: 76, remainingDays: 0, overdue: true },
      });
      expect(await notificationKinds(t, who, caseId)).toContain('deadline_mediation_end');
      expect(await mailsTo(t, who, 'case_deadline_mediation_end')).toHaveLength(1);
    }
    const made = await expectOk(
      w.mediator.command(caseId, { type: 'make_proposal', content: REFUND }),
    );
    expect(made.status).toBe('mediation');
  });
});
