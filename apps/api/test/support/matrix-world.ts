/**
 * The people and cases of the authorisation matrix (SEC-12, SEC-13), built once per test file:
 * two registered businesses, a qc case in negotiation and one in mediation for business A (each
 * with an active consumer representative, a document and messages in every thread that exists),
 * and a case of business B with its own document.
 */
import { expect } from 'vitest';
import { businessMembers } from '../../src/db/schema/index.js';
import * as fx from '../documents/fixtures.js';
import { insertBusiness } from './businesses.js';
import { REFUND, REPAIR, expectOk, openQcCase, person, type Person } from './cases.js';
import { lastMailTo, type TestApp } from './test-app.js';

export const PERSONAS = [
  'consumer',
  'consumerRepresentative',
  'respondent',
  'representativeInCharge',
  'representativeNotInCharge',
  'otherRespondent',
  'otherRepresentative',
  'mediator',
  'staff',
  'administrator',
  'stranger',
  'anonymous',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type SignedInPersona = Exclude<Persona, 'anonymous'>;

/** Which of the two cases of business A a row runs on. */
export type CaseKey = 'negotiation' | 'mediation';

export interface MatrixCase {
  readonly id: string;
  readonly documentId: string;
  /** A document only used by the DELETE row (its owner may delete it). */
  readonly deletableDocumentId: string;
  readonly representativeId: string;
}

export interface MatrixWorld {
  readonly people: Record<SignedInPersona, Person>;
  readonly cases: Record<CaseKey, MatrixCase>;
  /** Business B's case and document (tenant isolation, SEC-13). */
  readonly foreign: { readonly caseId: string; readonly documentId: string };
}

/** A multipart body as the browser sends it for an upload (DOC-1). */
export function multipart(filename: string, bytes: Buffer) {
  const boundary = `entente${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function uploadDocument(who: Person, caseId: string): Promise<string> {
  const { payload, headers } = multipart('facture.pdf', fx.pdf());
  const client = await who.client();
  const res = await client.request('POST', `/api/cases/${caseId}/documents`, payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Registers people of a business straight in the registry table (ORG-1). */
export async function addMembers(
  t: TestApp,
  businessId: string,
  members: readonly [Person, 'respondent' | 'representative'][],
): Promise<void> {
  const now = t.ctx.clock.now();
  await t.ctx.database.db.insert(businessMembers).values(
    members.map(([who, role]) => ({
      businessId,
      userId: who.id,
      role,
      addedBy: who.id,
      addedAt: now,
    })),
  );
}

/** REP-1, REP-2: the consumer invites `rep`, who activates with the key read in the e-mail. */
async function representation(t: TestApp, consumer: Person, caseId: string, rep: Person) {
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
  const key = /^ {4}(\S{12})$/m.exec(mail?.textBody ?? '')?.[1];
  if (!caseNumber || !key) throw new Error('no representative invitation');
  await expectOk(rep.post('/api/representations/activate', { caseNumber, validationKey: key }));
  return invited.json().id as string;
}

async function postMessage(who: Person, caseId: string, kind: string) {
  const res = await who.post(`/api/cases/${caseId}/threads/${kind}/messages`, {
    body: `Message de matrice (${kind}).`,
  });
  expect(res.statusCode, `${kind}: ${res.body}`).toBe(201);
}

export async function buildMatrixWorld(t: TestApp): Promise<MatrixWorld> {
  const people = {
    consumer: await person(t, ['consumer']),
    consumerRepresentative: await person(t, ['consumer']),
    respondent: await person(t, ['merchant_respondent']),
    representativeInCharge: await person(t, ['merchant_representative']),
    representativeNotInCharge: await person(t, ['merchant_representative']),
    otherRespondent: await person(t, ['merchant_respondent']),
    otherRepresentative: await person(t, ['merchant_representative']),
    mediator: await person(t, ['mediator']),
    staff: await person(t, ['staff']),
    administrator: await person(t, ['administrator']),
    stranger: await person(t, ['consumer']),
  } satisfies Record<SignedInPersona, Person>;
  const a = await insertBusiness(t, { legalName: 'Meubles Laurentides inc.' });
  const b = await insertBusiness(t, { legalName: 'Télécom Boréal inc.' });
  await addMembers(t, a.id, [
    [people.respondent, 'respondent'],
    [people.representativeInCharge, 'representative'],
    [people.representativeNotInCharge, 'representative'],
  ]);
  await addMembers(t, b.id, [
    [people.otherRespondent, 'respondent'],
    [people.otherRepresentative, 'representative'],
  ]);

  /** A qc case of business A, submitted and taken charge of, with a document and a message. */
  const negotiating = async () => {
    const id = await openQcCase(people.consumer, a.id as ReturnType<typeof crypto.randomUUID>);
    await expectOk(people.consumer.command(id, { type: 'submit_case', proposal: REFUND }));
    await expectOk(people.representativeInCharge.command(id, { type: 'take_charge' }));
    const documentId = await uploadDocument(people.consumer, id);
    const deletableDocumentId = await uploadDocument(people.consumer, id);
    await postMessage(people.representativeInCharge, id, 'parties');
    return { id, documentId, deletableDocumentId };
  };

  const negotiation = await negotiating();
  const negotiationRep = await representation(
    t,
    people.consumer,
    negotiation.id,
    people.consumerRepresentative,
  );

  const mediation = await negotiating();
  // QC-15: the business's counter-proposal makes the case eligible for mediation at once.
  await expectOk(
    people.representativeInCharge.command(mediation.id, {
      type: 'make_proposal',
      content: REPAIR,
    }),
  );
  const mediationRep = await representation(
    t,
    people.consumer,
    mediation.id,
    people.consumerRepresentative,
  );
  await expectOk(
    people.consumerRepresentative.command(mediation.id, { type: 'request_mediation' }),
  );
  await expectOk(
    people.staff.command(mediation.id, {
      type: 'assign_mediator',
      mediatorUserId: people.mediator.id,
    }),
  );
  for (const kind of ['mediation', 'mediator_consumer', 'mediator_business'])
    await postMessage(people.mediator, mediation.id, kind);

  const foreignConsumer = await person(t, ['consumer']);
  const foreignCase = await openQcCase(
    foreignConsumer,
    b.id as ReturnType<typeof crypto.randomUUID>,
  );
  await expectOk(foreignConsumer.command(foreignCase, { type: 'submit_case', proposal: REFUND }));
  await expectOk(people.otherRepresentative.command(foreignCase, { type: 'take_charge' }));
  const foreignDocument = await uploadDocument(people.otherRepresentative, foreignCase);

  return {
    people,
    cases: {
      negotiation: { ...negotiation, representativeId: negotiationRep },
      mediation: { ...mediation, representativeId: mediationRep },
    },
    foreign: { caseId: foreignCase, documentId: foreignDocument },
  };
}
