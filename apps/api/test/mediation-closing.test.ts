/**
 * QC-19, QC-21 (issue 6 item 7): only the mediator closes a mediation without agreement, with a
 * justification and a summary of the nature of the problem (both required, per field); the
 * platform files the attestation of no agreement in mediation (PDF, read here as a person would)
 * in Documents for the parties and the mediator; the consumer receives the information kit, the
 * business the closing e-mail; every participant reads the justification, staff do not (STF-2).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocuments, cases } from '../src/db/schema/index.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  person,
  type Person,
} from './support/cases.js';
import { pdfDeclarations, readPdf } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  mailsTo,
  mediationWorld,
  qcInMediation,
  type MediationWorld,
} from './support/mediation.js';

let t: TestApp;
let w: MediationWorld;
const JUSTIFICATION = 'Les parties maintiennent leurs positions après trois propositions.';
const SUMMARY = 'Canapé livré taché; le consommateur demande 1 234,56 $ de remboursement.';
const flat = (text: string) => text.replace(/[ \n\u00a0\u202f]+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  w = await mediationWorld(t, { merchant: 'en' });
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

const close = (who: Person, caseId: string, body: Record<string, unknown>) =>
  who.command(caseId, { type: 'close_without_agreement', ...body });

async function attestationOf(caseId: string) {
  return t.ctx.database.db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.kind, 'mediation_attestation')));
}

describe('QC-19 only the mediator closes without agreement', () => {
  it('QC-19 refuses the parties with the rule in their language, staff too', async () => {
    const { caseId } = await qcInMediation(t, w);
    await expectRefused(
      w.consumer.command(caseId, {
        type: 'close_case',
        reason: 'going_to_court',
        justification: 'Je vais au tribunal.',
      }),
      403,
      'only_mediator_closes_in_mediation',
    );
    await expectRefused(
      w.merchant.command(caseId, {
        type: 'close_case',
        reason: 'other',
        justification: 'We stop here.',
      }),
      403,
      'only_mediator_closes_in_mediation',
      'en',
    );
    for (const who of [w.consumer, w.merchant, w.staff]) {
      const res = await close(who, caseId, { justification: 'Non.', problemSummary: 'Non.' });
      expect(res.statusCode, res.body).toBe(403);
    }
    expect((await expectOk(w.consumer.get(`/api/cases/${caseId}`))).status).toBe('mediation');
  });

  it('QC-19 requires the justification and the problem summary, one message per field', async () => {
    const { caseId } = await qcInMediation(t, w);
    const english = (await w.mediator.client()).post;
    const blank = await english(
      `/api/cases/${caseId}/commands`,
      { type: 'close_without_agreement', justification: '  ', problemSummary: '' },
      { 'accept-language': 'en' },
    );
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { justification: expect.any(String), problemSummary: expect.any(String) },
    });
    // Left out, the qc summary is the engine's rule: 422 on the field, in the reader's language.
    const missing = await close(w.mediator, caseId, { justification: JUSTIFICATION });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toEqual({
      code: 'problem_summary_required',
      message: 'Résumez la nature du problème.',
      fields: { problemSummary: 'Résumez la nature du problème.' },
    });
    const tooLong = await close(w.mediator, caseId, {
      justification: JUSTIFICATION,
      problemSummary: 'x'.repeat(4001),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty('problemSummary');
    expect(await attestationOf(caseId)).toEqual([]);
    expect((await expectOk(w.mediator.get(`/api/cases/${caseId}`))).status).toBe('mediation');
  });
});

describe('QC-19 the mediator closes: attestation, e-mails, justification', () => {
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    t.clock.set('2026-05-04T15:00:00Z');
    ({ caseId } = await qcInMediation(t, w));
    t.clock.set('2026-05-20T18:30:00Z');
    const closed = await expectOk(
      close(w.mediator, caseId, { justification: JUSTIFICATION, problemSummary: SUMMARY }),
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'mediation_failed' });
    const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId));
    caseNumber = row!.caseNumber;
  });

  it('QC-19 files one attestation, listed in Documents for the parties and the mediator, not staff', async () => {
    const [doc, ...more] = await attestationOf(caseId);
    expect(more).toEqual([]);
    expect(doc).toMatchObject({ system: true, addedBy: null, scanStatus: 'clean', type: 'pdf' });
    for (const who of [w.consumer, w.merchant, w.mediator]) {
      const list = await expectOk(who.get(`/api/cases/${caseId}/documents`));
      expect(list.documents).toContainEqual(
        expect.objectContaining({
          id: doc!.id,
          name: `Attestation d’absence d’entente en médiation ${caseNumber}.pdf`,
          system: true,
          canDelete: false,
        }),
      );
    }
    expect((await w.staff.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(404);
    expect(
      (await w.consumer.delete(`/api/cases/${caseId}/documents/${doc!.id}`)).statusCode,
    ).toBeGreaterThanOrEqual(400);
  });

  it('QC-19 the attestation reads as a person would: who, when, the problem, why, confidentiality', async () => {
    const [doc] = await attestationOf(caseId);
    const res = await w.merchant.get(`/api/cases/${caseId}/documents/${doc!.id}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const reading = await readPdf(res.rawPayload);
    const text = flat(reading.text);
    const name = (p: Person) => `${p.user.givenName} ${p.user.familyName}`;
    expect(reading.pages).toHaveLength(1); // the consumer reads French: no English page
    for (const expected of [
      'Attestation d’absence d’entente en médiation',
      `Dossier ${caseNumber} — Bureau de règlement des différends de consommation`,
      `Consommateur : ${name(w.consumer)}`,
      `Représentant du commerçant : ${name(w.merchant)}`,
      `Médiateur : ${name(w.mediator)}`,
      'Médiation demandée le 4 mai 2026',
      'Médiation commencée le 4 mai 2026',
      'Dossier fermé sans entente le 20 mai 2026 à 14 h 30',
      'atteste que le consommateur et le commerçant ont eu recours à la médiation',
      'sans parvenir à une entente',
      'Nature du problème',
      flat(SUMMARY),
      'Justification de la fermeture',
      JUSTIFICATION,
      'ne pourra pas servir de preuve devant le tribunal',
      'ne pourrait pas non plus agir comme témoin',
    ]) {
      expect(text).toContain(expected);
    }
    const declared = pdfDeclarations(res.rawPayload);
    expect(declared).toMatchObject({ lang: 'fr-CA', marked: true, structTreeRoot: true });
    expect(reading.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
  });

  it('QC-21 the consumer gets the information kit (with the attestation’s mention), the business the closing e-mail', async () => {
    const [kit] = await mailsTo(t, w.consumer, 'case_closed_information_kit');
    expect(kit!.subject).toContain(`Dossier ${caseNumber} fermé sans entente`);
    expect(kit!.textBody).toContain('fermé sans entente par le médiateur');
    expect(kit!.textBody).toContain('Trousse d’information sur les autres recours');
    expect(kit!.textBody).toContain('L’attestation d’absence d’entente en médiation est déposée');
    const [closing] = await mailsTo(t, w.merchant, 'case_closed');
    expect(closing!.subject).toContain(`Case ${caseNumber} closed without an agreement`);
    expect(closing!.textBody).toContain('attestation of no agreement in mediation');
    expect(closing!.textBody).not.toContain('Information kit');
    // SEC-24: neither carries what the mediator wrote.
    for (const mail of [kit!, closing!]) {
      expect(`${mail.subject}${mail.textBody}${mail.htmlBody}`).not.toContain('trois propositions');
      expect(`${mail.subject}${mail.textBody}${mail.htmlBody}`).not.toContain('taché');
    }
    expect(await mailsTo(t, w.mediator, 'case_closed_information_kit')).toEqual([]);
  });

  it('QC-19 STF-2 every participant reads the justification and the summary; staff do not', async () => {
    for (const who of [w.consumer, w.merchant, w.mediator]) {
      const summary = await expectOk(who.get(`/api/cases/${caseId}`));
      expect(summary.closure).toMatchObject({
        outcome: 'mediation_failed',
        phase: 'mediation',
        justification: JUSTIFICATION,
        problemSummary: SUMMARY,
      });
    }
    const staffView = await expectOk(w.staff.get(`/api/cases/${caseId}`));
    expect(staffView).toMatchObject({ access: 'metadata', outcome: 'mediation_failed' });
    expect(staffView.closure).toMatchObject({ justification: null, problemSummary: null });
  });
});

describe('QC-19 ADR 10 an English-reading consumer', () => {
  it('QC-19 gets an English version of the attestation after the French one', async () => {
    const english = await person(t, ['consumer'], { lang: 'en' });
    const { caseId } = await qcInMediation(t, { ...w, consumer: english });
    await expectOk(
      close(w.mediator, caseId, { justification: JUSTIFICATION, problemSummary: SUMMARY }),
    );
    const [doc] = await attestationOf(caseId);
    const res = await english.get(`/api/cases/${caseId}/documents/${doc!.id}/download`);
    const reading = await readPdf(res.rawPayload);
    expect(reading.pages.length).toBeGreaterThanOrEqual(2);
    expect(flat(reading.pages[0]!)).toContain('Attestation d’absence d’entente en médiation');
    const text = flat(reading.text);
    expect(text).toContain('Attestation of no agreement in mediation');
    expect(text).toContain('without reaching an agreement');
    expect(text).toContain('may be used as evidence before a court');
    expect(text.split(flat(SUMMARY))).toHaveLength(3); // verbatim in both versions
    expect(res.rawPayload.toString('latin1')).toMatch(/\/S \/Sect\s*\/Lang \(en\)/);
    const [kit] = await mailsTo(t, english, 'case_closed_information_kit');
    expect(kit!.textBody).toContain('Information kit on other remedies');
  });
});
