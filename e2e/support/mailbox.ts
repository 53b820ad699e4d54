import type { BrowserContext, Page } from 'playwright-core';
import { checkA11y } from './a11y.js';
import { baseURL, screenshot } from './browser.js';

interface MailboxEntry {
  id: string;
  to: string;
  subject: string;
  createdAt: string;
}

const CODE = /(?<!\d)(\d{6})(?!\d)/;

async function listMessages(): Promise<MailboxEntry[]> {
  const response = await fetch(`${baseURL()}/api/mailbox`);
  if (!response.ok) throw new Error(`GET /api/mailbox answered ${response.status}`);
  return ((await response.json()) as { messages: MailboxEntry[] }).messages;
}

export async function messageText(id: string): Promise<string> {
  const response = await fetch(`${baseURL()}/api/mailbox/${id}`);
  if (!response.ok) throw new Error(`GET /api/mailbox/${id} answered ${response.status}`);
  return ((await response.json()) as { text: string }).text;
}

/** Ids of the e-mails already sent to `email`: what a later code must not be. */
export async function mailIdsFor(email: string): Promise<Set<string>> {
  const messages = await listMessages();
  return new Set(
    messages.filter((m) => m.to.toLowerCase() === email.toLowerCase()).map((m) => m.id),
  );
}

/** Waits (through the JSON list) until an e-mail to `email` that is not in `seen` exists. */
export async function waitForNewMessage(
  email: string,
  seen: Set<string>,
  timeoutMs: number,
): Promise<MailboxEntry> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const newest = (await listMessages()).find(
      (m) => m.to.toLowerCase() === email.toLowerCase() && !seen.has(m.id),
    );
    if (newest) return newest;
    if (Date.now() > deadline)
      throw new Error(`no new e-mail to ${email} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface ReadCodeOptions {
  /** Messages sent before the action that sends the code (see mailIdsFor). */
  seen?: Set<string>;
  /** When set, checkA11y runs on the mailbox list and message pages with this prefix. */
  a11yLabel?: string;
  /** When set, screenshots of both pages are saved with this prefix. */
  screenshotLabel?: string;
  timeoutMs?: number;
}

export interface ReadCode {
  code: string;
  messageId: string;
  subject: string;
}

/**
 * Reads the newest code sent to `email` the way a person does: opens the mailbox page in a new
 * tab, clicks the newest message for that address, and reads the code in the message text. The
 * JSON API only tells when the e-mail has arrived and double-checks what the page shows.
 */
export async function readCodeFromMailbox(
  context: BrowserContext,
  email: string,
  options: ReadCodeOptions = {},
): Promise<ReadCode> {
  const expected = await waitForNewMessage(
    email,
    options.seen ?? new Set(),
    options.timeoutMs ?? 30_000,
  );
  const page: Page = await context.newPage();
  try {
    await page.goto('/mailbox');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1 }).waitFor();
    // Newest first: the first entry that names the address is the newest e-mail to it.
    const entry = main.getByRole('listitem').filter({ hasText: email }).first();
    await entry.waitFor();
    if (options.a11yLabel) await checkA11y(page, `${options.a11yLabel} – mailbox list`);
    if (options.screenshotLabel) await screenshot(page, `${options.screenshotLabel}-mailbox-list`);
    const link = entry.getByRole('link');
    const href = await link.getAttribute('href');
    if (href !== `/mailbox/${expected.id}`) {
      throw new Error(
        `the newest e-mail to ${email} on the mailbox page links to ${href}, expected /mailbox/${expected.id} ` +
          `("${expected.subject}")`,
      );
    }
    await link.click();
    await page.waitForURL(`**/mailbox/${expected.id}`);
    await main.getByRole('heading', { level: 1, name: expected.subject }).waitFor();
    const textPart = main.locator('pre');
    await textPart.waitFor();
    const shown = await textPart.innerText();
    const match = CODE.exec(shown);
    if (!match?.[1])
      throw new Error(`no 6-digit code in the e-mail shown on ${page.url()}:\n${shown}`);
    const fromApi = CODE.exec(await messageText(expected.id))?.[1];
    if (fromApi !== match[1]) {
      throw new Error(
        `the mailbox page shows code ${match[1]} but the e-mail holds ${fromApi ?? 'none'}`,
      );
    }
    if (options.a11yLabel) await checkA11y(page, `${options.a11yLabel} – mailbox message`);
    if (options.screenshotLabel)
      await screenshot(page, `${options.screenshotLabel}-mailbox-message`);
    return { code: match[1], messageId: expected.id, subject: expected.subject };
  } catch (error) {
    await screenshot(page, `failure-mailbox-${Date.now()}`).catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}
