/**
 * MDR-1, ACC-3: staff enrol mediators. Enrolment gives the address's account the `mediator`
 * role (creating it, with a one-time activation link valid 7 days, when there is none) and a
 * profile, in one transaction; the e-mail leaves after commit. The list pages by key on the
 * name so it stays fast however long the registry grows.
 */
import {
  mediatorCreateBody,
  mediatorUpdateBody,
  type Language,
  type MediatorSummary,
} from '@entente/contracts';
import { startOfLocalDay } from '@entente/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { mediatorProfiles, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { issueActivation, inviteAccount } from '../activation/invitations.js';
import type { User } from '../auth/sessions.js';
import { findUserByEmail } from '../auth/users-repo.js';
import { isUniqueViolation } from '../cases/run-case-command.js';
import { activeCaseCounts } from './mediator-availability.js';
import {
  FR_TIME_ZONE,
  findMediator,
  mediatorToday,
  summariesOf,
  type MediatorRow,
} from './mediator-view.js';
import { mediatorFieldMessage, type MediatorFieldMessage } from './messages.js';

type CreateBody = z.output<typeof mediatorCreateBody>;
type UpdateBody = z.output<typeof mediatorUpdateBody>;

/** A per-field refusal: `validation_failed` with the field's sentence in the reader's language. */
export function fieldError(
  status: 400 | 409,
  field: string,
  key: MediatorFieldMessage,
  lang: Language,
  params: Record<string, string | number> = {},
): AppError {
  return new AppError(status, 'validation_failed', {
    fields: { [field]: mediatorFieldMessage(key, lang, params) },
  });
}

const PROFILE_KEY = 'mediator_profiles_pkey';

export async function createMediator(
  ctx: AppContext,
  staff: User,
  body: CreateBody,
  lang: Language,
): Promise<string> {
  const { userId, mailIds } = await ctx.database
    .transaction(async (tx) => {
      const existing = await findUserByEmail(tx, body.email);
      if (existing?.disabledAt) throw fieldError(409, 'email', 'accountClosed', lang);
      if (existing) {
        const [profile] = await tx
          .select({ userId: mediatorProfiles.userId })
          .from(mediatorProfiles)
          .where(eq(mediatorProfiles.userId, existing.id));
        if (profile) throw fieldError(409, 'email', 'duplicate', lang);
      }
      const { user, mailIds } = await inviteAccount(tx, ctx, body, 'mediator', staff.id, null);
      const now = ctx.clock.now();
      // What the office typed prefills the activation page; a profile the person wrote stays.
      if (body.profile && user.professionalProfile === null) {
        await tx
          .update(users)
          .set({ professionalProfile: body.profile })
          .where(eq(users.id, user.id));
      }
      await tx.insert(mediatorProfiles).values({
        userId: user.id,
        programmes: body.programmes,
        sectors: body.sectors,
        regions: body.regions,
        maxActiveCases: body.maxActiveCases ?? null,
        createdBy: staff.id,
        createdAt: now,
        updatedAt: now,
      });
      return { userId: user.id, mailIds };
    })
    .catch((error: unknown) => {
      // Two enrolments of the same address at once: the second meets the first's profile.
      if (isUniqueViolation(error, PROFILE_KEY) || isUniqueViolation(error, 'users_email_unique')) {
        throw fieldError(409, 'email', 'duplicate', lang);
      }
      throw error;
    });
  await ctx.mail.dispatch(mailIds);
  return userId;
}

