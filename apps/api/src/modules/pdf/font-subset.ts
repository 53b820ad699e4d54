/**
 * Faster font subsets for the shared parsed fonts (issue 7), byte for byte the same as fontkit's.
 *
 * Each PDF embeds a subset of DejaVu holding the glyphs it prints. Two parts of fontkit 2's
 * TrueType subset redo, for every document, work whose result never changes:
 * - to copy a glyph it first decodes its whole outline, point by point, only to learn whether
 *   it is a composite; here each glyph's bytes, parts and metrics are read once per process;
 * - it re-encodes the font's hinting programs (`cvt `, `prep`, `fpgm`: 1,800 values written one
 *   at a time, two thirds of a subset's encoding); here they are encoded once, the subset is
 *   encoded without them and their bytes are put back in place.
 * Together they took about a third of an agreement's rendering time.
 *
 * This relies on fontkit internals (`_addGlyph`, the tables' shapes, the file's table
 * directory). `installFastSubsets` checks, when it installs, that a probe subset comes out
 * identical both ways, and leaves the font alone otherwise; a test does the same for the
 * glyphs of French text, so a fontkit upgrade can make documents slower, never different.
 */

/** The parts of fontkit's TrueType font that the subset reads (fontkit 2.0). */
interface TrueTypeFont {
  createSubset(): TrueTypeSubset;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
  /** Glyph objects by id, kept with the code points of the request that made them. */
  readonly _glyphs: Record<number, unknown>;
  readonly loca: { offsets: number[] };
  readonly _variationProcessor?: unknown;
}

/** fontkit's TrueType subset, as `encode()` leaves it for `_addGlyph` to fill. */
interface TrueTypeSubset {
  font: TrueTypeFont;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
  encode(): Uint8Array;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  readonly cff?: unknown;
}

interface GlyphRecord {
  /** The glyph's bytes in the font's `glyf` table; copied before being patched. */
  readonly bytes: Uint8Array;
  /** A composite's parts: the glyph ids and where they sit in `bytes`. */
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[] | null;
  readonly advance: number;
  readonly bearing: number;
}

/**
 * Runs `read` and forgets the glyph objects it made. fontkit keeps a glyph with the code points
 * of its first request: one made without any (a composite's part, a probe) would stay without,
 * and a later document printing that character would leave it out of its ToUnicode map (text
 * extraction, screen readers). Layout makes glyphs with their code points; subsets must not.
 */
function leavingGlyphCache<T>(font: TrueTypeFont, read: () => T): T {
  const known = new Set(Object.keys(font._glyphs));
  try {
    return read();
  } finally {
    for (const id of Object.keys(font._glyphs)) {
      if (!known.has(id)) delete font._glyphs[Number(id)];
    }
  }
}

function readGlyph(font: TrueTypeFont, id: number): GlyphRecord {
  const made = !(id in font._glyphs);
  const glyph = font.getGlyph(id);
  if (made) delete font._glyphs[id];
  const outline = glyph._decode();
  const stream = font._getTableStream('glyf');
  if (stream === null) throw new Error('the font has no glyf table');
  const start = font.loca.offsets[id]!;
  stream.pos += start;
  const bytes = stream.readBuffer(font.loca.offsets[id + 1]! - start);
  const components =
    outline !== null && outline.numberOfContours < 0
      ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos }))
      : null;
  return {
    bytes,
    components,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
}

/** What fontkit's `_addGlyph` does for a font without variations, from the cached record. */
function addGlyph(subset: TrueTypeSubset, record: GlyphRecord): number {
  let bytes = record.bytes;
  if (record.components !== null) {
    // The composite's copy points at the parts' ids in this subset.
    bytes = new Uint8Array(bytes);
    const view = new DataView(bytes.buffer);
    for (const part of record.components)
      view.setUint16(part.pos, subset.includeGlyph(part.glyphID));
  }
  subset.glyf.push(bytes);
  subset.loca.offsets.push(subset.offset);
  subset.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
  subset.offset += bytes.length;
  return subset.glyf.length - 1;
}

/** The hinting tables, and the same tables empty, in the shape fontkit decodes them. */
const HINTING = {
  'cvt ': { controlValues: [] },
  prep: { controlValueProgram: [] },
  fpgm: { instructions: [] },
} as const;

interface TableRecord {
  readonly tag: string;
  readonly offset: number;
  readonly length: number;
}

