/**
 * QC-13, QC-17 (issue 6), SEC-22, SEC-38: the acceptance that closes a qc case with an agreement
 * files exactly one agreement PDF under Documents, in the acceptance's transaction; both parties
 * (and only they) download it; it reads like the preview's `agreementText()` with the accepted
 * amounts, dates and verbatim terms, and both parties are e-mailed without its content.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProposalContent } from '@entente/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocuments, cases, mailOutbox, users } from '../src/db/schema/index.js';
import { agreementText } from '../src/modules/cases/agreement-text.js';
import { runCaseCommand } from '../src/modules/cases/run-case-command.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  openQcCase,
  person,
  type Person,
} from './support/cases.js';
import { pdfDeclarations, readPdf, toUnicodeCodePoints } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;
let stranger: Person;
const dataDir = mkdtempSync(join(tmpdir(), 'entente-agreement-'));

const TERMS =
  'Remboursement par virement au plus tard 15 jours après la signature.\nLe consommateur rapporte l’appareil en magasin; frais d’expédition : 12,50 $ à la charge du commerçant.';
const PROPOSAL: ProposalContent = {
  solutions: [
    { kind: 'refund', amountMinor: 123_456 },
    { kind: 'delivery_or_service', byDate: '2026-04-15' },
  ],
  terms: TERMS,
};

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: dataDir } });
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  staff = await person(t, ['staff']);
  mediator = await person(t, ['mediator']);
  stranger = await person(t, ['consumer']);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

/** Submitted with PROPOSAL (version 1), taken charge of by the merchant. */
async function negotiation(who: Person = consumer) {
  const caseId = await openQcCase(who);
  await joinBusiness(t, caseId, merchant);
  const submitted = await expectOk(
    who.command(caseId, { type: 'submit_case', proposal: PROPOSAL }),
  );
  await expectOk(merchant.command(caseId, { type: 'take_charge' }));
  return { caseId, proposalId: submitted.createdId as string };
}

async function agreementRows(caseId: string) {
  return t.ctx.database.db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.kind, 'agreement')));
}

async function download(who: Person, caseId: string, docId: string) {
  return who.get(`/api/cases/${caseId}/documents/${docId}/download`);
}

/**
 * Line wrapping is layout, and text extraction (pdf.js, poppler) gives no-break spaces back as
 * spaces: compare with every space and line break folded; the ToUnicode check proves the rest.
 */
const flat = (text: string) => text.replace(/[ \n\u00a0\u202f]+/g, ' ');

async function caseNumberOf(caseId: string): Promise<string> {
  const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId));
  return row!.caseNumber;
}

