// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types; other workspaces compile this file too
/// <reference path="../../types/fontkit.d.ts" />
/**
 * The one typeface of every generated PDF: DejaVu Sans (regular and bold), committed under
 * `apps/api/assets/fonts/` with its licence. It covers French and English text, the euro sign,
 * Intl's narrow no-break spaces and the Latin, Greek and Cyrillic names people type. Embedded
 * (subset) in every file: PDF/A forbids relying on the reader's fonts (ADR 10).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create as parseFont } from 'fontkit';
import { installFastSubsets } from './font-subset.js';

const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

/** A parsed font as pdfkit's `registerFont` accepts it (fontkit's object, with `layout`). */
export type ParsedFont = { layout: (...args: never[]) => unknown };

let cached: { regular: ParsedFont; bold: ParsedFont } | undefined;

/**
 * Read and parsed once per process. Parsing the 1.4 MB of TrueType tables took most of an
 * agreement's rendering time when pdfkit did it for every document (issue 7: p95 ≤ 100 ms).
 * Each document still embeds its own subset. A shared font also shares fontkit's glyph objects,
 * which subsets must not leave without code points, and lets subsets reuse what they read
 * (`font-subset.ts`).
 */
export function parsedFonts(): { regular: ParsedFont; bold: ParsedFont } {
  cached ??= { regular: loadFont('DejaVuSans.ttf'), bold: loadFont('DejaVuSans-Bold.ttf') };
  return cached;
}

function loadFont(file: string): ParsedFont {
  const font = parseFont(readFileSync(`${FONT_DIR}${file}`)) as ParsedFont;
  installFastSubsets(font);
  return font;
}
