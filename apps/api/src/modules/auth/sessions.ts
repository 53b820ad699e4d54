import { rolesRequiringTotp, type Role } from '@entente/contracts';
import { and, eq, getTableColumns, isNull, ne, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { AppDb, Executor } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import type { Clock } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { prepared } from '../../platform/prepared.js';

export const SESSION_COOKIE = '__Host-entente_session';
const ABSOLUTE_SECONDS = 12 * 3600;
/** SEC-10: 30 minutes idle, 15 for office staff. */
export function idleSecondsFor(roles: readonly Role[]): number {
  return roles.includes('staff') || roles.includes('administrator') ? 15 * 60 : 30 * 60;
}
/** Writing last_seen on every request would be a write per read; a minute of slack is enough. */
const TOUCH_AFTER_MS = 60_000;

/** A `users` row as stored, secrets included: only the code that checks them reads them. */
export type UserRow = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;

/**
 * The user as every request and every use case sees it: the row without its secrets. The
 * password hash and the TOTP secret stay in the database until the code that checks them reads
 * them itself, so they are not in memory on every request (nor in a log of `request.auth`).
 */
const {
  passwordHash: _passwordHash,
  totpSecretEnc: _totpSecretEnc,
  totpLastStep: _totpLastStep,
  ...sessionUserColumns
} = getTableColumns(users);
export type User = Omit<UserRow, 'passwordHash' | 'totpSecretEnc' | 'totpLastStep'>;
export type Authenticated = { session: Session; user: User };

export const needsTotp = (user: Pick<User, 'roles'>) =>
  user.roles.some((r) => rolesRequiringTotp.includes(r));

/** The cookie's hash, or null for a value no session can have (so nothing is read). */
export const sessionHashOf = (token: string | undefined): string | null =>
  !token || token.length > 100 ? null : sha256(token);

/**
 * The session row and its user, for a statement's WHERE: the session whose hash is the
 * `sessionHash` placeholder and that is not revoked. A statement that joins `users` on
 * `sessions.user_id` and uses this reads the session along with its own data (issue 7).
 */
export const SESSION_FIELDS = { session: sessions, user: sessionUserColumns };
export const sessionWithHash = () =>
  and(eq(sessions.tokenHash, sql.placeholder('sessionHash')), isNull(sessions.revokedAt));

/**
 * A named statement (ADR 0015) of the cookie's session, its user and `data`: sub-selects that
 * name the person as `"sessions"."user_id"`. One row, or none without a live session. `data` is
 * built once per database handle, with the statement.
 */
export const sessionStatement = <F extends SelectedFields>(
  db: AppDb,
  name: string,
  data: () => F,
) =>
  prepared(db, name, (db, name) =>
    db
      .select({ ...SESSION_FIELDS, ...data() })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(sessionWithHash())
      .prepare(name),
  );

/** Every request reads its session (revocation applies at once, SEC-11/15): one named statement. */
const sessionByToken = (db: AppDb) => sessionStatement(db, 'session_by_token', () => ({}));

export class SessionStore {
  constructor(private readonly clock: Clock) {}

  /** A fresh random ID at every sign-in or privilege change (SEC-9); only its hash is stored. */
  async create(
    db: Executor,
    user: Pick<User, 'id' | 'roles'>,
    opts: { totpVerified: boolean; userAgent: string | undefined },
  ) {
    const token = randomToken(32);
    const now = this.clock.now();
    const [session] = await db
      .insert(sessions)
      .values({
        tokenHash: sha256(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_SECONDS * 1000),
        idleTimeoutSeconds: idleSecondsFor(user.roles),
        totpVerifiedAt: opts.totpVerified ? now : null,
        userAgent: opts.userAgent?.slice(0, 300) ?? null,
      })
      .returning();
    if (!session) throw new Error('session insert returned nothing');
    return { token, session };
  }

  /** The signed-in person for a cookie value, or null when unknown, revoked or timed out. */
  async resolve(db: AppDb, token: string | undefined): Promise<Authenticated | null> {
    const sessionHash = sessionHashOf(token);
    if (sessionHash === null) return null;
    const [row] = await sessionByToken(db).execute({ sessionHash });
    return row ? this.accept(db, row) : null;
  }

  /**
   * The checks on a session row read by its token's hash and not revoked: a disabled account or
   * a timed-out session is revoked now and gives null; an active one is touched at most once a
   * minute.
   */
  async accept(db: Executor, row: Authenticated): Promise<Authenticated | null> {
    const now = this.clock.now();
    if (row.user.disabledAt || this.expired(row.session, now)) {
      await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, row.session.id));
      return null;
    }
    if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.touch(db, row.session.id);
      row.session.lastSeenAt = now;
    }
    return row;
  }

  expired(session: Session, now: Date): boolean {
    return now >= session.absoluteExpiresAt || now >= this.idleExpiresAt(session);
  }

  idleExpiresAt(session: Session): Date {
    const idle = new Date(session.lastSeenAt.getTime() + session.idleTimeoutSeconds * 1000);
    return idle < session.absoluteExpiresAt ? idle : session.absoluteExpiresAt;
  }

  async touch(db: Executor, sessionId: string): Promise<void> {
    await db
      .update(sessions)
      .set({ lastSeenAt: this.clock.now() })
      .where(eq(sessions.id, sessionId));
  }

  async revoke(db: Executor, sessionId: string): Promise<void> {
    await db
      .update(sessions)
      .set({ revokedAt: this.clock.now() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  }

  /** SEC-11: ends every session of the account, or all but one. */
  async revokeAll(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
    const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
    if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
    await db
      .update(sessions)
      .set({ revokedAt: this.clock.now() })
      .where(and(...conditions));
  }

  async listActive(db: Executor, userId: string): Promise<Session[]> {
    const now = this.clock.now();
    const rows = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    return rows
      .filter((s) => !this.expired(s, now))
      .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
  }
}
