import { expect } from 'vitest';
import type { TestApp } from './test-app.js';
import { lastCodeFor } from './test-app.js';
import { Client } from './client.js';

export const strongPassword = 'Une phrase de passe assez longue 42';

export function registration(email: string, overrides: Record<string, unknown> = {}) {
  return {
    email,
    password: strongPassword,
    givenName: 'Mateur',
    familyName: 'Consom',
    preferredLanguage: 'fr',
    acceptTerms: true,
    acceptConfidentiality: true,
    termsVersion: 1,
    confidentialityVersion: 1,
    ...overrides,
  };
}

/** Registers and proves the address: returns a signed-in client. */
export async function registeredClient(
  t: TestApp,
  email: string,
  lang: 'fr' | 'en' = 'fr',
): Promise<Client> {
  const client = new Client(t.app, lang);
  const registered = await client.post('/api/auth/register', registration(email));
  expect(registered.statusCode).toBe(201);
  const { challengeId } = registered.json();
  const verified = await client.post('/api/auth/register/verify', {
    challengeId,
    code: await lastCodeFor(t.ctx, email),
  });
  expect(verified.statusCode).toBe(200);
  return client;
}

/** Password, then "Envoyer un code de vérification", then the code: a signed-in client. */
export async function signedInClient(
  t: TestApp,
  email: string,
  password = strongPassword,
): Promise<{ client: Client; result: Record<string, unknown>; challengeId: string }> {
  const client = new Client(t.app);
  const login = await client.post('/api/auth/login', { email, password });
  expect(login.statusCode).toBe(200);
  const { challengeId } = login.json();
  expect((await client.post(`/api/auth/challenges/${challengeId}/code`)).statusCode).toBe(200);
  const verify = await client.post(`/api/auth/challenges/${challengeId}/verify`, {
    code: await lastCodeFor(t.ctx, email),
  });
  expect(verify.statusCode).toBe(200);
  return { client, result: verify.json(), challengeId };
}
