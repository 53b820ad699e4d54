/**
 * The S3 driver against an in-memory S3 behind an injected `fetch`: no network. The fake checks
 * what a real store checks: the SigV4 signature over the headers the request lists as signed,
 * and the body against `x-amz-content-sha256`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { S3DocumentStorage, type S3StorageConfig } from '../../src/modules/documents/s3-storage.js';
import { signRequest } from '../../src/modules/documents/sigv4.js';
import { newObjectKey, StorageError } from '../../src/modules/documents/storage.js';
import { storageContract } from './storage-contract.js';

const config: S3StorageConfig = {
  endpoint: 'http://minio.test:9000',
  region: 'eu-west-3',
  bucket: 'entente-documents',
  accessKeyId: 'ENTENTETESTKEY',
  secretAccessKey: 'test-secret-never-used-anywhere',
  forcePathStyle: true,
};

type Fake = { fetch: typeof fetch; objects: Map<string, Buffer>; requests: string[] };

function fakeS3(secret = config.secretAccessKey): Fake {
  const objects = new Map<string, Buffer>();
  const requests: string[] = [];
  const xml = (status: number, code: string) =>
    new Response(`<?xml version="1.0"?><Error><Code>${code}</Code></Error>`, { status });
  const fakeFetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const body = init.body ? Buffer.from(init.body as Uint8Array) : Buffer.alloc(0);
    requests.push(`${method} ${url.href}`);

    const auth = headers.get('authorization') ?? '';
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
    const unsigned = ['host', 'x-amz-date', 'x-amz-content-sha256'];
    const date = headers.get('x-amz-date') ?? '';
    const expected = signRequest(
      {
        method,
        url,
        headers: Object.fromEntries(
          signed.filter((n) => !unsigned.includes(n)).map((n) => [n, headers.get(n) ?? '']),
        ),
        payloadHash: headers.get('x-amz-content-sha256') ?? '',
        now: new Date(
          date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
        ),
      },
      { ...config, secretAccessKey: secret },
    );
    if (expected.authorization !== auth) return xml(403, 'SignatureDoesNotMatch');
    const hash = createHash('sha256').update(body).digest('hex');
    if (hash !== headers.get('x-amz-content-sha256')) return xml(400, 'XAmzContentSHA256Mismatch');

    const prefix = `/${config.bucket}/`;
    if (!url.pathname.startsWith(prefix)) return xml(404, 'NoSuchBucket');
    const key = url.pathname.slice(prefix.length);
    const stored = objects.get(key);
    switch (method) {
      case 'PUT':
        objects.set(key, body);
        return new Response(null, { status: 200 });
      case 'GET':
        return stored ? new Response(stored) : xml(404, 'NoSuchKey');
      case 'HEAD':
        return new Response(null, { status: stored ? 200 : 404 });
      case 'DELETE':
        objects.delete(key);
        return new Response(null, { status: 204 });
      default:
        return xml(405, 'MethodNotAllowed');
    }
  };
  return { fetch: fakeFetch as typeof fetch, objects, requests };
}

storageContract(
  's3',
  (maxBytes) => new S3DocumentStorage(config, { fetch: fakeS3().fetch, maxBytes }),
);

describe('S3 driver specifics', () => {
  const caseId = randomUUID();

  it('sends signed path-style requests and stores the exact bytes', async () => {
    const fake = fakeS3();
    const storage = new S3DocumentStorage(config, { fetch: fake.fetch });
    const key = newObjectKey(caseId);
    await storage.put(key, Buffer.from('hello'), { contentType: 'text/plain' });
    expect(fake.requests).toEqual([`PUT http://minio.test:9000/entente-documents/${key}`]);
    expect(fake.objects.get(key)?.toString()).toBe('hello');
  });

  it('builds virtual-hosted URLs by default, keeping an endpoint path prefix', () => {
    const key = newObjectKey(caseId);
    const aws = new S3DocumentStorage({
      ...config,
      endpoint: 'https://s3.eu-west-3.amazonaws.com',
      forcePathStyle: false,
    });
    expect(aws.urlOf(key).href).toBe(`https://entente-documents.s3.eu-west-3.amazonaws.com/${key}`);
    const proxied = new S3DocumentStorage({ ...config, endpoint: 'https://gw.example/s3/' });
    expect(proxied.urlOf(key).href).toBe(`https://gw.example/s3/entente-documents/${key}`);
  });

  it('reports a refused signature without leaking the secret', async () => {
    const storage = new S3DocumentStorage(config, { fetch: fakeS3('another-secret').fetch });
    const error = await storage
      .put(newObjectKey(caseId), Buffer.from('x'), { contentType: 'text/plain' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toContain('403 (SignatureDoesNotMatch)');
    expect((error as Error).message).not.toContain(config.secretAccessKey);
  });

  it('does not treat a 403 on HEAD as "absent"', async () => {
    const storage = new S3DocumentStorage(config, { fetch: fakeS3('another-secret').fetch });
    await expect(storage.exists(newObjectKey(caseId))).rejects.toBeInstanceOf(StorageError);
  });

  it('wraps network failures', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const storage = new S3DocumentStorage(config, { fetch: down });
    await expect(storage.get(newObjectKey(caseId))).rejects.toBeInstanceOf(StorageError);
  });
});
