import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkA11y } from './a11y.js';
import { baseURL } from './browser.js';
import { expectPath, fr, naming, signInWithPassword, submitCode } from './flows.js';
import { mailIdsFor, readCodeFromMailbox } from './mailbox.js';

/** The demo office accounts (apps/api/src/seed/demo.ts); the administrator has staff rights. */
const accounts = {
  agent: { email: 'agent@demo.entente.localhost', password: 'Demo-agent-bureau-2026' },
  admin: { email: 'admin@demo.entente.localhost', password: 'Demo-administration-2026' },
} as const;
export type OfficeAccount = keyof typeof accounts;
export const staff = accounts.agent;

const totpLabel = "Code de l'application d'authentification";

interface TotpRecord {
  secret: string;
  lastCode: string | null;
}

/**
 * Each office account enrols its authenticator at its first sign-in of the run (each run has a
 * new database). Test files run in separate module scopes, so the secret and the last code used
 * are kept in a file named after the run's server and the account: every file of the run answers
 * with the same one.
 */
function recordPath(account: OfficeAccount): string {
  const run = createHash('sha256').update(baseURL()).digest('hex').slice(0, 16);
  return join(tmpdir(), `entente-e2e-${account}-totp-${run}.json`);
}

function readRecord(account: OfficeAccount): TotpRecord | null {
  const path = recordPath(account);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TotpRecord) : null;
}

function writeRecord(account: OfficeAccount, record: TotpRecord): void {
  writeFileSync(recordPath(account), JSON.stringify(record));
}

/** A TOTP code not used yet (the server refuses a code twice): waits for the next period. */
async function freshTotpCode(account: OfficeAccount, secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) });
  const last = readRecord(account)?.lastCode ?? null;
  let code = totp.generate();
  while (code === last) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp.generate();
  }
  writeRecord(account, { secret, lastCode: code });
  return code;
}

/**
 * Password, e-mailed code, then TOTP enrolment (first time in the run) or the TOTP step. The
 * journeys share two office accounts so that neither reaches SEC-28's 10 e-mailed codes an hour.
 */
export async function signInStaff(
  context: BrowserContext,
  page: Page,
  tag: string,
  account: OfficeAccount = 'agent',
): Promise<void> {
  const { email, password } = accounts[account];
  const seen = await mailIdsFor(email);
  await signInWithPassword(page, email, password);
  const mail = await readCodeFromMailbox(context, email, { seen });
  await submitCode(page, mail.code);

  const totpField = page.getByLabel(totpLabel, { exact: true });
  const enrolment = page.getByRole('main').getByRole('heading', {
    level: 1,
    name: naming('Configurer l’authentification à deux facteurs'),
  });
  await totpField.waitFor();
  if (await enrolment.isVisible()) {
    // First sign-in: ACC-7 enrolment with the secret shown as text.
    await expectPath(page, '/security/totp');
    const secret = (await page.locator('.totp__secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(15);
    writeRecord(account, { secret, lastCode: null });
    await checkA11y(page, `${tag} staff – TOTP enrolment`);
    await totpField.fill(await freshTotpCode(account, secret));
    await page
      .getByRole('button', { name: naming('Activer l’authentification à deux facteurs') })
      .click();
  } else {
    // Already enrolled earlier in this run: the sign-in asks for the app's code.
    const record = readRecord(account);
    if (!record) throw new Error(`the demo ${account} account is enrolled, its secret unknown`);
    await totpField.fill(await freshTotpCode(account, record.secret));
    await page.getByRole('button', { name: fr.verify, exact: true }).click();
  }
  await expectPath(page, '/cases');
}
