/**
 * The draft wizard (QC-3 to QC-7): per-step saves (partial allowed), per-field 400 on bad input,
 * submission refused with the missing fields of each step, the agreement preview read from the
 * saved proposal, and a submission that opens the negotiation and sends seed 000's confirmation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, proposalVersions, proposals } from '../src/db/schema/index.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  openQcCase,
  person,
  type Person,
} from './support/cases.js';
import { issueIntake, redeemBody } from './support/intake.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-draft-')) } });
  staff = await person(t, ['staff']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** A qc draft opened from an office intake, as in seed 000 (the business is named). */
async function draftFromIntake(consumer: Person) {
  const issued = await issueIntake(t, staff);
  const res = await consumer.post('/api/cases/from-access-code', redeemBody(issued));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; caseNumber: string };
}

const DESCRIPTION = {
  goodOrService: 'Réfrigérateur',
  brand: 'Frigo',
  model: 'FX-200',
  serialNumber: 'SN123',
  accountNumber: 'C-77',
  invoiceAmountMinor: 189_999,
  paidInFull: true,
  invoiceDate: '2026-01-15',
  contractPlace: 'in_store',
  promisedDate: '2026-02-01',
  merchantPhone: '514 555-0100',
  merchantAddress: '123, rue Principale, Québec',
  priorSteps: true,
  priorStepsDetails: 'Appel le 2 février, sans suite.',
  problemNatures: ['defective_good', 'warranty_not_honoured'],
  additionalInformation: 'Le compresseur fait défaut.',
};

const PROPOSAL = {
  solutions: [
    { kind: 'refund', amountMinor: 123_456 },
    { kind: 'delivery_or_service', byDate: '2026-04-15' },
    { kind: 'other_compensation', text: 'Une carte-cadeau de courtoisie.' },
  ],
  terms: '  Paiement par chèque,\nau plus tard 15 jours après l’entente.  ',
};

const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('saving the draft step by step (QC-3)', () => {
  it('saves partial steps, keeps them across reads and marks the progress', async () => {
    const consumer = await person(t, ['consumer']);
    const { id } = await draftFromIntake(consumer);

    const empty = await expectOk(consumer.get(`/api/cases/${id}/draft`));
    expect(empty).toMatchObject({ status: 'draft', savedSteps: [], description: {} });
    expect(empty.draftExpiresAt).toEqual(expect.any(String));

    await expectOk(
      consumer.put(`/api/cases/${id}/draft/description`, {
        goodOrService: 'Réfrigérateur',
        brand: 'Frigo',
      }),
    );
    let draft = await expectOk(consumer.get(`/api/cases/${id}/draft`));
    expect(draft.description).toEqual({ goodOrService: 'Réfrigérateur', brand: 'Frigo' });
    expect(draft.savedSteps).toEqual(['problem_description']);
    expect(draft.complete.description).toBe(false);
    expect(draft.missing['description.paidInFull']).toBe('Ce champ est obligatoire.');

    await expectOk(consumer.put(`/api/cases/${id}/draft/parties`, { confirmed: true }));
    await expectOk(
      consumer.put(`/api/cases/${id}/draft/proposal`, { solutions: [{ kind: 'refund' }] }),
    );
    await expectOk(consumer.put(`/api/cases/${id}/draft/documents`, {}));
    // A second save of a step replaces it and does not repeat its mark.
    await expectOk(consumer.put(`/api/cases/${id}/draft/description`, DESCRIPTION));
    draft = await expectOk(consumer.get(`/api/cases/${id}/draft`));
    expect(draft.savedSteps).toEqual(['parties', 'problem_description', 'proposal', 'documents']);
    expect(draft.description).toEqual(DESCRIPTION);
    expect(draft.proposal).toEqual({ solutions: [{ kind: 'refund' }] });
    expect(draft.complete).toEqual({ parties: true, description: true, proposal: false });

    const saves = await t.ctx.database.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, id));
    expect(saves.filter((e) => e.type === 'draft_step_saved')).toHaveLength(5);
  });

  it('answers 400 per field for malformed input and saves nothing', async () => {
    const consumer = await person(t, ['consumer']);
    const id = await openQcCase(consumer);
    const bad = await consumer.put(`/api/cases/${id}/draft/description`, {
      invoiceAmountMinor: 12.5,
      invoiceDate: '2026-02-30',
      contractPlace: 'on_the_moon',
      problemNatures: ['defective_good', 'defective_good'],
      colour: 'rouge',
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(
      ['colour', 'contractPlace', 'invoiceAmountMinor', 'invoiceDate', 'problemNatures'].sort(),
    );
    expect(bad.json().error.fields.invoiceDate).toBe('Entrez une date valide (AAAA-MM-JJ).');

    const proposal = await consumer.put(`/api/cases/${id}/draft/proposal`, {
      solutions: [{ kind: 'refund', amountMinor: -5 }, { kind: 'gift' }],
      terms: 'x'.repeat(4001),
    });
    expect(proposal.statusCode).toBe(400);
    expect(Object.keys(proposal.json().error.fields).sort()).toEqual(
      ['solutions.0.amountMinor', 'solutions.1.kind', 'terms'].sort(),
    );
    const duplicate = await consumer.put(`/api/cases/${id}/draft/proposal`, {
      solutions: [{ kind: 'repair' }, { kind: 'repair' }],
    });
    expect(duplicate.json().error.fields).toEqual({
      solutions: 'Chaque solution ne peut être choisie qu’une fois.',
    });
    const draft = await expectOk(consumer.get(`/api/cases/${id}/draft`));
    expect(draft.savedSteps).toEqual([]);
  });
});

