import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser, viewports, type ViewportName } from '../support/browser.js';
import {
  accessibleDescription,
  expectPath,
  fr,
  mainNav,
  named,
  naming,
  openNavigation,
  signInWithPassword,
  submitCode,
  waitForHeading,
} from '../support/flows.js';
import { mailIdsFor, readCodeFromMailbox } from '../support/mailbox.js';

// QC-1 (office intake, access e-mail, re-send), QC-2 ("Créer un dossier": wrong code, then the
// right one → OPC-<reference>, "Statut Ébauche"), "Mes dossiers" listing the new case.

const browser = useBrowser();

/** The demo staff account (apps/api/src/seed/demo.ts). */
const staff = {
  email: 'agent@demo.entente.localhost',
  password: 'Demo-agent-bureau-2026',
} as const;

const totpLabel = "Code de l'application d'authentification";

/**
 * The staff account enrols its authenticator at its first sign-in of the run (each run has a new
 * database); later sign-ins of the run answer the TOTP step with the same secret.
 */
let totpSecret: string | null = null;
let lastTotpCode: string | null = null;

/** A TOTP code not used yet (the server refuses a code twice): waits for the next period. */
async function freshTotpCode(secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) });
  let code = totp.generate();
  while (code === lastTotpCode) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp.generate();
  }
  lastTotpCode = code;
  return code;
}

async function signInStaff(context: BrowserContext, page: Page, tag: string): Promise<void> {
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
    totpSecret = secret;
    await checkA11y(page, `${tag} staff – TOTP enrolment`);
    await totpField.fill(await freshTotpCode(secret));
    await page
      .getByRole('button', { name: naming('Activer l’authentification à deux facteurs') })
      .click();
  } else {
    // Already enrolled earlier in this run: the sign-in asks for the app's code.
    if (!totpSecret)
      throw new Error('the demo staff account is enrolled but the secret is unknown');
    await totpField.fill(await freshTotpCode(totpSecret));
    await page.getByRole('button', { name: fr.verify, exact: true }).click();
  }
  await expectPath(page, '/cases');
}

interface Issued {
  referenceNumber: string;
  caseNumber: string;
}

