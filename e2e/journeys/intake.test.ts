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
  waitForHeading,
} from '../support/flows.js';
import {
  createCase,
  isFocused,
  issueIntake,
  readAccessMail,
  registerConsumer,
  wrongAccessCode,
} from '../support/intake.js';
import { signInStaff } from '../support/staff.js';

// QC-1 (office intake, access e-mail, re-send), QC-2 ("Créer un dossier": wrong code, then the
// right one → OPC-<reference>, "Statut Ébauche"), "Mes dossiers" listing the new case.

const browser = useBrowser();

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
