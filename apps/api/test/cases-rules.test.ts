/**
 * The rules users get wrong, through the API: each is refused with the engine's reason as code
 * and a sentence in the reader's language (issue 3, "How it will be checked").
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalAcceptances } from '../src/db/schema/index.js';
import { runCaseCommand } from '../src/modules/cases/run-case-command.js';
import { errorMessage } from '../src/platform/messages.js';
import {
  REFUND,
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative'], { lang: 'en' });
  staff = await person(t, ['staff']);
  mediator = await person(t, ['mediator']);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

/** Both parties proposed → mediation requested → mediator assigned (QC-15, QC-16). */
async function qcMediation() {
  const negotiation = await qcNegotiation(t, consumer, merchant);
  await expectOk(merchant.command(negotiation.caseId, { type: 'make_proposal', content: REPAIR }));
  await expectOk(consumer.command(negotiation.caseId, { type: 'request_mediation' }));
  await expectOk(
    staff.command(negotiation.caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }),
  );
  return negotiation;
}

describe('QC-15 mediation may be requested 45 calendar days after take-charge, not 44', () => {
  it('refuses at 23:59 on day 44 (Toronto) and accepts at 00:00 on day 45', async () => {
    t.clock.set('2026-03-10T14:00:00Z'); // 10:00 in Toronto (EDT)
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    t.clock.set('2026-04-24T03:59:00Z'); // 23:59 on 23 April: day 44
    await expectRefused(
      consumer.command(caseId, { type: 'request_mediation' }),
      409,
      'mediation_not_yet_eligible',
    );
    t.clock.set('2026-04-24T04:00:00Z'); // 00:00 on 24 April: day 45
    const done = await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
    expect(done).toMatchObject({ status: 'mediation_requested' });
    expect(done.events).toEqual([{ seq: 5, type: 'mediation_requested' }]);
  });
});

describe('QC-12 a proposal can change only until the other side answers it', () => {
  it('lets the author modify it, then refuses once the other side countered', async () => {
    const { caseId, consumerProposal } = await qcNegotiation(t, consumer, merchant);
    const modify = (baseVersion: number) => ({
      type: 'modify_proposal',
      proposalId: consumerProposal,
      baseVersion,
      content: REPAIR,
    });
    expect(await expectOk(consumer.command(caseId, modify(1)))).toMatchObject({
      events: [{ type: 'proposal_modified' }],
    });
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REFUND }));
    await expectRefused(consumer.command(caseId, modify(2)), 409, 'proposal_already_answered');
    // The merchant reads English: the same rule, in the reader's language.
    await expectRefused(
      merchant.command(caseId, { type: 'make_proposal', content: REPAIR }),
      409,
      'awaiting_other_side',
      'en',
    );
  });
});

describe('QC-17 in mediation only the mediator proposes; modifying voids acceptances', () => {
  it('voids the consumer’s acceptance when the mediator modifies, then agrees on the new version', async () => {
    const { caseId } = await qcMediation();
    await expectRefused(
      consumer.command(caseId, { type: 'make_proposal', content: REFUND }),
      403,
      'only_mediator_proposes_in_mediation',
    );
    const made = await expectOk(
      mediator.command(caseId, { type: 'make_proposal', content: REFUND }),
    );
    const proposalId = made.createdId as string;
    await expectOk(consumer.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
    const modified = await expectOk(
      mediator.command(caseId, {
        type: 'modify_proposal',
        proposalId,
        baseVersion: 1,
        content: REPAIR,
      }),
    );
    expect(modified.events.map((e: { type: string }) => e.type)).toEqual([
      'acceptances_voided',
      'proposal_modified',
    ]);
    const [voided] = await t.ctx.database.db
      .select()
      .from(proposalAcceptances)
      .where(
        and(eq(proposalAcceptances.proposalId, proposalId), eq(proposalAcceptances.version, 1)),
      );
    expect(voided?.voidedAt).not.toBeNull();
    await expectRefused(
      merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }),
      409,
      'version_mismatch',
      'en',
    );
    await expectOk(merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 2 }));
    const still = await expectOk(consumer.get(`/api/cases/${caseId}`));
    expect(still.status).toBe('mediation'); // one acceptance of v2 is not an agreement
    const agreed = await expectOk(
      consumer.command(caseId, { type: 'accept_proposal', proposalId, version: 2 }),
    );
    expect(agreed).toMatchObject({ status: 'closed', outcome: 'agreement' });
  });

  it('lets only the mediator close a mediation without agreement (QC-19)', async () => {
    const { caseId } = await qcMediation();
    await expectRefused(
      merchant.command(caseId, {
        type: 'close_case',
        reason: 'going_to_court',
        justification: 'We will see a judge.',
      }),
      403,
      'only_mediator_closes_in_mediation',
      'en',
    );
    const missing = await mediator.command(caseId, {
      type: 'close_without_agreement',
      justification: 'Impasse.',
    });
    expect(missing.statusCode).toBe(422);
    // The refusal names the field the form shows it next to.
    expect(missing.json().error).toEqual({
      code: 'problem_summary_required',
      message: errorMessage('problem_summary_required', 'fr'),
      fields: { problemSummary: errorMessage('problem_summary_required', 'fr') },
    });
  });
});

describe('REP-3 while a representative acts, the consumer does not', () => {
  it('refuses the represented consumer’s proposal and accepts the representative’s', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    const representative = await person(t, ['consumer_representative']);
    const invitation = await consumer.post(`/api/cases/${caseId}/representatives`, {
      firstName: 'Rose',
      lastName: 'Aidant',
      relationship: 'Fille',
      email: representative.user.email,
      consent: true,
      notALawyer: true,
      atLeast18: true,
    });
    expect(invitation.statusCode, invitation.body).toBe(201);
    const invited = { createdId: invitation.json().id as string };
    // REP-2's validation key arrives with the invitation screens; the use case takes it as checked.
    await runCaseCommand(t.ctx, {
      caseId,
      actorUser: representative.user,
      command: { type: 'activate_representative', representativeId: invited.createdId },
      invitationVerified: true,
    });
    await expectRefused(
      consumer.command(caseId, { type: 'make_proposal', content: REFUND }),
      403,
      'represented_consumer_cannot_act',
    );
    await expectOk(representative.command(caseId, { type: 'make_proposal', content: REFUND }));
    const summary = await expectOk(consumer.get(`/api/cases/${caseId}`));
    expect(summary.consumerRepresentative).toMatchObject({ status: 'active', firstName: 'Rose' });
  });
});

describe('a closed case accepts no action', () => {
  it('refuses every command with case_closed but stays readable by its parties', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    await expectOk(
      consumer.command(caseId, {
        type: 'close_case',
        reason: 'settled_outside_platform',
        justification: 'Réglé au téléphone.',
      }),
    );
    for (const [who, body] of [
      [merchant, { type: 'make_proposal', content: REPAIR }],
      [consumer, { type: 'request_mediation' }],
      [merchant, { type: 'take_charge' }],
      [consumer, { type: 'close_case', reason: 'other', justification: 'Encore.' }],
    ] as const) {
      await expectRefused(who.command(caseId, body), 409, 'case_closed', who.lang);
    }
    const summary = await expectOk(merchant.get(`/api/cases/${caseId}`));
    expect(summary.closure).toMatchObject({
      outcome: 'withdrawn',
      justification: 'Réglé au téléphone.',
    });
    expect((await expectOk(merchant.get(`/api/cases/${caseId}/actions`))).actions).toEqual([]);
  });
});
