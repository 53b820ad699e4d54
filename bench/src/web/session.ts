/**
 * A signed-in demo consumer with one case to look at. Sign-in is driven through the real pages
 * (seed 000: e-mail + password, then the e-mailed code read from the local mailbox's JSON), so
 * the cookies are exactly those a browser gets; Lighthouse then sends them as a Cookie header.
 */
import { chromium } from 'playwright-core';
import { DEMO_FURNITURE_BUSINESS_ID } from '../../../apps/api/src/seed/demo-businesses.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Public demo credentials (apps/api/src/seed/demo.ts), never valid in a real deployment.
const CONSUMER = {
  email: 'consommateur@demo.entente.localhost',
  password: 'Demo-consommateur-2026',
};
const CODE = /(?<!\d)(\d{6})(?!\d)/;

export interface SignedInConsumer {
  cookieHeader: string;
  caseId: string;
}

async function newestCode(baseUrl: string, email: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = (await (await fetch(`${baseUrl}/api/mailbox`)).json()) as {
      messages: { id: string; to: string }[];
    };
    const mail = list.messages.find((m) => m.to.toLowerCase() === email); // newest first
    if (mail) {
      const { text } = (await (await fetch(`${baseUrl}/api/mailbox/${mail.id}`)).json()) as {
        text: string;
      };
      const code = CODE.exec(text)?.[1];
      if (code) return code;
    }
    if (Date.now() > deadline) throw new Error(`no sign-in code for ${email} in the mailbox`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function signInDemoConsumer(baseUrl: string): Promise<SignedInConsumer> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/sign-in');
    const main = page.getByRole('main');
    await main.getByLabel('Adresse courriel', { exact: true }).fill(CONSUMER.email);
    await main.getByLabel('Mot de passe', { exact: true }).fill(CONSUMER.password);
    await main.getByRole('button', { name: 'Se connecter', exact: true }).click();
    const send = page.getByRole('button', { name: 'Envoyer un code de vérification' });
    const codeField = page.getByLabel('Code de vérification', { exact: true });
    await send.or(codeField).first().waitFor();
    if (await send.isVisible()) await send.click();
    await codeField.fill(await newestCode(baseUrl, CONSUMER.email));
    await page.getByRole('button', { name: 'Vérifier le code', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');

    // The demo has no case: open an fr one as the consumer (fr needs no access code, FR-1).
    const caseId = await page.evaluate(async (businessId) => {
      const csrf = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const response = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.token },
        body: JSON.stringify({
          programme: 'fr',
          referenceNumber: 'BENCH-WEB-1',
          businessId,
          prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true },
        }),
      });
      if (response.status !== 201) throw new Error(`POST /api/cases: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    }, DEMO_FURNITURE_BUSINESS_ID);

    const cookies = await context.cookies(baseUrl);
    return { cookieHeader: cookies.map((c) => `${c.name}=${c.value}`).join('; '), caseId };
  } finally {
    await browser.close();
  }
}
