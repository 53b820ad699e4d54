/**
 * Time-ordered UUIDs (RFC 9562, version 7) for rows written on every command and kept for years:
 * in-app notifications and the mail outbox. A random (version 4) key puts each new row on a
 * random page of its primary key, which at tens of millions of rows is a page out of cache,
 * written again in full to the WAL after each checkpoint (issue 7); a key that starts with the
 * time puts new rows on the index's last pages, which every writer shares. The time comes from
 * the caller (the injected clock), so keys follow `created_at` in tests that jump days too.
 */
import { randomFillSync } from 'node:crypto';

const MAX_MS = 2 ** 48;
const RANDOM_BYTES = 10;

/**
 * Random bytes drawn 256 keys at a time: one call into the generator per key cost a command
 * that writes a few notifications and e-mails 2 % of the API's time (issue 7).
 */
const pool = new Uint8Array(RANDOM_BYTES * 256);
let poolOffset = pool.length;

function pooledRandom(): Uint8Array {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += RANDOM_BYTES;
  return pool.subarray(poolOffset - RANDOM_BYTES, poolOffset);
}

/** `random` is the 74 random bits' source (10 bytes); tests and the dataset generator pass theirs. */
export function uuidV7(ms: number, random: Uint8Array = pooledRandom()): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= MAX_MS)
    throw new RangeError(`uuidV7: bad time ${ms}`);
  if (random.length < RANDOM_BYTES) throw new RangeError('uuidV7: needs 10 random bytes');
  const bytes = new Uint8Array(16);
  let time = ms;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (random[0]! & 0x0f);
  bytes[7] = random[1]!;
  bytes[8] = 0x80 | (random[2]! & 0x3f);
  bytes.set(random.subarray(3, 10), 9);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
