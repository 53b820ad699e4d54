/**
 * Word layouts shared across documents (issue 7). pdfkit measures and writes text word by word,
 * and each new word goes through fontkit's shaping (OpenType substitutions and positioning):
 * about a quarter of a document's rendering time. pdfkit keeps the result per document, by the
 * word's text (`layoutCache`); the result depends only on the font and that text, so this keeps
 * it per process as well: a document starts with the words earlier documents shaped, and hands
 * back the words it adds. The layouts are pdfkit's own, so the files do not change.
 *
 * The table lives in memory only and is bounded: a layout takes about 2 KB, so once it holds
 * `WORDS_PER_FONT` words (10 MB) it starts again empty and the words of people's messages do not
 * accumulate. The 800 documents of a 10,000-case dataset use about 2,200 distinct words.
 *
 * `layoutCache` and `_font` are pdfkit internals (pdfkit 0.20): when they are not there, a
 * document keeps its own cache as before.
 */

const WORDS_PER_FONT = 5_000;

/** pdfkit's embedded font: the fontkit font it lays out with and its cache of word layouts. */
interface EmbeddedFont {
  readonly font: object;
  layoutCache?: Record<string, unknown>;
}

interface Table {
  words: Record<string, unknown>;
  size: number;
}

const tables = new WeakMap<object, Table>();

function tableOf(font: object): Table {
  let table = tables.get(font);
  if (table === undefined) {
    table = { words: Object.create(null) as Record<string, unknown>, size: 0 };
    tables.set(font, table);
  }
  return table;
}

const currentFont = (doc: PDFKit.PDFDocument): Partial<EmbeddedFont> | undefined =>
  (doc as unknown as { _font?: Partial<EmbeddedFont> })._font;

/**
 * Opens the registered fonts `names` on `doc`, in this order (it numbers its fonts in the order
 * they are opened), and links their caches to the shared tables. Call the returned function
 * once the text is written: it adds the document's new words to the tables.
 */
export function shareWordLayouts(doc: PDFKit.PDFDocument, names: readonly string[]): () => void {
  const links: { own: Record<string, unknown>; table: Table }[] = [];
  for (const name of names) {
    doc.font(name);
    const embedded = currentFont(doc);
    if (typeof embedded?.font !== 'object' || typeof embedded.layoutCache !== 'object') continue;
    const table = tableOf(embedded.font);
    // Lookups fall through to the shared words; what the document adds lands in its own
    // object, to be counted against the bound when it is handed back.
    const own = Object.create(table.words) as Record<string, unknown>;
    embedded.layoutCache = own;
    links.push({ own, table });
  }
  return () => {
    for (const { own, table } of links) {
      const added = Object.keys(own);
      if (table.size + added.length > WORDS_PER_FONT) {
        table.words = Object.create(null) as Record<string, unknown>;
        table.size = 0;
      }
      for (const word of added) table.words[word] = own[word];
      table.size += added.length;
    }
  };
}
