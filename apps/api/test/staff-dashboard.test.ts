/**
 * STF-1 (QC-8, FR-5, QC-15, QC-20): the staff dashboard's figures on a small dataset moved
 * through time with the injected clock and the deadline job: open cases by programme and
 * status, cases awaiting a mediator, deadlines near and past, mediations at day 60 and overdue,
 * open follow-up requests. Metadata only (STF-2); 404 to anyone but staff.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../src/db/schema/index.js';
import { sweepDeadlines } from '../src/jobs/deadlines.js';
import { insertBusiness } from './support/businesses.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  openFrCase,
  openQcCase,
  person,
  type Person,
} from './support/cases.js';
import { createMediator, type TestMediator } from './support/mediators.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { assignMediator, newParties, qcMediationRequested } from './support/mediation.js';

let t: TestApp;
let staff: Person;
let mediator: TestMediator;
const DAY = 86_400_000;
let start: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
  mediator = await createMediator(t);
  start = t.clock.now().getTime();
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** The injected clock `days` after the start (the file's day 0). */
const atDay = (days: number) => t.clock.set(new Date(start + days * DAY));

/** A qc case of a registered business awaiting a mediator (QC-15), with fresh parties. */
async function requested(): Promise<{ caseId: string; consumer: Person }> {
  const business = await insertBusiness(t);
  const parties = await newParties(t);
  const { caseId } = await qcMediationRequested(t, parties, { businessId: business.id });
  return { caseId, consumer: parties.consumer };
}

async function inMediation(): Promise<string> {
  const { caseId } = await requested();
  await assignMediator({ staff, mediator }, caseId);
  return caseId;
}

const dashboard = () => expectOk(staff.get('/api/staff/dashboard'));
const ids = (items: { caseId: string }[]) => items.map((item) => item.caseId);

