/**
 * The deadline job (issue 3, item 4). Every minute, and whenever called directly, it fires the
 * case deadlines that are due by the injected clock, each exactly once even when several
 * workers sweep at the same time:
 * - one transaction per deadline claims it with `FOR UPDATE … SKIP LOCKED` on the deadline and
 *   its case, so a concurrent sweep or a user's command on that case never waits on, nor repeats,
 *   the work; PGlite runs transactions one at a time, so the same SQL holds there;
 * - the row is marked fired before its action runs, in the same transaction: a failure rolls
 *   both back and the next sweep retries it.
 * Actions: the engine's system command (draft expiry QC-8, professional silence FR-5) through the
 * same use-case path as users; alerts by e-mail (QC-8 reminders, QC-20 day 60 and overdue flag,
 * FR-8 admissibility, FR-9 end of mediation, FR-11 answer period), each also in-app; the QC-23
 * purge, which deletes the case's stored files before its rows (`cases/purge.ts`).
 */
import type { Audience, CaseState, DeadlineAction, DeadlineKind } from '@entente/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { Tx } from '../db/client.js';
import { caseDeadlineCounts, caseDeadlines, cases } from '../db/schema/index.js';
import { rowsOf } from '../platform/rate-limit.js';
import { type DeadlineAlert, renderDeadlineAlert } from '../modules/cases/case-mails.js';
import { lockCase } from '../modules/cases/case-store.js';
import { audienceTargets, enqueueMails } from '../modules/cases/notifications.js';
import { purgeCase } from '../modules/cases/purge.js';
import { notifyInApp } from '../modules/notifications/notifications-store.js';
import { executeCaseCommand, retryOnJournalClash } from '../modules/cases/run-case-command.js';
import type { JobDefinition } from './jobs.js';

export const CASE_DEADLINES_QUEUE = 'case-deadlines-sweep';

interface Claimed {
  readonly id: string;
  readonly caseId: string;
  readonly kind: DeadlineKind;
  readonly action: DeadlineAction | null;
}

export interface SweepReport {
  /** Deadline ids fired by this sweep, with what was done. */
  readonly fired: { readonly id: string; readonly kind: DeadlineKind; readonly result: string }[];
  readonly failed: { readonly id: string; readonly error: string }[];
}

/** Who is alerted for each deadline that only notifies, and which period end the e-mail shows. */
const ALERTS: {
  readonly [K in DeadlineAlert]: {
    readonly to: readonly Audience[];
    readonly periodEnd: (state: CaseState, dueAt: Date) => string | null;
  };
} = {
  draft_reminder: { to: ['consumer'], periodEnd: (s) => s.due.draftExpiresAt },
  mediation_alert: { to: ['mediator', 'staff'], periodEnd: (s) => s.due.mediationEndsAt },
  mediation_end: { to: ['mediator', 'staff'], periodEnd: (_s, due) => due.toISOString() },
  admissibility_decision: { to: ['mediator', 'staff'], periodEnd: (_s, due) => due.toISOString() },
  solution_answer: {
    to: ['mediator', 'consumer', 'business'],
    periodEnd: (_s, due) => due.toISOString(),
  },
};

