/**
 * QC-20 "relance" (seed 001 §1.5, STF-1, §9): the case's mediator asks the office to reach a
 * silent party; every staff member is notified in-app and by e-mail without the message; staff
 * list the requests and mark them handled, which notifies the mediator. Only the case's mediator
 * may ask, while the case is in mediation; parties never see the requests.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import { insertBusiness } from './support/businesses.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  person,
  type Person,
} from './support/cases.js';
import { createMediator, type TestMediator } from './support/mediators.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { caseNumberOf, newParties, qcInMediation, type Parties } from './support/mediation.js';

let t: TestApp;
let staff: Person;
let otherStaff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
  otherStaff = await person(t, ['staff'], { lang: 'en' });
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

interface MediationCase extends Parties {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly mediator: TestMediator;
}

/** A qc case of a registered business in mediation (QC-15, QC-16) with a registry mediator. */
async function mediationCase(): Promise<MediationCase> {
  const business = await insertBusiness(t);
  const parties = await newParties(t);
  const mediator = await createMediator(t);
  const { caseId } = await qcInMediation(
    t,
    { ...parties, staff, mediator },
    { businessId: business.id },
  );
  return { caseId, caseNumber: await caseNumberOf(parties.consumer, caseId), ...parties, mediator };
}

const ask = (who: Person, caseId: string, body: unknown) =>
  who.post(`/api/cases/${caseId}/followups`, body);

const SILENT_MERCHANT = {
  party: 'business',
  message: 'Le commerçant ne répond plus depuis trois semaines, malgré deux relances.',
};

describe('asking the office for a follow-up (QC-20)', () => {
  let c: MediationCase;
  beforeAll(async () => {
    c = await mediationCase();
  });

  it('QC-20, §9: the mediator asks; every staff member is notified in-app and by e-mail, without the message', async () => {
    const res = await ask(c.mediator, c.caseId, SILENT_MERCHANT);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      programme: 'qc',
      mediator: {
        userId: c.mediator.id,
        name: c.mediator.user.givenName + ' ' + c.mediator.user.familyName,
      },
      party: 'business',
      message: SILENT_MERCHANT.message,
      createdAt: t.clock.now().toISOString(),
      status: 'open',
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
    });
    for (const [who, text] of [
      [staff, `Demande de relance dans le dossier ${c.caseNumber}`],
      [otherStaff, `Follow-up request in case ${c.caseNumber}`],
    ] as const) {
      const { notifications } = await expectOk(who.get('/api/notifications'));
      expect(notifications).toContainEqual(
        expect.objectContaining({ caseId: c.caseId, text, link: '/staff' }),
      );
      const mails = await t.ctx.database.db
        .select()
        .from(mailOutbox)
        .where(
          and(
            eq(mailOutbox.toAddress, who.user.email),
            eq(mailOutbox.template, 'mediation_followup'),
          ),
        );
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain(c.caseNumber);
      expect(mails[0]!.textBody).toContain('/staff');
      expect(mails[0]!.textBody).not.toContain('trois semaines');
    }
  });

  it('QC-20: the parties and staff may not ask (403); anyone who cannot read the case gets 404', async () => {
    for (const who of [c.consumer, c.merchant, staff]) {
      await expectRefused(ask(who, c.caseId, SILENT_MERCHANT), 403, 'role_not_allowed');
    }
    for (const who of [await createMediator(t), await person(t, ['consumer'])]) {
      await expectRefused(ask(who, c.caseId, SILENT_MERCHANT), 404, 'not_found');
    }
    await expectRefused(ask(c.mediator, crypto.randomUUID(), SILENT_MERCHANT), 404, 'not_found');
  });

  it('QC-20: the mediator and staff read the case’s requests; the parties get 404', async () => {
    const mine = await expectOk(c.mediator.get(`/api/cases/${c.caseId}/followups`));
    expect(mine.mayRequest).toBe(true);
    expect(mine.items.map((item: { party: string }) => item.party)).toEqual(['business']);
    const office = await expectOk(staff.get(`/api/cases/${c.caseId}/followups`));
    expect(office).toEqual({ ...mine, mayRequest: false });
    for (const who of [c.consumer, c.merchant, await createMediator(t)]) {
      await expectRefused(who.get(`/api/cases/${c.caseId}/followups`), 404, 'not_found');
    }
  });

  it('refuses bad input field by field, in French and in English', async () => {
    const fields = {
      fr: {
        party: 'Choisissez une valeur de la liste.',
        message: 'Ce champ est obligatoire.',
        extra: 'Ce champ n’est pas permis.',
      },
      en: {
        party: 'Choose a value from the list.',
        message: 'This field is required.',
        extra: 'This field is not allowed.',
      },
    };
    for (const lang of ['fr', 'en'] as const) {
      const client = await c.mediator.client();
      const res = await client.request(
        'POST',
        `/api/cases/${c.caseId}/followups`,
        { party: 'nobody', message: '   ', extra: true },
        { 'accept-language': lang },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual(fields[lang]);
      const long = await client.request(
        'POST',
        `/api/cases/${c.caseId}/followups`,
        { party: 'both', message: 'é'.repeat(2001) },
        { 'accept-language': lang },
      );
      expect(long.statusCode).toBe(400);
      expect(long.json().error.fields).toEqual({
        message:
          lang === 'fr'
            ? 'Un message contient au plus 2000 caractères.'
            : 'A message has at most 2000 characters.',
      });
    }
    const exact = await ask(c.mediator, c.caseId, { party: 'both', message: '😀'.repeat(2000) });
    expect(exact.statusCode, exact.body).toBe(201);
  });

  it('QC-20: no request once the case left mediation (409), and at most 10 an hour (429)', async () => {
    const other = await mediationCase();
    for (let i = 0; i < 10; i += 1) {
      expect((await ask(other.mediator, other.caseId, SILENT_MERCHANT)).statusCode).toBe(201);
    }
    const limited = await ask(other.mediator, other.caseId, SILENT_MERCHANT);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');

    const closing = await mediationCase();
    await expectOk(
      closing.mediator.command(closing.caseId, {
        type: 'close_without_agreement',
        justification: 'Le commerçant ne répond plus.',
        problemSummary: 'Meuble livré endommagé.',
      }),
    );
    await expectRefused(ask(closing.mediator, closing.caseId, SILENT_MERCHANT), 409, 'case_closed');
    const list = await expectOk(closing.mediator.get(`/api/cases/${closing.caseId}/followups`));
    expect(list).toEqual({ items: [], mayRequest: false });
  });
});

