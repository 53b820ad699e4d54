/** Staff's view of intakes: status derived from the dates, key-based pagination, newest first. */
import { and, desc, eq, isNotNull, isNull, lte, gt, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { intakes } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';
import type { IntakeStatus } from './intake-schemas.js';
import { lastValidDay, qcSettings, type IntakeRow } from './intake-service.js';

export function intakeStatus(intake: IntakeRow, now: Date): IntakeStatus {
  if (intake.usedAt) return 'used';
  return intake.expiresAt <= now ? 'expired' : 'sent';
}

export function intakeView(intake: IntakeRow, now: Date) {
  return {
    id: intake.id,
    referenceNumber: intake.referenceNumber,
    caseNumber: `${qcSettings().caseNumberPrefix}${intake.referenceNumber}`,
    consumerName: intake.consumerName,
    consumerEmail: intake.consumerEmail,
    consumerLanguage: intake.consumerLanguage,
    businessName: intake.businessName,
    businessId: intake.businessId,
    category: intake.category,
    // Storage keys and hashes stay on the server.
    attachments: intake.attachments.map(({ name, mime, size }) => ({ name, mime, size })),
    status: intakeStatus(intake, now),
    issuedAt: intake.issuedAt.toISOString(),
    expiresAt: intake.expiresAt.toISOString(),
    lastValidDay: lastValidDay(intake.expiresAt),
    codesIssued: intake.codesIssued,
    createdAt: intake.createdAt.toISOString(),
    createdBy: intake.createdBy,
    usedAt: intake.usedAt?.toISOString() ?? null,
    caseId: intake.caseId,
  };
}

function statusCondition(status: IntakeStatus | undefined, now: Date): SQL | undefined {
  switch (status) {
    case 'used':
      return isNotNull(intakes.usedAt);
    case 'expired':
      return and(isNull(intakes.usedAt), lte(intakes.expiresAt, now));
    case 'sent':
      return and(isNull(intakes.usedAt), gt(intakes.expiresAt, now));
    default:
      return undefined;
  }
}

export async function listIntakes(
  ctx: AppContext,
  query: { status?: IntakeStatus | undefined; after?: string | undefined; limit: number },
) {
  const now = ctx.clock.now();
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const rows = await ctx.database.db
    .select()
    .from(intakes)
    .where(
      and(
        statusCondition(query.status, now),
        cursor === null
          ? undefined
          : sql`(${intakes.createdAt}, ${intakes.id}) < (${cursor.openedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
      ),
    )
    .orderBy(desc(intakes.createdAt), desc(intakes.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    intakes: page.map((row) => intakeView(row, now)),
    next: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export async function getIntake(ctx: AppContext, id: string): Promise<IntakeRow> {
  const [row] = await ctx.database.db.select().from(intakes).where(eq(intakes.id, id));
  if (!row) throw notFound();
  return row;
}