describe('submitting the draft (QC-7)', () => {
  it('refuses an incomplete draft with the missing fields of each step', async () => {
    const consumer = await person(t, ['consumer']);
    const id = await openQcCase(consumer);
    await expectOk(
      consumer.put(`/api/cases/${id}/draft/description`, {
        goodOrService: 'Sofa',
        contractPlace: 'other',
        priorSteps: true,
        problemNatures: ['other'],
      }),
    );
    await expectOk(
      consumer.put(`/api/cases/${id}/draft/proposal`, {
        solutions: [{ kind: 'refund' }, { kind: 'delivery_or_service' }],
      }),
    );
    const res = await consumer.post(`/api/cases/${id}/submit`, {});
    expect(res.statusCode, res.body).toBe(400);
    const { code, fields } = res.json().error;
    expect(code).toBe('draft_incomplete');
    expect(Object.keys(fields).sort()).toEqual(
      [
        'parties.confirmed',
        'description.paidInFull',
        'description.merchantAddress',
        'description.contractPlaceDetails',
        'description.priorStepsDetails',
        'description.problemNatureDetails',
        'proposal.solutions.0.amountMinor',
        'proposal.solutions.1.byDate',
      ].sort(),
    );
    const empty = await person(t, ['consumer']);
    const untouched = await openQcCase(empty);
    const none = await empty.post(`/api/cases/${untouched}/submit`, {});
    expect(none.json().error.fields).toMatchObject({
      'description.goodOrService': 'Ce champ est obligatoire.',
      'proposal.solutions': 'Choisissez au moins une solution.',
    });
    const draft = await expectOk(consumer.get(`/api/cases/${id}/draft`));
    expect(draft.status).toBe('draft');
  });

  it('previews the agreement from the saved proposal, amounts and dates in fr-CA', async () => {
    const consumer = await person(t, ['consumer']);
    const { id, caseNumber } = await draftFromIntake(consumer);
    const incomplete = await consumer.get(`/api/cases/${id}/draft/preview`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields).toHaveProperty('proposal.solutions');

    await expectOk(consumer.put(`/api/cases/${id}/draft/proposal`, PROPOSAL));
    const preview = await expectOk(consumer.get(`/api/cases/${id}/draft/preview`));
    expect(preview.caseNumber).toBe(caseNumber);
    expect(preview.parties).toEqual([
      {
        role: 'consumer',
        label: 'Consommateur',
        name: `${consumer.user.givenName} ${consumer.user.familyName}`,
      },
      { role: 'business', label: 'Commerçant', name: 'Meubles Laurentides inc.' },
    ]);
    expect(preview.solutions.map((s: { kind: string }) => s.kind)).toEqual([
      'refund',
      'delivery_or_service',
      'other_compensation',
    ]);
    expect(spaces(preview.solutions[0].text)).toBe(
      'Le commerçant rembourse au consommateur la somme de 1 234,56 $.',
    );
    expect(preview.solutions[1].text).toContain('15 avril 2026');
    expect(preview.solutions[2].text).toContain('Une carte-cadeau de courtoisie.');
    expect(preview.terms).toBe(PROPOSAL.terms);
    expect(preview.termsHeading).toBe(
      'Précisions et modalités d’application de l’entente (délais, conditions, etc.)',
    );
  });

  it('opens the negotiation with the saved proposal and sends the confirmation', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_respondent']);
    const { id, caseNumber } = await draftFromIntake(consumer);
    await joinBusiness(t, id, merchant, 'merchant_respondent');
    await expectOk(consumer.put(`/api/cases/${id}/draft/parties`, { confirmed: true }));
    await expectOk(consumer.put(`/api/cases/${id}/draft/description`, DESCRIPTION));
    await expectOk(consumer.put(`/api/cases/${id}/draft/proposal`, PROPOSAL));

    const submitted = await expectOk(consumer.post(`/api/cases/${id}/submit`, {}));
    expect(submitted).toMatchObject({ id, caseNumber, status: 'negotiation' });
    expect(submitted.events.map((e: { type: string }) => e.type)).toEqual([
      'case_submitted',
      'proposal_made',
    ]);

    const [stored] = await t.ctx.database.db
      .select({ content: proposalVersions.content })
      .from(proposalVersions)
      .innerJoin(proposals, eq(proposals.id, proposalVersions.proposalId))
      .where(eq(proposals.caseId, id));
    expect(stored?.content).toEqual(PROPOSAL);

    const confirmation = await lastMailTo(t.ctx, consumer.user.email);
    expect(confirmation?.template).toBe('case_submitted');
    expect(confirmation?.subject).toContain(caseNumber);
    expect(confirmation?.textBody).toContain(
      'Votre dossier a bien été créé dans Entente et votre proposition a été soumise au commerçant. C’est l’étape de la négociation qui s’amorce entre vous et le commerçant.',
    );
    expect(confirmation?.textBody).toContain(
      'Lorsque celui-ci répondra à votre proposition, vous recevrez une notification par courriel.',
    );
    // The e-mail says that something happened; it never carries the proposal (SPEC §10).
    expect(confirmation?.textBody).not.toContain('chèque');
    const alert = await lastMailTo(t.ctx, merchant.user.email);
    expect(alert?.template).toBe('case_new');
    expect(alert?.subject).toContain(caseNumber);

    // Submitted: the draft is no longer saved nor submitted again.
    const late = await consumer.put(`/api/cases/${id}/draft/parties`, { confirmed: true });
    expect(late.statusCode).toBeGreaterThanOrEqual(400);
    expect(late.statusCode).toBeLessThan(500);
    expect((await consumer.post(`/api/cases/${id}/submit`, {})).statusCode).not.toBe(200);
  });
});