/** Staff: "Demandes d'accès" → new intake → its page (reference number), then "Renvoyer le code". */
async function issueIntake(page: Page, tag: string, consumerEmail: string): Promise<Issued> {
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
  await page.getByLabel('Commerçant visé', { exact: true }).fill('Meubles Exemple inc.');
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
async function readAccessMail(
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

async function registerConsumer(
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

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** "Créer un dossier" with the right code: the case page of the new draft. */
async function createCase(
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
function wrongAccessCode(code: string): string {
  return code.startsWith('Z') ? `Y${code.slice(1)}` : `Z${code.slice(1)}`;
}

describe.each(Object.keys(viewports) as ViewportName[])('office intake on a %s', (viewport) => {
  const width = viewports[viewport].width;
  const tag = `${width}px`;

  test(`staff issue an access code, the consumer creates the case with it (${width} px)`, async () => {
    // Staff always work at desktop width; the consumer uses this journey's width.
    const agent = await browser.person(`staff ${tag}`);
    const consumerEmail = newEmail(`intake-${viewport}`);
    await signInStaff(agent.context, agent.page, tag);
    const issued = await issueIntake(agent.page, tag, consumerEmail);

    const consumer = await browser.person(`intake consumer ${tag}`, { viewport });
    const { context, page } = consumer;
    await registerConsumer(context, page, consumerEmail, tag);
    const access = await readAccessMail(context, consumerEmail, tag);
    expect(access.referenceNumber).toBe(issued.referenceNumber);

    // "Créer un dossier" (seed 000)
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Créer un dossier' }).click();
    await expectPath(page, '/cases/new');
    await waitForHeading(page, 'Créer un dossier');
    await main
      .getByText(/Pour créer un nouveau dossier, vous devez entrer le numéro de référence/)
      .waitFor();
    await main.getByRole('region', { name: named('Conditions d’utilisation') }).waitFor();
    await main.getByRole('region', { name: named('Engagement de confidentialité') }).waitFor();
    await checkA11y(page, `${tag} consumer – Créer un dossier`);

    const reference = page.getByLabel('Numéro de référence', { exact: true });
    const accessCode = page.getByLabel(naming('Code d’accès'));
    await reference.fill(access.referenceNumber);
    await accessCode.fill(wrongAccessCode(access.accessCode));
    await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).check();
    await main.getByRole('checkbox', { name: naming('règles de confidentialité') }).check();
    await main.getByRole('button', { name: 'Soumettre', exact: true }).click();

    // A wrong code: the API's sentence on the access code field; nothing typed is lost.
    await expect
      .poll(() => accessibleDescription(accessCode))
      .toMatch(/numéro de référence ou le code d’accès est incorrect/);
    expect(await accessCode.getAttribute('aria-invalid')).toBe('true');
    expect(await reference.inputValue()).toBe(access.referenceNumber);
    expect(
      await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).isChecked(),
    ).toBe(true);
    await checkA11y(page, `${tag} consumer – Créer un dossier, wrong code`);
    await screenshot(page, `${tag}-intake-04-wrong-code`);

    await accessCode.fill(access.accessCode);
    await main.getByRole('button', { name: 'Soumettre', exact: true }).click();

    // The case page: OPC-<reference>, "Statut Ébauche", the days left.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await waitForHeading(page, issued.caseNumber);
    await main.getByText(/^Statut\s+Ébauche$/).waitFor();
    await main.getByText(/Il vous reste \d+ jour\(s\) pour soumettre votre dossier/).waitFor();
    await checkA11y(page, `${tag} consumer – case page`);
    await screenshot(page, `${tag}-intake-05-case`);

    // "Mes dossiers" lists it.
    await openNavigation(page);
    await mainNav(page).getByRole('link', { name: fr.cases, exact: true }).click();
    await expectPath(page, '/cases');
    const card = main.getByRole('listitem').filter({ hasText: issued.caseNumber });
    await card.getByText('Ébauche', { exact: true }).waitFor();
    await main.getByRole('radio', { name: 'Dossiers fermés' }).check();
    await main.getByText('Aucun dossier ne correspond à ce choix.').waitFor();
    await main.getByRole('radio', { name: 'Dossiers en cours' }).check();
    await main.getByRole('link', { name: issued.caseNumber }).waitFor();
    await checkA11y(page, `${tag} consumer – Mes dossiers`);
    await screenshot(page, `${tag}-intake-06-cases`);

    // QC-8 "Fermer le dossier": a reason and a few words, then "Statut Fermé".
    await main.getByRole('link', { name: issued.caseNumber }).click();
    await waitForHeading(page, issued.caseNumber);
    await main.getByRole('button', { name: 'Fermer le dossier' }).click();
    const closeForm = main.getByRole('region', { name: 'Fermer le dossier' });
    await closeForm.getByRole('button', { name: 'Confirmer la fermeture' }).click();
    await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    await checkA11y(page, `${tag} consumer – close the case, errors`);
    await page
      .getByLabel('Raison de la fermeture', { exact: true })
      .selectOption({ label: 'Je ne souhaite plus poursuivre la démarche' });
    await page.getByLabel('Précisions', { exact: true }).fill('Le commerçant m’a remboursé.');
    await closeForm.getByRole('button', { name: 'Confirmer la fermeture' }).click();
    await main.getByText(/^Statut\s+Fermé$/).waitFor();
    await main.getByText('Dossier fermé par une partie').waitFor();
    expect(await main.getByRole('button', { name: 'Fermer le dossier' }).count()).toBe(0);
    await checkA11y(page, `${tag} consumer – closed case`);
    await screenshot(page, `${tag}-intake-07-closed`);

    // Staff see the code as used.
    await agent.page.reload();
    await agent.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: issued.caseNumber })
      .getByText('Utilisé', { exact: true })
      .waitFor();
    const staffMain = agent.page.getByRole('main');
    await staffMain.getByRole('radio', { name: 'Utilisé' }).check();
    await staffMain.getByRole('link', { name: issued.caseNumber }).waitFor();
    await staffMain.getByRole('radio', { name: 'Expiré' }).check();
    await staffMain.getByText(naming('Aucune demande d’accès.')).waitFor();
    await checkA11y(agent.page, `${tag} staff – intakes filtered`);
  }, 120_000);
});

