import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { newEmail } from '../support/accounts.js';
import { screenshot, useBrowser } from '../support/browser.js';
import { createCase, readAccessMail, registerConsumer } from '../support/intake.js';
import { mailIdsFor, messageText } from '../support/mailbox.js';
import {
  apiCall,
  enrolBusiness,
  issueIntakeThroughApi,
  signInDemoMerchant,
  submitDraftThroughApi,
} from '../support/api-setup.js';
import { signInStaff } from '../support/staff.js';

// MSG-1 to MSG-4, §9 in the browser: the consumer and the merchant's representative who took
// charge each have the "Centre de messagerie" open; a message typed by one appears in the other's
// page without reload, the unread badges follow live (EventSource), the alert e-mail carries no
// text, and axe checks every state of the page.

const browser = useBrowser();

/** ORG-1 set-up by staff: a business with the demo representative, and an intake for it. */
async function enrolBusinessAndIssue(page: Page, consumerEmail: string): Promise<void> {
  const business = await enrolBusiness(page, {
    name: 'Garage Messagerie',
    sector: 'Automobile',
    line1: '5, rue du Port',
    city: 'Québec',
  });
  await issueIntakeThroughApi(page, { name: 'Alex Messagerie', email: consumerEmail }, business.id);
}

async function submitDraft(page: Page, caseId: string): Promise<void> {
  await submitDraftThroughApi(page, caseId, {
    parties: {
      consumerPhone: '418 555-0123',
      consumerAddress: '1, rue Saint-Jean\nQuébec QC G1R 1N8',
      confirmed: true,
    },
    description: {
      goodOrService: 'Réparation de freins',
      paidInFull: true,
      contractPlace: 'in_store',
      merchantAddress: '5, rue du Port, Québec',
      priorSteps: false,
      problemNatures: ['defective_good'],
    },
    proposal: {
      solutions: [{ kind: 'refund', amountMinor: 35_000 }],
      terms: 'Remboursement dans les 10 jours.',
    },
  });
}

async function signInMerchant(_context: BrowserContext, page: Page): Promise<void> {
  await signInDemoMerchant(page);
}

/** The header's "Notifications" link; its name carries the unread count. */
const notificationsLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', {
    name: /^Notifications/,
  });

async function unreadInHeader(page: Page): Promise<number> {
  const name = (await notificationsLink(page).textContent()) ?? '';
  return Number(/\((\d+) non lues\)/.exec(name)?.[1] ?? 0);
}