async function claimNext(tx: Tx, now: Date, skip: readonly string[]): Promise<Claimed | null> {
  const excluded =
    skip.length === 0
      ? sql``
      : sql`AND d.id NOT IN (${sql.join(
          skip.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  const result = await tx.execute(sql`
    SELECT d.id, d.case_id, d.kind, d.action FROM case_deadlines d
    JOIN cases c ON c.id = d.case_id
    WHERE d.fired_at IS NULL AND d.cancelled_at IS NULL
      AND d.due_at <= ${now.toISOString()}::timestamptz ${excluded}
    ORDER BY d.due_at, d.id
    LIMIT 1
    FOR UPDATE OF d, c SKIP LOCKED`);
  const row = rowsOf(result)[0];
  if (row === undefined) return null;
  return {
    id: String(row.id),
    caseId: String(row.case_id),
    kind: row.kind as DeadlineKind,
    action: (row.action as DeadlineAction | null) ?? null,
  };
}

async function alert(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  kind: DeadlineAlert,
  dueAt: Date,
): Promise<string[]> {
  const rule = ALERTS[kind];
  const periodEnd = rule.periodEnd(state, dueAt) ?? dueAt.toISOString();
  const targets = (
    await Promise.all(rule.to.map((audience) => audienceTargets(tx, state, audience, null)))
  ).flat();
  const mail = {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    timeZone: state.settings.timeZone,
  };
  // §9: in-app as well as by e-mail (QC-20: the mediator and staff at day 60 and past day 75).
  await notifyInApp(tx, state, targets, [`deadline_${kind}`], ctx.clock.now());
  return enqueueMails(tx, ctx, targets, `case_deadline_${kind}`, (lang, branding) =>
    renderDeadlineAlert(lang, branding, mail, kind, periodEnd),
  );
}

/** Runs one claimed deadline; returns what it did and the e-mails to dispatch after commit. */
async function fire(
  tx: Tx,
  ctx: AppContext,
  claimed: Claimed,
  now: Date,
): Promise<{ result: string; mailIds: string[] }> {
  const row = await lockCase(tx, claimed.caseId);
  const [deadline] = await tx
    .update(caseDeadlines)
    .set({ firedAt: now, result: 'running' })
    .where(eq(caseDeadlines.id, claimed.id))
    .returning();
  if (row === undefined || deadline === undefined) return { result: 'gone', mailIds: [] };
  let outcome: { result: string; mailIds: string[] };
  if (claimed.action !== null) {
    const ran = await executeCaseCommand(tx, ctx, {
      caseId: claimed.caseId,
      actorUser: 'system',
      command: { type: claimed.action },
    });
    outcome = ran.ok
      ? { result: 'done', mailIds: [...ran.mailIds] }
      : { result: `denied:${ran.code}`, mailIds: [] };
  } else if (claimed.kind === 'records_purge') {
    // The deadline row goes with the case: nothing to mark afterwards.
    const purged = await purgeCase(tx, ctx.documents, row.state, now);
    return { result: purged ? 'purged' : 'not_due', mailIds: [] };
  } else if (
    claimed.kind === 'messaging_end' ||
    claimed.kind === 'draft_expiry' ||
    claimed.kind === 'professional_answer'
  ) {
    // QC-22: `messagingOpen` reads the date itself; the other two always carry an action.
    outcome = { result: 'done', mailIds: [] };
  } else {
    if (claimed.kind === 'mediation_end' && row.status !== 'closed') {
      // QC-20: past the maximum length the case is flagged overdue; it does not close itself.
      await tx.update(cases).set({ overdueSince: now }).where(eq(cases.id, row.id));
    }
    const mailIds = await alert(tx, ctx, row.state, claimed.kind, deadline.dueAt);
    outcome = { result: 'notified', mailIds };
  }
  await tx
    .update(caseDeadlines)
    .set({ result: outcome.result })
    .where(eq(caseDeadlines.id, claimed.id));
  return outcome;
}

/** Fires every deadline due by `ctx.clock`, one transaction each (at most `limit`). */
export async function sweepDeadlines(ctx: AppContext, limit = 500): Promise<SweepReport> {
  const now = ctx.clock.now();
  const report: SweepReport = { fired: [], failed: [] };
  const skip: string[] = [];
  while (report.fired.length + report.failed.length < limit) {
    let claimedId: string | null = null;
    try {
      const step = await retryOnJournalClash(
        () =>
          ctx.database.transaction(async (tx) => {
            const claimed = await claimNext(tx, now, skip);
            if (claimed === null) return null;
            claimedId = claimed.id;
            return { claimed, ...(await fire(tx, ctx, claimed, now)) };
          }),
        () => {
          throw new Error('case_conflict');
        },
      );
      if (step === null) break;
      report.fired.push({ id: step.claimed.id, kind: step.claimed.kind, result: step.result });
      await ctx.mail.dispatch(step.mailIds);
    } catch (error) {
      if (claimedId === null) throw error;
      skip.push(claimedId); // retried by the next sweep, not in a loop by this one
      const message = error instanceof Error ? error.message : String(error);
      report.failed.push({ id: claimedId, error: message });
    }
  }
  // The dashboard's deadline counters (migration 0009) keep rows per due instant; once every
  // deadline of an instant is cancelled its rows sum to zero and would only lengthen the sum.
  // A concurrent increment is safe: it re-inserts the row, or the delete skips it as non-zero.
  await ctx.database.db.delete(caseDeadlineCounts).where(eq(caseDeadlineCounts.count, 0));
  return report;
}

export function deadlineJobDefinitions(ctx: AppContext): JobDefinition[] {
  return [
    {
      queue: CASE_DEADLINES_QUEUE,
      cron: '* * * * *',
      handler: async () => {
        const report = await sweepDeadlines(ctx);
        if (report.failed.length > 0) {
          throw new Error(`${report.failed.length} case deadline(s) failed; retried next sweep`);
        }
      },
    },
  ];
}
