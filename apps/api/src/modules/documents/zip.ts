/**
 * Reads a ZIP container's central directory (DOCX and ODT are ZIPs) and applies the SEC-17 limits
 * before anything is unpacked: no byte is inflated here. The reader is deliberately strict: real
 * office suites write plain, single-part, deflate-or-store archives, and every oddity it refuses
 * (gaps, overlaps, duplicate names, local headers that disagree with the directory) is a trick
 * used to show one content to a scanner and another to the reader, or to build a zip bomb.
 */
import { DOCUMENT_LIMITS } from './limits.js';

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's data starts, after its local header. */
  dataOffset: number;
};

export type ZipLimits = (typeof DOCUMENT_LIMITS)['zip'];

export type ZipReading =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'zip_bomb' | 'encrypted' | 'corrupt'; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * The end-of-central-directory record's offset, or -1. `strict` demands it end the file exactly
 * (our own archives); otherwise any record a ZIP reader would accept counts (polyglot check).
 */
export function findEndOfCentralDirectory(bytes: Buffer, strict: boolean): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let pos = bytes.length - EOCD_SIZE; pos >= lowest; pos -= 1) {
    if (bytes.readUInt32LE(pos) !== EOCD) continue;
    const commentLength = bytes.readUInt16LE(pos + 20);
    if (strict) {
      if (pos + EOCD_SIZE + commentLength === bytes.length) return pos;
      continue;
    }
    // Readers also accept data prepended to the archive (self-extractors): try both offsets.
    const size = bytes.readUInt32LE(pos + 12);
    const offset = bytes.readUInt32LE(pos + 16);
    for (const start of [offset, pos - size]) {
      if (start >= 0 && start + 4 <= pos && bytes.readUInt32LE(start) === CENTRAL) return pos;
    }
  }
  return -1;
}

export function readZip(bytes: Buffer, limits: ZipLimits = DOCUMENT_LIMITS.zip): ZipReading {
  const corrupt = (detail: string): ZipReading => ({ ok: false, reason: 'corrupt', detail });
  const bomb = (detail: string): ZipReading => ({ ok: false, reason: 'zip_bomb', detail });

  const eocd = findEndOfCentralDirectory(bytes, true);
  if (eocd < 0) return corrupt('no end of central directory at the end of the file');
  const diskEntries = bytes.readUInt16LE(eocd + 8);
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (bytes.readUInt16LE(eocd + 4) !== 0 || bytes.readUInt16LE(eocd + 6) !== 0) {
    return corrupt('multi-part archive');
  }
  // ZIP64 is never needed under 20 MB and 1000 entries; its 0xFFFF markers would hide the counts.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return corrupt('ZIP64 archive');
  }
  if (count !== diskEntries) return corrupt('inconsistent entry counts');
  if (count > limits.maxEntries) return bomb(`${count} entries`);
  if (count === 0) return corrupt('empty archive');
  if (cdOffset + cdSize !== eocd) return corrupt('central directory not followed by its end');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let pos = cdOffset;
  for (let i = 0; i < count; i += 1) {
    if (pos + 46 > eocd || bytes.readUInt32LE(pos) !== CENTRAL) {
      return corrupt('bad central directory entry');
    }
    const flags = bytes.readUInt16LE(pos + 8);
    const method = bytes.readUInt16LE(pos + 10);
    const compressedSize = bytes.readUInt32LE(pos + 20);
    const uncompressedSize = bytes.readUInt32LE(pos + 24);
    const nameLength = bytes.readUInt16LE(pos + 28);
    const extraLength = bytes.readUInt16LE(pos + 30);
    const commentLength = bytes.readUInt16LE(pos + 32);
    const localOffset = bytes.readUInt32LE(pos + 42);
    const end = pos + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) return corrupt('central directory entry overruns');
    const rawName = bytes.subarray(pos + 46, pos + 46 + nameLength);
    const name = rawName.toString('utf8');
    pos = end;

    // Bit 0: encrypted; bit 6: strong encryption; method 99: AES. A scanner cannot look inside.
    if (flags & 0x41 || method === 99) return { ok: false, reason: 'encrypted', detail: name };
    if (method !== 0 && method !== 8) return corrupt(`compression method ${method}`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      return corrupt('ZIP64 entry');
    }
    if (method === 0 && compressedSize !== uncompressedSize) return corrupt('stored size mismatch');
    if (!isSafeEntryName(name)) return corrupt('unsafe entry name');
    if (names.has(name)) return corrupt('duplicate entry name');
    names.add(name);

    total += uncompressedSize;
    if (total > limits.maxTotalUncompressedBytes) return bomb(`more than ${total} bytes unpacked`);
    if (
      uncompressedSize > limits.ratioFloorBytes &&
      uncompressedSize > limits.maxEntryRatio * Math.max(compressedSize, 1)
    ) {
      return bomb(`entry ratio ${Math.round(uncompressedSize / Math.max(compressedSize, 1))}:1`);
    }

    const local = readLocalHeader(bytes, localOffset, rawName, cdOffset);
    if (local === undefined) return corrupt('local header disagrees with the directory');
    if (local + compressedSize > cdOffset) return corrupt('entry data overruns');
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localOffset,
      dataOffset: local,
    });
  }
  if (pos !== eocd) return corrupt('central directory size mismatch');
  if (total > limits.ratioFloorBytes && total > limits.maxRatio * bytes.length) {
    return bomb(`archive ratio ${Math.round(total / bytes.length)}:1`);
  }
  return checkLayout(entries) ? { ok: true, entries } : corrupt('overlapping or prefixed entries');
}

