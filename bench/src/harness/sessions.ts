/**
 * Signed-in users without e-mail codes: a `sessions` row with a known token, hashed the way
 * apps/api/src/modules/auth/sessions.ts does (SHA-256 of the cookie value), TOTP marked as
 * verified for privileged roles (ACC-7), and a CSRF token made with the API's own
 * issueCsrfToken and the HMAC key the server stored in `app_secrets` (SEC-27).
 */
import type pg from 'pg';
import {
  issueCsrfToken,
  CSRF_COOKIE,
  CSRF_HEADER,
} from '../../../apps/api/src/modules/auth/csrf.js';
import { SESSION_COOKIE } from '../../../apps/api/src/modules/auth/sessions.js';
import { randomToken, sha256 } from '../../../apps/api/src/platform/crypto.js';

export type Headers = Record<string, string>;

export async function signIn(
  client: pg.Client,
  userIds: readonly string[],
  origin: string,
): Promise<Map<string, Headers>> {
  const key = await client.query<{ value: string }>(
    `SELECT value FROM app_secrets WHERE name = 'hmac_key'`,
  );
  const hmacKey = key.rows[0]?.value;
  if (!hmacKey) throw new Error('app_secrets has no hmac_key: start the API once first');
  const unique = [...new Set(userIds)];
  const tokens = unique.map(() => randomToken(32));
  const now = new Date();
  const inserted = await client.query<{ id: string; user_id: string }>(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, absolute_expires_at,
                           idle_timeout_seconds, totp_verified_at, user_agent)
     SELECT h, u, $3, $3, $3::timestamptz + interval '12 hours', 1800, $3, 'entente-bench'
       FROM unnest($1::text[], $2::uuid[]) AS s(h, u)
     RETURNING id, user_id`,
    [tokens.map(sha256), unique, now],
  );
  const sessionOf = new Map(inserted.rows.map((row) => [row.user_id, row.id]));
  const headers = new Map<string, Headers>();
  unique.forEach((userId, i) => {
    const csrf = issueCsrfToken(hmacKey, sessionOf.get(userId)!);
    headers.set(userId, {
      cookie: `${SESSION_COOKIE}=${tokens[i]}; ${CSRF_COOKIE}=${csrf}`,
      [CSRF_HEADER]: csrf,
      origin,
      'content-type': 'application/json',
    });
  });
  return headers;
}
