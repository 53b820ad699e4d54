import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject, type TestContext } from 'vitest';
import './provided.js';
import { artifactsDir, ensureDir } from './paths.js';

/** Debian's Chromium: playwright-core never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The two widths every journey runs at: a phone and a desktop. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 780 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Playwright creates a fresh temporary profile for every launch (no user data dir is reused). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface Person {
  /** Used in screenshot names. */
  label: string;
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and HTTP errors seen so far (printed when a test fails). */
  problems: string[];
}

export interface PersonOptions {
  viewport?: ViewportName | { width: number; height: number };
  /** Browser language (Accept-Language, navigator.language). The app defaults to French anyway. */
  locale?: string;
  /** Keep the context for the whole file (closed after all tests) instead of after this test. */
  keep?: boolean;
}

export function baseURL(): string {
  return inject('baseURL');
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .toLowerCase();
}

/** Full-page screenshot into e2e/artifacts/screens/ (returns the path). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ensureDir(join(artifactsDir, 'screens')), `${slug(name)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * One browser per test file, a new context (cookies, storage) per person. When a test fails,
 * every page still open gets a screenshot in e2e/artifacts/failures/ before the contexts close.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  let open: Person[] = [];
  const kept: Person[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async (context: TestContext) => {
    const people = open;
    open = [];
    if (context.task.result?.state === 'fail') {
      const dir = ensureDir(join(artifactsDir, 'failures'));
      for (const person of [...people, ...kept]) {
        if (person.problems.length) {
          const distinct = [...new Set(person.problems.map((problem) => problem.slice(0, 300)))];
          console.error(
            `[e2e] browser problems for ${person.label}:\n  ${distinct.slice(-30).join('\n  ')}`,
          );
        }
        for (const [index, page] of person.context.pages().entries()) {
          const file = join(dir, `${slug(context.task.name)}--${slug(person.label)}-${index}.png`);
          try {
            await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
            console.error(`[e2e] failure screenshot: ${file} (${page.url()})`);
          } catch (error) {
            console.error(`[e2e] could not take a screenshot of ${page.url()}: ${String(error)}`);
          }
        }
      }
    }
    await Promise.all(people.map((person) => person.context.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await Promise.all(kept.map((person) => person.context.close().catch(() => undefined)));
    await browser?.close();
  });

  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
      return browser;
    },
    /** A new person: their own browser context (cookies, storage) and a first page. */
    async person(label: string, options: PersonOptions = {}): Promise<Person> {
      if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
      const viewport =
        typeof options.viewport === 'object'
          ? options.viewport
          : viewports[options.viewport ?? 'desktop'];
      const context = await browser.newContext({
        baseURL: baseURL(),
        viewport,
        locale: options.locale ?? 'fr-CA',
        timezoneId: 'America/Toronto',
        reducedMotion: 'reduce',
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      const problems: string[] = [];
      context.on('page', (page) => {
        page.on('console', (message) => {
          if (message.type() === 'error')
            problems.push(`console error on ${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) =>
          problems.push(`page error on ${page.url()}: ${error.message}`),
        );
      });
      context.on('response', (response) => {
        if (response.status() >= 400) {
          problems.push(
            `HTTP ${response.status()} ${response.request().method()} ${response.url()}`,
          );
        }
      });
      context.on('requestfailed', (request) =>
        problems.push(
          `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`,
        ),
      );
      const page = await context.newPage();
      const person = { label, context, page, problems };
      (options.keep ? kept : open).push(person);
      return person;
    },
  };
}
