import type { Me, SessionState } from '@entente/contracts';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import type { Authenticated, SessionStore, User, UserRow } from './sessions.js';
import { needsTotp } from './sessions.js';

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** The account as its owner sees it: no hashes, no secrets (SEC-16). */
export function toMe(user: User): Me {
  return {
    id: user.id,
    email: user.email,
    givenName: user.givenName,
    familyName: user.familyName,
    phone: user.phone,
    address: user.address ?? null,
    preferredLanguage: user.preferredLanguage,
    roles: user.roles,
    totpEnrolled: user.totpEnrolledAt !== null,
  };
}

export function sessionState(sessions: SessionStore, auth: Authenticated | null): SessionState {
  if (!auth)
    return { user: null, totpRequired: false, idleExpiresAt: null, absoluteExpiresAt: null };
  return {
    user: toMe(auth.user),
    totpRequired: needsTotp(auth.user) && !auth.session.totpVerifiedAt,
    idleExpiresAt: sessions.idleExpiresAt(auth.session).toISOString(),
    absoluteExpiresAt: auth.session.absoluteExpiresAt.toISOString(),
  };
}
