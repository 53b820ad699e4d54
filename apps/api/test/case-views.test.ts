/**
 * The case page's read views (QC-10, QC-11, QC-12, REP-3): "Résumé du dossier" with the parties,
 * the business, who took charge and the full problem description; the proposals board with the
 * current proposal, whose turn it is, the immutable history and what the reader may do; the
 * agreement preview of a counter-proposal; 400 per field on bad input, 404 for strangers and staff.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businesses } from '../src/db/schema/index.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  newBusinessId,
  openQcCase,
  person,
  qcNegotiation,
  REFUND,
  REPAIR,
  type Person,
} from './support/cases.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-views-')) } });
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

const board = (who: Person, caseId: string) => expectOk(who.get(`/api/cases/${caseId}/proposals`));
const resume = (who: Person, caseId: string) => expectOk(who.get(`/api/cases/${caseId}/resume`));

describe('Résumé du dossier (QC-10, QC-11)', () => {
  it('shows the parties, the business, the full description and who took charge (QC-10)', async () => {
    const consumer = await person(t, ['consumer']);
    const first = await person(t, ['merchant_representative']);
    const second = await person(t, ['merchant_representative']);
    const businessId = newBusinessId();
    const now = t.ctx.clock.now();
    await t.ctx.database.db.insert(businesses).values({
      id: businessId,
      programme: 'qc',
      legalName: 'Meubles Exemple inc.',
      registrationNumber: '1234567890',
      sector: 'Meubles',
      participationDate: '2026-01-15',
      createdBy: consumer.id,
      createdAt: now,
      updatedAt: now,
    });
    const caseId = await openQcCase(consumer, businessId);
    await expectOk(
      consumer.put(`/api/cases/${caseId}/draft/parties`, {
        consumerPhone: '514 555-0123',
        consumerAddress: '123, rue Principale',
        confirmed: true,
      }),
    );
    await expectOk(
      consumer.put(`/api/cases/${caseId}/draft/description`, {
        goodOrService: 'Réfrigérateur',
        brand: 'Frigo Plus',
        problemNatures: ['defective_good'],
        additionalInformation: 'Il ne refroidit plus depuis une semaine.',
      }),
    );
    await joinBusiness(t, caseId, first);
    await joinBusiness(t, caseId, second);
    await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));

    const before = await resume(first, caseId);
    expect(before).toMatchObject({
      status: 'negotiation',
      consumer: { name: consumer.user.givenName + ' ' + consumer.user.familyName },
      business: { id: businessId, name: 'Meubles Exemple inc.' },
      merchantInCharge: null,
      representative: null,
      submitted: { by: `${consumer.user.givenName} ${consumer.user.familyName}` },
    });
    expect(before.consumer.phone).toBe('514 555-0123');
    expect(before.description).toEqual({
      goodOrService: 'Réfrigérateur',
      brand: 'Frigo Plus',
      problemNatures: ['defective_good'],
      additionalInformation: 'Il ne refroidit plus depuis une semaine.',
    });

    await expectOk(first.command(caseId, { type: 'take_charge' }));
    const charged = await resume(consumer, caseId);
    expect(charged.merchantInCharge).toMatchObject({ userId: first.id });
    expect(charged.merchantInCharge.name).toBe(`Test ${first.user.familyName}`);

    // A later take-over replaces the first representative (single representative).
    await expectOk(second.command(caseId, { type: 'take_charge' }));
    expect((await resume(consumer, caseId)).merchantInCharge).toMatchObject({ userId: second.id });
  });

  it('answers 404 to strangers and staff, 400 to a malformed id', async () => {
    const consumer = await person(t, ['consumer']);
    const stranger = await person(t, ['consumer']);
    const staff = await person(t, ['staff']);
    const caseId = await openQcCase(consumer);
    for (const who of [stranger, staff]) {
      for (const path of ['resume', 'proposals']) {
        const res = await who.get(`/api/cases/${caseId}/${path}`);
        expect(res.statusCode, res.body).toBe(404);
      }
      const preview = await who.post(`/api/cases/${caseId}/agreement-preview`, {
        content: REFUND,
      });
      expect(preview.statusCode).toBe(404);
    }
    const bad = await consumer.get('/api/cases/not-a-uuid/resume');
    expect(bad.statusCode).toBe(400);
    const missing = await consumer.get(`/api/cases/${crypto.randomUUID()}/proposals`);
    expect(missing.statusCode).toBe(404);
  });
});

describe('Tableau des propositions (QC-12)', () => {
  it('gives the current proposal, whose turn it is, the full history and who may act', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId, consumerProposal } = await qcNegotiation(t, consumer, merchant);

    let seen = await board(consumer, caseId);
    expect(seen).toMatchObject({
      mySide: 'consumer',
      turn: 'merchant',
      currentProposalId: consumerProposal,
      currency: 'CAD',
      locale: 'fr-CA',
      may: { accept: false, modify: true, counter: false },
      agreement: null,
    });
    expect((await board(merchant, caseId)).may).toEqual({
      accept: true,
      modify: false,
      counter: true,
    });

    // The author modifies: version 2, version 1 kept as written.
    await expectOk(
      consumer.command(caseId, {
        type: 'modify_proposal',
        proposalId: consumerProposal,
        baseVersion: 1,
        content: REPAIR,
      }),
    );
    seen = await board(merchant, caseId);
    expect(seen.proposals).toHaveLength(1);
    expect(seen.proposals[0].versions.map((v: { content: unknown }) => v.content)).toEqual([
      REFUND,
      REPAIR,
    ]);
    expect(seen.proposals[0].versions[1].byName).toBe(`Test ${consumer.user.familyName}`);

    // The merchant counters: the consumer's proposal is countered, the turn changes sides.
    const counter = await expectOk(
      merchant.command(caseId, { type: 'make_proposal', content: REFUND }),
    );
    seen = await board(consumer, caseId);
    expect(seen).toMatchObject({
      turn: 'consumer',
      currentProposalId: counter.createdId,
      may: { accept: true, modify: false, counter: true },
    });
    expect(seen.proposals.map((p: { author: string; status: string }) => p.author)).toEqual([
      'merchant',
      'consumer',
    ]);
    expect(seen.proposals[1].status).toBe('countered');

    // Acceptance: the agreement, nothing open any more, nobody may act.
    await expectOk(
      consumer.command(caseId, {
        type: 'accept_proposal',
        proposalId: counter.createdId,
        version: 1,
      }),
    );
    seen = await board(merchant, caseId);
    expect(seen).toMatchObject({
      status: 'closed',
      turn: null,
      currentProposalId: null,
      may: { accept: false, modify: false, counter: false },
      agreement: { proposalId: counter.createdId, version: 1 },
    });
    // QC-13: the agreement document the platform filed under Documents is linked.
    expect(seen.agreement.documentId).toEqual(expect.any(String));
    const { documents } = await expectOk(merchant.get(`/api/cases/${caseId}/documents`));
    const filed = documents.find((d: { id: string }) => d.id === seen.agreement.documentId);
    expect(filed).toMatchObject({ system: true });
    expect(seen.proposals[0]).toMatchObject({ status: 'accepted', acceptedVersion: 1 });
  });

  it('lets a represented consumer read the board but not act (REP-3)', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const rep = await person(t, ['consumer_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const invited = await consumer.post(`/api/cases/${caseId}/representatives`, {
      firstName: 'Rose',
      lastName: 'Aidant',
      relationship: 'Fille',
      email: rep.user.email,
      consent: true,
      notALawyer: true,
      atLeast18: true,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const mail = await lastMailTo(t.ctx, rep.user.email);
    const caseNumber = /Numéro de dossier : (\S+)/.exec(mail?.textBody ?? '')?.[1];
    const validationKey = /^ {4}(\S{12})$/m.exec(mail?.textBody ?? '')?.[1];
    await expectOk(rep.post('/api/representations/activate', { caseNumber, validationKey }));

    expect((await board(consumer, caseId)).may).toEqual({
      accept: false,
      modify: false,
      counter: false,
    });
    expect((await board(rep, caseId)).may.modify).toBe(true);
    const summary = await resume(consumer, caseId);
    expect(summary.representative).toMatchObject({ status: 'active', firstName: 'Rose' });
  });
});

describe('agreement preview of a counter-proposal (QC-12)', () => {
  it('renders the wizard’s agreement text for the proposed content', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const text = await expectOk(
      merchant.post(`/api/cases/${caseId}/agreement-preview`, { content: REPAIR }),
    );
    expect(text.title).toBe('Entente');
    const lines = text.solutions.map((s: { text: string }) => s.text);
    expect(lines[0]).toBe('Le commerçant répare le bien.');
    // Intl keeps a non-breaking space before "$" (agreement-text.ts).
    expect(lines[1]).toMatch(
      /^Le commerçant accorde au consommateur une réduction de prix de 50,00\s\$\.$/,
    );
    expect(lines).toHaveLength(2);
    expect(text.terms).toBe('Réparation en atelier.');
  });

  it('answers 400 per field in the reader’s language', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative'], { lang: 'en' });
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const bad = await merchant.post(`/api/cases/${caseId}/agreement-preview`, {
      content: { solutions: [{ kind: 'refund', amountMinor: -1 }], terms: 'x'.repeat(4001) },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'content.solutions.0.amountMinor',
      'content.terms',
    ]);
    const empty = await merchant.post(`/api/cases/${caseId}/agreement-preview`, {
      content: { solutions: [], terms: '' },
    });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(['content.solutions']);
  });
});