describe('QC-13 the acceptance that closes the case files the agreement', () => {
  let caseId: string;
  let docId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    const setUp = await negotiation();
    caseId = setUp.caseId;
    t.clock.advance(3_600_000);
    const accepted = await expectOk(
      merchant.command(caseId, {
        type: 'accept_proposal',
        proposalId: setUp.proposalId,
        version: 1,
      }),
    );
    expect(accepted.status).toBe('closed');
    const listed = await expectOk(consumer.get(`/api/cases/${caseId}/documents`));
    const agreements = listed.documents.filter((d: { system: boolean }) => d.system);
    expect(agreements).toHaveLength(1);
    docId = agreements[0].id;
    const res = await download(consumer, caseId, docId);
    expect(res.statusCode, res.body).toBe(200);
    pdf = res.rawPayload;
  });

  it('QC-13 exactly one system document of kind agreement, clean, named after the case', async () => {
    const rows = await agreementRows(caseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: docId,
      system: true,
      scanStatus: 'clean',
      addedBy: null,
      mime: 'application/pdf',
      displayName: `Entente ${await caseNumberOf(caseId)}.pdf`,
    });
    expect(readdirSync(join(dataDir, 'documents', caseId))).toHaveLength(1);
  });

  it('QC-13 both parties download it as an attachment with safe headers; a stranger gets 404', async () => {
    for (const who of [consumer, merchant]) {
      const res = await download(who, caseId, docId);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Entente OPC-/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await download(stranger, caseId, docId)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(404);
  });

  it('QC-13 reads like the preview: amounts in fr-CA, dates, verbatim terms with accents', async () => {
    const text = flat((await readPdf(pdf)).text);
    const preview = agreementText({
      caseNumber: await caseNumberOf(caseId),
      locale: 'fr-CA',
      currency: 'CAD',
      consumerName: consumer.user.givenName + ' ' + consumer.user.familyName,
      representativeName: null,
      businessName: null,
      proposal: PROPOSAL,
    });
    // Intl's fr-CA groups with U+00A0 (fr-FR with U+202F); both keep the amount on one line.
    expect(preview.solutions[0]!.text).toContain('1\u00a0234,56\u00a0$');
    expect(preview.solutions[1]!.text).toContain('15 avril 2026');
    for (const line of [preview.title, preview.caseLine, preview.solutionsHeading]) {
      expect(text).toContain(line);
    }
    for (const solution of preview.solutions) expect(text).toContain(flat(solution.text));
    expect(toUnicodeCodePoints(pdf).has(0x00a0)).toBe(true);
    for (const line of TERMS.split('\n')) expect(text).toContain(flat(line));
    expect(text).toContain(`Consommateur : ${consumer.user.givenName} ${consumer.user.familyName}`);
    expect(text).toContain(
      `Représentant du commerçant : ${merchant.user.givenName} ${merchant.user.familyName}`,
    );
    // Acceptance times in the programme's zone: submitted 10:00, accepted 11:00 in Toronto.
    expect(text).toMatch(
      /Consommateur : proposition \(version 1\) faite le 10 mars 2026 à 10 h 00 HAE/,
    );
    expect(text).toMatch(
      /Commerçant : proposition \(version 1\) acceptée le 10 mars 2026 à 11 h 00 HAE/,
    );
    expect(text).toContain('Confidentialité');
    expect(text).toContain(flat(preview.termsHeading));
    expect(text).toContain('La présente entente est confidentielle');
    expect(text).not.toContain('médiation, à partir de la proposition du médiateur');
    expect(text).not.toContain('English version');
  });

  it('SEC-38 tagged PDF/A with language, title, structure and the embedded DejaVu font', async () => {
    const declared = pdfDeclarations(pdf);
    expect(declared).toMatchObject({
      lang: 'fr-CA',
      marked: true,
      structTreeRoot: true,
      displayTitle: true,
      pdfA: true,
      outputIntent: true,
    });
    expect(declared.embeddedFonts.some((name) => name?.endsWith('+DejaVuSans'))).toBe(true);
    expect(declared.fontFiles).toBeGreaterThanOrEqual(1);
    const reading = await readPdf(pdf);
    expect(reading.markInfo?.Marked).toBe(true);
    expect(reading.info.Title).toBe(`Entente — ${await caseNumberOf(caseId)}`);
    expect(reading.roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'H1', 'H2', 'P']));
    expect(reading.roles).toEqual(expect.arrayContaining(['L', 'LI', 'Lbl', 'LBody']));
  });

  it('QC-13 both parties are e-mailed a link, not the agreement (SPEC §10)', async () => {
    for (const who of [consumer, merchant]) {
      const [mail] = await t.ctx.database.db
        .select()
        .from(mailOutbox)
        .where(
          and(
            eq(mailOutbox.toAddress, who.user.email),
            eq(mailOutbox.template, 'agreement_reached'),
          ),
        );
      expect(mail?.subject).toContain('Entente conclue dans le dossier OPC-');
      expect(mail?.textBody).toContain(`/cases/${caseId}`);
      expect(mail?.textBody).not.toContain('1\u00a0234,56');
      expect(mail?.textBody).not.toContain('virement');
    }
  });
});

