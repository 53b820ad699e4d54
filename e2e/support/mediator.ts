import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkA11y } from './a11y.js';
import { newEmail } from './accounts.js';
import {
  enrolBusiness,
  issueIntakeThroughApi,
  signInDemoMerchant,
  submitDraftThroughApi,
  type DraftContent,
} from './api-setup.js';
import { baseURL, screenshot, type Person, type PersonOptions } from './browser.js';
import {
  expectPath,
  fr,
  mainNav,
  naming,
  openNavigation,
  signInWithPassword,
  submitCode,
  waitForHeading,
} from './flows.js';
import { createCase, readAccessMail, registerConsumer } from './intake.js';
import { mailIdsFor, readCodeFromMailbox, waitForNewMessage } from './mailbox.js';
import { signInStaff } from './staff.js';

// The steps the mediation journeys share. MDR-1, ACC-3, ACC-7: staff enrol a new mediator on the
// registry's pages, the mediator activates the account from the e-mail read on the mailbox page,
// signs in with the e-mailed code and enrols an authenticator app (TOTP) before seeing any case.
// The negotiation a mediation starts from (set up through the API where its own journeys already
// drive the screens), and the assignment from the staff's "File de médiation".

/** The cap staff give a new mediator: the suggestions then read "0 dossier(s) actif(s) sur 6". */
const MAX_ACTIVE_CASES = 6;

export interface Mediator {
  userId: string;
  email: string;
  givenName: string;
  familyName: string;
  /** "Prénom Nom", as the pages and PDFs print it. */
  name: string;
  password: string;
}

export interface MediatorProfile {
  givenName: string;
  familyName: string;
  sectors: string;
  regions: string;
  jobTitle: string;
  organisation: string;
  workPhone: string;
}

/**
 * Staff (signed in on `page`): "Médiateurs" in the navigation, "Inscrire un médiateur", the form
 * sent empty once (the error summary), then filled; the mediator's page says the activation is
 * pending. Returns the new mediator (the id is the page's).
 */
export async function enrolMediatorInRegistry(
  page: Page,
  profile: MediatorProfile,
  tag: string,
): Promise<Mediator> {
  const main = page.getByRole('main');
  await openNavigation(page);
  await mainNav(page).getByRole('link', { name: 'Médiateurs', exact: true }).click();
  await expectPath(page, '/staff/mediators');
  await waitForHeading(page, 'Médiateurs');
  await checkA11y(page, `${tag} staff – mediator registry`);

  await main.getByRole('link', { name: 'Inscrire un médiateur' }).click();
  await expectPath(page, '/staff/mediators/new');
  await waitForHeading(page, 'Inscrire un médiateur');
  const submit = main.getByRole('button', { name: 'Inscrire le médiateur' });
  await submit.click();
  await main.getByRole('heading', { name: /contient des erreurs/ }).waitFor();
  await checkA11y(page, `${tag} staff – new mediator with errors`);

  const email = newEmail(`${tag}-mediator`);
  await page.getByLabel('Adresse courriel', { exact: true }).fill(email);
  await page.getByLabel('Prénom', { exact: true }).fill(profile.givenName);
  await page.getByLabel('Nom', { exact: true }).fill(profile.familyName);
  await main
    .getByRole('group', { name: naming('Programmes couverts') })
    .getByRole('checkbox', { name: 'Québec', exact: true })
    .check();
  await page.getByLabel(naming('Secteurs d’activité')).fill(profile.sectors);
  await page.getByLabel('Territoires', { exact: true }).fill(profile.regions);
  await page
    .getByLabel('Nombre maximal de dossiers actifs', { exact: true })
    .fill(String(MAX_ACTIVE_CASES));
  await page.getByLabel('Titre du poste', { exact: true }).fill(profile.jobTitle);
  await page.getByLabel('Organisation', { exact: true }).fill(profile.organisation);
  await page.getByLabel('Téléphone au travail', { exact: true }).fill(profile.workPhone);
  await screenshot(page, `${tag}-mediator-01-registry-form`);
  await submit.click();

  const name = `${profile.givenName} ${profile.familyName}`;
  await page.waitForURL(/\/staff\/mediators\/[0-9a-f-]{36}$/);
  await waitForHeading(page, name);
  await main.getByText('Activation en attente').waitFor();
  await main.getByText(email).waitFor();
  await checkA11y(page, `${tag} staff – new mediator's page`);
  await screenshot(page, `${tag}-mediator-02-registry-entry`);
  const userId = /\/staff\/mediators\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!userId) throw new Error(`no mediator id in ${page.url()}`);
  return {
    userId,
    email,
    givenName: profile.givenName,
    familyName: profile.familyName,
    name,
    password: `Phrase de passe de ${profile.givenName} pour la médiation`,
  };
}

