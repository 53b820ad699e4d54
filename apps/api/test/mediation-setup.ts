/**
 * Set-ups shared by the mediation tests (issue 6): a mediator of the registry (MDR-1: staff may
 * assign only an enrolled, activated mediator), a qc case taken to mediation through the API
 * (QC-15 request, QC-16 assignment) and the mail and notification look-ups.
 */
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { mailOutbox, notifications } from '../src/db/schema/index.js';
import { REFUND, REPAIR, expectOk, qcNegotiation, type Person } from './support/cases.js';
import { createMediator } from './support/mediators.js';
import type { TestApp } from './support/test-app.js';

/** A mediator of the registry (MDR-1), activated, with TOTP (`support/mediators.ts`). */
export async function registeredMediator(
  t: TestApp,
  opts: { lang?: 'fr' | 'en' } = {},
): Promise<Person> {
  return createMediator(t, opts.lang === undefined ? {} : { lang: opts.lang });
}

export interface MediationWorld {
  readonly consumer: Person;
  readonly merchant: Person;
  readonly staff: Person;
  readonly mediator: Person;
}

/** Both parties proposed (QC-15), the consumer asked for mediation, staff assigned the mediator. */
export async function qcInMediation(t: TestApp, w: MediationWorld) {
  const negotiation = await qcNegotiation(t, w.consumer, w.merchant);
  const { caseId } = negotiation;
  await expectOk(w.merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
  await expectOk(w.consumer.command(caseId, { type: 'request_mediation' }));
  const assigned = await expectOk(
    w.staff.command(caseId, { type: 'assign_mediator', mediatorUserId: w.mediator.id }),
  );
  expect(assigned.status).toBe('mediation');
  return negotiation;
}

/** The mediator's first proposal; returns its id. */
export async function mediatorProposes(w: MediationWorld, caseId: string): Promise<string> {
  const made = await expectOk(
    w.mediator.command(caseId, { type: 'make_proposal', content: REFUND }),
  );
  return made.createdId as string;
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
