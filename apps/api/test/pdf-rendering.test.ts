/**
 * Issue 7: what makes PDFs cheaper to render changes no byte of them (QC-13, DOC-3, SEC-38).
 * The subsets that reuse each glyph's bytes write fontkit's own font program, and word layouts
 * shaped for an earlier document print the same.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create as parseFont } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { type AgreementDocument, renderAgreementPdf } from '../src/modules/pdf/agreement-pdf.js';
import { installFastSubsets } from '../src/modules/pdf/font-subset.js';
import { TaggedPdf } from '../src/modules/pdf/tagged-pdf.js';
import { readPdf } from './support/pdf-text.js';

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface TestFont {
  createSubset(): Subset;
  layout(text: string): { glyphs: { id: number; codePoints: number[] }[] };
}

const FONT = fileURLToPath(new URL('../assets/fonts/DejaVuSans.ttf', import.meta.url));
const loadFont = () => parseFont(readFileSync(FONT)) as TestFont;

function agreement(terms: string): AgreementDocument {
  return {
    consumerName: 'Élodie Bérubé',
    representativeName: null,
    businessName: 'Électro Façade inc.',
    merchantRepresentativeName: 'Çağla Œuvray',
    mediatorName: null,
    caseNumber: 'QC-2026-00042',
    locale: 'fr-CA',
    timeZone: 'America/Toronto',
    officeName: 'Office de la protection du consommateur',
    platformName: 'Entente',
    withEnglish: true,
    currency: 'CAD',
    phase: 'negotiation',
    proposal: { solutions: [{ kind: 'refund', amountMinor: 123_456 }], terms },
    version: 2,
    acceptances: [
      { side: 'consumer', how: 'accepted', at: '2026-03-10T15:00:00.000Z' },
      { side: 'merchant', how: 'proposed', at: '2026-03-09T14:30:00.000Z' },
    ],
    reachedAt: '2026-03-10T15:00:00.000Z',
  };
}

const render = (terms: string) =>
  renderAgreementPdf(agreement(terms), new Date('2026-03-10T15:00:01.000Z'));

function page(text: string): Promise<Buffer> {
  const pdf = new TaggedPdf({
    lang: 'fr-CA',
    title: 'Essai',
    author: 'Entente',
    subject: 'Essai',
    size: 'LETTER',
    runningHeader: 'Essai',
    pageLabel: (n, count) => `${n}/${count}`,
    createdAt: new Date('2026-03-10T15:00:00.000Z'),
  });
  pdf.section().paragraph(text);
  return pdf.finish();
}

describe('issue 7: faster rendering, same files', () => {
  // First in the file: the fonts are shared by the documents of a process (vitest gives each
  // file its own), and the failure needed a document with É before any with a plain E.
  it('SEC-38 a letter first embedded as part of an accented one keeps its text in later files', async () => {
    await page('État');
    const later = await readPdf(await page('Entente à l’amiable'));
    expect(later.text).toContain('Entente à l’amiable');
  });

  it('a subset leaves the glyphs it reads with the code points layout gives them', () => {
    const font = loadFont();
    installFastSubsets(font);
    const subset = font.createSubset();
    for (const glyph of font.layout('É').glyphs) subset.includeGlyph(glyph.id);
    subset.encode();
    expect(font.layout('E').glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x45]]);
  });

  it('a subset that reuses glyph records writes the same font program as fontkit', () => {
    const plain = loadFont();
    const fast = loadFont();
    expect(installFastSubsets(fast)).toBe(true);
    // Accented capitals and ç are composite glyphs in DejaVu: their parts are renumbered.
    const texts = ['Élodie Bérubé, façade où À Ç € 12,50 $', 'Ωμέγα Жанна ß œ', 'abc É é'];
    for (const text of texts) {
      const ids = plain.layout(text).glyphs.map((glyph) => glyph.id);
      const a = plain.createSubset();
      const b = fast.createSubset();
      for (const id of ids) expect(b.includeGlyph(id)).toBe(a.includeGlyph(id));
      expect(Buffer.from(b.encode()).equals(Buffer.from(a.encode()))).toBe(true);
    }
  });

  it('words shaped for earlier documents print the same bytes', async () => {
    // Words no document has used yet: the first render shapes them, the second reuses them.
    const terms = `Modalités ${randomUUID()} réglées ${randomUUID()} à l’amiable.`;
    const first = await render(terms);
    await render('Un tout autre texte, sans rapport.');
    const again = await render(terms);
    expect(again.equals(first)).toBe(true);
    expect((await readPdf(first)).text).toContain('à l’amiable.');
  });
});
