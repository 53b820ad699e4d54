/**
 * Closing without agreement (issue 5 item 7): who is e-mailed what, in which language, on each
 * closing path — the merchant's refusal (QC-9), a party's closing (QC-14), the mediator's
 * (QC-19) — with the information kit for the consumer side (QC-21), and the closing party's
 * justification never in an e-mail (SEC-24).
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import { sweepDeadlines } from '../src/jobs/deadlines.js';
import { runCaseCommand } from '../src/modules/cases/run-case-command.js';
import {
  REFUND,
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  openQcCase,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;
let mediator: Person;

/** Distinctive texts the closing parties write: they must stay in the app (SEC-24). */
const SECRETS = {
  consumerClosing: 'Le commerçant m’a insulté au téléphone, dossier 4417-secret',
  merchantClosing: 'Customer threatened us, internal ref ZX-81 secret',
  refusal: 'Client connu du contentieux, refus interne R-932',
  mediatorJustification: 'Les parties campent sur leurs positions, note M-55',
  problemSummary: 'Sofa livré taché, valeur 1 234,56 $, résumé P-77',
};

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
  mediator = await person(t, ['mediator']);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

type Mail = typeof mailOutbox.$inferSelect;

async function mailsTo(who: Person): Promise<Mail[]> {
  return t.ctx.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, who.user.email))
    .orderBy(asc(mailOutbox.seq));
}

/** The e-mails each person received while `act` ran. */
async function mailsDuring<const P extends readonly Person[]>(
  people: P,
  act: () => Promise<unknown>,
): Promise<{ [K in keyof P]: Mail[] }> {
  const before = await Promise.all(people.map(async (p) => (await mailsTo(p)).length));
  await act();
  const after = await Promise.all(people.map(async (p, i) => (await mailsTo(p)).slice(before[i])));
  return after as { [K in keyof P]: Mail[] };
}

const everything = (mail: Mail) => `${mail.subject}\n${mail.textBody}\n${mail.htmlBody}`;

function expectKit(mail: Mail | undefined, lang: 'fr' | 'en', caseId: string) {
  expect(mail?.template).toBe('case_closed_information_kit');
  const text = mail!.textBody ?? '';
  expect(text).toContain(`/cases/${caseId}`);
  if (lang === 'fr') {
    expect(mail!.subject).toMatch(/Dossier OPC-\d+ fermé sans entente/);
    expect(text).toContain('Trousse d’information sur les autres recours');
    expect(text).toContain('mise en demeure');
    expect(text).toContain('Division des petites créances de la Cour du Québec');
    expect(text).toContain('vérifiez la limite en vigueur');
    expect(text).toContain('Pour obtenir de l’information sur vos droits et recours');
  } else {
    expect(mail!.subject).toMatch(/Case OPC-\d+ closed without an agreement/);
    expect(text).toContain('Information kit on other remedies');
    expect(text).toContain('Small Claims Division of the Court of Québec');
    expect(text).toContain('check the current limit');
    expect(text).toContain('For information on your rights and remedies, contact us');
  }
}

function expectClosedWithoutKit(mail: Mail | undefined, lang: 'fr' | 'en', caseId: string) {
  expect(mail?.template).toBe('case_closed');
  const text = mail!.textBody ?? '';
  expect(text).toContain(`/cases/${caseId}`);
  expect(text).not.toMatch(/mise en demeure|petites créances|formal notice|Small Claims/);
  expect(mail!.subject).toMatch(
    lang === 'fr' ? /fermé sans entente/ : /closed without an agreement/,
  );
}

