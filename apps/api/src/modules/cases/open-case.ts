/**
 * Opening a case: the engine's `open_case` with the identifiers and settings the server owns.
 * Who may open follows the engine: a consumer for themselves (qc and fr), staff entering a
 * postal request in fr (FR-4). The real intakes (QC-1/QC-2 access codes, FR-1..FR-3 forms) come
 * with issues 4–6 and call this.
 */
import { randomUUID } from 'node:crypto';
import {
  decide,
  type Actor,
  type Channel,
  type OpenCaseCommand,
  type Programme,
  type ProgrammeSettings,
} from '@entente/domain';
import { and, arrayContains, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { readOfficeSettings } from '../settings/office-settings.js';
import { chooseActor } from './case-actors.js';
import { denialStatus } from './reason-messages.js';
import {
  isUniqueViolation,
  persistEvents,
  throwIfFailed,
  withJournalRetry,
  type Applied,
  type CaseOutcome,
} from './run-case-command.js';

export interface OpenCaseInput {
  readonly programme: Programme;
  readonly referenceNumber: string;
  readonly businessId: string;
  /** Staff filing for a consumer (FR-4); a consumer always opens for themselves. */
  readonly consumerUserId?: string;
  readonly channel?: Channel;
  readonly prefiling?: OpenCaseCommand['prefiling'];
  /** The deployment's settings for the programme; the engine's defaults when omitted. */
  readonly settings?: ProgrammeSettings;
  /** Chosen by the server; a caller may fix it (the demo). */
  readonly caseId?: string;
  /** Module data that must commit with the opening (QC-2: the intake marked used, ACC-5). */
  readonly within?: (tx: Tx, applied: Applied) => Promise<void>;
}

function openingActors(user: User): Actor[] {
  const actors: Actor[] = [];
  if (user.roles.includes('consumer')) actors.push({ userId: user.id, role: 'consumer' });
  if (user.roles.includes('administrator')) actors.push({ userId: user.id, role: 'administrator' });
  else if (user.roles.includes('staff')) actors.push({ userId: user.id, role: 'staff' });
  return actors;
}

async function isConsumer(ctx: AppContext, userId: string): Promise<boolean> {
  const rows = await ctx.database.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.id, userId), arrayContains(users.roles, ['consumer']), isNull(users.disabledAt)),
    );
  return rows.length === 1;
}

export async function openCase(
  ctx: AppContext,
  user: User,
  input: OpenCaseInput,
): Promise<Applied> {
  const office = await readOfficeSettings(ctx.database.db);
  if (!office.programmes.includes(input.programme)) {
    throw new AppError(422, 'programme_not_enabled');
  }
  const actors = openingActors(user);
  const consumerUserId =
    input.consumerUserId ?? (user.roles.includes('consumer') ? user.id : undefined);
  const command: OpenCaseCommand = {
    type: 'open_case',
    caseId: input.caseId ?? randomUUID(),
    programme: input.programme,
    referenceNumber: input.referenceNumber,
    consumerUserId: consumerUserId ?? '',
    businessId: input.businessId,
    ...(input.settings ? { settings: input.settings } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.prefiling ? { prefiling: input.prefiling } : {}),
  };
  const now = ctx.clock.now();
  const chosen = chooseActor(null, actors, command, now);
  if (!chosen.ok) throw new AppError(denialStatus[chosen.reason], chosen.reason);
  if (!(await isConsumer(ctx, command.consumerUserId))) {
    throw new AppError(422, 'consumer_not_found');
  }
  const outcome = await withJournalRetry(async (): Promise<CaseOutcome> => {
    try {
      return await ctx.database.transaction(async (tx) => {
        const decision = decide(null, command, chosen.actor, now);
        if (!decision.ok) {
          return { ok: false, status: denialStatus[decision.reason], code: decision.reason };
        }
        const applied = await persistEvents(tx, ctx, null, null, decision.events, user.id, now);
        if (applied === null) throw new Error('A new case cannot conflict');
        await input.within?.(tx, applied);
        return { ok: true, ...applied };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'cases_case_number_idx')) {
        return { ok: false, status: 409, code: 'case_number_taken' };
      }
      throw error;
    }
  });
  throwIfFailed(outcome);
  await ctx.mail.dispatch([...outcome.mailIds]);
  return outcome;
}
