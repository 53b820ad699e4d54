/**
 * Objects written to document storage during one transaction attempt. Storage is not
 * transactional: when the attempt fails (a refusal, a journal clash that will be retried, a
 * failed commit), what it stored is deleted so that no file is left without its row.
 */
import type { DocumentStorage } from '../documents/storage.js';

export class StoredObjects {
  readonly #keys: string[] = [];

  track(key: string): void {
    this.#keys.push(key);
  }

  get keys(): readonly string[] {
    return this.#keys;
  }

  /** Best effort: a delete that fails leaves an orphan file, never a wrong row. */
  async discard(storage: DocumentStorage): Promise<void> {
    const keys = this.#keys.splice(0);
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
  }
}

/**
 * Runs one transaction attempt with its own tracker; deletes what it stored if it throws or
 * answers a refusal (`ok: false`).
 */
export async function withStoredObjects<T>(
  storage: DocumentStorage,
  attempt: (objects: StoredObjects) => Promise<T>,
): Promise<T> {
  const objects = new StoredObjects();
  let result: T;
  try {
    result = await attempt(objects);
  } catch (error) {
    await objects.discard(storage);
    throw error;
  }
  if ((result as { ok?: unknown } | null)?.ok === false) await objects.discard(storage);
  return result;
}
