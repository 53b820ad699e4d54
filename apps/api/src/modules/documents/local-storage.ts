/**
 * Documents on the local disk, under a root outside the web root (default `$DATA_DIR/documents`).
 *
 * Layout: `<root>/<caseId>/<objectId>`, both parts checked UUIDs, so no user text ever reaches a
 * path (SEC-19). Uploads are written to `<root>/.tmp/` first, flushed, then renamed into place:
 * a reader sees the whole file or nothing, and a crash leaves only a `.part` file that no key can
 * name and `sweepTemp` removes.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

const TEMP_DIR = '.tmp';

export class LocalDocumentStorage implements DocumentStorage {
  readonly kind = 'local';
  readonly root: string;
  private readonly tempDir: string;

  constructor(
    root: string,
    private readonly maxBytes = MAX_OBJECT_BYTES,
  ) {
    this.root = resolve(root);
    this.tempDir = join(this.root, TEMP_DIR);
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject> {
    const target = this.pathOf(key);
    const caseDir = join(target, '..');
    await mkdir(this.tempDir, { recursive: true, mode: 0o700 });
    await mkdir(caseDir, { recursive: true, mode: 0o700 });
    const temp = join(this.tempDir, `${randomUUID()}.part`);
    const counter = new HashingCounter(this.maxBytes);
    let handle: FileHandle | undefined;
    let renamed = false;
    try {
      handle = await open(temp, 'wx', 0o600);
      const file = handle;
      await pipeline(toReadable(body), counter, async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) await file.write(chunk);
      });
      checkDeclaredSize(counter.size, options.size);
      // Flushed before the rename, so the name never points at a half-written file.
      await file.sync();
      await file.close();
      handle = undefined;
      await rename(temp, target);
      renamed = true;
      await syncDirectory(caseDir);
      return { key, size: counter.size, sha256: counter.digest() };
    } finally {
      await handle?.close().catch(() => undefined);
      if (!renamed) await unlink(temp).catch(() => undefined);
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      // Opened here, not lazily by the stream, so "not found" is an error the route can map.
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isNotFound(error)) throw new ObjectNotFoundError(key);
      throw new StorageError('Could not read document', { cause: error });
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    try {
      await unlink(path);
    } catch (error) {
      if (!isNotFound(error)) throw new StorageError('Could not delete document', { cause: error });
    }
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    try {
      return (await stat(path)).isFile();
    } catch (error) {
      if (isNotFound(error)) return false;
      throw new StorageError('Could not check document', { cause: error });
    }
  }

  /** Removes upload leftovers older than `olderThan` (a crash between write and rename). */
  async sweepTemp(olderThan: Date): Promise<number> {
    let removed = 0;
    const names = await readdir(this.tempDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.tempDir, name);
      const info = await stat(path).catch(() => undefined);
      if (
        info &&
        info.mtime < olderThan &&
        (await unlink(path).then(
          () => true,
          () => false,
        ))
      ) {
        removed += 1;
      }
    }
    return removed;
  }

  private pathOf(key: string): string {
    const { caseId, objectId } = parseObjectKey(key);
    const path = join(this.root, caseId, objectId);
    // Unreachable with a valid key; kept so a future change to the key pattern cannot escape.
    if (!path.startsWith(this.root + sep)) throw new StorageError('Key outside storage root');
    return path;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Makes the rename itself durable; some file systems refuse to open a directory, hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
