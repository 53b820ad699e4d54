/**
 * The one typeface of every generated PDF: DejaVu Sans (regular and bold), committed under
 * `apps/api/assets/fonts/` with its licence. It covers French and English text, the euro sign,
 * Intl's narrow no-break spaces and the Latin, Greek and Cyrillic names people type. Embedded
 * (subset) in every file: PDF/A forbids relying on the reader's fonts (ADR 10).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

let cached: { regular: Buffer; bold: Buffer } | undefined;

/** Read once per process: the files are 1.4 MB together and never change while running. */
export function fontFiles(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(`${FONT_DIR}DejaVuSans.ttf`),
    bold: readFileSync(`${FONT_DIR}DejaVuSans-Bold.ttf`),
  };
  return cached;
}
