/**
 * One Lighthouse run (default config: mobile emulation, simulated Slow 4G and 4x CPU slowdown)
 * in a fresh Debian Chromium, performance and accessibility only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './session.js';

export interface PageScores {
  performance: number;
  accessibility: number;
  /** Milliseconds, except CLS (unitless). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility audits that did not pass: id and title. */
  failingA11y: { id: string; title: string }[];
  /** Performance opportunities Lighthouse reports, with the estimated saving. */
  opportunities: { id: string; title: string; savingsMs: number }[];
  finalUrl: string;
}

export async function runLighthouse(
  url: string,
  headers: Record<string, string>,
  screenshotPath?: string,
  reportPath?: string,
): Promise<PageScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: headers,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id];
    const numeric = (id: string) => audit(id)?.numericValue ?? Number.NaN;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

    const failingA11y = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => audit(ref.id))
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'manual')
      .map((a) => ({ id: a!.id, title: a!.title }));
    const opportunities = Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.score ?? 1) < 1)
      .map((a) => ({
        id: a.id,
        title: a.title,
        savingsMs: Math.round(a.metricSavings?.LCP ?? a.metricSavings?.FCP ?? 0),
      }))
      .filter((o) => o.savingsMs > 0);

    if (reportPath) {
      mkdirSync(join(reportPath, '..'), { recursive: true });
      writeFileSync(reportPath, JSON.stringify(lhr));
    }
    const shot = audit('final-screenshot')?.details;
    if (screenshotPath && shot?.type === 'screenshot') {
      mkdirSync(join(screenshotPath, '..'), { recursive: true });
      writeFileSync(screenshotPath, Buffer.from(shot.data.split(',')[1] ?? '', 'base64'));
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      failingA11y,
      opportunities,
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    chrome.kill();
  }
}
