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

/** The demo staff account (apps/api/src/seed/demo.ts). */
export const staff = {
  email: 'agent@demo.entente.localhost',
  password: 'Demo-agent-bureau-2026',
} as const;

const totpLabel = "Code de l'application d'authentification";

interface TotpRecord {
  secret: string;
  lastCode: string | null;
}

/**
 * The staff account enrols its authenticator at its first sign-in of the run (each run has a new
 * database). Test files run in separate module scopes, so the secret and the last code used are
 * kept in a file named after the run's server: every file of the run answers with the same one.
 */
function recordPath(): string {
  const run = createHash('sha256').update(baseURL()).digest('hex').slice(0, 16);
  return join(tmpdir(), `entente-e2e-staff-totp-${run}.json`);
}

function readRecord(): TotpRecord | null {
  const path = recordPath();
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TotpRecord) : null;
}

function writeRecord(record: TotpRecord): void {
  writeFileSync(recordPath(), JSON.stringify(record));
}

/** A TOTP code not used yet (the server refuses a code twice): waits for the next period. */
async function freshTotpCode(secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) });
  const last = readRecord()?.lastCode ?? null;
  let code = totp.generate();
  while (code === last) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp.generate();
  }
  writeRecord({ secret, lastCode: code });
  return code;
}

/** Password, e-mailed code, then TOTP enrolment (first time in the run) or the TOTP step. */
export async function signInStaff(context: BrowserContext, page: Page, tag: string): Promise<void> {
  const seen = await mailIdsFor(staff.email);
  await signInWithPassword(page, staff.email, staff.password);
  const mail = await readCodeFromMailbox(context, staff.email, { seen });
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
    writeRecord({ secret, lastCode: null });
    await checkA11y(page, `${tag} staff – TOTP enrolment`);
    await totpField.fill(await freshTotpCode(secret));
    await page
      .getByRole('button', { name: naming('Activer l’authentification à deux facteurs') })
      .click();
  } else {
    // Already enrolled earlier in this run: the sign-in asks for the app's code.
    const record = readRecord();
    if (!record) throw new Error('the demo staff account is enrolled but the secret is unknown');
    await totpField.fill(await freshTotpCode(record.secret));
    await page.getByRole('button', { name: fr.verify, exact: true }).click();
  }
  await expectPath(page, '/cases');
}
