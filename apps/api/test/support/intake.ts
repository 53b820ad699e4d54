/** Helpers for the intake tests: issuing through the API and reading the access e-mail. */
import { expect } from 'vitest';
import { insertBusiness } from './businesses.js';
import type { Person } from './cases.js';
import { lastMailTo, type TestApp } from './test-app.js';

let counter = 0;

const businessOf = new WeakMap<TestApp, Promise<string>>();

/** ORG-1: the registry's "Meubles Laurentides inc." that intakes name, one per test app. */
export function intakeBusinessId(t: TestApp): Promise<string> {
  let id = businessOf.get(t);
  if (!id) {
    id = insertBusiness(t).then((business) => business.id);
    businessOf.set(t, id);
  }
  return id;
}

/** An intake's body; `businessId` must come from the registry (see `intakeBusinessId`). */
export function intakeInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    consumerName: 'Marie Tremblay',
    consumerEmail: `marie-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    category: 'Meubles',
    ...overrides,
  };
}

export type Issued = { id: string; referenceNumber: string; accessCode: string; email: string };

/** The reference number and the access code, as the consumer reads them in the e-mail. */
export async function codesMailedTo(t: TestApp, email: string) {
  const mail = await lastMailTo(t.ctx, email);
  const text = mail?.textBody ?? '';
  const referenceNumber = /(?:numéro de référence|reference number) ?: (\d{7})/.exec(text)?.[1];
  const accessCode = /(?:code d’accès|access code) ?: (\S{8})/.exec(text)?.[1];
  if (!referenceNumber || !accessCode) throw new Error(`no access e-mail for ${email}`);
  return { referenceNumber, accessCode, mail: mail! };
}

export async function issueIntake(
  t: TestApp,
  staff: Person,
  overrides: Record<string, unknown> = {},
): Promise<Issued> {
  const input = intakeInput({ businessId: await intakeBusinessId(t), ...overrides });
  const res = await staff.post('/api/staff/intakes', input);
  expect(res.statusCode, res.body).toBe(201);
  const { referenceNumber, accessCode } = await codesMailedTo(t, input.consumerEmail as string);
  return { id: res.json().id, referenceNumber, accessCode, email: input.consumerEmail as string };
}

export function redeemBody(issued: { referenceNumber: string; accessCode: string }) {
  return {
    referenceNumber: issued.referenceNumber,
    accessCode: issued.accessCode,
    acceptTerms: true,
    acceptConfidentiality: true,
    termsVersion: 1,
    confidentialityVersion: 1,
  };
}