describe('the staff dashboard (STF-1)', () => {
  const c: Record<string, string> = {};

  beforeAll(async () => {
    atDay(0);
    const drafter = await person(t, ['consumer']);
    c.draft = await openQcCase(drafter);
    c.fr = await openFrCase(await person(t, ['consumer']));
    c.mediationEarly = await inMediation();
    c.awaiting = (await requested()).caseId;
    const closer = await person(t, ['consumer']);
    c.closed = await openQcCase(closer);
    await expectOk(
      closer.command(c.closed, { type: 'close_case', reason: 'other', justification: 'Réglé.' }),
    );
    atDay(20);
    c.mediationLate = await inMediation();
  });

  it('STF-1: counts open cases by programme and status; awaiting mediator; deadlines near and past', async () => {
    atDay(25);
    const board = await dashboard();
    expect(board.generatedAt).toBe(t.clock.now().toISOString());
    expect(board.counts).toEqual([
      { programme: 'fr', status: 'awaiting_professional', count: 1 },
      { programme: 'qc', status: 'draft', count: 1 },
      { programme: 'qc', status: 'mediation', count: 2 },
      { programme: 'qc', status: 'mediation_requested', count: 1 },
    ]);
    expect(board.awaitingMediator.count).toBe(1);
    expect(board.awaitingMediator.oldest).toEqual([
      expect.objectContaining({ caseId: c.awaiting, waitingDays: 25, mediator: null }),
    ]);
    // Read in the dashboard's own statement: the same items as the mediation queue's page.
    const queue = await expectOk(staff.get('/api/staff/mediation-queue'));
    expect(board.awaitingMediator.oldest).toEqual(queue.items);
    // QC-8: the draft closes itself on day 30: within the next 7 days.
    expect(board.deadlines.near.byKind).toEqual([{ kind: 'draft_expiry', count: 1 }]);
    expect(board.deadlines.near.items).toEqual([
      expect.objectContaining({ caseId: c.draft, kind: 'draft_expiry', status: 'draft' }),
    ]);
    // FR-5: the professional's 10 days are over; the job has not recorded the silence yet.
    expect(board.deadlines.past).toMatchObject({
      total: 1,
      byKind: [{ kind: 'professional_answer', count: 1 }],
    });
    expect(ids(board.deadlines.past.items)).toEqual([c.fr]);
    expect(board.mediation).toEqual({
      alert: { count: 0, items: [] },
      overdue: { count: 0, items: [] },
    });
    expect(board.followups).toEqual({ open: 0, newest: [] });
  });

  it('QC-20: a mediation at day 60 is in alert, past day 75 overdue; deadlines of past steps are gone', async () => {
    atDay(62);
    await sweepDeadlines(t.ctx);
    let board = await dashboard();
    // The draft expired and the professional's silence was recorded by the job.
    expect(ids(board.deadlines.past.items)).toEqual([]);
    expect(board.mediation.alert.count).toBe(1);
    expect(board.mediation.alert.items).toEqual([
      expect.objectContaining({
        caseId: c.mediationEarly,
        day: 62,
        maxDays: 75,
        overdueSince: null,
        mediator: { userId: mediator.id, name: expect.any(String) },
      }),
    ]);
    // ADR 0023: the day count reads the case's mediation columns, copies of the state's dates.
    const [early] = await t.ctx.database.db
      .select({ state: cases.state })
      .from(cases)
      .where(eq(cases.id, c.mediationEarly!));
    expect(board.mediation.alert.items[0]!.endsAt).toBe(early!.state.due.mediationEndsAt);

    atDay(80);
    await sweepDeadlines(t.ctx);
    board = await dashboard();
    expect(board.mediation.overdue).toEqual({
      count: 1,
      items: [
        expect.objectContaining({
          caseId: c.mediationEarly,
          day: 80,
          overdueSince: expect.any(String),
        }),
      ],
    });
    // The overdue case's day-60 alert is still reached: it is counted as overdue only.
    expect(board.mediation.alert.count).toBe(1);
    expect(board.mediation.alert.items).toEqual([
      expect.objectContaining({ caseId: c.mediationLate, day: 60 }),
    ]);
    // The mediation's length is a deadline passed while the case is still in mediation.
    expect(board.deadlines.past.byKind).toEqual([{ kind: 'mediation_end', count: 1 }]);
    expect(ids(board.deadlines.past.items)).toEqual([c.mediationEarly]);
    expect(board.counts).not.toContainEqual(expect.objectContaining({ status: 'closed' }));
  });

  it('QC-20: open follow-up requests, newest first, leave the dashboard once handled', async () => {
    const asked = [];
    for (const caseId of [c.mediationEarly, c.mediationLate]) {
      t.clock.advanceMinutes(10);
      const res = await mediator.post(`/api/cases/${caseId}/followups`, {
        party: 'consumer',
        message: 'La consommatrice ne répond plus.',
      });
      expect(res.statusCode, res.body).toBe(201);
      asked.push(res.json().id as string);
    }
    let board = await dashboard();
    expect(board.followups.open).toBe(2);
    expect(board.followups.newest.map((f: { id: string }) => f.id)).toEqual(asked.reverse());
    // The same views, field for field, as the office's follow-up list.
    const listed = await expectOk(staff.get('/api/staff/followups?status=open'));
    expect(board.followups.newest).toEqual(listed.items);
    await expectOk(
      staff.post(`/api/staff/followups/${asked[0]}/resolve`, { resolution: 'Appel fait.' }),
    );
    board = await dashboard();
    expect(board.followups.open).toBe(1);
    expect(board.followups.newest.map((f: { id: string }) => f.id)).toEqual([asked[1]]);
  });

  it('answers 404 to anyone but staff and administrators, mfa_required without TOTP', async () => {
    for (const who of [await person(t, ['consumer']), mediator]) {
      await expectRefused(who.get('/api/staff/dashboard'), 404, 'not_found');
    }
    await expectRefused(
      (await person(t, ['staff'], { totp: false })).get('/api/staff/dashboard'),
      403,
      'mfa_required',
    );
    expect(
      (await (await person(t, ['administrator'])).get('/api/staff/dashboard')).statusCode,
    ).toBe(200);
  });
});
