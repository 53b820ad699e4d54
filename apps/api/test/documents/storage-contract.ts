/**
 * The behaviour every `DocumentStorage` driver must share. Run against the local driver and
 * against the S3 driver talking to an in-memory S3 (test/documents/s3-storage.test.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import {
  InvalidObjectKeyError,
  newObjectKey,
  ObjectNotFoundError,
  ObjectSizeError,
  type DocumentStorage,
} from '../../src/modules/documents/storage.js';

const caseId = randomUUID();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export const TRAVERSAL_KEYS = [
  '../../etc/passwd',
  `${caseId}/../../etc/passwd`,
  `${caseId}/${randomUUID()}/../x`,
  `../${randomUUID()}`,
  `/${caseId}/${randomUUID()}`,
  `${caseId}/${randomUUID()}/`,
  `${caseId}\\${randomUUID()}`,
  `${caseId}/${randomUUID().toUpperCase()}`,
  `${caseId}/${randomUUID()}\0.pdf`,
  `${caseId}/%2e%2e`,
  caseId,
  '',
];

/** `make` gets a cap on the object size so the oversize case runs fast. */
export function storageContract(
  name: string,
  make: (maxBytes: number) => DocumentStorage | Promise<DocumentStorage>,
): void {
  describe(`${name}: DocumentStorage contract`, () => {
    it('round-trips a Buffer with its size and SHA-256', async () => {
      const storage = await make(1024 * 1024);
      const key = newObjectKey(caseId);
      const body = Buffer.from('%PDF-1.7\nFacture n° 42\n%%EOF\n');
      const stored = await storage.put(key, body, { contentType: 'application/pdf' });
      expect(stored).toEqual({ key, size: body.length, sha256: sha256(body) });
      expect(await storage.exists(key)).toBe(true);
      expect(await buffer(await storage.get(key))).toEqual(body);
    });

    it('stores a stream in chunks and checks the declared size', async () => {
      const storage = await make(1024 * 1024);
      const key = newObjectKey(caseId);
      const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(1000, i));
      const body = Buffer.concat(chunks);
      const stored = await storage.put(key, Readable.from(chunks), {
        contentType: 'image/png',
        size: body.length,
      });
      expect(stored.sha256).toBe(sha256(body));
      expect(await buffer(await storage.get(key))).toEqual(body);
    });

    it('deletes, idempotently, and reports absent keys', async () => {
      const storage = await make(1024);
      const key = newObjectKey(caseId);
      await storage.put(key, Buffer.from('x'), { contentType: 'text/plain' });
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      await expect(storage.delete(key)).resolves.toBeUndefined();
      await expect(storage.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
    });

    it('stores nothing when the body is not the declared size', async () => {
      const storage = await make(1024);
      const key = newObjectKey(caseId);
      const put = storage.put(key, Buffer.from('abc'), { contentType: 'text/plain', size: 4 });
      await expect(put).rejects.toBeInstanceOf(ObjectSizeError);
      expect(await storage.exists(key)).toBe(false);
    });

    it('stores nothing when the body is larger than the cap', async () => {
      const storage = await make(1024);
      const key = newObjectKey(caseId);
      const chunks = Array.from({ length: 10 }, () => Buffer.alloc(200));
      const put = storage.put(key, Readable.from(chunks), { contentType: 'text/plain' });
      await expect(put).rejects.toBeInstanceOf(ObjectSizeError);
      expect(await storage.exists(key)).toBe(false);
    });

    it.each(TRAVERSAL_KEYS)('rejects the key %j in every method', async (key) => {
      const storage = await make(1024);
      const body = Buffer.from('x');
      await expect(storage.put(key, body, { contentType: 'text/plain' })).rejects.toBeInstanceOf(
        InvalidObjectKeyError,
      );
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
    });
  });
}
