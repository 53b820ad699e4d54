/**
 * Issue 6 item 3 (QC-15, QC-16, MDR-1, §9): the staff's queue of cases awaiting a mediator, the
 * ranked mediator suggestions (docs/adr/0011-mediator-suggestions.md) and the assignment through
 * the engine's `assign_mediator`, checked against the registry. The clock is the injected one:
 * the case's local date is 2026-03-10 (America/Toronto) at the start.
 */
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases as casesTable, mailOutbox, notifications } from '../src/db/schema/index.js';
import { errorMessage } from '../src/platform/messages.js';
import { insertBusiness } from './support/businesses.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  openQcCase,
  person,
  type Person,
} from './support/cases.js';
import { createMediator, insertAbsence } from './support/mediators.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  caseNumberOf,
  newParties,
  qcMediationRequested,
  type Parties,
} from './support/mediation.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

interface AwaitingCase extends Parties {
  readonly caseId: string;
  readonly caseNumber: string;
}

/** A qc case of a registered business, both parties proposed, mediation requested (QC-15). */
async function awaitingCase(
  sector = 'Meubles',
  legalName = 'Meubles Laurentides inc.',
): Promise<AwaitingCase> {
  const business = await insertBusiness(t, { sector, legalName });
  const parties = await newParties(t);
  const { caseId } = await qcMediationRequested(t, parties, { businessId: business.id });
  return { caseId, caseNumber: await caseNumberOf(parties.consumer, caseId), ...parties };
}

