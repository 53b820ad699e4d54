/**
 * Reading generated PDFs in tests with Mozilla's pdf.js (no poppler on CI machines): the text a
 * reader or a screen reader gets, page by page, and what the catalogue declares (SEC-38).
 */
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReading {
  readonly pages: readonly string[];
  /** Every page's text, pages separated by a blank line, lines by `\n`. */
  readonly text: string;
  readonly info: Record<string, unknown>;
  readonly markInfo: { Marked?: boolean } | null;
  /** The structure roles of page 1, depth first (`Document`, `Sect`, `H1`, `P`, `L`…). */
  readonly roles: readonly string[];
}

type StructNode = { role?: string; children?: StructNode[] };

function rolesOf(node: StructNode | null, into: string[]): string[] {
  if (node === null) return into;
  if (node.role !== undefined) into.push(node.role);
  for (const child of node.children ?? []) rolesOf(child, into);
  return into;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let roles: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      // Without NFKC normalisation, which would turn the no-break spaces of amounts into spaces.
      const content = await page.getTextContent({ disableNormalization: true });
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      if (n === 1) roles = rolesOf((await page.getStructTree()) as StructNode | null, []);
    }
    const metadata = await doc.getMetadata();
    return {
      pages,
      text: pages.join('\n\n'),
      info: metadata.info as Record<string, unknown>,
      markInfo: (await doc.getMarkInfo()) as { Marked?: boolean } | null,
      roles,
    };
  } finally {
    await doc.destroy();
  }
}

/** What the raw file declares: pdf.js does not expose /Lang or the font programs. */
export function pdfDeclarations(bytes: Buffer) {
  const raw = bytes.toString('latin1');
  const markInfoRef = /\/MarkInfo (\d+) 0 R/.exec(raw)?.[1];
  const markInfo =
    markInfoRef === undefined
      ? null
      : new RegExp(`(?:^|\\n)${markInfoRef} 0 obj\\s*<<\\s*/Marked true\\s*>>`).test(raw);
  return {
    lang: /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null,
    /** `/MarkInfo << /Marked true >>`, written as a reference to that dictionary. */
    marked: markInfo === true,
    structTreeRoot: raw.includes('/StructTreeRoot'),
    displayTitle: raw.includes('/DisplayDocTitle true'),
    embeddedFonts: [...raw.matchAll(/\/FontName \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]),
    fontFiles: (raw.match(/\/FontFile2 /g) ?? []).length,
    pdfA: /<pdfaid:part>2<\/pdfaid:part>/.test(raw),
    outputIntent: raw.includes('/OutputIntents'),
  };
}

/**
 * The code points the fonts' ToUnicode maps give back: proof that a no-break space (U+00A0,
 * U+202F) was written as such, although pdf.js and poppler both extract it as a plain space.
 */
export function toUnicodeCodePoints(bytes: Buffer): Set<number> {
  const raw = bytes.toString('latin1');
  const points = new Set<number>();
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let text: string;
    try {
      text = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated stream (the ICC profile, the XMP packet)
    }
    if (!text.includes('begincmap')) continue;
    for (const hex of text.matchAll(/<([0-9a-f]{4})>/gi)) points.add(parseInt(hex[1]!, 16));
  }
  return points;
}
