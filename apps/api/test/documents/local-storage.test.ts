import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDocumentStorage } from '../../src/modules/documents/local-storage.js';
import {
  InvalidObjectKeyError,
  newObjectKey,
  OBJECT_KEY_PATTERN,
} from '../../src/modules/documents/storage.js';
import { storageContract } from './storage-contract.js';

const roots: string[] = [];
async function makeRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'entente-documents-'));
  roots.push(root);
  return root;
}
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

storageContract('local', async (maxBytes) => new LocalDocumentStorage(await makeRoot(), maxBytes));

describe('local storage specifics', () => {
  const caseId = randomUUID();

  it('writes <root>/<caseId>/<objectId>, readable by the owner only', async () => {
    const root = await makeRoot();
    const storage = new LocalDocumentStorage(root);
    const key = newObjectKey(caseId);
    await storage.put(key, Buffer.from('x'), { contentType: 'text/plain' });
    const info = await stat(join(root, key));
    expect(info.mode & 0o777).toBe(0o600);
    expect((await stat(join(root, caseId))).mode & 0o777).toBe(0o700);
  });

  it('leaves no temporary file when the upload stream fails half-way', async () => {
    const root = await makeRoot();
    const storage = new LocalDocumentStorage(root);
    const key = newObjectKey(caseId);
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put(key, failing, { contentType: 'text/plain' })).rejects.toThrow(
      'client went away',
    );
    expect(await storage.exists(key)).toBe(false);
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
  });

  it('replaces an object atomically: the old bytes until the new ones are complete', async () => {
    const storage = new LocalDocumentStorage(await makeRoot());
    const key = newObjectKey(caseId);
    await storage.put(key, Buffer.from('first'), { contentType: 'text/plain' });
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('sec');
        throw new Error('cut');
      })(),
    );
    await expect(storage.put(key, failing, { contentType: 'text/plain' })).rejects.toThrow();
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('first');
  });

  it('sweeps old temporary files left by a crash, and only those', async () => {
    const root = await makeRoot();
    const storage = new LocalDocumentStorage(root);
    await storage.put(newObjectKey(caseId), Buffer.from('x'), { contentType: 'text/plain' });
    const old = join(root, '.tmp', 'crashed.part');
    const fresh = join(root, '.tmp', 'uploading.part');
    await writeFile(old, 'half');
    await writeFile(fresh, 'half');
    await utimes(old, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await storage.sweepTemp(new Date(Date.now() - 3_600_000))).toBe(1);
    expect(await readdir(join(root, '.tmp'))).toEqual(['uploading.part']);
  });

  it('cannot be pointed outside its root by any key', async () => {
    const root = await makeRoot();
    const storage = new LocalDocumentStorage(join(root, 'documents'));
    await writeFile(join(root, 'secret.txt'), 'secret');
    await expect(storage.get('../secret.txt')).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(storage.exists(`${caseId}/../../secret.txt`)).rejects.toBeInstanceOf(
      InvalidObjectKeyError,
    );
  });
});

describe('object keys (SEC-19)', () => {
  const caseId = randomUUID();

  it('are server-generated UUID pairs', () => {
    const key = newObjectKey(caseId);
    expect(key).toMatch(OBJECT_KEY_PATTERN);
    expect(key.startsWith(`${caseId}/`)).toBe(true);
    expect(newObjectKey(caseId)).not.toBe(key);
  });

  it.each(['../../etc/passwd%00.pdf', 'OPC-1291252', caseId.toUpperCase(), `${caseId}/x`])(
    'cannot be made from the case id %j',
    (bad) => {
      expect(() => newObjectKey(bad)).toThrow(InvalidObjectKeyError);
    },
  );
});