/** Returns the data offset, or undefined when the local header does not match. */
function readLocalHeader(
  bytes: Buffer,
  offset: number,
  name: Buffer,
  limit: number,
): number | undefined {
  if (offset + 30 > limit || bytes.readUInt32LE(offset) !== LOCAL) return undefined;
  const nameLength = bytes.readUInt16LE(offset + 26);
  const extraLength = bytes.readUInt16LE(offset + 28);
  if (nameLength !== name.length) return undefined;
  if (!bytes.subarray(offset + 30, offset + 30 + nameLength).equals(name)) return undefined;
  const data = offset + 30 + nameLength + extraLength;
  return data <= limit ? data : undefined;
}

/**
 * Entries must start at byte 0 and must not overlap: overlapping entries are how the
 * "non-recursive" zip bombs reach huge ratios while each entry looks modest.
 */
function checkLayout(entries: readonly ZipEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  if (sorted[0]?.localOffset !== 0) return false;
  let previousEnd = 0;
  for (const entry of sorted) {
    if (entry.localOffset < previousEnd) return false;
    previousEnd = entry.dataOffset + entry.compressedSize;
  }
  return true;
}

// Nothing here is extracted to disk, but a later tool might: names that could climb out of a
// directory, or that Windows and Unix read differently, are refused now.
function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}

export type OfficeZip =
  | { ok: true; type: 'docx' | 'odt' }
  | { ok: false; reason: 'type_not_allowed' | 'macros'; detail: string };

const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/** DOCX or ODT from the entry list; any other ZIP (XLSX, JAR, APK, plain archives) is refused. */
export function classifyOfficeZip(bytes: Buffer, entries: readonly ZipEntry[]): OfficeZip {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const names = [...byName.keys()];
  if (byName.has('[Content_Types].xml') && names.some((n) => n.startsWith('word/'))) {
    // A .docx cannot hold macros; a vbaProject part means a renamed .docm.
    if (names.some((n) => /vbaProject\.bin$/i.test(n))) {
      return { ok: false, reason: 'macros', detail: 'vbaProject.bin' };
    }
    return { ok: true, type: 'docx' };
  }
  const mimetype = byName.get('mimetype');
  // The OpenDocument spec stores `mimetype` uncompressed, so it is read without inflating.
  if (mimetype && mimetype.method === 0 && mimetype.compressedSize === ODT_MIME.length) {
    const start = mimetype.dataOffset;
    if (bytes.toString('latin1', start, start + ODT_MIME.length) === ODT_MIME) {
      if (names.some((n) => n.startsWith('Basic/') || n.startsWith('Scripts/'))) {
        return { ok: false, reason: 'macros', detail: 'OpenDocument macros' };
      }
      return { ok: true, type: 'odt' };
    }
  }
  return { ok: false, reason: 'type_not_allowed', detail: 'ZIP archive that is not DOCX or ODT' };
}
