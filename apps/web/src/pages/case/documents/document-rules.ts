/**
 * DOC-1's limits as the browser can check them before sending: a file over 20 MiB is refused at
 * once (the server would refuse it too, after receiving all of it). The type is only ever proven
 * by the server, from the content.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LocalRefusal = 'missing' | 'tooLarge' | 'empty';

export function localRefusal(file: { size: number } | undefined): LocalRefusal | null {
  if (!file) return 'missing';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'tooLarge';
  return null;
}

/** SEC-18: only a document the malware scan called clean may be downloaded. */
export type ScanStatus = 'pending' | 'clean' | 'infected';

export function downloadable(doc: { scanStatus?: ScanStatus | undefined }): boolean {
  return doc.scanStatus === undefined || doc.scanStatus === 'clean';
}

/** Kilobytes for the list (at least 1). */
export function sizeInKb(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}