describe('QC-14 a party closes the case in negotiation', () => {
  it('QC-14 QC-21 the consumer closes: kit to the consumer, reason label to the merchant (SEC-24)', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative'], { lang: 'en' });
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const [toConsumer, toMerchant] = await mailsDuring([consumer, merchant], () =>
      expectOk(
        consumer.command(caseId, {
          type: 'close_case',
          reason: 'no_longer_wish_to_continue',
          justification: SECRETS.consumerClosing,
        }),
      ),
    );
    // One e-mail each for the command: the closing one replaces the generic "news" e-mail.
    expect(toConsumer).toHaveLength(1);
    expectKit(toConsumer[0], 'fr', caseId);
    expect(toConsumer[0]!.textBody).toContain(
      'Raison : « Je ne souhaite plus poursuivre la démarche »',
    );
    expect(toConsumer[0]!.textBody).toContain('fermé sans entente par le consommateur');
    expect(toMerchant).toHaveLength(1);
    expectClosedWithoutKit(toMerchant[0], 'en', caseId);
    expect(toMerchant[0]!.textBody).toContain('Reason: “I no longer wish to continue”');
    expect(toMerchant[0]!.textBody).toContain('by the consumer');
    for (const mail of [...toConsumer, ...toMerchant]) {
      expect(everything(mail)).not.toContain(SECRETS.consumerClosing);
    }
    // The justification stays in the app, where the other party reads it.
    const summary = await expectOk(merchant.get(`/api/cases/${caseId}`));
    expect(JSON.stringify(summary)).toContain(SECRETS.consumerClosing);
  });

  it('QC-14 QC-21 the merchant closes: the consumer gets the kit in English, the merchant nothing', async () => {
    const consumer = await person(t, ['consumer'], { lang: 'en' });
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const [toConsumer, toMerchant] = await mailsDuring([consumer, merchant], () =>
      expectOk(
        merchant.command(caseId, {
          type: 'close_case',
          reason: 'going_to_court',
          justification: SECRETS.merchantClosing,
        }),
      ),
    );
    expect(toConsumer).toHaveLength(1);
    expectKit(toConsumer[0], 'en', caseId);
    expect(toConsumer[0]!.textBody).toContain('Reason: “I am going to court”');
    expect(toConsumer[0]!.textBody).toContain('by the merchant');
    expect(everything(toConsumer[0]!)).not.toContain(SECRETS.merchantClosing);
    expect(toMerchant).toEqual([]);
  });
});

describe('QC-9 the merchant refuses to negotiate', () => {
  it('QC-9 QC-21 kit to the consumer, closing e-mail to the respondent, the reason text in neither', async () => {
    const consumer = await person(t, ['consumer']);
    const representative = await person(t, ['merchant_representative']);
    const respondent = await person(t, ['merchant_respondent'], { lang: 'en' });
    const caseId = await openQcCase(consumer);
    await joinBusiness(t, caseId, representative);
    await joinBusiness(t, caseId, respondent, 'merchant_respondent');
    await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
    const [toConsumer, toRepresentative, toRespondent] = await mailsDuring(
      [consumer, representative, respondent],
      () =>
        expectOk(
          representative.command(caseId, { type: 'refuse_negotiation', reason: SECRETS.refusal }),
        ),
    );
    expect(toConsumer).toHaveLength(1);
    expectKit(toConsumer[0], 'fr', caseId);
    expect(toConsumer[0]!.textBody).toContain('Raison : « Le commerçant a refusé de négocier »');
    expect(toRepresentative).toEqual([]); // the person who refused
    expect(toRespondent).toHaveLength(1);
    expectClosedWithoutKit(toRespondent[0], 'en', caseId);
    expect(toRespondent[0]!.textBody).toContain('Reason: “The merchant refused to negotiate”');
    for (const mail of [...toConsumer, ...toRespondent]) {
      expect(everything(mail)).not.toContain(SECRETS.refusal);
    }
  });
});