describe('QC-17 issue 6 an agreement reached in mediation says so', () => {
  it('QC-17 both parties accept the mediator proposal: one agreement, mentioning mediation', async () => {
    const { caseId } = await negotiation();
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: PROPOSAL }));
    await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
    await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));
    const made = await expectOk(
      mediator.command(caseId, { type: 'make_proposal', content: PROPOSAL }),
    );
    const proposalId = made.createdId as string;
    await expectOk(consumer.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
    expect(await agreementRows(caseId)).toHaveLength(0);
    await expectOk(merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
    const rows = await agreementRows(caseId);
    expect(rows).toHaveLength(1);
    const res = await download(merchant, caseId, rows[0]!.id);
    const { text } = await readPdf(res.rawPayload);
    expect(text).toContain('Cette entente a été conclue en médiation');
    expect(text).toContain(`Médiateur : ${mediator.user.givenName} ${mediator.user.familyName}`);
    expect(text).toMatch(/Consommateur : proposition \(version 1\) acceptée le/);
    expect(text).toMatch(/Commerçant : proposition \(version 1\) acceptée le/);
    expect((await download(mediator, caseId, rows[0]!.id)).statusCode).toBe(200);
  });
});

describe('QC-13 the agreement in the consumer’s language and with literal names', () => {
  it('QC-13 an English-reading consumer gets an English version after the French one', async () => {
    const english = await person(t, ['consumer'], { lang: 'en' });
    const { caseId, proposalId } = await negotiation(english);
    await expectOk(merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
    const [row] = await agreementRows(caseId);
    const pdf = (await download(english, caseId, row!.id)).rawPayload;
    const reading = await readPdf(pdf);
    const text = flat(reading.text);
    expect(reading.pages[0]).toContain('Les parties conviennent de ce qui suit :');
    expect(text).toContain('The parties agree as follows:');
    expect(text).toContain('The merchant refunds the consumer the sum of $1,234.56.');
    expect(text).toContain('no later than April 15, 2026');
    for (const line of TERMS.split('\n')) expect(text.split(flat(line))).toHaveLength(3);
    // The document is French (fr-CA); its English section says so for screen readers.
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(fr-CA\)/);
    expect(pdf.toString('latin1')).toMatch(/\/S \/Sect\s*\/Lang \(en\)/);
  });

  it('SEC-22 a name made of markup prints literally', async () => {
    const payload = '<script>alert("x")</script> <b>Ève</b>';
    const marked = await person(t, ['consumer']);
    await t.ctx.database.db
      .update(users)
      .set({ givenName: payload, familyName: '&amp; Œuvre' })
      .where(eq(users.id, marked.id));
    const { caseId, proposalId } = await negotiation(marked);
    await expectOk(merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
    const [row] = await agreementRows(caseId);
    const { text } = await readPdf((await download(merchant, caseId, row!.id)).rawPayload);
    expect(text).toContain(`Consommateur : ${payload} &amp; Œuvre`);
  });
});

describe('QC-13 a failed acceptance leaves no file and no row', () => {
  it('QC-13 the stored PDF is deleted when the transaction rolls back', async () => {
    const { caseId, proposalId } = await negotiation();
    const before = existsSync(join(dataDir, 'documents', caseId))
      ? readdirSync(join(dataDir, 'documents', caseId))
      : [];
    await expect(
      runCaseCommand(t.ctx, {
        caseId,
        actorUser: merchant.user,
        command: { type: 'accept_proposal', proposalId, version: 1 },
        within: async () => {
          throw new Error('simulated failure after the agreement was stored');
        },
      }),
    ).rejects.toThrow('simulated failure');
    const after = existsSync(join(dataDir, 'documents', caseId))
      ? readdirSync(join(dataDir, 'documents', caseId))
      : [];
    expect(after).toEqual(before);
    expect(await agreementRows(caseId)).toHaveLength(0);
    const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.status).toBe('negotiation');
  });
});