// QC-3 to QC-7: the consumer prepares the draft step by step, then submits it.
describe('draft wizard', () => {
  test('the consumer fills the steps of the draft and submits it', async () => {
    const tag = 'draft';
    const agent = await browser.person('staff draft');
    const consumerEmail = newEmail('draft');
    await signInStaff(agent.context, agent.page, tag);
    const issued = await issueIntake(agent.page, tag, consumerEmail);

    const { context, page } = await browser.person('draft consumer', { viewport: 'desktop' });
    await registerConsumer(context, page, consumerEmail, tag);
    const access = await readAccessMail(context, consumerEmail, tag);
    await createCase(page, access);
    await waitForHeading(page, issued.caseNumber);
    const main = page.getByRole('main');
    await main.getByText(/^Statut\s+Ébauche$/).waitFor();

    // The steps, in order, each "à compléter"; the first one is the current one.
    const steps = main.getByRole('navigation', { name: 'Étapes du dossier' });
    const stepLinks = steps.getByRole('link');
    await steps.locator('[aria-current="step"]').waitFor();
    expect(await stepLinks.allInnerTexts()).toHaveLength(5);
    const names = (await stepLinks.evaluateAll((links) => links.map((l) => l.textContent))).map(
      (text) => text?.replace(/^[\d✓]+/, '').trim(),
    );
    expect(names).toEqual([
      'Parties – à compléter',
      'Description du problème – à compléter',
      'Proposition – à compléter',
      'Documents – à compléter',
      'Révision et soumission du dossier – à compléter',
    ]);
    const current = () => steps.locator('[aria-current="step"]');
    await expect.poll(() => current().innerText()).toMatch(/Parties/);
    await checkA11y(page, `${tag} – wizard, first step`);

    // "Parties": the consumer's phone and address, then "I confirm".
    await main.getByRole('heading', { level: 3, name: 'Parties' }).waitFor();
    await page.getByLabel('Numéro de téléphone', { exact: true }).fill('514 555-0123');
    await page
      .getByLabel('Adresse postale', { exact: true })
      .fill('123, rue Principale\nMontréal QC H2X 1Y4');
    await main
      .getByRole('checkbox', { name: 'Je confirme que ces renseignements sont exacts.' })
      .check();
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await main.getByText('Vos renseignements ont été enregistrés.').waitFor();
    await steps.getByRole('link', { name: naming('Parties – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Parties, saved`);

    // "Description du problème": a wrong amount is refused in the browser, nothing typed is lost.
    await steps.getByRole('link', { name: naming('Description du problème') }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/description$/);
    await expect.poll(() => current().innerText()).toMatch(/Description du problème/);
    await main.getByRole('heading', { level: 3, name: 'Description du problème' }).waitFor();
    await main.getByText("Les champs précédés d'un astérisque (*) sont obligatoires.").waitFor();
    await checkA11y(page, `${tag} – Description du problème`);

    const good = page.getByLabel(
      naming('Quel est le bien ou le service à l’origine de votre problème'),
    );
    await good.fill('Réfrigérateur');
    const amount = page.getByLabel(
      'Montant indiqué sur la facture ou le contrat avec le commerçant',
      { exact: true },
    );
    await amount.fill('12,345,6');
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await good.inputValue()).toBe('Réfrigérateur');
    await checkA11y(page, `${tag} – Description du problème, errors`);

    await amount.fill('1 234,56');
    await page.getByLabel(naming('Marque (s’il y a lieu)')).fill('Frigo Plus');
    await page.getByLabel(naming('Modèle (s’il y a lieu)')).fill('FP-200');
    await page.getByLabel(naming('Numéro de série (s’il y a lieu)')).fill('SN-12345');
    const paid = main.getByRole('group', {
      name: naming('Avez-vous payé ce montant en totalité?'),
    });
    await paid.getByRole('radio', { name: 'Oui', exact: true }).check();
    await page.getByLabel('Date de la facture ou de la conclusion du contrat').fill('2026-09-15');
    const place = main.getByRole('group', {
      name: naming('Lieu ou mode de conclusion du contrat ou de la vente'),
    });
    await place.getByRole('radio', { name: 'Par Internet', exact: true }).check();
    await page.getByLabel('Numéro de téléphone', { exact: true }).fill('514 555-0199');
    await page
      .getByLabel('Adresse postale ou Web du commerçant où vous avez fait affaire', {
        exact: true,
      })
      .fill('https://meubles.exemple.com');
    const prior = main.getByRole('group', { name: naming('avez-vous déjà communiqué') });
    await prior.getByRole('radio', { name: 'Oui', exact: true }).check();
    await page
      .getByLabel(naming('Décrivez les démarches faites'))
      .fill('Appel au service à la clientèle le 1er octobre, sans suite.');
    const natures = main.getByRole('group', { name: naming('Nature du problème') });
    await natures.getByRole('checkbox', { name: 'Bien défectueux', exact: true }).check();
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await main.getByText('Vos renseignements ont été enregistrés.').waitFor();
    await steps.getByRole('link', { name: naming('Description du problème – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Description du problème, saved`);
    await screenshot(page, `${tag}-01-description`);

    // Saved: a reload shows the amount in the French format.
    await page.reload();
    await waitForHeading(page, issued.caseNumber);
    expect(await amount.inputValue()).toMatch(/^1\s234,56$/);

    // "Proposition", keyboard only: Tab, Space and typing, Enter on "Enregistrer".
    await steps.getByRole('link', { name: naming('Proposition') }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/proposal$/);
    const stepHeading = main.getByRole('heading', { level: 3, name: 'Proposition' });
    await expect.poll(() => isFocused(stepHeading)).toBe(true);
    await checkA11y(page, `${tag} – Proposition`);
    const solutions = main.getByRole('group', { name: naming('Solutions proposées') });
    const refund = solutions.getByRole('checkbox', { name: 'Remboursement', exact: true });
    await page.keyboard.press('Tab');
    expect(await isFocused(refund)).toBe(true);
    await page.keyboard.press('Space');
    const refundAmount = page.getByLabel('Montant du remboursement', { exact: true });
    await refundAmount.waitFor();
    await page.keyboard.press('Tab');
    expect(await isFocused(refundAmount)).toBe(true);
    await page.keyboard.type('150,00');
    await page.keyboard.press('Tab');
    const repair = solutions.getByRole('checkbox', { name: 'Réparation du bien', exact: true });
    expect(await isFocused(repair)).toBe(true);
    await page.keyboard.press('Space');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    const terms = page.getByLabel(
      "Précisions et modalités d'application de l'entente (délais, conditions, etc.)",
      { exact: true },
    );
    expect(await isFocused(terms)).toBe(true);
    await page.keyboard.type('Remboursement par virement dans les 10 jours.');
    await page.keyboard.press('Tab');
    expect(await isFocused(main.getByRole('button', { name: 'Enregistrer', exact: true }))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await main.getByText('Vos renseignements ont été enregistrés.').waitFor();
    await steps.getByRole('link', { name: naming('Proposition – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Proposition, saved`);
    await screenshot(page, `${tag}-02-proposal`);

    // "Documents": no file chosen is refused, then a file is added and listed with who and when.
    await steps.getByRole('link', { name: naming('Documents') }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/documents$/);
    await main.getByRole('heading', { level: 3, name: 'Documents' }).waitFor();
    await checkA11y(page, `${tag} – Documents`);
    const fileField = page.getByLabel('Document à ajouter', { exact: true });
    await main.getByRole('button', { name: 'Ajouter le document' }).click();
    await expect.poll(() => accessibleDescription(fileField)).toMatch(/Choisissez un fichier/);
    await checkA11y(page, `${tag} – Documents, no file`);
    await fileField.setInputFiles({
      name: 'facture-refrigerateur.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Facture 2026-0915 : réfrigérateur Frigo Plus FP-200, 1 234,56 $\n'),
    });
    await main.getByRole('button', { name: 'Ajouter le document' }).click();
    const listed = main
      .getByRole('region', { name: 'Documents du dossier' })
      .getByRole('listitem')
      .filter({ hasText: 'facture-refrigerateur.txt' });
    await listed.getByText(/Ajouté par Alex Intake le \d+/).waitFor();
    await main.getByRole('button', { name: naming('Enregistrer l’étape Documents') }).click();
    await steps.getByRole('link', { name: naming('Documents – terminée') }).waitFor();
    await checkA11y(page, `${tag} – Documents, added`);
    await screenshot(page, `${tag}-03-documents`);

    // "Révision et soumission du dossier": each step summed up with "Modifier", the preview.
    await steps.getByRole('link', { name: naming('Révision et soumission du dossier') }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/review$/);
    const review = main.getByRole('region', { name: 'Révision et soumission du dossier' });
    await review.getByText('Votre dossier est complet : vous pouvez le soumettre.').waitFor();
    for (const step of ['Parties', 'Description du problème', 'Proposition', 'Documents']) {
      await review.getByRole('region', { name: step, exact: true }).waitFor();
      await review.getByRole('link', { name: named(`Modifier l’étape ${step}`) }).waitFor();
    }
    await review.getByText('Réfrigérateur', { exact: true }).waitFor();
    await checkA11y(page, `${tag} – Révision et soumission`);
    await main.getByRole('button', { name: naming('Prévisualiser l’entente') }).click();
    const preview = main.getByRole('region', { name: naming('Aperçu de l’entente') });
    await preview.getByText(/Le commerçant rembourse au consommateur la somme de 150,00/).waitFor();
    await preview.getByText('Le commerçant répare le bien.').waitFor();
    await preview.getByText('Remboursement par virement dans les 10 jours.').waitFor();
    await checkA11y(page, `${tag} – agreement preview`);
    await screenshot(page, `${tag}-04-review`);

    // "Soumettre mon dossier": a confirmation dialog (Escape cancels), then "Statut Négociation".
    const submitButton = main.getByRole('button', { name: 'Soumettre mon dossier' });
    await submitButton.click();
    const dialog = page.getByRole('dialog', { name: 'Soumettre votre dossier au commerçant?' });
    await dialog.waitFor();
    await checkA11y(page, `${tag} – submit confirmation`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(submitButton)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Confirmer la soumission' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await main.getByText(/^Statut\s+Négociation$/).waitFor();
    expect(await main.getByRole('navigation', { name: 'Étapes du dossier' }).count()).toBe(0);
    await checkA11y(page, `${tag} – submitted case`);
    await screenshot(page, `${tag}-05-submitted`);
  }, 180_000);
});
