/**
 * QC-15 "Demander la médiation" through the API (issue 6 item 2): offered to either party exactly
 * when each made a formal proposal or 45 calendar days have passed since take-charge; the actions
 * view says why not and from when; the case becomes `mediation_requested` and the other party
 * and staff are told in-app and by e-mail (§9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { mailsTo, mediationWorld, notificationKinds, qcInMediation } from './support/mediation.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;

beforeAll(async () => {
  t = await createTestApp();
  ({ consumer, merchant, staff, mediator } = await mediationWorld(t, { merchant: 'en' }));
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

const actions = async (who: Person, caseId: string) =>
  expectOk(who.get(`/api/cases/${caseId}/actions`));

describe('QC-15 the 45 calendar days after take-charge', () => {
  it('QC-15 refuses at day 44 with the reason and the date it becomes possible, allows at day 45', async () => {
    t.clock.set('2026-03-10T14:00:00Z'); // taken charge at 10:00 in Toronto on 10 March
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const eligibleFrom = '2026-04-24T04:00:00.000Z'; // 24 April 00:00 in Toronto: day 45

    t.clock.set('2026-04-24T03:59:00Z'); // 23 April 23:59: day 44
    const before = await actions(consumer, caseId);
    expect(before.actions).not.toContain('request_mediation');
    expect(before.requestMediation).toEqual({
      allowed: false,
      basis: null,
      eligibleFrom,
      reason: 'mediation_not_yet_eligible',
      message:
        'La médiation peut être demandée lorsque chaque partie a fait une proposition, ou 45 jours après la prise en charge du dossier.',
    });
    // The merchant reads English: the same reason, in their language.
    expect((await actions(merchant, caseId)).requestMediation).toMatchObject({
      allowed: false,
      reason: 'mediation_not_yet_eligible',
      message:
        'Mediation can be requested once each party has made a proposal, or 45 days after the case was taken charge of.',
    });
    await expectRefused(
      merchant.command(caseId, { type: 'request_mediation' }),
      409,
      'mediation_not_yet_eligible',
      'en',
    );

    t.clock.set('2026-04-24T04:00:00Z'); // 24 April 00:00: day 45
    const after = await actions(consumer, caseId);
    expect(after.actions).toContain('request_mediation');
    expect(after.requestMediation).toEqual({
      allowed: true,
      basis: 'take_charge_elapsed',
      eligibleFrom,
      reason: null,
      message: null,
    });
    const done = await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
    expect(done).toMatchObject({
      status: 'mediation_requested',
      events: [{ type: 'mediation_requested' }],
    });
    const summary = await expectOk(consumer.get(`/api/cases/${caseId}`));
    expect(summary.status).toBe('mediation_requested');
    // Asked once: the button is gone for both parties.
    expect((await actions(merchant, caseId)).requestMediation).toBeNull();
    await expectRefused(
      merchant.command(caseId, { type: 'request_mediation' }),
      409,
      'not_allowed_in_state',
      'en',
    );
  });
});

describe('QC-15 each party made a formal proposal', () => {
  it('QC-15 allows the request the day both parties proposed, long before day 45', async () => {
    t.clock.set('2026-05-04T15:00:00Z');
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await actions(merchant, caseId)).requestMediation).toMatchObject({
      allowed: false,
      reason: 'mediation_not_yet_eligible',
    });
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    const view = await actions(merchant, caseId);
    expect(view.requestMediation).toEqual({
      allowed: true,
      basis: 'both_proposed',
      eligibleFrom: '2026-06-18T04:00:00.000Z',
      reason: null,
      message: null,
    });
    const done = await expectOk(merchant.command(caseId, { type: 'request_mediation' }));
    expect(done.status).toBe('mediation_requested');
  });

  it('QC-15 gives no request_mediation block to staff, nor to anyone once mediation started', async () => {
    t.clock.set('2026-06-01T15:00:00Z');
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await actions(staff, caseId)).requestMediation).toBeNull();
    const inMediation = await qcInMediation(t, { consumer, merchant, staff, mediator });
    for (const who of [consumer, merchant, mediator, staff]) {
      expect((await actions(who, inMediation.caseId)).requestMediation).toBeNull();
    }
  });
});

describe('§9 "mediation requested" notifications', () => {
  it('QC-15 §9 the other party and staff are told in-app and by e-mail; the requester is not', async () => {
    t.clock.set('2026-07-01T15:00:00Z');
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    const mailsBefore = {
      merchant: (await mailsTo(t, merchant, 'case_activity')).length,
      staff: (await mailsTo(t, staff, 'case_activity')).length,
      consumer: (await mailsTo(t, consumer, 'case_activity')).length,
    };
    await expectOk(consumer.command(caseId, { type: 'request_mediation' }));

    expect(await notificationKinds(t, merchant, caseId)).toContain('mediation_requested');
    expect(await notificationKinds(t, staff, caseId)).toContain('mediation_requested');
    expect(await notificationKinds(t, consumer, caseId)).not.toContain('mediation_requested');

    const merchantMails = await mailsTo(t, merchant, 'case_activity');
    expect(merchantMails).toHaveLength(mailsBefore.merchant + 1);
    expect(merchantMails.at(-1)!.textBody).toContain('Mediation requested');
    expect(merchantMails.at(-1)!.textBody).toContain(`/cases/${caseId}`);
    const staffMails = await mailsTo(t, staff, 'case_activity');
    expect(staffMails).toHaveLength(mailsBefore.staff + 1);
    expect(staffMails.at(-1)!.textBody).toContain('Médiation demandée');
    expect(await mailsTo(t, consumer, 'case_activity')).toHaveLength(mailsBefore.consumer);

    // The bell reads the same news in the reader's language.
    const bell = await expectOk(merchant.get('/api/notifications'));
    expect(bell.notifications.map((n: { text: string }) => n.text)).toContainEqual(
      expect.stringMatching(/^Case OPC-\d+: Mediation requested$/),
    );
  });
});
