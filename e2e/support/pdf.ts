import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { slug } from './browser.js';
import { artifactsDir, ensureDir } from './paths.js';

const run = promisify(execFile);

export interface DownloadedFile {
  /** The name the server gave it (Content-Disposition), as the browser would save it. */
  fileName: string;
  /** Where the journey kept it: e2e/artifacts/downloads/. */
  path: string;
}

/**
 * Clicks a download link the way a person does and keeps the file the browser receives
 * (`page.waitForEvent('download')`: an attachment, not a page the browser navigates to).
 */
export async function downloadFrom(
  page: Page,
  link: Locator,
  tag: string,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download of ${download.url()} failed: ${failure}`);
  const fileName = download.suggestedFilename();
  const path = join(ensureDir(join(artifactsDir, 'downloads')), `${slug(tag)}.pdf`);
  await download.saveAs(path);
  return { fileName, path };
}

/**
 * The text of a PDF as poppler's `pdftotext` reads it (the ToUnicode maps of the embedded font,
 * so accents and typographic apostrophes come out as written), with every run of whitespace —
 * line breaks of wrapped paragraphs, Intl's no-break spaces in amounts — made one plain space:
 * a sentence can then be looked for whole, however the page wrapped it.
 */
export async function pdfText(path: string): Promise<string> {
  const head = (await readFile(path)).subarray(0, 5).toString('latin1');
  if (head !== '%PDF-')
    throw new Error(`${path} is not a PDF (starts with ${JSON.stringify(head)})`);
  let stdout: string;
  try {
    ({ stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext not found: apt-get install poppler-utils (.ci/run does)', {
        cause: error,
      });
    }
    throw error;
  }
  return normalizeSpaces(stdout);
}

/** Whitespace (no-break and narrow no-break spaces included) as single plain spaces. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
