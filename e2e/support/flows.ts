import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** French labels from seed 000 and the web app's fr.ts, word for word. */
export const fr = {
  signIn: 'Se connecter',
  email: 'Adresse courriel',
  password: 'Mot de passe',
  sendCode: 'Envoyer un code de vérification',
  code: 'Code de vérification',
  verify: 'Vérifier le code',
  resend: 'Envoyer un nouveau code',
  cases: 'Mes dossiers',
  signOut: 'Se déconnecter',
  profile: 'Mon profil',
  menu: 'Menu',
  english: 'English',
} as const;

export const en = {
  cases: 'My cases',
  signOut: 'Sign out',
  profile: 'My profile',
  menu: 'Menu',
} as const;

/**
 * An exact accessible name, whatever the apostrophe (the seeds mix ' and ’; the app may too).
 */
export function named(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  return new RegExp(`^${escaped}$`);
}

/** Part of an accessible name, whatever the apostrophe. */
export function naming(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  return new RegExp(escaped);
}

/** The accessible description of a field: the text of everything aria-describedby points to. */
export async function accessibleDescription(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
      .join(' | '),
  );
}

/** The page's h1, once rendered. */
export async function pageHeading(page: Page): Promise<string> {
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1, name }).waitFor();
}

/** On a phone the main navigation hides behind "Menu": open it when it is collapsed. */
export async function openNavigation(page: Page, menuLabel: string = fr.menu): Promise<void> {
  const toggle = page.getByRole('banner').getByRole('button', { name: menuLabel, exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /navigation principale|main navigation/i });
}

/** Opens the account menu (the button named after the person) and chooses an item. */
export async function chooseInUserMenu(
  page: Page,
  personName: string,
  item: string,
  menuLabel: string = fr.menu,
): Promise<void> {
  await openNavigation(page, menuLabel);
  await mainNav(page).getByRole('button', { name: personName }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

export async function signOut(
  page: Page,
  personName: string,
  labels: { signOut: string; menu: string } = fr,
) {
  await chooseInUserMenu(page, personName, labels.signOut, labels.menu);
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/**
 * Sign-in screen 1 (seed 000): e-mail + password, "Se connecter"; then screen 2, "Envoyer un code
 * de vérification". Leaves the page on the code step.
 */
export async function signInWithPassword(
  page: Page,
  email: string,
  password: string,
  hooks: { onCredentials?: () => Promise<void>; onSendStep?: () => Promise<void> } = {},
): Promise<void> {
  if (!page.url().endsWith('/sign-in')) await page.goto('/sign-in');
  await waitForHeading(page, fr.signIn);
  await page.getByLabel(fr.email, { exact: true }).fill(email);
  await page.getByLabel(fr.password, { exact: true }).fill(password);
  await hooks.onCredentials?.();
  await page.getByRole('main').getByRole('button', { name: fr.signIn, exact: true }).click();
  const send = page.getByRole('button', { name: fr.sendCode });
  const codeField = page.getByLabel(fr.code, { exact: true });
  await send.or(codeField).first().waitFor();
  if (await send.isVisible()) {
    await hooks.onSendStep?.();
    await send.click();
  }
  await codeField.waitFor();
}

/** Code step: type the code, "Vérifier le code". */
export async function submitCode(page: Page, code: string): Promise<void> {
  const field = page.getByLabel(fr.code, { exact: true });
  await field.fill(code);
  await page.getByRole('button', { name: fr.verify, exact: true }).click();
}

/** A code of the right shape that is certainly not `code`. */
export function wrongCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

export async function expectPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  expect(new URL(page.url()).pathname).toBe(path);
}
