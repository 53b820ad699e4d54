/**
 * Documents in S3-compatible object storage (AWS S3, MinIO, Scaleway, OVH, Garage…) through
 * plain `fetch` and our SigV4 signer: four operations do not justify an SDK.
 *
 * Uploads are buffered (at most `MAX_OBJECT_BYTES`, and in practice the 20 MB upload limit) so
 * the real SHA-256 of the body is signed in `x-amz-content-sha256`: the store refuses a body that
 * changed on the way, and we return the same hash the local driver does.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { signRequest, EMPTY_PAYLOAD_HASH, type SigV4Credentials } from './sigv4.js';
import {
  checkDeclaredSize,
  HashingCounter,
  MAX_OBJECT_BYTES,
  ObjectNotFoundError,
  parseObjectKey,
  StorageError,
  toReadable,
  type DocumentStorage,
  type PutOptions,
  type StoredObject,
} from './storage.js';

export type S3StorageConfig = {
  /** e.g. `https://s3.fr-par.scw.cloud` or `http://minio:9000`. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted stores) instead of `bucket.endpoint/key`. */
  forcePathStyle: boolean;
};

export type S3StorageOptions = {
  /** Injected by tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  now?: () => Date;
  maxBytes?: number;
  /** Time allowed until the response headers arrive; a slow download is not cut short. */
  timeoutMs?: number;
};

type Method = 'PUT' | 'GET' | 'HEAD' | 'DELETE';

export class S3DocumentStorage implements DocumentStorage {
  readonly kind = 's3';
  private readonly credentials: SigV4Credentials;
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly config: S3StorageConfig,
    options: S3StorageOptions = {},
  ) {
    this.credentials = {
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
    };
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? (() => new Date());
    this.maxBytes = options.maxBytes ?? MAX_OBJECT_BYTES;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject> {
    parseObjectKey(key);
    const counter = new HashingCounter(this.maxBytes);
    const chunks: Buffer[] = [];
    for await (const chunk of toReadable(body).pipe(counter)) chunks.push(chunk as Buffer);
    checkDeclaredSize(counter.size, options.size);
    const sha256 = counter.digest();
    const response = await this.send('PUT', key, sha256, {
      body: Buffer.concat(chunks),
      headers: { 'content-type': options.contentType },
    });
    if (!response.ok) throw await failure('store', response);
    await response.body?.cancel();
    return { key, size: counter.size, sha256 };
  }

  async get(key: string): Promise<Readable> {
    parseObjectKey(key);
    const response = await this.send('GET', key, EMPTY_PAYLOAD_HASH);
    if (response.status === 404) {
      await response.body?.cancel();
      throw new ObjectNotFoundError(key);
    }
    if (!response.ok || !response.body) throw await failure('read', response);
    return Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  }

  async delete(key: string): Promise<void> {
    parseObjectKey(key);
    const response = await this.send('DELETE', key, EMPTY_PAYLOAD_HASH);
    // S3 answers 204 whether or not the key existed; some compatible stores answer 404.
    if (!response.ok && response.status !== 404) throw await failure('delete', response);
    await response.body?.cancel();
  }

  async exists(key: string): Promise<boolean> {
    parseObjectKey(key);
    // HEAD responses have no body, so there is nothing to drain.
    const response = await this.send('HEAD', key, EMPTY_PAYLOAD_HASH);
    if (response.status === 404) return false;
    // Without s3:ListBucket, AWS answers 403 for a missing key: that is a configuration error.
    if (!response.ok) throw await failure('check', response);
    return true;
  }

  /** The object's URL; exported for tests. The key has been validated by the caller. */
  urlOf(key: string): URL {
    const endpoint = new URL(this.config.endpoint);
    const base = endpoint.pathname.replace(/\/+$/, '');
    if (this.config.forcePathStyle) {
      endpoint.pathname = `${base}/${this.config.bucket}/${key}`;
    } else {
      endpoint.hostname = `${this.config.bucket}.${endpoint.hostname}`;
      endpoint.pathname = `${base}/${key}`;
    }
    return endpoint;
  }

  private async send(
    method: Method,
    key: string,
    payloadHash: string,
    extra: { body?: Buffer; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const url = this.urlOf(key);
    const headers = signRequest(
      { method, url, headers: extra.headers, payloadHash, now: this.now() },
      this.credentials,
    );
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await this.fetch(url, {
        method,
        headers,
        body: extra.body,
        signal: controller.signal,
        redirect: 'error',
      });
    } catch (error) {
      throw new StorageError(`Object storage unreachable (${method})`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A short, secret-free error: the status and the S3 error code, never the request headers. */
async function failure(action: string, response: Response): Promise<StorageError> {
  const text = await response.text().catch(() => '');
  const code = /<Code>([^<]{1,64})<\/Code>/.exec(text)?.[1] ?? 'no error code';
  return new StorageError(
    `Object storage could not ${action} the document: ${response.status} (${code})`,
  );
}
