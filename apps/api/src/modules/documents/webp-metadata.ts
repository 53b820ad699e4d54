/**
 * SEC-21: removes a WebP's `EXIF` and `XMP ` chunks, clears the matching flags of its VP8X header
 * and fixes the RIFF size. Image chunks (VP8, VP8L, ALPH, ANIM/ANMF) and ICCP are kept as they are.
 */
const METADATA_CHUNKS = new Set(['EXIF', 'XMP ']);
/** VP8X flags byte: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02. */
const EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

/** The WebP without its metadata chunks, or `null` when its chunks cannot be walked. */
export function stripWebpMetadata(bytes: Buffer): Buffer | null {
  if (
    bytes.length < 20 ||
    bytes.toString('latin1', 0, 4) !== 'RIFF' ||
    bytes.toString('latin1', 8, 12) !== 'WEBP'
  ) {
    return null;
  }
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  const out: Buffer[] = [Buffer.from(bytes.subarray(0, 12))];
  let pos = 12;
  while (pos + 8 <= riffEnd) {
    const fourcc = bytes.toString('latin1', pos, pos + 4);
    const size = bytes.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size % 2);
    if (end > riffEnd + (size % 2)) return null;
    if (!METADATA_CHUNKS.has(fourcc)) {
      const chunk = Buffer.from(bytes.subarray(pos, Math.min(end, bytes.length)));
      if (fourcc === 'VP8X' && size >= 1) chunk[8] = chunk[8]! & ~EXIF_AND_XMP_FLAGS;
      out.push(chunk);
    }
    pos = end;
  }
  const result = Buffer.concat(out);
  result.writeUInt32LE(result.length - 8, 4);
  return result;
}
