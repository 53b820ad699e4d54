/**
 * QC-16, issue 6 items 3-4 and 8: the assignment tells the mediator and both parties (in-app and
 * e-mail); the mediator reads the summary, the problem description, the documents and every
 * proposal with its history — and never the parties' private negotiation thread: not in the
 * thread list, not by its URL, not in the case summary PDF, not in the unread count. "Mes
 * dossiers" lists the mediator's cases, open and closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDrafts } from '../src/db/schema/index.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { readPdf } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { pdf } from './documents/fixtures.js';
import { upload } from './documents/upload.js';
import { createMediator } from './support/mediators.js';
import {
  assignMediator,
  mailsTo,
  mediationWorld,
  notificationKinds,
  qcInMediation,
  requestMediation,
} from './support/mediation.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;
let caseId: string;
let documentId: string;
const PRIVATE = 'Notre échange privé P-123';
const SHARED = 'Bonjour à tous M-456';
const DESCRIPTION = 'Canapé trois places taché';

const messagesUrl = (kind: string) => `/api/cases/${caseId}/threads/${kind}/messages`;
const flat = (text: string) => text.replace(/[ \n\u00a0\u202f]+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  ({ consumer, merchant, staff, mediator } = await mediationWorld(t, { merchant: 'en' }));

  ({ caseId } = await qcNegotiation(t, consumer, merchant));
  await t.ctx.database.db
    .insert(caseDrafts)
    .values({ caseId, description: { goodOrService: DESCRIPTION }, updatedAt: t.clock.now() })
    .onConflictDoUpdate({
      target: caseDrafts.caseId,
      set: { description: { goodOrService: DESCRIPTION } },
    });
  const uploaded = await upload(consumer, caseId, 'facture.pdf', pdf());
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  documentId = uploaded.json().id as string;
  expect((await consumer.post(messagesUrl('parties'), { body: PRIVATE })).statusCode).toBe(201);
  // Mediation only now: the private message above needs the parties' thread still open (QC-18).
  await requestMediation({ consumer, merchant }, caseId);
  await assignMediator({ staff, mediator }, caseId);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

describe('QC-16 §9 the assignment is announced', () => {
  it('QC-16 the mediator is told the case is theirs, in-app and by e-mail', async () => {
    expect(await notificationKinds(t, mediator, caseId)).toEqual(
      expect.arrayContaining(['mediator_assigned', 'mediation_started']),
    );
    const [mail, ...more] = await mailsTo(t, mediator, 'mediation_assigned_to_mediator');
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/Le dossier OPC-\d+ vous est confié/);
    expect(mail!.textBody).toContain(`/cases/${caseId}`);
    expect(await mailsTo(t, mediator, 'case_activity')).toEqual([]);
  });

  it('QC-16 both parties are told mediation starts, each in their language; staff who acted are not', async () => {
    for (const party of [consumer, merchant]) {
      expect(await notificationKinds(t, party, caseId)).toContain('mediator_assigned');
    }
    const [fr] = await mailsTo(t, consumer, 'mediation_mediation_started');
    expect(fr!.subject).toMatch(/Un médiateur est affecté au dossier OPC-\d+/);
    expect(fr!.textBody).toContain('espace de discussion en médiation');
    const [en] = await mailsTo(t, merchant, 'mediation_mediation_started');
    expect(en!.subject).toMatch(/A mediator has been assigned to case OPC-\d+/);
    expect(await notificationKinds(t, staff, caseId)).not.toContain('mediator_assigned');
  });
});

describe('QC-16 what the mediator reads', () => {
  it('QC-16 the summary, with the mediator named to the parties and the day count', async () => {
    const mine = await expectOk(mediator.get(`/api/cases/${caseId}`));
    expect(mine).toMatchObject({
      access: 'full',
      mySide: 'mediator',
      status: 'mediation',
      mediator: { userId: mediator.id },
      mediation: { day: 0, maxDays: 75, remainingDays: 75, alert: false, overdue: false },
    });
    const consumers = await expectOk(consumer.get(`/api/cases/${caseId}`));
    expect(consumers.mediator.name).toBe(`${mediator.user.givenName} ${mediator.user.familyName}`);
  });

  it('QC-16 the problem description and the documents', async () => {
    const resume = await expectOk(mediator.get(`/api/cases/${caseId}/resume`));
    expect(resume).toMatchObject({
      mySide: 'mediator',
      description: { goodOrService: DESCRIPTION },
    });
    const list = await expectOk(mediator.get(`/api/cases/${caseId}/documents`));
    expect(list.documents.map((d: { id: string }) => d.id)).toContain(documentId);
    const file = await mediator.get(`/api/cases/${caseId}/documents/${documentId}/download`);
    expect(file.statusCode).toBe(200);
    // Staff read metadata only (STF-2): no documents.
    expect((await staff.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(404);
  });

  it('QC-16 the proposals of the negotiation with their history, and the first proposal to make', async () => {
    const board = await expectOk(mediator.get(`/api/cases/${caseId}/proposals`));
    expect(board).toMatchObject({
      mySide: 'mediator',
      status: 'mediation',
      mediatorProposalId: null,
      currentProposalId: null,
      may: { accept: false, modify: false, counter: true },
    });
    expect(
      board.proposals.map((p: { author: string; phase: string; status: string }) => [
        p.author,
        p.phase,
        p.status,
      ]),
    ).toEqual([
      ['merchant', 'negotiation', 'superseded'],
      ['consumer', 'negotiation', 'countered'],
    ]);
    expect(board.proposals[1].versions[0].byName).toBe(
      `${consumer.user.givenName} ${consumer.user.familyName}`,
    );
    // The parties may not propose in mediation; nothing is open for them to accept yet.
    const consumers = await expectOk(consumer.get(`/api/cases/${caseId}/proposals`));
    expect(consumers.may).toEqual({ accept: false, modify: false, counter: false });
  });
});

describe('QC-16 never the parties’ private negotiation thread', () => {
  it('QC-16 not in the thread list, not by its URL, not writable', async () => {
    const { threads } = await expectOk(mediator.get(`/api/cases/${caseId}/threads`));
    expect(threads.map((th: { kind: string }) => th.kind)).not.toContain('parties');
    for (const res of [
      await mediator.get(messagesUrl('parties')),
      await mediator.post(messagesUrl('parties'), { body: 'Puis-je lire ?' }),
      await mediator.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: 1_000_000 }),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('QC-16 not in the unread count: only the threads the mediator takes part in', async () => {
    expect((await expectOk(mediator.get('/api/unread'))).messages).toBe(0);
    expect((await consumer.post(messagesUrl('mediation'), { body: SHARED })).statusCode).toBe(201);
    expect((await expectOk(mediator.get('/api/unread'))).messages).toBe(1);
    // The merchant counts both the parties' message and the shared one.
    expect((await expectOk(merchant.get('/api/unread'))).messages).toBe(2);
  });

  it('QC-16 DOC-3 not in the case summary PDF the mediator downloads', async () => {
    const read = async (who: Person) => {
      const res = await who.get(`/api/cases/${caseId}/summary.pdf`);
      expect(res.statusCode, res.body).toBe(200);
      return flat((await readPdf(res.rawPayload)).text);
    };
    const mediators = await read(mediator);
    expect(mediators).toContain('M-456');
    expect(mediators).not.toContain('P-123');
    expect(mediators).not.toContain('Discussion entre le consommateur et le commerçant');
    expect(await read(consumer)).toContain('P-123');
  });
});

describe('"Mes dossiers" of a mediator', () => {
  it('lists the cases assigned to the mediator, with the open and closed filters', async () => {
    const closed = await qcInMediation(t, { consumer, merchant, staff, mediator });
    await expectOk(
      mediator.command(closed.caseId, {
        type: 'close_without_agreement',
        justification: 'Les parties ne se sont pas entendues.',
        problemSummary: 'Meuble livré endommagé.',
      }),
    );
    const ids = async (filter: string) =>
      (await expectOk(mediator.get(`/api/cases?filter=${filter}`))).items.map(
        (item: { id: string }) => item.id,
      );
    expect(await ids('open')).toEqual([caseId]);
    expect(await ids('closed')).toEqual([closed.caseId]);
    expect((await ids('all')).sort()).toEqual([caseId, closed.caseId].sort());
    // Another mediator's list holds neither.
    const other = await createMediator(t);
    expect((await expectOk(other.get('/api/cases'))).items).toEqual([]);
  });
});
