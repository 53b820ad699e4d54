import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser } from '../support/browser.js';
import { expectPath, waitForHeading } from '../support/flows.js';
import { signInStaff } from '../support/staff.js';

// MDR-1 (the mediator registry: list, filters, enrolment with per-field errors, the mediator's
// page with edits, withdrawal and unavailability periods) and ACC-3 (the activation link is
// e-mailed). Axe runs on every page, at 1280 px and at 360 px.

const browser = useBrowser();

describe('mediator registry', () => {
  test('staff enrol a mediator, edit the profile and record an absence', async () => {
    const agent = await browser.person('staff mediators');
    const { page } = agent;
    await signInStaff(agent.context, page, 'mediators', 'admin');
    const main = page.getByRole('main');

    await page.goto('/staff/mediators');
    await waitForHeading(page, 'Médiateurs');
    await main.getByRole('heading', { name: 'Louis Bélanger' }).waitFor();
    await main.getByRole('heading', { name: 'Geneviève Lapointe' }).waitFor();
    await checkA11y(page, 'staff – mediators');
    await main.getByLabel('Programme', { exact: true }).selectOption('fr');
    await main.getByRole('button', { name: 'Rechercher' }).click();
    await main.getByText('1 médiateur(s) affiché(s)').waitFor();
    expect(await main.getByRole('heading', { name: 'Geneviève Lapointe' }).count()).toBe(0);

    await main.getByRole('link', { name: 'Inscrire un médiateur' }).click();
    await expectPath(page, '/staff/mediators/new');
    await waitForHeading(page, 'Inscrire un médiateur');
    await main.getByRole('button', { name: 'Inscrire le médiateur' }).click();
    await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    await checkA11y(page, 'staff – new mediator with errors');
    const email = newEmail('mediator');
    await page.getByLabel('Adresse courriel', { exact: true }).fill(email);
    await page.getByLabel('Prénom', { exact: true }).fill('Rosalie');
    await page.getByLabel('Nom', { exact: true }).fill('Gauthier');
    await page.getByRole('checkbox', { name: 'Québec' }).check();
    await page.getByLabel('Secteurs d’activité', { exact: true }).fill('Meubles, Voyage');
    await page.getByLabel('Territoires', { exact: true }).fill('Montréal');
    await page.getByLabel('Nombre maximal de dossiers actifs', { exact: true }).fill('zéro');
    await main.getByRole('button', { name: 'Inscrire le médiateur' }).click();
    await main.getByText('Cette valeur n’est pas valide.').first().waitFor();
    // Nothing typed is lost on an error.
    expect(await page.getByLabel('Secteurs d’activité', { exact: true }).inputValue()).toBe(
      'Meubles, Voyage',
    );
    await page.getByLabel('Nombre maximal de dossiers actifs', { exact: true }).fill('6');
    await screenshot(page, 'mediators-01-form');
    await main.getByRole('button', { name: 'Inscrire le médiateur' }).click();
    await waitForHeading(page, 'Rosalie Gauthier');
    await main.getByText(/Activation en attente/).waitFor();
    await checkA11y(page, 'staff – mediator');

    // Absences: a past date is refused on its field, a valid period appears in the table.
    await page.getByLabel('Premier jour d’absence', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Dernier jour d’absence', { exact: true }).fill('2020-01-10');
    await main.getByRole('button', { name: 'Ajouter la période' }).click();
    await main
      .getByText(/La date ne peut pas être passée/)
      .first()
      .waitFor();
    await checkA11y(page, 'staff – absence with errors');
    await page.getByLabel('Premier jour d’absence', { exact: true }).fill('2099-07-01');
    await page.getByLabel('Dernier jour d’absence', { exact: true }).fill('2099-07-14');
    await main.getByRole('button', { name: 'Ajouter la période' }).click();
    const table = main.getByRole('table', {
      name: 'Périodes d’indisponibilité à venir ou en cours',
    });
    await table.getByRole('row').nth(1).waitFor();
    await checkA11y(page, 'staff – mediator with absence');

    await page.getByLabel('Territoires', { exact: true }).fill('Montréal, Laval');
    await main.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await main.getByText('Montréal, Laval', { exact: true }).waitFor();
    await main.getByRole('button', { name: 'Retirer ce médiateur' }).click();
    await main.getByRole('button', { name: 'Rétablir ce médiateur' }).waitFor();
    await main
      .getByText(/ne reçoit plus de nouveaux dossiers$/)
      .first()
      .waitFor();
    await screenshot(page, 'mediators-02-page');
    await checkA11y(page, 'staff – withdrawn mediator');
    await main.getByRole('button', { name: /Supprimer/ }).click();
    await main.getByText('Aucune période d’indisponibilité à venir.').waitFor();

    const phone = await browser.person('staff mediators phone', { viewport: 'phone' });
    await signInStaff(phone.context, phone.page, 'mediators phone', 'admin');
    await phone.page.goto('/staff/mediators');
    await waitForHeading(phone.page, 'Médiateurs');
    await checkA11y(phone.page, 'staff – mediators (phone)');
    await phone.page.goto(page.url());
    await waitForHeading(phone.page, 'Rosalie Gauthier');
    await checkA11y(phone.page, 'staff – mediator (phone)');
  });
});