describe('the messaging centre, live', () => {
  test('a message typed by one party appears live for the other; badges follow (MSG-1 to MSG-4, §9)', async () => {
    const agent = await browser.person('staff messages');
    const consumerEmail = newEmail('msg');
    await signInStaff(agent.context, agent.page, 'msg');
    await enrolBusinessAndIssue(agent.page, consumerEmail);

    const consumer = await browser.person('messages consumer');
    const cp = consumer.page;
    await registerConsumer(consumer.context, cp, consumerEmail, 'msg');
    const access = await readAccessMail(consumer.context, consumerEmail, 'msg');
    await createCase(cp, access);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(cp.url())?.[1];
    if (!caseId) throw new Error(`no case id in ${cp.url()}`);
    await submitDraft(cp, caseId);

    // MSG-1: before the business takes charge there is no discussion.
    await cp.goto(`/cases/${caseId}/messages`);
    const cMain = cp.getByRole('main');
    await cMain.getByRole('heading', { level: 2, name: 'Centre de messagerie' }).waitFor();
    await cMain.getByText('Vous n’avez aucune discussion').waitFor();
    await checkA11y(cp, 'messages consumer – no discussion');

    const merchantPerson = await browser.person('messages merchant');
    const mp = merchantPerson.page;
    await signInMerchant(merchantPerson.context, mp);
    await mp.goto(`/cases/${caseId}`);
    await apiCall(mp, 'POST', `/api/cases/${caseId}/commands`, { type: 'take_charge' });

    // The merchant keeps the thread list open; the consumer opens the thread and writes.
    await mp.goto(`/cases/${caseId}/messages`);
    const mMain = mp.getByRole('main');
    const mThread = mMain.getByRole('button', { name: /^Discussion avec le consommateur/ });
    await mThread.waitFor();
    const badgeBefore = await unreadInHeader(mp);

    await cp.reload();
    await cMain.getByRole('button', { name: /^Discussion avec le commerçant/ }).click();
    const box = cMain.getByRole('textbox', { name: 'Votre message' });
    await box.waitFor();
    await cMain.getByText('2000 caractères autorisés').waitFor();
    await checkA11y(cp, 'messages consumer – empty thread with composer');

    // MSG-2: too long is refused in the page and nothing typed is lost.
    const tooLong = 'a'.repeat(2001);
    await box.fill(tooLong);
    await cMain.getByText('Vous dépassez la limite de 2000 caractères.').first().waitFor();
    await cMain.getByRole('button', { name: 'Envoyer' }).click();
    await cMain.getByRole('alert').filter({ hasText: 'Vous dépassez' }).waitFor();
    expect(await box.inputValue()).toBe(tooLong);
    await checkA11y(cp, 'messages consumer – message too long');

    const text = 'Bonjour, les freins grincent encore. Pouvez-vous me rappeler?';
    await box.fill(text);
    await cMain.getByText('Il reste 1939 caractères.').waitFor();
    await cMain.getByRole('button', { name: 'Envoyer' }).click();
    await cMain.getByRole('listitem').filter({ hasText: text }).waitFor();
    expect(await box.inputValue()).toBe('');

    // MSG-3: live, without reload: the merchant's thread list shows "1 nouveau", the header badge
    // counts one more notification.
    await mThread.filter({ hasText: '1 nouveau' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => unreadInHeader(mp), { timeout: 15_000 }).toBe(badgeBefore + 1);
    await checkA11y(mp, 'messages merchant – unread badge');
    await screenshot(mp, 'messages-01-merchant-unread-badge');

    // Opening the thread shows the message and marks it read; the merchant answers…
    await mThread.click();
    await mMain.getByRole('listitem').filter({ hasText: text }).waitFor();
    await mMain.getByText('Nouveaux messages', { exact: true }).first().waitFor();
    await expect.poll(() => mThread.textContent(), { timeout: 10_000 }).not.toContain('nouveau');
    const reply = 'Bonjour, je vous appelle demain matin pour fixer un rendez-vous.';
    await mMain.getByRole('textbox', { name: 'Votre message' }).fill(reply);
    await mMain.getByRole('button', { name: 'Envoyer' }).click();
    await mMain.getByRole('listitem').filter({ hasText: reply }).waitFor();
    await checkA11y(mp, 'messages merchant – thread open');
    await screenshot(mp, 'messages-02-merchant-thread');

    // …and the reply appears in the consumer's open thread without reload.
    await cMain.getByRole('listitem').filter({ hasText: reply }).waitFor({ timeout: 15_000 });
    await checkA11y(cp, 'messages consumer – live reply');
    await screenshot(cp, 'messages-03-consumer-live-reply');

    // MSG-4, SEC-24: the consumer's alert e-mail names the case and never carries the text.
    const mails = await mailIdsFor(consumerEmail);
    const alerts = [];
    for (const id of mails) alerts.push(await messageText(id));
    const alert = alerts.find((body) => body.includes('nouveau message'));
    expect(alert, 'alert e-mail').toBeDefined();
    expect(alert).toContain(`/cases/${caseId}/messages`);
    expect(alert).not.toContain('rendez-vous');

    // §9: the notifications page lists the news with links; "Tout marquer comme lu" clears it.
    await notificationsLink(mp).click();
    await mp.getByRole('main').getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await mp
      .getByRole('main')
      .getByRole('link', { name: /^Nouveau message dans le dossier/ })
      .first()
      .waitFor();
    await checkA11y(mp, 'notifications merchant');
    await screenshot(mp, 'messages-04-merchant-notifications');
    await mp.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await mp.getByText('Toutes vos notifications sont lues.').waitFor();
    await expect.poll(() => unreadInHeader(mp), { timeout: 10_000 }).toBe(0);
  });
});