/**
 * ACC-3: the mediator opens the mailbox page, clicks the activation e-mail, follows its link, sets
 * a password, confirms the professional profile and accepts the terms.
 */
export async function activateMediator(
  page: Page,
  mediator: Mediator,
  profile: MediatorProfile,
  tag: string,
): Promise<void> {
  const mail = await waitForNewMessage(mediator.email, new Set(), 30_000);
  await page.goto('/mailbox');
  const entry = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: mediator.email })
    .filter({ hasText: 'Activez votre compte' })
    .first();
  await entry.waitFor();
  await checkA11y(page, `${tag} mediator – mailbox`);
  await entry.getByRole('link').click();
  await page.waitForURL(`**/mailbox/${mail.id}`);
  await page.getByRole('main').getByRole('heading', { level: 1, name: mail.subject }).waitFor();
  await checkA11y(page, `${tag} mediator – activation e-mail`);
  const text = await page.getByRole('main').locator('pre').innerText();
  const link = /https?:\/\/\S+\/activation\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no activation link in the e-mail:\n${text}`);

  await page.goto(new URL(link).pathname);
  await waitForHeading(page, 'Activer votre compte');
  await page.getByRole('main').getByText(mediator.email).first().waitFor();
  await page.getByLabel('Mot de passe', { exact: true }).fill(mediator.password);
  await page.getByLabel('Titre du poste', { exact: true }).fill(profile.jobTitle);
  await page.getByLabel('Organisation ou entreprise', { exact: true }).fill(profile.organisation);
  await page.getByLabel('Téléphone au travail', { exact: true }).fill(profile.workPhone);
  for (const box of await page.getByRole('main').getByRole('checkbox').all()) await box.check();
  await checkA11y(page, `${tag} mediator – activation`);
  await screenshot(page, `${tag}-mediator-03-activation`);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await page.getByText(/Votre compte est activé/).waitFor();
  await checkA11y(page, `${tag} mediator – activated`);
}

// TOTP: the secret shown at enrolment is kept in a file named after the run's server and the
// mediator's address, with the last code used (the server refuses a code twice), so a later
// sign-in in the same run answers with the same authenticator, as staff.ts does for staff.

interface TotpRecord {
  secret: string;
  lastCode: string | null;
}

function recordPath(email: string): string {
  const key = createHash('sha256').update(`${baseURL()} ${email}`).digest('hex').slice(0, 16);
  return join(tmpdir(), `entente-e2e-mediator-totp-${key}.json`);
}

function readRecord(email: string): TotpRecord | null {
  const path = recordPath(email);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TotpRecord) : null;
}

/** A code of the authenticator not used yet: waits for the next 30-second period if needed. */
async function freshTotpCode(email: string, secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) });
  const last = readRecord(email)?.lastCode ?? null;
  let code = totp.generate();
  while (code === last) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp.generate();
  }
  writeFileSync(recordPath(email), JSON.stringify({ secret, lastCode: code }));
  return code;
}

const totpLabel = "Code de l'application d'authentification";

/**
 * ACC-2, ACC-7: password, the e-mailed code (read on the mailbox page), then the authenticator:
 * enrolment with the secret shown as text the first time, the app's code afterwards. Ends on
 * "Mes dossiers".
 */
export async function signInMediator(
  context: BrowserContext,
  page: Page,
  mediator: Mediator,
  tag: string,
): Promise<void> {
  const seen = await mailIdsFor(mediator.email);
  await signInWithPassword(page, mediator.email, mediator.password);
  const mail = await readCodeFromMailbox(context, mediator.email, {
    seen,
    a11yLabel: `${tag} mediator – sign-in code`,
  });
  await submitCode(page, mail.code);

  const totpField = page.getByLabel(totpLabel, { exact: true });
  await totpField.waitFor();
  const record = readRecord(mediator.email);
  if (!record) {
    // ACC-7: no case before a second factor that is not e-mail.
    await expectPath(page, '/security/totp');
    await waitForHeading(page, naming('Configurer l’authentification à deux facteurs'));
    const secret = (await page.locator('.totp__secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(15);
    const forbidden = await page.evaluate(async () => (await fetch('/api/cases')).status);
    expect(forbidden, 'a mediator without TOTP reads no case').toBe(403);
    await checkA11y(page, `${tag} mediator – TOTP enrolment`);
    await screenshot(page, `${tag}-mediator-04-totp`);
    await totpField.fill(await freshTotpCode(mediator.email, secret));
    await page
      .getByRole('button', { name: naming('Activer l’authentification à deux facteurs') })
      .click();
  } else {
    await totpField.fill(await freshTotpCode(mediator.email, record.secret));
    await page.getByRole('button', { name: fr.verify, exact: true }).click();
  }
  await expectPath(page, '/cases');
  await waitForHeading(page, fr.cases);
}

/** The people of a mediation journey, each in their own browser context. */
export interface MediationCast {
  /** Staff, signed in: they enrolled the mediator and will assign the case. */
  readonly agent: Person;
  /** The mediator's browser, the account activated with TOTP. */
  readonly mediatorPerson: Person;
  readonly mediator: Mediator;
  /** Not registered yet: `caseTakenInCharge` registers them from the intake. */
  readonly consumer: Person;
  /** The demo representative, signed in. */
  readonly merchant: Person;
}

/** Staff sign in and enrol a new mediator, who activates; the consumer and merchant get a browser. */
export async function mediationCast(
  browser: { person(label: string, options?: PersonOptions): Promise<Person> },
  journey: 'A' | 'B',
  profile: MediatorProfile,
): Promise<MediationCast> {
  const tag = `med${journey}`;
  const agent = await browser.person(`staff mediation ${journey}`);
  await signInStaff(agent.context, agent.page, tag, 'admin');
  const mediatorPerson = await browser.person(`mediator ${journey}`);
  const mediator = await enrolMediatorInRegistry(agent.page, profile, tag);
  await activateMediator(mediatorPerson.page, mediator, profile, tag);
  const consumer = await browser.person(`mediation ${journey} consumer`);
  const merchant = await browser.person(`mediation ${journey} merchant`);
  await signInDemoMerchant(merchant.page);
  return { agent, mediatorPerson, mediator, consumer, merchant };
}

/** A tab of the case page. */
export const caseTab = (page: Page, name: string) =>
  page.getByRole('main').getByRole('tab', { name });
/** The case's status as the header reads it ("Statut Médiation"). */
export const caseStatus = (page: Page, label: string) =>
  page.getByRole('main').getByText(new RegExp(`^Statut\\s+${label}$`));
/** The mediation discussion space on the proposals tab (QC-18). */
export const mediationDiscussion = (page: Page) => page.locator('#mediation-discussion');

export interface CaseForMediation {
  caseId: string;
  caseNumber: string;
  businessName: string;
}

export interface CaseSetUp {
  tag: string;
  consumerEmail: string;
  business: { name: string; sector: string; line1: string; city: string };
  draft: DraftContent;
  /** A file the consumer adds under "Documents" (QC-16: the mediator reads it). */
  document: { name: string; text: string };
}

/**
 * The negotiation the mediation starts from (its screens have their own journey): staff (on
 * `agent`) enrol a qc business with the demo representative and issue an intake; the consumer
 * registers, creates the case from the access e-mail, submits it with a first proposal (QC-5) and
 * adds a document; the demo representative, signed in on `merchant`, takes charge (QC-10).
 */
export async function caseTakenInCharge(
  agent: Page,
  consumer: { context: BrowserContext; page: Page },
  merchant: Page,
  setUp: CaseSetUp,
): Promise<CaseForMediation> {
  const { tag, consumerEmail } = setUp;
  const business = await enrolBusiness(agent, setUp.business);
  await issueIntakeThroughApi(agent, { name: 'Alex Intake', email: consumerEmail }, business.id);

  const cp = consumer.page;
  const cMain = cp.getByRole('main');
  await registerConsumer(consumer.context, cp, consumerEmail, tag);
  const access = await readAccessMail(consumer.context, consumerEmail, tag);
  await createCase(cp, access);
  const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(cp.url())?.[1];
  if (!caseId) throw new Error(`no case id in ${cp.url()}`);
  await submitDraftThroughApi(cp, caseId, setUp.draft);

  await cp.goto(`/cases/${caseId}/documents`);
  await cp.getByLabel('Document à ajouter', { exact: true }).setInputFiles({
    name: setUp.document.name,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${setUp.document.text}\n`),
  });
  await cMain.getByRole('button', { name: 'Ajouter le document' }).click();
  await cMain
    .getByRole('region', { name: 'Documents du dossier' })
    .getByRole('listitem')
    .filter({ hasText: setUp.document.name })
    .getByText(/Ajouté par Alex Intake le/)
    .waitFor();
  await checkA11y(cp, `${tag} consumer – Documents`);
  const caseNumber = (await cMain.getByRole('heading', { level: 1 }).innerText()).trim();

  await merchant.goto(`/cases/${caseId}`);
  const mMain = merchant.getByRole('main');
  await mMain.getByRole('button', { name: 'Prendre en charge ce dossier' }).click();
  await mMain.getByText(/Sophie Roy, depuis le/).waitFor();
  await checkA11y(merchant, `${tag} merchant – took charge`);
  return { caseId, caseNumber, businessName: business.legalName };
}

