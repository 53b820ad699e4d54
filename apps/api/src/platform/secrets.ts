import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { appSecrets } from '../db/schema/index.js';
import { randomToken } from './crypto.js';

export type AppKeys = {
  /** HMAC key for CSRF tokens and one-time codes. */
  hmacKey: string;
  /** AES-256 key for secrets at rest (TOTP seeds). */
  encryptionKey: string;
};

/**
 * Keys live in the database so every instance behind a load balancer shares them; the first
 * instance to start creates them (insert-if-absent keeps concurrent starts consistent).
 */
export async function loadKeys(database: Database, now: Date): Promise<AppKeys> {
  const get = async (name: string) => {
    await database.db
      .insert(appSecrets)
      .values({ name, value: randomToken(32), createdAt: now })
      .onConflictDoNothing();
    const [row] = await database.db.select().from(appSecrets).where(eq(appSecrets.name, name));
    if (!row) throw new Error(`Secret ${name} missing`);
    return row.value;
  };
  return { hmacKey: await get('hmac_key'), encryptionKey: await get('encryption_key') };
}
