import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { demoConsumer, newEmail } from '../support/accounts.js';
import { screenshot, useBrowser, viewports, type ViewportName } from '../support/browser.js';
import {
  accessibleDescription,
  chooseInUserMenu,
  en,
  expectPath,
  fr,
  mainNav,
  named,
  naming,
  openNavigation,
  signInWithPassword,
  signOut,
  submitCode,
  waitForHeading,
  wrongCode,
} from '../support/flows.js';
import { mailIdsFor, readCodeFromMailbox } from '../support/mailbox.js';

// ACC-1 (register, e-mailed code), ACC-2 (password + e-mailed code), ACC-5 (terms shown and
// accepted), SPEC §10 (French by default, English complete, WCAG 2.1 AA, 360 px phones).

const browser = useBrowser();

async function expectSignedInOnCases(page: Page) {
  await expectPath(page, '/cases');
  await waitForHeading(page, fr.cases);
  await openNavigation(page);
  await mainNav(page).getByRole('link', { name: fr.cases, exact: true }).waitFor();
}

describe.each(Object.keys(viewports) as ViewportName[])('account journey on a %s', (viewport) => {
  const width = viewports[viewport].width;
  const tag = `${width}px`;

  test(`register, verify the e-mail, sign out, sign in with a code, switch to English (${width} px)`, async () => {
    const person = await browser.person(`new consumer ${tag}`, { viewport });
    const { context, page } = person;
    const me = {
      givenName: 'Gabrielle',
      familyName: `Essai ${viewport === 'phone' ? 'Mobile' : 'Bureau'}`,
    };
    const fullName = `${me.givenName} ${me.familyName}`;
    const email = newEmail(viewport);
    const password = 'Lanterne-Courgette-Prairie-82';

    // Home
    await page.goto('/');
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^fr(-|$)/);
    await checkA11y(page, `${tag} home`);
    await screenshot(page, `${tag}-01-home`);

    // Register (ACC-1): profile, preferred language, the two texts and their consents
    await page.getByRole('main').getByRole('link', { name: 'Créer mon compte' }).click();
    await expectPath(page, '/register');
    await waitForHeading(page, /inscrire/);
    const main = page.getByRole('main');
    const terms = main.getByRole('region', { name: named('Conditions d’utilisation') });
    const confidentiality = main.getByRole('region', {
      name: named('Engagement de confidentialité'),
    });
    await terms.waitFor();
    await confidentiality.waitFor();
    expect((await terms.innerText()).length, 'terms of use text shown').toBeGreaterThan(300);
    expect(
      (await confidentiality.innerText()).length,
      'confidentiality text shown',
    ).toBeGreaterThan(300);
    await checkA11y(page, `${tag} register`);

    await page.getByLabel('Prénom', { exact: true }).fill(me.givenName);
    await page.getByLabel('Nom', { exact: true }).fill(me.familyName);
    await page.getByLabel(fr.email, { exact: true }).fill(email);
    await page.getByLabel(fr.password, { exact: true }).fill(password);
    await page.getByLabel('Langue préférée', { exact: true }).selectOption({ label: 'Français' });
    await main.getByRole('checkbox', { name: naming('conditions d’utilisation') }).check();
    await main.getByRole('checkbox', { name: naming('règles de confidentialité') }).check();
    await screenshot(page, `${tag}-02-register-filled`);
    const seen = await mailIdsFor(email);
    await main.getByRole('button', { name: 'Créer mon compte' }).click();

    // Code step of the registration
    const codeField = page.getByLabel(fr.code, { exact: true });
    await codeField.waitFor();
    await main.getByRole('button', { name: fr.verify, exact: true }).waitFor();
    await main.getByRole('button', { name: fr.resend, exact: true }).waitFor();
    await checkA11y(page, `${tag} register – code step`);
    await screenshot(page, `${tag}-03-register-code`);

    const first = await readCodeFromMailbox(context, email, {
      seen,
      a11yLabel: `${tag} registration code`,
      screenshotLabel: `${tag}-04`,
    });
    await submitCode(page, first.code);
    await expectSignedInOnCases(page);
    await checkA11y(page, `${tag} cases (Mes dossiers)`);
    await screenshot(page, `${tag}-05-cases`);

    // Sign out from the account menu
    await signOut(page, fullName);
    await waitForHeading(page, fr.signIn);
    await page.getByText('Vous êtes maintenant déconnecté.').first().waitFor();
    await checkA11y(page, `${tag} sign-in`);
    await screenshot(page, `${tag}-06-sign-in`);

    // Sign in again (ACC-2): password, then "Envoyer un code de vérification", then the code
    const seenBeforeSignIn = await mailIdsFor(email);
    await signInWithPassword(page, email, password, {
      onSendStep: async () => {
        await checkA11y(page, `${tag} sign-in – send code step`);
        await screenshot(page, `${tag}-07-send-code`);
      },
    });
    await checkA11y(page, `${tag} sign-in – code step`);
    await screenshot(page, `${tag}-08-sign-in-code`);
    const second = await readCodeFromMailbox(context, email, { seen: seenBeforeSignIn });
    expect(second.messageId).not.toBe(first.messageId);
    await submitCode(page, second.code);
    await expectSignedInOnCases(page);

    // English (SPEC §10): the header switch, then the whole interface
    await page.getByRole('banner').getByRole('button', { name: fr.english, exact: true }).click();
    await waitForHeading(page, en.cases);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^en(-|$)/);
    await openNavigation(page, en.menu);
    await mainNav(page).getByRole('link', { name: en.cases, exact: true }).waitFor();
    await checkA11y(page, `${tag} English – My cases`);
    await screenshot(page, `${tag}-09-english-cases`);

    await chooseInUserMenu(page, fullName, en.profile, en.menu);
    await expectPath(page, '/profile');
    await waitForHeading(page, en.profile);
    await checkA11y(page, `${tag} English – profile`);
    await screenshot(page, `${tag}-10-english-profile`);

    await signOut(page, fullName, en);
    await waitForHeading(page, 'Sign in');
  });
});

describe('sign-in code step', () => {
  test('a wrong code shows the error tied to the field and keeps the form (360 px)', async () => {
    const { context, page } = await browser.person('demo consumer, wrong code', {
      viewport: 'phone',
    });
    const seen = await mailIdsFor(demoConsumer.email);
    await signInWithPassword(page, demoConsumer.email, demoConsumer.password);
    const { code } = await readCodeFromMailbox(context, demoConsumer.email, { seen });

    await submitCode(page, wrongCode(code));
    const field = page.getByLabel(fr.code, { exact: true });
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const description = await accessibleDescription(field);
    expect(description, 'the code field is described by its error message').toMatch(/incorrect/i);
    // The form is still there, on the same step, ready for another try.
    expect(await field.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: fr.verify, exact: true }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await checkA11y(page, '360px sign-in – wrong code');
    await screenshot(page, '360px-11-wrong-code');

    await submitCode(page, code);
    await expectSignedInOnCases(page);
  });

  test('the demo consumer can sign in (1280 px)', async () => {
    const { context, page } = await browser.person('demo consumer', { viewport: 'desktop' });
    await page.goto('/sign-in');
    const seen = await mailIdsFor(demoConsumer.email);
    await signInWithPassword(page, demoConsumer.email, demoConsumer.password);
    const { code } = await readCodeFromMailbox(context, demoConsumer.email, { seen });
    await submitCode(page, code);
    await expectSignedInOnCases(page);
    await mainNav(page).getByRole('button', { name: demoConsumer.name }).waitFor();
  });
});
