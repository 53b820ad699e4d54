/**
 * SEC-21: removes a PNG's metadata chunks — eXIf (EXIF, GPS included), tEXt, zTXt and iTXt (free
 * text: author, software, XMP, comments) and tIME (last modification) — and anything after IEND.
 * Every other chunk is copied byte for byte with its CRC, so the image and its colour handling
 * (gAMA, iCCP, sRGB…) are unchanged and the result is still a valid PNG.
 */
const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
const METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** The PNG without its metadata chunks, or `null` when its chunks cannot be walked. */
export function stripPngMetadata(bytes: Buffer): Buffer | null {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) return null;
  const out: Buffer[] = [SIGNATURE];
  let pos = 8;
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return null;
    if (!METADATA_CHUNKS.has(type)) out.push(bytes.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  return null;
}
