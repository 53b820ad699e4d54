/**
 * QC-17 through the API (issue 6 item 5): in mediation only the mediator proposes ("Faire une
 * proposition initiale", then "Modifier ma proposition"); the parties accept, without a reject
 * button; a modification voids earlier acceptances and the parties are told so; an agreement
 * needs both parties on the same version, and its PDF says it was reached in mediation and
 * names the mediator.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocuments } from '../src/db/schema/index.js';
import {
  REFUND,
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  type Person,
} from './support/cases.js';
import { readPdf } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  mailsTo,
  mediationWorld,
  mediatorProposes,
  notificationKinds,
  qcInMediation,
  type MediationWorld,
} from './support/mediation.js';

let t: TestApp;
let w: MediationWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await mediationWorld(t, { merchant: 'en' });
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

const board = (who: Person, caseId: string) => expectOk(who.get(`/api/cases/${caseId}/proposals`));
const accept = (who: Person, caseId: string, proposalId: string, version: number) =>
  who.command(caseId, { type: 'accept_proposal', proposalId, version });
const modify = (caseId: string, proposalId: string, baseVersion: number) =>
  w.mediator.command(caseId, { type: 'modify_proposal', proposalId, baseVersion, content: REPAIR });

describe('QC-17 only the mediator proposes in mediation', () => {
  it('QC-17 refuses a party’s proposal with the rule in the reader’s language', async () => {
    const { caseId } = await qcInMediation(t, w);
    await expectRefused(
      w.consumer.command(caseId, { type: 'make_proposal', content: REFUND }),
      403,
      'only_mediator_proposes_in_mediation',
    );
    await expectRefused(
      w.merchant.command(caseId, { type: 'make_proposal', content: REFUND }),
      403,
      'only_mediator_proposes_in_mediation',
      'en',
    );
    // Staff never act as a party, nor as the mediator.
    expect(
      (await w.staff.command(caseId, { type: 'make_proposal', content: REFUND })).statusCode,
    ).toBe(403);
  });

  it('QC-17 "Faire une proposition initiale", then "Modifier ma proposition"; the parties may accept', async () => {
    const { caseId } = await qcInMediation(t, w);
    expect((await board(w.mediator, caseId)).may).toEqual({
      accept: false,
      modify: false,
      counter: true,
    });
    const proposalId = await mediatorProposes(w, caseId);
    const mine = await board(w.mediator, caseId);
    expect(mine).toMatchObject({
      mediatorProposalId: proposalId,
      currentProposalId: proposalId,
      turn: null,
      may: { accept: false, modify: true, counter: false },
    });
    expect(mine.proposals[0]).toMatchObject({
      id: proposalId,
      author: 'mediator',
      phase: 'mediation',
      status: 'open',
      acceptances: [],
      voidedAcceptances: [],
      acceptedVersion: null,
    });
    // A second initial proposal is refused: modify it instead.
    await expectRefused(
      w.mediator.command(caseId, { type: 'make_proposal', content: REPAIR }),
      409,
      'proposal_already_exists',
    );
    for (const party of [w.consumer, w.merchant]) {
      expect((await board(party, caseId)).may).toEqual({
        accept: true,
        modify: false,
        counter: false,
      });
      expect(await notificationKinds(t, party, caseId)).toContain('mediator_proposal_made');
    }
    const [mail] = await mailsTo(t, w.merchant, 'mediation_proposal_made');
    expect(mail!.subject).toMatch(/Mediator’s proposal in case OPC-\d+/);
    expect(mail!.textBody).toContain(`/cases/${caseId}/propositions`);
    expect(mail!.textBody).not.toContain('1\u00a0234');
  });
});

describe('QC-17 a modification voids earlier acceptances', () => {
  it('QC-17 one accepts v1, the mediator changes it, the other accepts v2: still open until the first accepts v2', async () => {
    const { caseId } = await qcInMediation(t, w);
    const proposalId = await mediatorProposes(w, caseId);
    await expectOk(accept(w.consumer, caseId, proposalId, 1));
    const afterAccept = await board(w.consumer, caseId);
    expect(afterAccept.may.accept).toBe(false); // already accepted this version
    expect(afterAccept.proposals[0].acceptances).toEqual([
      { side: 'consumer', version: 1, at: expect.any(String) },
    ]);
    expect((await board(w.merchant, caseId)).may.accept).toBe(true);

    const modified = await expectOk(modify(caseId, proposalId, 1));
    expect(modified.events.map((e: { type: string }) => e.type)).toEqual([
      'acceptances_voided',
      'proposal_modified',
    ]);
    const after = await board(w.consumer, caseId);
    expect(after.proposals[0]).toMatchObject({
      acceptances: [],
      voidedAcceptances: [{ side: 'consumer', version: 1, at: expect.any(String) }],
    });
    expect(after.proposals[0].versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(after.may.accept).toBe(true);

    // The parties are told the proposal changed and that earlier acceptances no longer count.
    for (const party of [w.consumer, w.merchant]) {
      const kinds = await notificationKinds(t, party, caseId);
      expect(kinds).toContain('mediator_proposal_modified');
      expect(kinds).not.toContain('acceptances_voided');
    }
    const bell = await expectOk(w.consumer.get('/api/notifications?limit=100'));
    const told = bell.notifications.find(
      (n: { kind: string; caseId: string }) =>
        n.kind === 'mediator_proposal_modified' && n.caseId === caseId,
    );
    expect(told.text).toMatch(
      /^Dossier OPC-\d+ : le médiateur a modifié sa proposition; les acceptations de la version précédente ne comptent plus$/,
    );
    expect(told.link).toBe(`/cases/${caseId}/propositions`);
    const [fr] = await mailsTo(t, w.consumer, 'mediation_proposal_modified');
    expect(fr!.textBody).toContain(
      'Les acceptations données à la version précédente ne comptent plus',
    );
    const [en] = await mailsTo(t, w.merchant, 'mediation_proposal_modified');
    expect(en!.textBody).toContain('Acceptances given to the previous version no longer count');

    await expectRefused(accept(w.merchant, caseId, proposalId, 1), 409, 'version_mismatch', 'en');
    await expectOk(accept(w.merchant, caseId, proposalId, 2));
    const still = await expectOk(w.consumer.get(`/api/cases/${caseId}`));
    expect(still).toMatchObject({ status: 'mediation', outcome: null });
    expect((await board(w.consumer, caseId)).may.accept).toBe(true);
    const agreed = await expectOk(accept(w.consumer, caseId, proposalId, 2));
    expect(agreed).toMatchObject({ status: 'closed', outcome: 'agreement' });
    const closedBoard = await board(w.mediator, caseId);
    expect(closedBoard.proposals[0]).toMatchObject({ status: 'accepted', acceptedVersion: 2 });
    expect(closedBoard.agreement).toMatchObject({ proposalId, version: 2 });
  });

  it('QC-17 E both parties accept the same version: the agreement PDF says mediation and names the mediator', async () => {
    const { caseId } = await qcInMediation(t, w);
    const proposalId = await mediatorProposes(w, caseId);
    await expectOk(accept(w.merchant, caseId, proposalId, 1));
    await expectOk(accept(w.consumer, caseId, proposalId, 1));
    const [row, ...more] = await t.ctx.database.db
      .select()
      .from(caseDocuments)
      .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.kind, 'agreement')));
    expect(more).toEqual([]);
    const summary = await expectOk(w.consumer.get(`/api/cases/${caseId}`));
    expect(summary).toMatchObject({
      status: 'closed',
      outcome: 'agreement',
      agreement: { phase: 'mediation', version: 1 },
      closure: { phase: 'mediation' },
    });
    const file = await w.mediator.get(`/api/cases/${caseId}/documents/${row!.id}/download`);
    expect(file.statusCode).toBe(200);
    const text = (await readPdf(file.rawPayload)).text;
    expect(text).toContain('Cette entente a été conclue en médiation');
    expect(text).toContain(
      `Médiateur : ${w.mediator.user.givenName} ${w.mediator.user.familyName}`,
    );
    for (const party of [w.consumer, w.merchant]) {
      expect(await mailsTo(t, party, 'agreement_reached')).not.toEqual([]);
    }
  });
});
