/**
 * Deadline jobs under several workers: on PostgreSQL two application contexts (two pools, as two
 * instances would have) sweep the same database at once; on both engines the pg-boss job itself
 * runs the sweep. Each deadline fires exactly once.
 */
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/app-context.js';
import { createContext } from '../src/context.js';
import { caseDeadlines, caseEvents } from '../src/db/schema/index.js';
import {
  CASE_DEADLINES_QUEUE,
  deadlineJobDefinitions,
  sweepDeadlines,
} from '../src/jobs/deadlines.js';
import { PgBossJobs } from '../src/jobs/jobs.js';
import { expectEveryCaseConsistent, openQcCase, person, type Person } from './support/cases.js';
import { onPostgres } from './support/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

async function firedCount(): Promise<number> {
  const [row] = await t.ctx.database.db
    .select({ n: count() })
    .from(caseDeadlines)
    .where(isNotNull(caseDeadlines.firedAt));
  return row!.n;
}

async function expiredDrafts(): Promise<number> {
  const [row] = await t.ctx.database.db
    .select({ n: count() })
    .from(caseEvents)
    .where(and(eq(caseEvents.type, 'draft_expired')));
  return row!.n;
}

describe.runIf(onPostgres())('two instances on one PostgreSQL database', () => {
  let other: AppContext;
  beforeAll(async () => {
    other = await createContext(t.ctx.config, { clock: t.clock });
  });
  afterAll(async () => other.database.close());

  it('fires each of 60 deadlines once while four sweeps race', async () => {
    const start = t.clock.now();
    for (let i = 0; i < 20; i += 1) await openQcCase(consumer);
    t.clock.set(new Date(start.getTime() + 32 * 86_400_000));
    const reports = await Promise.all([
      sweepDeadlines(t.ctx),
      sweepDeadlines(other),
      sweepDeadlines(t.ctx),
      sweepDeadlines(other),
    ]);
    expect(reports.flatMap((r) => r.failed)).toEqual([]);
    const fired = reports.flatMap((r) => r.fired.map((f) => f.id));
    expect(fired).toHaveLength(60); // per draft: reminders at 7 and 1 days, then expiry
    expect(new Set(fired).size).toBe(60);
    // Both instances did part of the work.
    expect(reports.filter((r) => r.fired.length > 0).length).toBeGreaterThan(1);
    expect(await firedCount()).toBe(60);
    expect(await expiredDrafts()).toBe(20);
  });
});

describe('the pg-boss job', () => {
  it('runs the sweep through the queue', async () => {
    const caseId = await openQcCase(consumer);
    t.clock.advanceDays(32);
    const errors: unknown[] = [];
    const jobs = new PgBossJobs(t.ctx.database, (err) => errors.push(err));
    try {
      await jobs.start(deadlineJobDefinitions(t.ctx));
      await jobs.send(CASE_DEADLINES_QUEUE, {});
      const deadline = Date.now() + 20_000;
      let expired = 0;
      while (expired === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const [row] = await t.ctx.database.db
          .select({ n: count() })
          .from(caseEvents)
          .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'draft_expired')));
        expired = row!.n;
      }
      expect(expired).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await jobs.stop();
    }
  });
});
