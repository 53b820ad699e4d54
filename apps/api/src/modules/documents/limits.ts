/**
 * Upload limits (DOC-1, SEC-17, SEC-21), in one place so the routes, the multipart settings and
 * the messages quote the same numbers. Sizes are binary: "20 Mo" is 20 × 1024 × 1024 bytes, the
 * larger reading, so a file the user's computer shows as "20 MB" is never refused.
 */
const MiB = 1024 * 1024;

export const DOCUMENT_LIMITS = {
  /** DOC-1 and SEC-17: per file. Give it (plus one) to @fastify/multipart as `fileSize`. */
  maxFileBytes: 20 * MiB,
  /** DOC-1 says 200 MB per case; SEC-17 says 100 MB. The SPEC wins (ADR 0007). */
  maxCaseBytes: 200 * MiB,
  /** SEC-17. */
  maxCaseFiles: 50,
  /** SEC-21 pixel flood: 2^26 ≈ 67 megapixels lets a 50 MP phone photo (8192 × 6144) through. */
  maxImagePixels: 2 ** 26,
  /** SEC-17 zip-type limits for DOCX and ODT, read from the central directory before unpacking. */
  zip: {
    maxEntries: 1000,
    maxTotalUncompressedBytes: 100 * MiB,
    /** Whole archive: uncompressed total / file size. */
    maxRatio: 100,
    /** Each entry too. */
    maxEntryRatio: 100,
    /** Ratios are checked above this many uncompressed bytes only: small XML compresses 300:1. */
    ratioFloorBytes: 1 * MiB,
  },
} as const;

export type CaseUsage = { files: number; bytes: number };

export type QuotaResult =
  { ok: true } | { ok: false; reason: 'case_file_limit' | 'case_size_limit' };

/**
 * Whether one more document of `incomingBytes` fits in the case. The caller counts what the
 * parties added (not the platform's own agreements and reports) inside the same transaction that
 * records the new document, so two parallel uploads cannot both take the last place.
 */
export function checkCaseQuota(
  usage: CaseUsage,
  incomingBytes: number,
  limits: { maxCaseFiles: number; maxCaseBytes: number } = DOCUMENT_LIMITS,
): QuotaResult {
  if (usage.files + 1 > limits.maxCaseFiles) return { ok: false, reason: 'case_file_limit' };
  if (usage.bytes + incomingBytes > limits.maxCaseBytes) {
    return { ok: false, reason: 'case_size_limit' };
  }
  return { ok: true };
}
