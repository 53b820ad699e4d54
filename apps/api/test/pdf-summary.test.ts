/**
 * DOC-3 "Télécharger un résumé du dossier" (SEC-12, SEC-14, SEC-20, SEC-22, SEC-23, SEC-28,
 * QC-16): the summary PDF holds the parties, the problem description, every proposal version
 * with its answers and the exchanges the reader takes part in — never the parties' private
 * thread for the mediator — in the reader's language; strangers and staff get 404.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDrafts, messageThreads, messages, type ThreadKind } from '../src/db/schema/index.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  person,
  qcNegotiation,
  REPAIR,
  type Person,
} from './support/cases.js';
import { pdfDeclarations, readPdf } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let mediator: Person;
let staff: Person;
let stranger: Person;
let caseId: string;
let server: Server;
let requestsSeen = 0;
let imgPayload: string;

const flat = (text: string) => text.replace(/[ \n\u00a0\u202f]+/g, ' ');
const SECRETS: Record<ThreadKind, string> = {
  parties: 'Entre nous : je pourrais aller jusqu’à 300 $.',
  mediation: 'Bonjour à tous, je propose une solution intermédiaire.',
  mediator_consumer: 'Message privé du consommateur au médiateur.',
  mediator_business: 'Message privé du commerçant au médiateur.',
};

async function post(kind: ThreadKind, author: Person, role: string, body: string) {
  const db = t.ctx.database.db;
  const now = t.ctx.clock.now();
  let [thread] = await db
    .insert(messageThreads)
    .values({ id: randomUUID(), caseId, kind, createdAt: now, lastMessageAt: now })
    .onConflictDoNothing()
    .returning();
  if (!thread) {
    thread = (await db.select().from(messageThreads)).find(
      (row) => row.caseId === caseId && row.kind === kind,
    );
  }
  await db.insert(messages).values({
    threadId: thread!.id,
    caseId,
    authorUserId: author.id,
    authorRole: role,
    body,
    createdAt: now,
  });
}

async function summary(who: Person) {
  return who.get(`/api/cases/${caseId}/summary.pdf`);
}

async function summaryText(who: Person): Promise<string> {
  const res = await summary(who);
  expect(res.statusCode, res.body).toBe(200);
  return flat((await readPdf(res.rawPayload)).text);
}

beforeAll(async () => {
  server = createServer((_request, response) => {
    requestsSeen += 1;
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  imgPayload = `<img src=http://127.0.0.1:${(server.address() as AddressInfo).port}/x>`;

  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  mediator = await person(t, ['mediator']);
  staff = await person(t, ['staff']);
  stranger = await person(t, ['consumer']);
  ({ caseId } = await qcNegotiation(t, consumer, merchant));
  await t.ctx.database.db.insert(caseDrafts).values({
    caseId,
    description: {
      goodOrService: 'Réfrigérateur à deux portes',
      invoiceAmountMinor: 189_999,
      paidInFull: true,
      contractPlace: 'in_store',
      merchantAddress: '123, rue Saint-Denis, Montréal',
      priorSteps: false,
      problemNatures: ['defective_good', 'warranty_not_honoured'],
      additionalInformation: 'Le compresseur fait un bruit anormal depuis l’été.',
    },
    updatedAt: t.ctx.clock.now(),
  });
  await post('parties', consumer, 'consumer', SECRETS.parties);
  await post('parties', merchant, 'merchant_representative', imgPayload);
  await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
  await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
  await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));
  await expectOk(
    mediator.command(caseId, {
      type: 'make_proposal',
      content: { solutions: [{ kind: 'refund', amountMinor: 30_000 }], terms: 'Sous 30 jours.' },
    }),
  );
  await post('mediation', mediator, 'mediator', SECRETS.mediation);
  await post('mediator_consumer', consumer, 'consumer', SECRETS.mediator_consumer);
  await post('mediator_business', merchant, 'merchant_representative', SECRETS.mediator_business);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('DOC-3 the case summary PDF', () => {
  it('DOC-3 a party downloads it as an attachment with the download headers (SEC-20)', async () => {
    const res = await summary(consumer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Resume du dossier OPC-${caseNumberOf(res.headers['content-disposition'])}.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20du%20dossier%20OPC-${caseNumberOf(res.headers['content-disposition'])}.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    const declared = pdfDeclarations(res.rawPayload);
    expect(declared).toMatchObject({ lang: 'fr-CA', marked: true, structTreeRoot: true });
  });

  it('DOC-3 parties, description, every proposal version and answer', async () => {
    const text = await summaryText(consumer);
    expect(text).toContain('Résumé du dossier');
    expect(text).toContain(`Consommateur : ${consumer.user.givenName} ${consumer.user.familyName}`);
    expect(text).toContain(`Médiateur : ${mediator.user.givenName} ${mediator.user.familyName}`);
    expect(text).toContain('Bien ou service à l’origine du problème : Réfrigérateur à deux portes');
    expect(text).toContain(
      flat(
        'Montant indiqué sur la facture ou le contrat avec le commerçant : 1\u00a0899,99\u00a0$',
      ),
    );
    expect(text).toContain('Nature du problème : Bien défectueux, Garantie non respectée');
    expect(text).toContain('Le compresseur fait un bruit anormal depuis l’été.');
    expect(text).toContain('Proposition du consommateur (négociation)');
    expect(text).toContain('Proposition du commerçant (négociation)');
    expect(text).toContain('Proposition du médiateur (médiation)');
    expect(text).toContain(
      flat('Le commerçant rembourse au consommateur la somme de 450,00\u00a0$.'),
    );
    expect(text).toContain('Le commerçant répare le bien.');
    expect(text).toContain('Remboursement sous 15 jours.');
    expect(text).toContain(flat('la somme de 300,00\u00a0$.'));
  });

  it('QC-16 SEC-14 each reader sees the threads they take part in, and only those', async () => {
    const seen = async (who: Person) => {
      const text = await summaryText(who);
      return (Object.keys(SECRETS) as ThreadKind[]).filter((kind) =>
        text.includes(flat(SECRETS[kind])),
      );
    };
    expect(await seen(consumer)).toEqual(['parties', 'mediation', 'mediator_consumer']);
    expect(await seen(merchant)).toEqual(['parties', 'mediation', 'mediator_business']);
    expect(await seen(mediator)).toEqual(['mediation', 'mediator_consumer', 'mediator_business']);
    expect(await summaryText(mediator)).not.toContain(
      'Discussion entre le consommateur et le commerçant',
    );
  });

  it('SEC-22 SEC-23 a message with markup prints literally and nothing is fetched', async () => {
    const before = requestsSeen;
    const text = await summaryText(merchant);
    expect(text).toContain(imgPayload);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsSeen).toBe(before);
    expect(requestsSeen).toBe(0);
  });

  it('DOC-3 in the reader’s language: English for an English reader', async () => {
    const english = await person(t, ['mediator'], { lang: 'en' });
    await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: english.id }));
    const res = await summary(english);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename="Case summary OPC-');
    expect(pdfDeclarations(res.rawPayload).lang).toBe('en');
    const text = flat((await readPdf(res.rawPayload)).text);
    expect(text).toContain('Case summary');
    expect(text).toContain('Mediator’s proposal (mediation)');
    expect(text).toContain('The merchant repairs the good.');
    expect(text).toContain('Good or service the problem is about: Réfrigérateur à deux portes');
    expect(text).not.toContain(flat(SECRETS.parties));
    expect((await summary(mediator)).statusCode).toBe(404); // replaced: no longer on the case
  });

  it('SEC-12 a stranger and staff (metadata only, STF-2) get 404', async () => {
    expect((await summary(stranger)).statusCode).toBe(404);
    expect((await summary(staff)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/${randomUUID()}/summary.pdf`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/not-a-uuid/summary.pdf`)).statusCode).toBe(400);
  });

  it('SEC-28 generation is rate-limited per person with Retry-After', async () => {
    const reader = await person(t, ['consumer']);
    const own = await qcNegotiation(t, reader, merchant);
    for (let i = 0; i < 10; i += 1) {
      expect((await reader.get(`/api/cases/${own.caseId}/summary.pdf`)).statusCode).toBe(200);
    }
    const limited = await reader.get(`/api/cases/${own.caseId}/summary.pdf`);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

/** The 7 digits of the case number in a Content-Disposition. */
function caseNumberOf(disposition: unknown): string {
  return /OPC-(\d+)/.exec(String(disposition))?.[1] ?? 'none';
}
