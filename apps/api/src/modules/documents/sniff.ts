/**
 * Small content tests shared by `inspect.ts`: executables, plain text and the HEIF brands.
 * Everything here looks at bytes only; the file name never matters.
 */
import { boxes } from './image-size.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Names the executable format a file starts with, if any: Windows PE (`MZ`), ELF, Mach-O (both
 * byte orders, 32/64-bit, and universal binaries, which share `CAFEBABE` with Java classes) and
 * scripts with a `#!` line. These are refused whatever the declared name says.
 */
export function executableKind(bytes: Buffer): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0x4d && bytes[1] === 0x5a) return 'Windows executable';
  if (bytes.length < 4) return startsWithShebang(bytes) ? 'script' : undefined;
  const magic = bytes.readUInt32BE(0);
  if (magic === 0x7f454c46) return 'ELF executable';
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) {
    return 'Mach-O executable or Java class';
  }
  return startsWithShebang(bytes) ? 'script' : undefined;
}

function startsWithShebang(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
  return bytes[start] === 0x23 && bytes[start + 1] === 0x21; // "#!"
}

const DECODER = new TextDecoder('utf-8', { fatal: true });
// C0 controls except tab, LF and CR; DEL; C1 controls. Form feeds and escapes have no place in
// a letter or a note, and they are how terminal and log injection start.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Valid UTF-8 (with or without a byte order mark) and no control characters but tab, CR, LF. */
export function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return false;
  }
  return !FORBIDDEN_CONTROL.test(text);
}

// HEIF brands for HEVC-coded images (HEIC) and the generic image brands. AVIF shares the generic
// `mif1` brand but is not in DOC-1's list, so an `avif`/`avis` brand wins and refuses the file.
const HEVC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const GENERIC_BRANDS = new Set(['mif1', 'msf1']);
const OTHER_IMAGE_BRANDS = new Set(['avif', 'avis', 'avio']);

/** `image/heic`, `image/heif`, or undefined for any other ISO-BMFF file (MP4, MOV, AVIF…). */
export function heifMime(bytes: Buffer): 'image/heic' | 'image/heif' | undefined {
  const first = boxes(bytes, 0, Math.min(bytes.length, 4096)).next();
  if (first.done || first.value.type !== 'ftyp') return undefined;
  const { start, end } = first.value;
  if (end - start < 8) return undefined;
  const brands = [bytes.toString('latin1', start, start + 4)];
  // Major brand, minor version, then the compatible brands four bytes each.
  for (let pos = start + 8; pos + 4 <= end; pos += 4)
    brands.push(bytes.toString('latin1', pos, pos + 4));
  if (brands.some((brand) => OTHER_IMAGE_BRANDS.has(brand))) return undefined;
  if (brands.some((brand) => HEVC_BRANDS.has(brand))) return 'image/heic';
  if (brands.some((brand) => GENERIC_BRANDS.has(brand))) return 'image/heif';
  return undefined;
}
