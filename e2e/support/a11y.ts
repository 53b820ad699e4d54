import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot, slug } from './browser.js';
import { artifactsDir, ensureDir } from './paths.js';

/** WCAG 2.0/2.1 A and AA plus the WCAG 2.2 AA additions (SPEC §10: WCAG 2.1 AA at least). */
export const a11yTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export function formatViolations(label: string, url: string, violations: Violation[]): string {
  const lines = [`Accessibility: ${violations.length} violation(s) on "${label}" (${url})`];
  for (const violation of violations) {
    lines.push(
      '',
      `• [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}`,
      `  ${violation.helpUrl}`,
    );
    for (const node of violation.nodes.slice(0, 8)) {
      lines.push(`  - at ${node.target.join(' ')}`);
      lines.push(`    ${node.html.replace(/\s+/g, ' ').slice(0, 240)}`);
      const summary = (node.failureSummary ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      for (const line of summary) lines.push(`    ${line}`);
    }
    if (violation.nodes.length > 8)
      lines.push(`  … and ${violation.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}

/**
 * WCAG 1.4.10 Reflow, which axe does not test: at the page's width (360 px on a phone) nothing may
 * need horizontal scrolling. Names the outermost elements that stick out.
 */
export async function checkReflow(page: Page, label: string): Promise<boolean> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = Array.from(element.classList)
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
      const right = Math.round(element.getBoundingClientRect().right);
      return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${right} px) "${text}"`;
    };
    const sticking = Array.from(document.body.querySelectorAll('*')).filter(
      (element) => element.getBoundingClientRect().right > width + 0.5,
    );
    // Keep the innermost ones: the content that does not fit, not all its ancestors.
    const innermost = sticking.filter(
      (element) => !sticking.some((other) => other !== element && element.contains(other)),
    );
    return { width, scrollWidth, offenders: innermost.slice(0, 6).map(describe) };
  });
  if (overflow) {
    const message =
      `Reflow (WCAG 1.4.10): "${label}" (${page.url()}) scrolls horizontally: content is ` +
      `${overflow.scrollWidth} px wide in a ${overflow.width} px viewport. Too wide:\n  - ` +
      overflow.offenders.join('\n  - ');
    console.error(message);
    await fail(page, label, message);
    return false;
  }
  return true;
}

/**
 * A failed check fails the test (expect.soft) but lets the journey go on, so one run lists the
 * problems of every page; E2E_A11Y=strict stops at the first one instead. A screenshot of the page
 * as it was goes to e2e/artifacts/a11y/.
 */
async function fail(page: Page, label: string, message: string): Promise<void> {
  await screenshot(page, `a11y-failure-${label}`).catch(() => undefined);
  if (process.env.E2E_A11Y === 'strict') throw new Error(message);
  expect.soft(false, message).toBe(true);
}

/** Every label checked in this process, to prove in the report that each page was analysed. */
export const checkedPages: string[] = [];

/**
 * Runs axe-core on the page as it is now and fails the test on any violation, printing them
 * readably; then checks reflow (no horizontal scrolling, which axe cannot see). The full axe
 * results also go to e2e/artifacts/a11y/<label>.json.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  // Let the page settle: fonts, lazy route chunks, focus moves.
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts?.ready.then(() => undefined));
  // Frames sandboxed without allow-scripts (the mailbox's e-mail preview) cannot run axe: the
  // injection never completes and the run hangs. Their content is an e-mail, not the app's UI.
  const results = await new AxeBuilder({ page })
    .withTags(a11yTags)
    .exclude('iframe[sandbox]')
    .analyze();
  checkedPages.push(label);
  const dir = ensureDir(join(artifactsDir, 'a11y'));
  writeFileSync(
    join(dir, `${slug(label)}.json`),
    JSON.stringify(
      {
        label,
        url: results.url,
        violations: results.violations,
        incomplete: results.incomplete.map((r) => ({
          id: r.id,
          help: r.help,
          nodes: r.nodes.length,
        })),
        passes: results.passes.map((r) => r.id),
      },
      null,
      2,
    ),
  );
  if (results.violations.length > 0) {
    const message = formatViolations(label, page.url(), results.violations);
    console.error(message);
    await fail(page, label, message);
  }
  await checkReflow(page, label);
}