describe('QC-19 the mediator closes without agreement', () => {
  it('QC-19 QC-21 the consumer and their representative each get the kit in their language', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative'], { lang: 'en' });
    const representative = await person(t, ['consumer_representative'], { lang: 'en' });
    const { caseId } = await qcNegotiation(t, consumer, merchant);
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
    const activated = await runCaseCommand(t.ctx, {
      caseId,
      actorUser: representative.user,
      command: { type: 'activate_representative', representativeId: invitation.json().id },
      invitationVerified: true,
    });
    expect(activated.state.consumerRepresentative?.status).toBe('active');
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    await expectOk(representative.command(caseId, { type: 'request_mediation' }));
    await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));

    const [toConsumer, toRepresentative, toMerchant, toMediator, toStaff] = await mailsDuring(
      [consumer, representative, merchant, mediator, staff],
      () =>
        expectOk(
          mediator.command(caseId, {
            type: 'close_without_agreement',
            justification: SECRETS.mediatorJustification,
            problemSummary: SECRETS.problemSummary,
          }),
        ),
    );
    expect(toConsumer).toHaveLength(1);
    expectKit(toConsumer[0], 'fr', caseId);
    expect(toConsumer[0]!.textBody).toContain('Raison : « Médiation sans entente »');
    expect(toConsumer[0]!.textBody).toContain('par le médiateur');
    expect(toRepresentative).toHaveLength(1);
    expectKit(toRepresentative[0], 'en', caseId);
    expect(toMerchant).toHaveLength(1);
    expectClosedWithoutKit(toMerchant[0], 'en', caseId);
    expect(toMerchant[0]!.textBody).toContain('Reason: “Mediation without agreement”');
    expect(toMediator).toEqual([]);
    // Staff keep the generic notice (SPEC §9), never the parties' kit.
    expect(toStaff.map((mail) => mail.template)).toEqual(['case_activity']);
    for (const mail of [toConsumer, toRepresentative, toMerchant, toStaff].flat()) {
      expect(everything(mail)).not.toContain(SECRETS.mediatorJustification);
      expect(everything(mail)).not.toContain(SECRETS.problemSummary);
    }
  });
});

describe('QC-21 no kit when the case does not close without agreement', () => {
  const closingTemplates = (mails: Mail[]) =>
    mails.filter(
      (m) => m.template === 'case_closed' || m.template === 'case_closed_information_kit',
    );

  it('QC-13 QC-21 an agreement e-mails the agreement, not the kit', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId, consumerProposal } = await qcNegotiation(t, consumer, merchant);
    const [toConsumer, toMerchant] = await mailsDuring([consumer, merchant], () =>
      expectOk(
        merchant.command(caseId, {
          type: 'accept_proposal',
          proposalId: consumerProposal,
          version: 1,
        }),
      ),
    );
    expect(toConsumer.map((m) => m.template)).toEqual(['agreement_reached']);
    expect(toMerchant.map((m) => m.template)).toEqual(['agreement_reached']);
    expect(toConsumer[0]!.textBody).not.toMatch(/mise en demeure|petites créances/);
  });

  it('QC-8 QC-21 a draft closed by the consumer gets no kit, and the business hears nothing', async () => {
    const consumer = await person(t, ['consumer']);
    const respondent = await person(t, ['merchant_respondent']);
    const caseId = await openQcCase(consumer);
    await joinBusiness(t, caseId, respondent, 'merchant_respondent');
    const [toConsumer, toRespondent] = await mailsDuring([consumer, respondent], () =>
      expectOk(
        consumer.command(caseId, {
          type: 'close_case',
          reason: 'other',
          justification: SECRETS.consumerClosing,
        }),
      ),
    );
    expect(closingTemplates(toConsumer)).toEqual([]);
    expect(toConsumer.map(everything).join('\n')).not.toContain(SECRETS.consumerClosing);
    // QC-7: the business learns of a case at its submission, never of its draft.
    expect(toRespondent).toEqual([]);
  });

  it('QC-8 QC-21 an expired draft gets no kit', async () => {
    const consumer = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    const [toConsumer] = await mailsDuring([consumer], async () => {
      t.clock.set(new Date(t.clock.now().getTime() + 31 * 86_400_000));
      const report = await sweepDeadlines(t.ctx);
      expect(report.failed).toEqual([]);
    });
    expect((await expectOk(consumer.get(`/api/cases/${caseId}`))).outcome).toBe('expired');
    expect(toConsumer.length).toBeGreaterThan(0); // the reminders and the expiry notice
    expect(closingTemplates(toConsumer)).toEqual([]);
    expect(toConsumer.map(everything).join('\n')).not.toMatch(/mise en demeure|petites créances/);
  });
});

describe('SEC-24 no closing text in any e-mail', () => {
  it('SEC-24 the outbox holds none of the justifications, refusal reasons or summaries written', async () => {
    const all = await t.ctx.database.db.select().from(mailOutbox);
    expect(all.length).toBeGreaterThan(10);
    for (const mail of all) {
      for (const secret of Object.values(SECRETS)) expect(everything(mail)).not.toContain(secret);
    }
  });
});