describe('staff handle the requests (QC-20, STF-1)', () => {
  it('lists open and all requests newest first by key, and resolving notifies the mediator', async () => {
    const c = await mediationCase();
    const ids: string[] = [];
    for (const party of ['consumer', 'business', 'both']) {
      t.clock.advanceMinutes(5);
      const res = await ask(c.mediator, c.caseId, { party, message: `Relance ${party}` });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id as string);
    }
    const first = await expectOk(staff.get('/api/staff/followups?status=open&limit=2'));
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const second = await expectOk(
      staff.get(`/api/staff/followups?status=open&limit=2&after=${first.next}`),
    );
    expect(second.items[0].id).toBe(ids[0]);

    t.clock.advanceMinutes(5);
    const resolution = 'Joint le commerçant par téléphone : il répondra cette semaine.';
    const resolved = await expectOk(
      staff.post(`/api/staff/followups/${ids[1]}/resolve`, { resolution }),
    );
    expect(resolved).toMatchObject({
      id: ids[1],
      status: 'resolved',
      resolution,
      resolvedAt: t.clock.now().toISOString(),
      resolvedBy: { userId: staff.id },
    });
    const open = await expectOk(staff.get('/api/staff/followups?limit=100'));
    expect(open.items.map((i: { id: string }) => i.id)).not.toContain(ids[1]);
    const all = await expectOk(staff.get('/api/staff/followups?status=all&limit=100'));
    expect(all.items.map((i: { id: string }) => i.id)).toContain(ids[1]);

    const { notifications } = await expectOk(c.mediator.get('/api/notifications'));
    expect(notifications).toContainEqual(
      expect.objectContaining({
        caseId: c.caseId,
        text: `Votre demande de relance du dossier ${c.caseNumber} a été traitée`,
        link: `/cases/${c.caseId}`,
      }),
    );
    const [mail] = await t.ctx.database.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, c.mediator.email),
          eq(mailOutbox.template, 'mediation_followup_resolved'),
        ),
      );
    expect(mail?.subject).toContain(c.caseNumber);
    expect(mail?.textBody).not.toContain('téléphone');
    const seen = await expectOk(c.mediator.get(`/api/cases/${c.caseId}/followups`));
    expect(seen.items.find((i: { id: string }) => i.id === ids[1])).toMatchObject({ resolution });

    await expectRefused(
      otherStaff.post(`/api/staff/followups/${ids[1]}/resolve`, { resolution }),
      409,
      'case_conflict',
      'en',
    );
  });

  it('answers 404 to non-staff and for an unknown request, 400 per field (fr/en)', async () => {
    const c = await mediationCase();
    const { id } = (await ask(c.mediator, c.caseId, SILENT_MERCHANT)).json();
    for (const who of [c.mediator, c.consumer, c.merchant]) {
      await expectRefused(who.get('/api/staff/followups'), 404, 'not_found');
      await expectRefused(
        who.post(`/api/staff/followups/${id}/resolve`, { resolution: 'Fait.' }),
        404,
        'not_found',
      );
    }
    await expectRefused(
      staff.post(`/api/staff/followups/${crypto.randomUUID()}/resolve`, { resolution: 'Fait.' }),
      404,
      'not_found',
    );
    const bad = await staff.post(`/api/staff/followups/${id}/resolve`, { resolution: '' });
    expect(bad.json().error.fields).toEqual({ resolution: 'Ce champ est obligatoire.' });
    const badEn = await otherStaff.get('/api/staff/followups?status=closed&after=x');
    expect(badEn.json().error.fields).toEqual({
      status: 'Choose a value from the list.',
      after: 'This value is not valid.',
    });
  });
});