describe('who may use the draft routes', () => {
  it('answers 404 to strangers and staff on every draft route', async () => {
    const consumer = await person(t, ['consumer']);
    const id = await openQcCase(consumer);
    await expectOk(consumer.put(`/api/cases/${id}/draft/proposal`, PROPOSAL));
    const stranger = await person(t, ['consumer']);
    const merchantElsewhere = await person(t, ['merchant_respondent']);
    const staffMember = await person(t, ['staff']);
    for (const who of [stranger, merchantElsewhere]) {
      expect((await who.get(`/api/cases/${id}/draft`)).statusCode).toBe(404);
      expect((await who.get(`/api/cases/${id}/draft/preview`)).statusCode).toBe(404);
      for (const step of ['parties', 'description', 'proposal', 'documents']) {
        expect((await who.put(`/api/cases/${id}/draft/${step}`, {})).statusCode).toBe(404);
      }
      expect((await who.post(`/api/cases/${id}/submit`, {})).statusCode).toBe(404);
    }
    // Staff see a case's metadata, never its draft content (STF-2).
    expect((await staffMember.get(`/api/cases/${id}/draft`)).statusCode).toBe(404);
    expect((await staffMember.get(`/api/cases/${id}/draft/preview`)).statusCode).toBe(404);
    const unknown = crypto.randomUUID();
    expect((await consumer.get(`/api/cases/${unknown}/draft`)).statusCode).toBe(404);
  });
});
