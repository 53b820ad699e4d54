/**
 * Image dimensions read from headers only (SEC-21 pixel flood): a 30,000 × 30,000 PNG is a few
 * hundred bytes on the wire and gigabytes once decoded, so it is refused before any decoder,
 * thumbnailer or re-encoder sees it. Each reader returns undefined when the header is not where
 * the format says it must be; the caller treats that as a damaged file.
 */
export type Dimensions = { width: number; height: number };

export function pngSize(bytes: Buffer): Dimensions | undefined {
  // Signature (8), then IHDR must be the first chunk: length 13, type, width, height.
  if (bytes.length < 24 || bytes.readUInt32BE(8) !== 13) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return valid(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
}

/** Walks the marker segments up to the first SOFn frame header. */
export function jpegSize(bytes: Buffer): Dimensions | undefined {
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      pos += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // image data before any frame
    const length = bytes.readUInt16BE(pos + 2);
    if (length < 2) return undefined;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (pos + 9 > bytes.length) return undefined;
      return valid(bytes.readUInt16BE(pos + 7), bytes.readUInt16BE(pos + 5));
    }
    pos += 2 + length;
  }
  return undefined;
}

export function webpSize(bytes: Buffer): Dimensions | undefined {
  if (bytes.length < 30) return undefined;
  switch (bytes.toString('latin1', 12, 16)) {
    case 'VP8 ': // lossy: key frame start code, then 14-bit width and height
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
      return valid(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
    case 'VP8L': {
      // lossless: signature byte, then width-1 and height-1 on 14 bits each
      if (bytes[20] !== 0x2f) return undefined;
      const bits = bytes.readUInt32LE(21);
      return valid((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    case 'VP8X': // extended: canvas width-1 and height-1 on 24 bits each
      return valid(bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
    default:
      return undefined;
  }
}

/**
 * HEIF/HEIC: the largest `ispe` (image spatial extent) property in `meta/iprp/ipco`. A tiled
 * photo has one small `ispe` per tile and one for the whole grid; the grid's is the largest.
 */
export function heifSize(bytes: Buffer): Dimensions | undefined {
  const meta = findBox(bytes, 0, bytes.length, 'meta');
  // `meta` is a full box: 4 bytes of version and flags before its children.
  const iprp = meta && findBox(bytes, meta.start + 4, meta.end, 'iprp');
  const ipco = iprp && findBox(bytes, iprp.start, iprp.end, 'ipco');
  if (!ipco) return undefined;
  let largest: Dimensions | undefined;
  for (const box of boxes(bytes, ipco.start, ipco.end)) {
    if (box.type !== 'ispe' || box.end - box.start < 12) continue;
    const size = valid(bytes.readUInt32BE(box.start + 4), bytes.readUInt32BE(box.start + 8));
    if (!size) return undefined;
    if (!largest || size.width * size.height > largest.width * largest.height) largest = size;
  }
  return largest;
}

type Box = { type: string; start: number; end: number };

/** ISO-BMFF boxes between two offsets; stops at the first box that does not fit. */
export function* boxes(bytes: Buffer, from: number, to: number): Generator<Box> {
  let pos = from;
  while (pos + 8 <= to) {
    let size = bytes.readUInt32BE(pos);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > to) return;
      size = Number(bytes.readBigUInt64BE(pos + 8));
      header = 16;
    } else if (size === 0) {
      size = to - pos; // extends to the end
    }
    if (size < header || pos + size > to) return;
    yield {
      type: bytes.toString('latin1', pos + 4, pos + 8),
      start: pos + header,
      end: pos + size,
    };
    pos += size;
  }
}

function findBox(bytes: Buffer, from: number, to: number, type: string): Box | undefined {
  for (const box of boxes(bytes, from, to)) if (box.type === type) return box;
  return undefined;
}

function valid(width: number, height: number): Dimensions | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined;
}
