import type { Request, Response } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoConsumer } from '../support/accounts.js';
import { baseURL, useBrowser, type Person } from '../support/browser.js';
import {
  expectPath,
  fr,
  signInWithPassword,
  submitCode,
  waitForHeading,
} from '../support/flows.js';
import { mailIdsFor, readCodeFromMailbox } from '../support/mailbox.js';

const SESSION_COOKIE = '__Host-entente_session';

describe('security of the signed-in browser session (SEC-26, SEC-34)', () => {
  const browser = useBrowser();
  let person: Person;
  let verifyResponse: Response;
  const requests: { url: string; page: string; type: string }[] = [];

  // One sign-in of the demo consumer for the whole file (codes per account are rate limited).
  beforeAll(async () => {
    person = await browser.person('demo consumer (security)', { keep: true });
    const { context, page } = person;
    context.on('request', (request: Request) => {
      requests.push({
        url: request.url(),
        page: request.frame().page().url(),
        type: request.resourceType(),
      });
    });
    const seen = await mailIdsFor(demoConsumer.email);
    await page.goto('/sign-in');
    await signInWithPassword(page, demoConsumer.email, demoConsumer.password);
    const { code } = await readCodeFromMailbox(context, demoConsumer.email, { seen });
    const verified = page.waitForResponse((response) =>
      /\/api\/auth\/challenges\/[^/]+\/verify$/.test(new URL(response.url()).pathname),
    );
    await submitCode(page, code);
    verifyResponse = await verified;
    await expectPath(page, '/cases');
    await waitForHeading(page, fr.cases);
  });

  test('the session cookie is __Host-entente_session: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    expect(verifyResponse.status()).toBe(200);
    const cookies = await person.context.cookies(baseURL());
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session, `cookies: ${cookies.map((c) => c.name).join(', ')}`).toBeDefined();
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    // A host-only cookie shows the bare host; a Domain attribute would give ".localhost" or similar.
    expect(session?.domain).toBe(new URL(baseURL()).hostname);

    // The raw header, as the server sent it: the attributes above and no Domain.
    const setCookies = await verifyResponse.headerValues('set-cookie');
    const raw = setCookies.find((value) => value.startsWith(`${SESSION_COOKIE}=`));
    expect(raw, `Set-Cookie headers: ${JSON.stringify(setCookies)}`).toBeDefined();
    const attributes = (raw ?? '')
      .split(';')
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toContain('secure');
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes.some((attribute) => attribute.startsWith('domain='))).toBe(false);

    // HttpOnly in practice: page scripts cannot read it.
    const visible = await person.page.evaluate(() => document.cookie);
    expect(visible).not.toContain(SESSION_COOKIE);
  });

  test('pages are served with CSP frame-ancestors none, HSTS and nosniff', async () => {
    const { page } = person;
    for (const path of ['/', '/cases', '/profile', '/sign-in']) {
      const response = await page.goto(path);
      expect(response, path).not.toBeNull();
      const headers = await response!.allHeaders();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, `${path} CSP`).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
      expect(csp, `${path} CSP`).toMatch(/(^|;)\s*default-src 'self'/);
      expect(csp, `${path} CSP`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers['strict-transport-security'], `${path} HSTS`).toMatch(/max-age=(\d+)/);
      const maxAge = Number(
        /max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0,
      );
      expect(maxAge, `${path} HSTS max-age`).toBeGreaterThanOrEqual(15_552_000);
      expect(headers['x-content-type-options'], `${path} nosniff`).toBe('nosniff');
    }
  });

  test('SEC-34: every request of the signed-in pages goes to the first-party origin', async () => {
    const { page } = person;
    const origin = new URL(baseURL()).origin;
    // Walk the signed-in pages (the sign-in itself was recorded since the context was created).
    for (const path of ['/cases', '/profile', '/', '/assistance']) {
      await page.goto(path);
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(requests.length).toBeGreaterThan(10);
    const foreign = requests.filter((request) => {
      const url = new URL(request.url);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return url.origin !== origin;
    });
    expect(
      foreign,
      `third-party requests:\n${foreign.map((r) => `${r.type} ${r.url} (from ${r.page})`).join('\n')}`,
    ).toEqual([]);
    // data: and blob: stay in the page; list them in the output for the record.
    const inline = requests.filter((request) => /^(data|blob):/.test(request.url));
    if (inline.length)
      console.log(`[e2e] in-page resources: ${inline.map((r) => r.url.slice(0, 60)).join(', ')}`);
  });
});
