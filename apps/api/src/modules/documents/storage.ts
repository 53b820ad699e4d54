/**
 * The storage contract shared by the local-disk and S3-compatible drivers (DOC-1, SEC-19).
 *
 * Keys are always made here, never from a user's file name: `<caseId>/<uuid>`, both lowercase
 * UUIDs. Every driver checks the key against `OBJECT_KEY_PATTERN` before touching the disk or the
 * network, so even a bug upstream cannot turn `../../etc/passwd` into a path or a URL.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID_PATTERN = new RegExp(`^${UUID}$`);
export const OBJECT_KEY_PATTERN = new RegExp(`^(${UUID})/(${UUID})$`);

/** A safety net behind the 20 MB upload limit: no driver stores anything bigger. */
export const MAX_OBJECT_BYTES = 32 * 1024 * 1024;

export type PutOptions = {
  contentType: string;
  /** When given, a body of any other length is refused and nothing is stored. */
  size?: number;
};

export type StoredObject = { key: string; size: number; sha256: string };

export interface DocumentStorage {
  readonly kind: 'local' | 's3';
  /** Stores the whole body or nothing; overwrites an existing key (keys are unique UUIDs). */
  put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject>;
  /** Rejects with `ObjectNotFoundError` before any byte is streamed when the key is absent. */
  get(key: string): Promise<Readable>;
  /** Idempotent: deleting an absent key succeeds. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class InvalidObjectKeyError extends Error {
  constructor() {
    // The key itself is not echoed: it may be attacker-controlled text headed for a log.
    super('Invalid document storage key');
    this.name = 'InvalidObjectKeyError';
  }
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`Document ${key} not found in storage`);
    this.name = 'ObjectNotFoundError';
  }
}

/** A body that does not match its declared size or exceeds `MAX_OBJECT_BYTES`. */
export class ObjectSizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectSizeError';
  }
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A fresh key for a document of `caseId`; throws if `caseId` is not a lowercase UUID. */
export function newObjectKey(caseId: string): string {
  if (!UUID_PATTERN.test(caseId)) throw new InvalidObjectKeyError();
  return `${caseId}/${randomUUID()}`;
}

export function isObjectKey(key: unknown): key is string {
  return typeof key === 'string' && OBJECT_KEY_PATTERN.test(key);
}

/** Returns the key's two parts, or throws; drivers call this first in every method. */
export function parseObjectKey(key: unknown): { caseId: string; objectId: string } {
  const match = typeof key === 'string' ? OBJECT_KEY_PATTERN.exec(key) : null;
  if (!match) throw new InvalidObjectKeyError();
  return { caseId: match[1]!, objectId: match[2]! };
}

/**
 * Counts and hashes the bytes that flow through, and stops the stream as soon as it is longer
 * than allowed, so an endless body never fills the disk or the memory.
 */
export class HashingCounter extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new ObjectSizeError(`Document larger than ${this.maxBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function toReadable(body: Readable | Buffer): Readable {
  return Buffer.isBuffer(body) ? Readable.from([body]) : body;
}

/** Checks the declared size once the whole body has been seen. */
export function checkDeclaredSize(actual: number, declared: number | undefined): void {
  if (declared !== undefined && actual !== declared) {
    throw new ObjectSizeError(`Document is ${actual} bytes, ${declared} were declared`);
  }
}