/**
 * The table directory of a file fontkit wrote: a 12-byte header, 16 bytes per table (tag,
 * checksum, offset, length), then the tables one after the other in the directory's order.
 * Null for any other layout.
 */
function tableRecords(file: Uint8Array): TableRecord[] | null {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const records: TableRecord[] = [];
  let next = 12 + 16 * count;
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...file.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset !== next) return null;
    records.push({ tag, offset, length });
    next += length;
  }
  return next === file.length ? records : null;
}

/** `file` with the bytes of `tables` in place of its tables of the same tags (written empty). */
function withTables(file: Uint8Array, tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const records = tableRecords(file);
  if (records === null) throw new Error('unexpected subset layout');
  const parts = records.map(
    (r) => tables.get(r.tag) ?? file.subarray(r.offset, r.offset + r.length),
  );
  const header = 12 + 16 * records.length;
  const out = new Uint8Array(header + parts.reduce((sum, part) => sum + part.length, 0));
  out.set(file.subarray(0, header));
  const view = new DataView(out.buffer);
  let offset = header;
  parts.forEach((part, i) => {
    view.setUint32(12 + 16 * i + 8, offset);
    view.setUint32(12 + 16 * i + 12, part.length);
    out.set(part, offset);
    offset += part.length;
  });
  return out;
}

const looksLikeTrueType = (font: Partial<TrueTypeFont>): font is TrueTypeFont =>
  typeof font.createSubset === 'function' &&
  typeof font.getGlyph === 'function' &&
  typeof font._getTableStream === 'function' &&
  typeof font._glyphs === 'object' &&
  Array.isArray(font.loca?.offsets) &&
  !font._variationProcessor;

/** Glyphs 0–199: Latin letters, digits and accented capitals, composites among them. */
const PROBE = Array.from({ length: 200 }, (_, i) => i);

/** fontkit's subsets, reusing what never changes; null if this font or fontkit differs. */
function fastSubsets(font: TrueTypeFont & Record<string, unknown>): (() => TrueTypeSubset) | null {
  const create = font.createSubset.bind(font);
  const probe = create();
  if (probe.cff !== undefined || typeof probe._addGlyph !== 'function') return null;
  for (const id of PROBE) probe.includeGlyph(id);
  const reference = leavingGlyphCache(font, () => probe.encode());
  const records = tableRecords(reference);
  if (records === null) return null;

  // The hinting tables' bytes as fontkit writes them, and a view of the font without them.
  const hinting = new Map<string, Uint8Array>();
  const hintless: PropertyDescriptorMap = {};
  for (const [tag, empty] of Object.entries(HINTING)) {
    const record = records.find((r) => r.tag === tag);
    if (font[tag] === undefined || record === undefined) continue;
    hinting.set(tag, reference.slice(record.offset, record.offset + record.length));
    hintless[tag] = { value: empty };
  }
  const view = Object.create(font, hintless) as TrueTypeFont;
  const glyphs = new Map<number, GlyphRecord>();
  const fast = (): TrueTypeSubset => {
    const subset = create();
    subset.font = view;
    subset._addGlyph = (id: number) => {
      let record = glyphs.get(id);
      if (record === undefined) {
        record = readGlyph(font, id);
        glyphs.set(id, record);
      }
      return addGlyph(subset, record);
    };
    const encode = subset.encode.bind(subset);
    subset.encode = () => withTables(encode(), hinting);
    return subset;
  };

  const check = fast();
  for (const id of PROBE) check.includeGlyph(id);
  return Buffer.from(check.encode()).equals(Buffer.from(reference)) ? fast : null;
}

/**
 * Makes `font.createSubset()` reuse what never changes across documents, and keeps subsets from
 * leaving glyphs without code points in the shared font. Returns whether the faster subsets are
 * in place: a font of another shape (CFF, variable, another fontkit) gets fontkit's own.
 */
export function installFastSubsets(font: object): boolean {
  const candidate = font as Partial<TrueTypeFont> & Record<string, unknown>;
  if (typeof candidate.createSubset !== 'function' || typeof candidate._glyphs !== 'object') {
    return false;
  }
  const fast = looksLikeTrueType(candidate) ? fastSubsets(candidate) : null;
  const shared = candidate as TrueTypeFont;
  const create = shared.createSubset.bind(shared);
  shared.createSubset =
    fast ??
    (() => {
      const subset = create();
      const encode = subset.encode.bind(subset);
      subset.encode = () => leavingGlyphCache(shared, encode);
      return subset;
    });
  return fast !== null;
}