/**
 * Issue 6 item 3, staff: "File de médiation" in the navigation, the case waiting there, its
 * ranked suggestions (the new mediator among the available ones, with load and absences), then
 * "Assigner": the case leaves the queue.
 */
export async function assignFromQueue(
  page: Page,
  c: CaseForMediation,
  mediator: Mediator,
  tag: string,
): Promise<void> {
  const main = page.getByRole('main');
  await openNavigation(page);
  await mainNav(page).getByRole('link', { name: 'File de médiation', exact: true }).click();
  await expectPath(page, '/staff/mediation');
  await waitForHeading(page, 'File de médiation');
  const entry = main.getByRole('listitem').filter({ hasText: c.caseNumber });
  await entry.getByText(c.businessName).waitFor();
  await checkA11y(page, `${tag} staff – mediation queue`);
  await entry.getByRole('button', { name: /Choisir un médiateur/ }).click();
  const table = main.getByRole('table', { name: naming('Médiateurs disponibles') });
  const row = table.getByRole('row').filter({ hasText: mediator.name });
  await row.getByText('Aucune absence prévue').waitFor();
  await row.getByText(`0 dossier(s) actif(s) sur ${MAX_ACTIVE_CASES}`).waitFor();
  await checkA11y(page, `${tag} staff – mediator suggestions`);
  await screenshot(page, `${tag}-staff-suggestions`);
  await row.getByRole('button', { name: /^Assigner/ }).click();
  await main
    .getByText(naming(`Le dossier ${c.caseNumber} est assigné à ${mediator.name}.`))
    .waitFor();
  await entry.waitFor({ state: 'detached' });
  await checkA11y(page, `${tag} staff – mediation queue after the assignment`);
}

/** The first new e-mail to `email` whose subject matches (others sent meanwhile are skipped). */
export async function waitForMail(email: string, seen: Set<string>, subject: RegExp) {
  const skipped = new Set(seen);
  for (;;) {
    const message = await waitForNewMessage(email, skipped, 30_000);
    if (subject.test(message.subject)) return message;
    skipped.add(message.id);
  }
}
