/**
 * SEC-21: images lose their metadata (EXIF with GPS position, XMP, IPTC, comments, text chunks)
 * before they are stored, so the stored SHA-256 and size describe the file people download.
 * Pure TypeScript, segment and chunk surgery only: nothing is decoded or re-encoded.
 * HEIC is stored as received: its EXIF item is addressed by offsets (`iloc`) that would all have
 * to be rewritten (ADR 0009).
 */
import type { DocumentType } from './inspect.js';
import { stripJpegMetadata } from './jpeg-metadata.js';
import { stripPngMetadata } from './png-metadata.js';
import { stripWebpMetadata } from './webp-metadata.js';

export type Stripped = { ok: true; bytes: Buffer } | { ok: false };

const STRIPPERS: Partial<Record<DocumentType, (bytes: Buffer) => Buffer | null>> = {
  jpeg: stripJpegMetadata,
  png: stripPngMetadata,
  webp: stripWebpMetadata,
};

/** The bytes to store: stripped for JPEG, PNG and WebP, unchanged for other types. */
export function stripImageMetadata(type: DocumentType, bytes: Buffer): Stripped {
  const strip = STRIPPERS[type];
  if (!strip) return { ok: true, bytes };
  const stripped = strip(bytes);
  return stripped ? { ok: true, bytes: stripped } : { ok: false };
}
