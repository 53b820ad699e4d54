/**
 * SEC-21 fixtures: real images from `fixtures.ts` with the metadata a phone or an editor adds —
 * EXIF with a GPS IFD, XMP, IPTC, comments, PNG text chunks, WebP EXIF/XMP chunks.
 */
import { crc32 } from 'node:zlib';
import { jpeg, png, webp } from './fixtures.js';

/** Montréal's latitude as EXIF rationals (45° 30′ 32.4″), easy to look for in the bytes. */
export const GPS_LATITUDE = Buffer.from([0, 0, 0, 45, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1]);

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * `Exif\0\0` + a big-endian TIFF: IFD0 has one entry, the GPS IFD pointer (tag 0x8825); the GPS
 * IFD has GPSLatitudeRef "N" and GPSLatitude (three rationals stored after it).
 */
export function exifWithGps(): Buffer {
  const tiff = Buffer.alloc(80);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 offset
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x8825, 10); // GPSInfo IFD pointer
  tiff.writeUInt16BE(4, 12); // LONG
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18); // GPS IFD at 26
  tiff.writeUInt32BE(0, 22); // no next IFD
  tiff.writeUInt16BE(2, 26); // two GPS entries
  tiff.writeUInt16BE(0x0001, 28); // GPSLatitudeRef
  tiff.writeUInt16BE(2, 30); // ASCII
  tiff.writeUInt32BE(2, 32);
  tiff.write('N\0', 36, 'latin1');
  tiff.writeUInt16BE(0x0002, 40); // GPSLatitude
  tiff.writeUInt16BE(5, 42); // RATIONAL
  tiff.writeUInt32BE(3, 44);
  tiff.writeUInt32BE(56, 48); // values at 56
  tiff.writeUInt32BE(0, 52); // no next IFD
  GPS_LATITUDE.copy(tiff, 56);
  tiff.writeUInt32BE(324, 72);
  tiff.writeUInt32BE(10, 76); // 32.4″
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** The fixture JPEG with EXIF+GPS, XMP, IPTC and a comment around its JFIF header. */
export function jpegWithGps(width = 16, height = 16): Buffer {
  const image = jpeg(width, height);
  const xmp = Buffer.from(
    'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>45,30.54N</exif:GPSLatitude></x:xmpmeta>',
    'latin1',
  );
  const iptc = Buffer.from('Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x0cby Jeanne D.', 'latin1');
  return Buffer.concat([
    image.subarray(0, 2),
    jpegSegment(0xe1, exifWithGps()),
    image.subarray(2, 20), // JFIF APP0 (18 bytes)
    jpegSegment(0xe1, xmp),
    jpegSegment(0xed, iptc),
    jpegSegment(0xfe, Buffer.from('Taken at 1234 rue Sherbrooke', 'latin1')),
    image.subarray(20),
    Buffer.from('trailer after EOI', 'latin1'),
  ]);
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The fixture PNG with tEXt, iTXt, zTXt, tIME and eXIf chunks after its IHDR. */
export function pngWithText(width = 8, height = 8): Buffer {
  const image = png(width, height);
  const afterIhdr = 8 + 25;
  return Buffer.concat([
    image.subarray(0, afterIhdr),
    pngChunk('tEXt', Buffer.from('Author\0Jeanne Dupont', 'latin1')),
    pngChunk('iTXt', Buffer.from('Comment\0\0\0fr\0\0Chez moi', 'utf8')),
    pngChunk('zTXt', Buffer.from('Location\0\0x', 'latin1')),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 3, 10, 14, 0, 0])),
    pngChunk('eXIf', exifWithGps().subarray(6)),
    pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
    image.subarray(afterIhdr),
  ]);
}

/** The 1×1 WebP as an extended file: VP8X announcing EXIF and XMP, then both chunks. */
export function webpWithExif(): Buffer {
  const simple = webp();
  const riffChunk = (fourcc: string, payload: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(fourcc, 0, 'latin1');
    head.writeUInt32LE(payload.length, 4);
    return Buffer.concat([head, payload, Buffer.alloc(payload.length % 2)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04 | 0x10; // EXIF, XMP, alpha
  const body = Buffer.concat([
    riffChunk('VP8X', vp8x),
    simple.subarray(12), // the VP8L chunk
    riffChunk('EXIF', exifWithGps().subarray(6)),
    riffChunk('XMP ', Buffer.from('<x:xmpmeta>GPS</x:xmpmeta>', 'latin1')),
  ]);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + body.length, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}
