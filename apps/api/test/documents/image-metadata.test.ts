/**
 * SEC-21: JPEG, PNG and WebP metadata removed by segment and chunk surgery, the image itself kept
 * byte for byte; structures that cannot be walked are reported, never half-stripped.
 */
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripImageMetadata } from '../../src/modules/documents/image-metadata.js';
import { inspectDocument } from '../../src/modules/documents/inspect.js';
import { stripJpegMetadata } from '../../src/modules/documents/jpeg-metadata.js';
import { stripPngMetadata } from '../../src/modules/documents/png-metadata.js';
import { stripWebpMetadata } from '../../src/modules/documents/webp-metadata.js';
import * as fx from './fixtures.js';
import {
  GPS_LATITUDE,
  jpegWithGps,
  pngChunk,
  pngWithText,
  webpWithExif,
} from './fixtures-metadata.js';

/** The JPEG's markers in order, scans skipped as the format says. */
function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = [];
  let pos = 2;
  while (pos < bytes.length) {
    const marker = bytes[pos + 1]!;
    markers.push(marker);
    if (marker === 0xd9) break;
    pos += 2 + bytes.readUInt16BE(pos + 2);
    if (marker === 0xda) {
      const isMarker = (at: number) => {
        const next = bytes[at + 1]!;
        return bytes[at] === 0xff && next !== 0 && next !== 0xff && (next < 0xd0 || next > 0xd7);
      };
      while (pos < bytes.length - 1 && !isMarker(pos)) pos += 1;
    }
  }
  return markers;
}

/** Every chunk of a PNG with its CRC checked. */
function pngChunks(bytes: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let pos = 8; pos < bytes.length;) {
    const length = bytes.readUInt32BE(pos);
    const typeAndData = bytes.subarray(pos + 4, pos + 8 + length);
    expect(bytes.readUInt32BE(pos + 8 + length)).toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.toString('latin1', 0, 4), data: typeAndData.subarray(4) });
    pos += 12 + length;
  }
  return chunks;
}

describe('JPEG (SEC-21)', () => {
  it('removes EXIF with its GPS IFD, XMP, IPTC, comments and the trailer; keeps the image', () => {
    const original = jpegWithGps(16, 16);
    expect(jpegMarkers(original)).toEqual([
      0xe1, 0xe0, 0xe1, 0xed, 0xfe, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9,
    ]);
    const stripped = stripJpegMetadata(original)!;
    expect(jpegMarkers(stripped)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9]);
    expect(stripped.includes('Exif')).toBe(false);
    expect(stripped.includes(GPS_LATITUDE)).toBe(false);
    expect(stripped.includes(Buffer.from([0x88, 0x25]))).toBe(false); // the GPS IFD tag
    expect(stripped.includes('xmpmeta')).toBe(false);
    expect(stripped.includes('Sherbrooke')).toBe(false);
    expect(stripped.equals(fx.jpeg(16, 16))).toBe(true);
    expect(inspectDocument(stripped, 'photo.jpg')).toMatchObject({
      ok: true,
      type: 'jpeg',
      dimensions: { width: 16, height: 16 },
    });
  });

  it('keeps ICC profiles and Adobe colour data, drops other APPn', () => {
    const image = fx.jpeg(8, 8);
    const seg = (marker: number, text: string) => {
      const payload = Buffer.from(text, 'latin1');
      return Buffer.concat([Buffer.from([0xff, marker, 0, payload.length + 2]), payload]);
    };
    const withApps = Buffer.concat([
      image.subarray(0, 20),
      seg(0xe2, 'ICC_PROFILE\0\x01\x01profile'),
      seg(0xe2, 'FPXR\0flashpix'),
      seg(0xeb, 'JP\0\0jumbf'),
      seg(0xee, 'Adobe\0d\0\0\0\0\x01'),
      image.subarray(20),
    ]);
    const stripped = stripJpegMetadata(withApps)!;
    expect(stripped.includes('ICC_PROFILE')).toBe(true);
    expect(stripped.includes('Adobe')).toBe(true);
    expect(stripped.includes('FPXR')).toBe(false);
    expect(stripped.includes('jumbf')).toBe(false);
  });

  it('walks scans: restart markers and stuffed bytes stay, a segment after the scan is seen', () => {
    const image = fx.jpeg(8, 8);
    const eoi = image.length - 2;
    const scanData = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x05, 0x61, 0x62, 0x63]);
    const input = Buffer.concat([image.subarray(0, eoi), scanData, comment, image.subarray(eoi)]);
    const stripped = stripJpegMetadata(input)!;
    expect(
      stripped.equals(Buffer.concat([image.subarray(0, eoi), scanData, image.subarray(eoi)])),
    ).toBe(true);
  });

  it('reports a structure it cannot walk', () => {
    const image = fx.jpeg(8, 8);
    expect(stripJpegMetadata(image.subarray(0, 10))).toBeNull(); // segment cut short
    expect(stripJpegMetadata(Buffer.from([0xff, 0xd8, 0x00, 0x00]))).toBeNull();
  });
});

describe('PNG (SEC-21)', () => {
  it('removes tEXt, iTXt, zTXt, tIME and eXIf; the rest keeps its CRCs and still decodes', () => {
    const original = pngWithText(8, 8);
    expect(pngChunks(original).map((c) => c.type)).toEqual([
      'IHDR',
      'tEXt',
      'iTXt',
      'zTXt',
      'tIME',
      'eXIf',
      'gAMA',
      'IDAT',
      'IEND',
    ]);
    const stripped = stripPngMetadata(original)!;
    const chunks = pngChunks(stripped);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'gAMA', 'IDAT', 'IEND']);
    expect(inflateSync(chunks[2]!.data).length).toBe(8 * (8 + 1));
    expect(stripped.includes('Jeanne')).toBe(false);
    expect(stripped.includes(GPS_LATITUDE)).toBe(false);
    const plain = fx.png(8, 8);
    const gama = pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]));
    expect(stripped.equals(Buffer.concat([plain.subarray(0, 33), gama, plain.subarray(33)]))).toBe(
      true,
    );
  });

  it('drops bytes after IEND and reports truncated chunks', () => {
    const plain = fx.png(4, 4);
    expect(stripPngMetadata(Buffer.concat([plain, Buffer.from('PK\x05\x06')]))!.equals(plain)).toBe(
      true,
    );
    expect(stripPngMetadata(plain.subarray(0, plain.length - 20))).toBeNull();
  });
});

describe('WebP (SEC-21)', () => {
  it('removes EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    const stripped = stripWebpMetadata(webpWithExif())!;
    expect(stripped.includes('EXIF')).toBe(false);
    expect(stripped.includes('XMP ')).toBe(false);
    expect(stripped.includes(GPS_LATITUDE)).toBe(false);
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
    expect(stripped.toString('latin1', 12, 16)).toBe('VP8X');
    expect(stripped[20]).toBe(0x10); // alpha stays, EXIF and XMP flags cleared
    expect(inspectDocument(stripped, 'photo.webp')).toMatchObject({ ok: true, type: 'webp' });
  });
});

describe('which types are stripped (SEC-21)', () => {
  it('passes PDFs and text through untouched and reports an unwalkable image', () => {
    const pdf = fx.pdf();
    expect(stripImageMetadata('pdf', pdf)).toEqual({ ok: true, bytes: pdf });
    expect(stripImageMetadata('png', Buffer.from('not a png'))).toEqual({ ok: false });
  });
});
