/**
 * Set-ups shared by the mediation tests (issue 6): the people of a mediation, with a mediator of
 * the registry (MDR-1: staff may assign only an enrolled, activated mediator); a qc case taken
 * through the API to "mediation requested" (QC-15: each party made a formal proposal) and to
 * "in mediation" (QC-16: staff assigned the mediator); the mail and notification look-ups.
 */
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { mailOutbox, notifications } from '../../src/db/schema/index.js';
import { REFUND, REPAIR, expectOk, person, qcNegotiation, type Person } from './cases.js';
import { createMediator, type TestMediator } from './mediators.js';
import type { TestApp } from './test-app.js';

type Lang = 'fr' | 'en';

export interface Parties {
  readonly consumer: Person;
  readonly merchant: Person;
}

export interface MediationWorld<M extends Person = Person> extends Parties {
  readonly staff: Person;
  readonly mediator: M;
}

/** A fresh consumer and merchant representative (French unless told). */
export async function newParties(t: TestApp, langs: { merchant?: Lang } = {}): Promise<Parties> {
  return {
    consumer: await person(t, ['consumer']),
    merchant: await person(t, ['merchant_representative'], { lang: langs.merchant ?? 'fr' }),
  };
}

/** The parties, a staff member and a mediator of the registry, all fresh. */
export async function mediationWorld(
  t: TestApp,
  langs: { merchant?: Lang; mediator?: Lang } = {},
): Promise<MediationWorld<TestMediator>> {
  const staff = await person(t, ['staff']);
  const parties = await newParties(t, langs);
  const mediator = await createMediator(t, { lang: langs.mediator ?? 'fr' });
  return { ...parties, staff, mediator };
}

/**
 * QC-15 from negotiation: the merchant makes a formal proposal (the consumer's came with the
 * submission), so the consumer may ask for mediation, and does.
 */
export async function requestMediation(parties: Parties, caseId: string): Promise<void> {
  await expectOk(parties.merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
  const requested = await expectOk(parties.consumer.command(caseId, { type: 'request_mediation' }));
  expect(requested.status).toBe('mediation_requested');
}

/** QC-16: staff assign the mediator; the case is in mediation. */
export async function assignMediator(
  w: Pick<MediationWorld, 'staff' | 'mediator'>,
  caseId: string,
): Promise<void> {
  const assigned = await expectOk(
    w.staff.command(caseId, { type: 'assign_mediator', mediatorUserId: w.mediator.id }),
  );
  expect(assigned.status).toBe('mediation');
}

/** A qc case, of the given business if any, awaiting a mediator (QC-15). */
export async function qcMediationRequested(
  t: TestApp,
  parties: Parties,
  opts: { businessId?: string } = {},
) {
  const negotiation = await qcNegotiation(t, parties.consumer, parties.merchant, opts.businessId);
  await requestMediation(parties, negotiation.caseId);
  return negotiation;
}

/** Both parties proposed, the consumer asked for mediation, staff assigned the mediator. */
export async function qcInMediation(
  t: TestApp,
  w: MediationWorld,
  opts: { businessId?: string } = {},
) {
  const negotiation = await qcMediationRequested(t, w, opts);
  await assignMediator(w, negotiation.caseId);
  return negotiation;
}

/** The mediator's first proposal; returns its id. */
export async function mediatorProposes(w: MediationWorld, caseId: string): Promise<string> {
  const made = await expectOk(
    w.mediator.command(caseId, { type: 'make_proposal', content: REFUND }),
  );
  return made.createdId as string;
}

/** The case number ("OPC-…") as a participant reads it. */
export async function caseNumberOf(who: Person, caseId: string): Promise<string> {
  const summary = await expectOk(who.get(`/api/cases/${caseId}`));
  return summary.caseNumber as string;
}

/** The e-mails an address received with one template, oldest first. */
export async function mailsTo(t: TestApp, who: Person, template: string) {
  return t.ctx.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, who.user.email), eq(mailOutbox.template, template)))
    .orderBy(mailOutbox.seq);
}

/** The in-app notification kinds a person has on a case. */
export async function notificationKinds(t: TestApp, who: Person, caseId: string) {
  const rows = await t.ctx.database.db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(and(eq(notifications.userId, who.id), eq(notifications.caseId, caseId)));
  return rows.map((row) => row.kind);
}
