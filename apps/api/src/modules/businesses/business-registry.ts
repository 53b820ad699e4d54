/**
 * ORG-1: the registry of participating businesses. Registration numbers are unique per
 * programme (NEQ in qc, SIREN in fr); the list pages by key on `businesses_name_idx`
 * (programme, lower(legal_name), id) so it stays fast however many businesses there are.
 */
import { randomUUID } from 'node:crypto';
import {
  normaliseRegistrationNumber,
  registrationNumberProblem,
  validationMessage,
  type BusinessCreateBody,
  type BusinessSummary,
  type BusinessUpdateBody,
  type Language,
} from '@entente/contracts';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { businesses } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorMessage } from '../../platform/messages.js';
import type { User } from '../auth/sessions.js';
import { isUniqueViolation } from '../cases/run-case-command.js';

export type BusinessRow = typeof businesses.$inferSelect;

const REGISTRATION_INDEX = 'businesses_programme_registration_idx';

function duplicate(lang: Language): AppError {
  return new AppError(409, 'business_duplicate', {
    fields: { registrationNumber: errorMessage('business_duplicate', lang) },
  });
}

export async function createBusiness(
  ctx: AppContext,
  staff: User,
  body: BusinessCreateBody,
  lang: Language,
): Promise<BusinessRow> {
  const now = ctx.clock.now();
  try {
    const [row] = await ctx.database.db
      .insert(businesses)
      .values({ id: randomUUID(), ...body, createdBy: staff.id, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('business insert returned nothing');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, REGISTRATION_INDEX)) throw duplicate(lang);
    throw error;
  }
}

export async function getBusiness(db: Executor, id: string): Promise<BusinessRow> {
  const [row] = await db.select().from(businesses).where(eq(businesses.id, id));
  if (!row) throw notFound();
  return row;
}

/** A PUT: every field replaced; the number is checked against the business's own programme. */
export async function updateBusiness(
  ctx: AppContext,
  id: string,
  body: BusinessUpdateBody,
  lang: Language,
): Promise<BusinessRow> {
  const current = await getBusiness(ctx.database.db, id);
  const problem = registrationNumberProblem(current.programme, body.registrationNumber);
  if (problem) {
    throw new AppError(400, 'validation_failed', {
      fields: { registrationNumber: validationMessage(problem, lang) },
    });
  }
  const now = ctx.clock.now();
  const { withdrawn, ...fields } = body;
  try {
    const [row] = await ctx.database.db
      .update(businesses)
      .set({
        ...fields,
        registrationNumber: normaliseRegistrationNumber(body.registrationNumber),
        updatedAt: now,
        withdrawnAt: withdrawn ? (current.withdrawnAt ?? now) : null,
      })
      .where(eq(businesses.id, id))
      .returning();
    if (!row) throw notFound();
    return row;
  } catch (error) {
    if (isUniqueViolation(error, REGISTRATION_INDEX)) throw duplicate(lang);
    throw error;
  }
}

/** Opaque key: the last row's (lower(legal_name), id), base64url. */
export function encodeBusinessCursor(row: BusinessRow): string {
  return Buffer.from(JSON.stringify([row.legalName.toLowerCase(), row.id])).toString('base64url');
}

export function decodeBusinessCursor(cursor: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [name, id] = value as unknown[];
    if (typeof name !== 'string' || typeof id !== 'string') return null;
    return /^[0-9a-f-]{36}$/.test(id) ? [name, id] : null;
  } catch {
    return null;
  }
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A name prefix is a range on the index's `lower(legal_name)` (plus LIKE for exactness); digits
 * search the registration number by prefix, on its unique index.
 */
function searchCondition(q: string): SQL {
  const digits = normaliseRegistrationNumber(q);
  if (/^\d+$/.test(digits)) {
    return sql`(${businesses.registrationNumber} >= ${digits} AND ${businesses.registrationNumber} < ${`${digits}:`})`;
  }
  const prefix = q.toLowerCase();
  return sql`(lower(${businesses.legalName}) >= ${prefix} AND lower(${businesses.legalName}) < ${`${prefix}\u{10ffff}`} AND lower(${businesses.legalName}) LIKE ${`${likeEscape(prefix)}%`})`;
}

export async function listBusinesses(
  ctx: AppContext,
  query: {
    programme: 'qc' | 'fr';
    q?: string | undefined;
    participating?: 'true' | 'false' | undefined;
    after?: string | undefined;
    limit: number;
  },
): Promise<{ items: BusinessSummary[]; next: string | null }> {
  const cursor = query.after === undefined ? null : decodeBusinessCursor(query.after);
  const conditions = [
    eq(businesses.programme, query.programme),
    query.q ? searchCondition(query.q) : undefined,
    query.participating === 'true' ? isNull(businesses.withdrawnAt) : undefined,
    cursor === null
      ? undefined
      : sql`(lower(${businesses.legalName}), ${businesses.id}) > (${cursor[0]}, ${cursor[1]}::uuid)`,
  ];
  const rows = await ctx.database.db
    .select()
    .from(businesses)
    .where(and(...conditions))
    .orderBy(asc(businesses.programme), sql`lower(${businesses.legalName})`, asc(businesses.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(summaryOf),
    next: rows.length > query.limit && last ? encodeBusinessCursor(last) : null,
  };
}

export function summaryOf(row: BusinessRow): BusinessSummary {
  return {
    id: row.id,
    programme: row.programme,
    legalName: row.legalName,
    registrationNumber: row.registrationNumber,
    sector: row.sector,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