/** Only what the body names changes; the FR declaration date cannot be after today in France. */
export async function updateMediator(
  ctx: AppContext,
  userId: string,
  body: UpdateBody,
  lang: Language,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(mediatorProfiles)
      .where(eq(mediatorProfiles.userId, userId))
      .for('update');
    if (!current) throw notFound();
    const set: Partial<typeof mediatorProfiles.$inferInsert> = { updatedAt: now };
    if (body.programmes !== undefined) set.programmes = body.programmes;
    if (body.sectors !== undefined) set.sectors = body.sectors;
    if (body.regions !== undefined) set.regions = body.regions;
    if (body.maxActiveCases !== undefined) set.maxActiveCases = body.maxActiveCases;
    if (body.withdrawn !== undefined) {
      set.withdrawnAt = body.withdrawn ? (current.withdrawnAt ?? now) : null;
    }
    if (body.independenceDeclaredOn !== undefined) {
      const day = body.independenceDeclaredOn;
      const today = mediatorToday(now, ['fr']);
      if (day !== null && day > today) {
        throw fieldError(400, 'independenceDeclaredOn', 'inTheFuture', lang, { today });
      }
      set.independenceDeclaredAt =
        day === null ? null : new Date(startOfLocalDay(day, FR_TIME_ZONE));
    }
    await tx.update(mediatorProfiles).set(set).where(eq(mediatorProfiles.userId, userId));
  });
}

/** A fresh link (the previous one dies) for a mediator who has not activated yet. */
export async function resendMediatorActivation(
  ctx: AppContext,
  staff: User,
  userId: string,
): Promise<void> {
  const mailId = await ctx.database.transaction(async (tx) => {
    const { user } = await findMediator(tx, userId);
    if (user.disabledAt) throw notFound();
    if (user.passwordHash !== null) throw new AppError(409, 'account_already_active');
    return issueActivation(tx, ctx, user, staff.id, null);
  });
  await ctx.mail.dispatch([mailId]);
}

/** Opaque key: the last row's (lower(family name), lower(given name), id) as SQL lowered them. */
export function encodeMediatorCursor(key: [string, string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeMediatorCursor(cursor: string): [string, string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [family, given, id] = value as unknown[];
    if (typeof family !== 'string' || typeof given !== 'string' || typeof id !== 'string') {
      return null;
    }
    return /^[0-9a-f-]{36}$/.test(id) ? [family, given, id] : null;
  } catch {
    return null;
  }
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A prefix of the family name, the given name or the address. */
function searchCondition(q: string): SQL {
  const prefix = `${likeEscape(q.toLowerCase())}%`;
  return sql`(lower(${users.familyName}) LIKE ${prefix} OR lower(${users.givenName}) LIKE ${prefix} OR ${users.email} LIKE ${prefix})`;
}

export async function listMediators(
  ctx: AppContext,
  query: {
    programme?: 'qc' | 'fr' | undefined;
    q?: string | undefined;
    after?: string | undefined;
    limit: number;
  },
): Promise<{ items: MediatorSummary[]; next: string | null }> {
  const db = ctx.database.db;
  const cursor = query.after === undefined ? null : decodeMediatorCursor(query.after);
  const family = sql`lower(${users.familyName})`;
  const given = sql`lower(${users.givenName})`;
  const rows = await db
    .select({
      profile: mediatorProfiles,
      user: users,
      familyKey: sql<string>`${family}`,
      givenKey: sql<string>`${given}`,
    })
    .from(mediatorProfiles)
    .innerJoin(users, eq(users.id, mediatorProfiles.userId))
    .where(
      and(
        query.programme ? sql`${query.programme} = ANY(${mediatorProfiles.programmes})` : undefined,
        query.q ? searchCondition(query.q) : undefined,
        cursor === null
          ? undefined
          : sql`(${family}, ${given}, ${users.id}) > (${cursor[0]}, ${cursor[1]}, ${cursor[2]}::uuid)`,
      ),
    )
    .orderBy(family, given, users.id)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const loads = await activeCaseCounts(
    db,
    page.map((row) => row.user.id),
  );
  const mediators: MediatorRow[] = page.map(({ profile, user }) => ({
    profile,
    user,
    activeCases: loads.get(user.id) ?? 0,
  }));
  const last = page.at(-1);
  return {
    items: await summariesOf(db, mediators, ctx.clock.now()),
    next:
      rows.length > query.limit && last
        ? encodeMediatorCursor([last.familyKey, last.givenKey, last.user.id])
        : null,
  };
}