const queue = async (after?: string, limit = 50) =>
  expectOk(
    staff.get(
      `/api/staff/mediation-queue?limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
    ),
  );

describe('the mediation queue (issue 6 item 3, QC-15)', () => {
  let cases: AwaitingCase[];

  beforeAll(async () => {
    // Opened a day apart; mediation requested the other way round, the newest case first.
    const first = await awaitingCase('Meubles', 'Meubles Laurentides inc.');
    t.clock.advanceDays(1);
    const second = await awaitingCase('Télécommunications', 'Télécom Boréal inc.');
    t.clock.advanceDays(1);
    const third = await awaitingCase('Automobile', 'Garage du Nord inc.');
    t.clock.advanceDays(3);
    cases = [first, second, third];
  });

  it('QC-15: lists the cases awaiting a mediator oldest first, metadata only (STF-2)', async () => {
    const page = await queue();
    expect(page.items.map((item: { caseId: string }) => item.caseId)).toEqual(
      cases.map((c) => c.caseId),
    );
    expect(page.next).toBeNull();
    expect(page.items[1]).toEqual({
      caseId: cases[1]!.caseId,
      caseNumber: cases[1]!.caseNumber,
      programme: 'qc',
      openedAt: expect.any(String),
      business: { legalName: 'Télécom Boréal inc.', sector: 'Télécommunications' },
      requestedAt: expect.any(String),
      waitingDays: 4,
      mediator: null,
    });
    expect(page.items.map((item: { waitingDays: number }) => item.waitingDays)).toEqual([5, 4, 3]);
    // ADR 0023: the request's date comes from the case's column, written as the state writes it.
    const [stored] = await t.ctx.database.db
      .select({ state: casesTable.state })
      .from(casesTable)
      .where(eq(casesTable.id, cases[1]!.caseId));
    expect(page.items[1].requestedAt).toBe(stored!.state.mediationRequestedAt);
  });

  it('QC-15: pages by an opaque key and drops a case once its mediator is assigned', async () => {
    const one = await queue(undefined, 2);
    expect(one.items).toHaveLength(2);
    expect(one.next).toEqual(expect.any(String));
    const two = await queue(one.next, 2);
    expect(two.items.map((item: { caseId: string }) => item.caseId)).toEqual([cases[2]!.caseId]);
    expect(two.next).toBeNull();

    const mediator = await createMediator(t);
    await expectOk(
      staff.command(cases[0]!.caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }),
    );
    const after = await queue();
    expect(after.items.map((item: { caseId: string }) => item.caseId)).toEqual(
      cases.slice(1).map((c) => c.caseId),
    );
  });

  it('answers 404 to anyone but staff, mfa_required without TOTP, 400 on a bad cursor (fr/en)', async () => {
    const { consumer, merchant } = cases[1]!;
    const mediator = await createMediator(t);
    for (const who of [consumer, merchant, mediator]) {
      await expectRefused(who.get('/api/staff/mediation-queue'), 404, 'not_found');
    }
    const noTotp = await person(t, ['staff'], { totp: false });
    await expectRefused(noTotp.get('/api/staff/mediation-queue'), 403, 'mfa_required');
    const admin = await person(t, ['administrator']);
    expect((await admin.get('/api/staff/mediation-queue')).statusCode).toBe(200);
    for (const lang of ['fr', 'en'] as const) {
      const reader = await person(t, ['staff'], { lang });
      const bad = await reader.get('/api/staff/mediation-queue?after=nope&limit=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toEqual({
        after: lang === 'fr' ? 'Cette valeur n’est pas valide.' : 'This value is not valid.',
        limit: lang === 'fr' ? 'La valeur minimale est 1.' : 'The minimum is 1.',
      });
    }
  });
});

describe('mediator suggestions (issue 6 item 3, MDR-1)', () => {
  it('excludes the unavailable, ranks an absence within 14 days lower, then load, then sector', async () => {
    const { caseId } = await awaitingCase('Meubles');
    const local = t.clock.now();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(local);
    const plusDays = (days: number) =>
      new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

    const idle = await createMediator(t, { familyName: 'Zola', sectors: ['Automobile'] });
    const idleSector = await createMediator(t, { familyName: 'Yves', sectors: [' meubles '] });
    const busy = await createMediator(t, { familyName: 'Arsenault', sectors: ['Meubles'] });
    const full = await createMediator(t, { familyName: 'Bédard', maxActiveCases: 1 });
    const leavingSoon = await createMediator(t, { familyName: 'Côté', sectors: ['Meubles'] });
    const leavingLater = await createMediator(t, { familyName: 'Dion' });
    const away = await createMediator(t, { familyName: 'Émond' });
    const frOnly = await createMediator(t, { familyName: 'Fortin', programmes: ['fr'] });
    const withdrawn = await createMediator(t, { familyName: 'Gagné', withdrawn: true });
    const invited = await createMediator(t, { familyName: 'Hébert', activated: false });
    // Load: `busy` and `full` each lead one open case.
    for (const mediator of [busy, full]) {
      const other = await awaitingCase('Meubles');
      await expectOk(
        staff.command(other.caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }),
      );
    }
    await insertAbsence(t, leavingSoon.id, plusDays(14), plusDays(30));
    await insertAbsence(t, leavingLater.id, plusDays(15), plusDays(30));
    await insertAbsence(t, away.id, plusDays(-2), plusDays(6));

    const res = await expectOk(staff.get(`/api/staff/cases/${caseId}/mediator-suggestions`));
    expect(res.today).toBe(today);
    expect(res.businessSector).toBe('Meubles');
    const ours = new Set(
      [idle, idleSector, busy, full, leavingSoon, leavingLater].map((m) => m.id),
    );
    const ranked = (res.suggestions as { userId: string }[]).filter((s) => ours.has(s.userId));
    expect(ranked.map((s) => s.userId)).toEqual([
      idleSector.id, // no case, sector match (case-insensitive, trimmed)
      leavingLater.id, // no case; its absence starts in 15 days: not "soon"
      idle.id, // no case, no sector match
      busy.id, // one case
      full.id, // at its cap of one case
      leavingSoon.id, // absence starting in 14 days: last despite no load and a sector match
    ]);
    const byId = new Map(
      (res.suggestions as { userId: string }[]).map((s) => [s.userId, s] as const),
    );
    expect(byId.get(full.id)).toMatchObject({
      activeCases: 1,
      maxActiveCases: 1,
      atCapacity: true,
    });
    expect(byId.get(leavingSoon.id)).toMatchObject({
      absenceSoon: true,
      sectorMatch: true,
      nextAbsence: { startsOn: plusDays(14), endsOn: plusDays(30) },
    });
    expect(byId.get(idleSector.id)).toMatchObject({ sectorMatch: true, absenceSoon: false });
    for (const hidden of [away, frOnly, withdrawn, invited])
      expect(byId.has(hidden.id)).toBe(false);
    expect(res.unavailable).toEqual([
      expect.objectContaining({ userId: away.id, until: plusDays(6), absenceSoon: true }),
    ]);
  });

  it('answers 400 on a malformed case id, per field in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const reader = await person(t, ['staff'], { lang });
      const res = await reader.get('/api/staff/cases/not-a-case/mediator-suggestions');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({
        id: lang === 'fr' ? 'Cette valeur n’est pas valide.' : 'This value is not valid.',
      });
    }
  });

  it('answers 404 to non-staff and for an unknown case, 409 for a closed case', async () => {
    const { caseId, consumer } = await awaitingCase();
    await expectRefused(
      consumer.get(`/api/staff/cases/${caseId}/mediator-suggestions`),
      404,
      'not_found',
    );
    await expectRefused(
      staff.get(`/api/staff/cases/${crypto.randomUUID()}/mediator-suggestions`),
      404,
      'not_found',
    );
    const closed = await openQcCase(consumer);
    await expectOk(
      consumer.command(closed, { type: 'close_case', reason: 'other', justification: 'Réglé.' }),
    );
    await expectRefused(
      staff.get(`/api/staff/cases/${closed}/mediator-suggestions`),
      409,
      'case_closed',
    );
  });
});

describe('assignment checked against the registry (MDR-1, QC-16, §9)', () => {
  const assign = (caseId: string, mediatorUserId: string, who: Person = staff) =>
    who.command(caseId, { type: 'assign_mediator', mediatorUserId });

  it('MDR-1: refuses a non-mediator, a withdrawn, an invited or an fr-only mediator, an unknown id (422 field, fr/en)', async () => {
    const { caseId, consumer } = await awaitingCase();
    // A party of the case is the engine's own refusal.
    await expectRefused(assign(caseId, consumer.id), 422, 'mediator_is_party');
    const refused = [
      (await person(t, ['staff'])).id,
      (await createMediator(t, { withdrawn: true })).id,
      (await createMediator(t, { activated: false })).id,
      (await createMediator(t, { programmes: ['fr'] })).id,
      crypto.randomUUID(),
    ];
    for (const [index, mediatorUserId] of refused.entries()) {
      const lang = index % 2 === 0 ? 'fr' : 'en';
      const who = await person(t, ['staff'], { lang });
      const res = await assign(caseId, mediatorUserId, who);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toEqual({
        code: 'not_a_mediator',
        message: errorMessage('not_a_mediator', lang),
        fields: {
          mediatorUserId:
            lang === 'fr'
              ? 'Choisissez une personne inscrite au registre des médiateurs pour ce programme, dont le compte est activé et qui reçoit encore des dossiers.'
              : 'Choose someone in the mediator registry for this programme, whose account is activated and who still takes cases.',
        },
      });
    }
    const summary = await expectOk(staff.get(`/api/cases/${caseId}`));
    expect(summary.status).toBe('mediation_requested');
  });

  it('MDR-1: refuses a mediator away today with their return date, accepts them the day after', async () => {
    const { caseId } = await awaitingCase();
    const mediator = await createMediator(t);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(
      t.clock.now(),
    );
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await insertAbsence(t, mediator.id, today, today);
    const longToday = (lang: 'fr' | 'en') =>
      new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${today}T12:00:00Z`));
    for (const lang of ['fr', 'en'] as const) {
      const who = await person(t, ['staff'], { lang });
      const res = await assign(caseId, mediator.id, who);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toEqual({
        code: 'mediator_unavailable',
        message: errorMessage('mediator_unavailable', lang),
        fields: {
          mediatorUserId:
            lang === 'fr'
              ? `Cette personne est indisponible jusqu’au ${longToday('fr')} inclusivement : aucun dossier ne peut lui être assigné pendant son absence.`
              : `This person is unavailable until ${longToday('en')} inclusive: no case can be assigned to them while they are away.`,
        },
      });
    }
    // The next local day: the absence is over.
    t.clock.set(`${tomorrow}T05:30:00Z`);
    expect((await expectOk(assign(caseId, mediator.id))).status).toBe('mediation');
  });

  it('gives a party the engine’s answer (403) and a stranger the 404, whatever the mediator named', async () => {
    const { caseId, consumer } = await awaitingCase();
    await expectRefused(assign(caseId, crypto.randomUUID(), consumer), 403, 'role_not_allowed');
    const stranger = await person(t, ['consumer']);
    await expectRefused(assign(caseId, crypto.randomUUID(), stranger), 404, 'not_found');
    await expectRefused(assign(crypto.randomUUID(), crypto.randomUUID()), 404, 'not_found');
  });

  it('QC-16, §9: assigns, the mediator reads the case, and mediator and both parties are notified', async () => {
    const { caseId, caseNumber, consumer, merchant } = await awaitingCase();
    const mediator = await createMediator(t);
    const before = t.clock.now();
    t.clock.advanceMinutes(1);
    const assigned = await expectOk(assign(caseId, mediator.id));
    expect(assigned.status).toBe('mediation');
    const summary = await expectOk(mediator.get(`/api/cases/${caseId}`));
    expect(summary.status).toBe('mediation');
    const mine = await expectOk(mediator.get('/api/cases'));
    expect(mine.items.map((item: { id: string }) => item.id)).toContain(caseId);
    for (const who of [mediator, consumer, merchant]) {
      const inApp = await t.ctx.database.db
        .select({ kind: notifications.kind })
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, who.id),
            eq(notifications.caseId, caseId),
            gt(notifications.createdAt, before),
          ),
        );
      expect(inApp.map((n) => n.kind)).toContain('mediator_assigned');
      const mails = await t.ctx.database.db
        .select({ subject: mailOutbox.subject, text: mailOutbox.textBody })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.toAddress, who.user.email), gt(mailOutbox.createdAt, before)));
      expect(mails.length, who.user.email).toBeGreaterThan(0);
      expect(mails.some((mail) => mail.subject.includes(caseNumber))).toBe(true);
    }
  });
});
