import type { Page } from 'playwright-core';
import { signInWithPassword, submitCode } from './flows.js';
import { mailIdsFor, messageText, waitForNewMessage } from './mailbox.js';

// Set-up steps that other journeys drive through their screens (registry, intake, wizard), done
// here through the same API calls the web app makes, so a journey can start where it matters.

/** The demo merchant representative (apps/api/src/seed/demo.ts). */
export const demoMerchant = {
  email: 'representant@demo.entente.localhost',
  password: 'Demo-representant-2026',
  name: 'Sophie Roy',
} as const;

/** A JSON call from inside the page, as the web app makes it (session cookie, CSRF token). */
export async function apiCall<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const result = await sendFromPage(page, method, path, body);
  if (result.status >= 300)
    throw new Error(`${method} ${path} answered ${result.status}: ${result.text}`);
  return (result.text ? JSON.parse(result.text) : undefined) as T;
}

/** The request made by the page itself (its session cookie, a fresh CSRF token). */
async function sendFromPage(page: Page, method: string, path: string, body: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const response = await fetch(path, {
        method,
        headers:
          body === undefined
            ? { 'x-csrf-token': csrf.token }
            : { 'content-type': 'application/json', 'x-csrf-token': csrf.token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
}

/** ORG-1 by staff (signed in on `page`): a qc business with the demo representative. */
export async function enrolBusiness(
  page: Page,
  business: { name: string; sector: string; line1: string; city: string },
): Promise<{ id: string; legalName: string }> {
  const registration = String(Math.floor(1e9 + Math.random() * 8.9e9));
  const legalName = `${business.name} ${registration.slice(-4)} inc.`;
  const { id } = await apiCall<{ id: string }>(page, 'POST', '/api/staff/businesses', {
    programme: 'qc',
    legalName,
    registrationNumber: registration,
    addresses: [{ line1: business.line1, city: business.city, region: 'QC', country: 'Canada' }],
    sector: business.sector,
    participationDate: '2026-01-15',
  });
  await apiCall(page, 'POST', `/api/businesses/${id}/members`, {
    role: 'representative',
    email: demoMerchant.email,
    givenName: 'Sophie',
    familyName: 'Roy',
  });
  return { id, legalName };
}

/** QC-1 by staff: an intake for the consumer, once its access e-mail has gone out. */
export async function issueIntakeThroughApi(
  page: Page,
  consumer: { name: string; email: string },
  businessId: string,
): Promise<void> {
  const seen = await mailIdsFor(consumer.email);
  await apiCall(page, 'POST', '/api/staff/intakes', {
    consumerName: consumer.name,
    consumerEmail: consumer.email,
    consumerLanguage: 'fr',
    businessId,
    attachments: [],
  });
  await waitForNewMessage(consumer.email, seen, 30_000);
}

export interface DraftContent {
  parties: Record<string, unknown>;
  description: Record<string, unknown>;
  proposal: Record<string, unknown>;
}

/** QC-3 to QC-7 through the wizard's routes (the wizard has its own journeys), then submitted. */
export async function submitDraftThroughApi(
  page: Page,
  caseId: string,
  draft: DraftContent,
): Promise<void> {
  const base = `/api/cases/${caseId}`;
  await apiCall(page, 'PUT', `${base}/draft/parties`, draft.parties);
  await apiCall(page, 'PUT', `${base}/draft/description`, draft.description);
  await apiCall(page, 'PUT', `${base}/draft/proposal`, draft.proposal);
  await apiCall(page, 'PUT', `${base}/draft/documents`, {});
  await apiCall(page, 'POST', `${base}/submit`);
}

/** The demo representative signs in (password, then the e-mailed code). */
export async function signInDemoMerchant(page: Page): Promise<void> {
  const seen = await mailIdsFor(demoMerchant.email);
  await signInWithPassword(page, demoMerchant.email, demoMerchant.password);
  const message = await waitForNewMessage(demoMerchant.email, seen, 30_000);
  const code = /(?<!\d)(\d{6})(?!\d)/.exec(await messageText(message.id))?.[1];
  if (!code) throw new Error('no sign-in code for the merchant');
  await submitCode(page, code);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** A JSON call that may be refused: its status and body, for the journeys that check refusals. */
export async function apiAttempt(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: { error?: { code: string; message: string } } | null }> {
  const result = await sendFromPage(page, method, path, body);
  return {
    status: result.status,
    body: result.text
      ? (JSON.parse(result.text) as { error?: { code: string; message: string } })
      : null,
  };
}
