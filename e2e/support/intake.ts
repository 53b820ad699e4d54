import type { BrowserContext, Locator, Page } from 'playwright-core';
import { checkA11y } from './a11y.js';
import { screenshot } from './browser.js';
import {
  expectPath,
  fr,
  mainNav,
  naming,
  openNavigation,
  submitCode,
  waitForHeading,
} from './flows.js';
import { mailIdsFor, readCodeFromMailbox } from './mailbox.js';

// The steps of seed 000 shared by the journeys: the office's intake (QC-1), the consumer's
// account, the access e-mail read in the mailbox page and "Créer un dossier" (QC-2).

export interface Issued {
  referenceNumber: string;
  caseNumber: string;
}

/** Staff: "Demandes d'accès" → new intake → its page (reference number), then "Renvoyer le code". */
export async function issueIntake(page: Page, tag: string, consumerEmail: string): Promise<Issued> {
  await openNavigation(page);
  await mainNav(page)
    .getByRole('link', { name: naming('Demandes d’accès') })
    .click();
  await expectPath(page, '/staff/intakes');
  await waitForHeading(page, naming('Demandes d’accès'));
  await checkA11y(page, `${tag} staff – intakes list`);

  const main = page.getByRole('main');
  await main.getByRole('link', { name: naming('Nouvelle demande d’accès') }).click();
  await expectPath(page, '/staff/intakes/new');
  await checkA11y(page, `${tag} staff – new intake`);

  // Submitting empty shows the error summary and keeps the page.
  await main.getByRole('button', { name: 'Enregistrer et envoyer le code' }).click();
  await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
  await checkA11y(page, `${tag} staff – new intake with errors`);

  await page.getByLabel('Nom du consommateur', { exact: true }).fill('Alex Intake');
  await page.getByLabel('Adresse courriel du consommateur', { exact: true }).fill(consumerEmail);
  await page.getByRole('combobox', { name: 'Commerçant visé' }).fill('Meubles Laur');
  await page.getByRole('option', { name: /Meubles Laurentides inc\./ }).click();
  await page.getByLabel('Catégorie', { exact: true }).fill('Meubles');
  await page.getByLabel('Pièces jointes', { exact: true }).setInputFiles({
    name: 'references-legales.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Loi sur la protection du consommateur, articles 37 et 38.\n'),
  });
  await screenshot(page, `${tag}-intake-01-form`);
  const seen = await mailIdsFor(consumerEmail);
  await main.getByRole('button', { name: 'Enregistrer et envoyer le code' }).click();

  await page.waitForURL(/\/staff\/intakes\/[0-9a-f-]{36}$/);
  const heading = main.getByRole('heading', { level: 1, name: /^OPC-\d{7}$/ });
  await heading.waitFor();
  const caseNumber = (await heading.innerText()).trim();
  const referenceNumber = caseNumber.replace(/^OPC-/, '');
  await main.getByText('Envoyé', { exact: true }).waitFor();
  await main.getByText('references-legales.txt').waitFor();
  await checkA11y(page, `${tag} staff – intake detail`);
  await screenshot(page, `${tag}-intake-02-detail`);

  // The access e-mail went out; "Renvoyer le code" asks for confirmation, then sends it again.
  const deadline = Date.now() + 15_000;
  while ((await mailIdsFor(consumerEmail)).size <= seen.size) {
    if (Date.now() > deadline) throw new Error(`no access e-mail to ${consumerEmail}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await main.getByRole('button', { name: 'Renvoyer le code' }).click();
  const confirm = main.getByRole('group', { name: /Renvoyer le même code/ });
  await confirm.waitFor();
  await checkA11y(page, `${tag} staff – resend confirmation`);
  await confirm.getByRole('button', { name: 'Confirmer' }).click();
  await main.getByRole('status').filter({ hasText: 'Le code a été renvoyé' }).waitFor();

  // The list shows it with its status.
  await main.getByRole('link', { name: naming('Retour aux demandes d’accès') }).click();
  await expectPath(page, '/staff/intakes');
  await main.getByRole('link', { name: caseNumber }).waitFor();
  return { referenceNumber, caseNumber };
}

/** The consumer reads the access e-mail on the mailbox page: reference number and access code. */
export async function readAccessMail(
  context: BrowserContext,
  email: string,
  tag: string,
): Promise<{ referenceNumber: string; accessCode: string }> {
  const page = await context.newPage();
  try {
    await page.goto('/mailbox');
    const main = page.getByRole('main');
    const entry = main
      .getByRole('listitem')
      .filter({ hasText: email })
      .filter({ hasText: 'Renseignements importants' })
      .first();
    await entry.waitFor();
    await entry.getByRole('link').click();
    await page.waitForURL(/\/mailbox\/[0-9a-f-]{36}$/);
    const text = await main.locator('pre').innerText();
    const reference = /numéro de référence : (\d{7})/.exec(text)?.[1];
    const code = /code d’accès : ([A-Za-z0-9]{8})/.exec(text)?.[1];
    if (!reference || !code) throw new Error(`no reference or access code in:\n${text}`);
    await checkA11y(page, `${tag} consumer – access e-mail`);
    await screenshot(page, `${tag}-intake-03-access-mail`);
    return { referenceNumber: reference, accessCode: code };
  } finally {
    await page.close();
  }
}

export async function registerConsumer(
  context: BrowserContext,
  page: Page,
  email: string,
  tag: string,
): Promise<void> {
  await page.goto('/register');
  await waitForHeading(page, /inscrire/);
  const main = page.getByRole('main');
  await page.getByLabel('Prénom', { exact: true }).fill('Alex');
  await page.getByLabel('Nom', { exact: true }).fill('Intake');
  await page.getByLabel(fr.email, { exact: true }).fill(email);
  await page.getByLabel(fr.password, { exact: true }).fill('Lanterne-Courgette-Prairie-82');
  await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).check();
  await main.getByRole('checkbox', { name: naming('règles de confidentialité') }).check();
  const seen = await mailIdsFor(email);
  await main.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByLabel(fr.code, { exact: true }).waitFor();
  const mail = await readCodeFromMailbox(context, email, { seen });
  await submitCode(page, mail.code);
  await expectPath(page, '/cases');
  await waitForHeading(page, fr.cases);
  await page.getByText(naming('Vous n’avez aucun dossier pour le moment.')).waitFor();
  await checkA11y(page, `${tag} consumer – Mes dossiers (empty)`);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** "Créer un dossier" with the right code: the case page of the new draft. */
export async function createCase(
  page: Page,
  access: { referenceNumber: string; accessCode: string },
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Créer un dossier' }).click();
  await expectPath(page, '/cases/new');
  await page.getByLabel('Numéro de référence', { exact: true }).fill(access.referenceNumber);
  await page.getByLabel(naming('Code d’accès')).fill(access.accessCode);
  await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).check();
  await main.getByRole('checkbox', { name: naming('règles de confidentialité') }).check();
  await main.getByRole('button', { name: 'Soumettre', exact: true }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

/** A code of the right shape (unambiguous letters) that is certainly not `code`. */
export function wrongAccessCode(code: string): string {
  return code.startsWith('Z') ? `Y${code.slice(1)}` : `Z${code.slice(1)}`;
}
