import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser, viewports } from '../support/browser.js';
import {
  expectPath,
  mainNav,
  openNavigation,
  signInWithPassword,
  submitCode,
  waitForHeading,
} from '../support/flows.js';
import { mailIdsFor, readCodeFromMailbox, waitForNewMessage } from '../support/mailbox.js';
import { signInStaff } from '../support/staff.js';

// ORG-1 (staff register a business and its respondent), ACC-3 (the activation e-mail read on the
// mailbox page, the activation page), ACC-2 (the respondent then signs in with a code) and the
// merchant's "Mes dossiers" and "Mon entreprise" with a request to the office. Axe runs on
// every page.

const browser = useBrowser();

/** A 10-digit NEQ unlikely to be taken in this run. */
const neq = () => `11${String(Date.now()).slice(-8)}`;

describe('business registry', () => {
  test('staff register a business and its respondent, who activates the account and signs in', async () => {
    const agent = await browser.person('staff business');
    const { page } = agent;
    await signInStaff(agent.context, page, 'business');
    const main = page.getByRole('main');

    // STF-1: the office's dashboard, read in one statement with the session (issue 7).
    await page.goto('/staff');
    await waitForHeading(page, 'Tableau de bord');
    await main.getByRole('heading', { level: 2 }).first().waitFor();
    await checkA11y(page, 'staff – dashboard');
    await screenshot(page, 'staff-dashboard');
    await expectTableWordsWhole(page);

    await page.goto('/staff/businesses');
    await waitForHeading(page, 'Entreprises participantes');
    await checkA11y(page, 'staff – businesses');
    await main.getByRole('link', { name: 'Inscrire une entreprise' }).click();
    await expectPath(page, '/staff/businesses/new');
    await waitForHeading(page, 'Inscrire une entreprise');
    await main.getByRole('button', { name: 'Inscrire l’entreprise' }).click();
    await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
    await checkA11y(page, 'staff – new business with errors');
    await page.getByLabel('Nom légal de l’entreprise', { exact: true }).fill('Électro Fleuve inc.');
    await page.getByLabel('Numéro d’entreprise', { exact: true }).fill(neq());
    await page.getByLabel('Secteur d’activité', { exact: true }).fill('Électroménagers');
    await page
      .getByLabel('Date du formulaire de participation', { exact: true })
      .fill('2026-02-01');
    await screenshot(page, 'business-01-form');
    await main.getByRole('button', { name: 'Inscrire l’entreprise' }).click();
    await waitForHeading(page, 'Électro Fleuve inc.');
    await checkA11y(page, 'staff – business');

    const email = newEmail('respondent');
    const seen = await mailIdsFor(email);
    await page.getByLabel('Adresse courriel', { exact: true }).fill(email);
    await page.getByLabel('Prénom', { exact: true }).fill('Rémi');
    await page.getByLabel('Nom', { exact: true }).fill('Fleury');
    await main.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await main.getByRole('heading', { name: 'Rémi Fleury' }).waitFor();
    await main.getByText('Activation en attente').waitFor();
    await screenshot(page, 'business-02-members');
    await checkA11y(page, 'staff – business with respondent');

    // The respondent reads the activation e-mail on the mailbox page.
    const respondent = await browser.person('business respondent', { viewport: 'phone' });
    const mail = await waitForNewMessage(email, seen, 30_000);
    const rp = respondent.page;
    await rp.goto(`/mailbox/${mail.id}`);
    await rp.getByRole('heading', { level: 1, name: mail.subject }).waitFor();
    await checkA11y(rp, 'respondent – activation e-mail');
    const text = await rp.getByRole('main').locator('pre').innerText();
    const link = /https?:\/\/\S+\/activation\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link).toBeDefined();
    await rp.goto(new URL(link!).pathname);
    await waitForHeading(rp, 'Activer votre compte');
    // The organisation field suggests the business the person was added to.
    expect(await rp.getByLabel('Organisation ou entreprise', { exact: true }).inputValue()).toBe(
      'Électro Fleuve inc.',
    );
    await checkA11y(rp, 'respondent – activation');
    const password = 'Une phrase de passe pour Électro Fleuve';
    await rp.getByLabel('Mot de passe', { exact: true }).fill(password);
    await rp
      .getByLabel('Titre du poste', { exact: true })
      .fill('Directeur du service à la clientèle');
    await rp.getByLabel('Téléphone au travail', { exact: true }).fill('418 555-0142');
    for (const box of await rp.getByRole('checkbox').all()) await box.check();
    await screenshot(rp, 'business-03-activation');
    await rp.getByRole('button', { name: 'Activer mon compte' }).click();
    await rp.getByText(/Votre compte est activé/).waitFor();
    await checkA11y(rp, 'respondent – activated');

    const before = await mailIdsFor(email);
    await rp.getByRole('link', { name: 'Se connecter' }).last().click();
    await signInWithPassword(rp, email, password);
    const code = await readCodeFromMailbox(respondent.context, email, { seen: before });
    await submitCode(rp, code.code);
    await expectPath(rp, '/cases');
    await waitForHeading(rp, 'Mes dossiers');
    await rp.getByText('Seulement les dossiers qui me sont assignés').waitFor();
    await checkA11y(rp, 'respondent – Mes dossiers');
    await screenshot(rp, 'business-04-cases');

    // "Mon entreprise": the business, its people, and (qc) a request to the office.
    await openNavigation(rp);
    await mainNav(rp).getByRole('link', { name: 'Mon entreprise' }).click();
    await expectPath(rp, '/business');
    await waitForHeading(rp, 'Mon entreprise');
    const business = rp.getByRole('region', { name: 'Électro Fleuve inc.' });
    await business.getByRole('heading', { name: 'Rémi Fleury (vous)' }).waitFor();
    await business.getByText('Actif', { exact: true }).waitFor();
    await checkA11y(rp, 'respondent – Mon entreprise');
    await business.getByRole('button', { name: 'Envoyer la demande' }).click();
    await business.getByText('Ce champ est obligatoire.').first().waitFor();
    await checkA11y(rp, 'respondent – request with errors');
    await business.getByLabel('Prénom', { exact: true }).fill('Inès');
    await business.getByLabel('Nom', { exact: true }).fill('Bouchard');
    await business.getByLabel('Adresse courriel', { exact: true }).fill(newEmail('requested'));
    await business
      .getByLabel('Précisions pour l’Office (facultatif)', { exact: true })
      .fill('Elle s’occupe du service après-vente.');
    await business.getByRole('button', { name: 'Envoyer la demande' }).click();
    await rp.getByText('Votre demande a été transmise à l’Office.').waitFor();
    await screenshot(rp, 'business-05-my-business');
    await checkA11y(rp, 'respondent – request sent');
  });
});

