/**
 * SEC-21: removes what a JPEG says about where and by whom it was taken, without decoding it.
 * The file is walked segment by segment, entropy-coded scans copied as they are, and only the
 * application segments a viewer needs are kept:
 * - APP0 (JFIF), APP2 when it is an ICC colour profile, APP14 when it is Adobe's colour transform;
 * - every other APPn goes: APP1 (EXIF with its GPS IFD, XMP), APP13 (IPTC/Photoshop), APP3–APP12
 *   and APP15 (maker data, JUMBF/C2PA manifests, FlashPix…), and COM comments;
 * - bytes after EOI (phone "trailers", appended videos) go too.
 * The image data is untouched, so the picture is the same, but the EXIF orientation tag goes with
 * APP1: a photo taken sideways may then show sideways (ADR 0009).
 */
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;

const ICC_PROFILE = Buffer.from('ICC_PROFILE\0', 'latin1');
const ADOBE = Buffer.from('Adobe', 'latin1');

/** Markers without a length: TEM and the restart markers. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

function keepSegment(marker: number, payload: Buffer): boolean {
  if (marker === COM) return false;
  if (marker < APP0 || marker > APP15) return true;
  if (marker === APP0) return true;
  if (marker === APP2) return payload.subarray(0, ICC_PROFILE.length).equals(ICC_PROFILE);
  if (marker === APP14) return payload.subarray(0, ADOBE.length).equals(ADOBE);
  return false;
}

/** Where the entropy-coded data after a SOS header ends: the next marker that is not data. */
function endOfScan(bytes: Buffer, from: number): number {
  for (let i = from; i < bytes.length - 1; i += 1) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    // FF00 is an escaped data byte, FFD0–FFD7 restart markers inside the scan, FFFF fill.
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return i;
  }
  return bytes.length;
}

/** The JPEG without its metadata segments, or `null` when its structure cannot be walked. */
export function stripJpegMetadata(bytes: Buffer): Buffer | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const out: Buffer[] = [bytes.subarray(0, 2)];
  let pos = 2;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    let m = pos + 1;
    while (m < bytes.length && bytes[m] === 0xff) m += 1; // fill bytes before a marker
    if (m >= bytes.length) return null;
    const marker = bytes[m]!;
    if (marker === EOI) {
      out.push(Buffer.from([0xff, EOI]));
      return Buffer.concat(out);
    }
    if (standalone(marker)) {
      out.push(Buffer.from([0xff, marker]));
      pos = m + 1;
      continue;
    }
    if (m + 3 > bytes.length) return null;
    const length = bytes.readUInt16BE(m + 1);
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length) return null;
    if (keepSegment(marker, bytes.subarray(m + 3, end))) {
      out.push(Buffer.from([0xff, marker]), bytes.subarray(m + 1, end));
    }
    pos = end;
    if (marker === SOS) {
      const scanEnd = endOfScan(bytes, pos);
      out.push(bytes.subarray(pos, scanEnd));
      pos = scanEnd;
      // A file cut short after its scan (no EOI) is still an image viewers show: keep it so.
      if (pos >= bytes.length - 1) return Buffer.concat(out);
    }
  }
  return Buffer.concat(out);
}