/**
 * The dashboard's tables keep their words whole: dates and labels once wrapped mid-word at
 * 1280 px ("24 novembr / e 2026", "profession / nel"). This office has no case yet, so the real
 * answer gets one row in each dated table, with the longest French month.
 */
async function expectTableWordsWhole(page: Page) {
  const dueAt = '2026-09-30T04:00:00.000Z';
  const ref = { caseId: '00000000-0000-4000-8000-000000000001', programme: 'qc' as const };
  const deadline = (caseNumber: string) => ({
    total: 1,
    byKind: [{ kind: 'professional_answer', count: 1 }],
    items: [{ ...ref, caseNumber, status: 'negotiation', kind: 'professional_answer', dueAt }],
  });
  await page.route('**/api/staff/dashboard', async (route) => {
    const response = await route.fetch();
    const board = await response.json();
    board.deadlines = { near: deadline('QC-2026-900001'), past: deadline('QC-2026-900002') };
    board.mediation.overdue = {
      count: 1,
      items: [
        {
          ...ref,
          caseNumber: 'QC-2026-900003',
          day: 92,
          maxDays: 90,
          endsAt: dueAt,
          overdueSince: dueAt,
          mediator: null,
        },
      ],
    };
    await route.fulfill({ response, json: board });
  });
  await page.reload();
  const dates = page.getByRole('main').locator('table time');
  await dates.first().waitFor();
  expect(await dates.count()).toBe(3);
  // Every word of the tables on one line (hyphens may break: "QC-2026-/900001").
  const split = await page.getByRole('main').evaluate((main) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('table')) continue;
      for (const word of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(word[0]);
      }
    }
    return broken;
  });
  expect(split).toEqual([]);
  await checkA11y(page, 'staff – dashboard with dated rows');
  await screenshot(page, 'staff-dashboard-dates');
  // On a phone the tables scroll in their boxes, never the page (WCAG 1.4.10); axe checks that
  // the scrolling boxes can be reached with the keyboard.
  await page.setViewportSize(viewports.phone);
  await checkA11y(page, 'staff – dashboard with dated rows, phone');
  await screenshot(page, 'staff-dashboard-dates-phone');
  await page.setViewportSize(viewports.desktop);
  await page.unroute('**/api/staff/dashboard');
}
