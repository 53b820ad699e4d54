import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/** What use cases need from the job system: enqueue after commit. */
export interface JobQueue {
  send(queue: string, data: Record<string, unknown>): Promise<void>;
}

export type JobDefinition = {
  queue: string;
  handler: JobHandler;
  /** Cron in UTC for periodic sweeps (pg-boss schedules run once per tick across instances). */
  cron?: string;
};

/**
 * pg-boss on the application database, PGlite included through a small adapter: PGlite runs
 * several statements only through `exec`, which `Database.execute` chooses when there are no values.
 */
export class PgBossJobs implements JobQueue {
  readonly boss: PgBoss;
  #started = false;

  constructor(
    database: Database,
    private readonly log: (err: unknown) => void,
  ) {
    const db = { executeSql: (text: string, values?: unknown[]) => database.execute(text, values) };
    this.boss = new PgBoss({
      db,
      schema: 'pgboss',
      supervise: true,
      schedule: true,
      migrate: true,
    } as unknown as PgBoss.ConstructorOptions);
    this.boss.on('error', (err) => this.log(err));
  }

  async start(definitions: JobDefinition[]): Promise<void> {
    await this.boss.start();
    this.#started = true;
    for (const def of definitions) {
      await this.boss.createQueue(def.queue);
      await this.boss.work(def.queue, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await def.handler((job.data ?? {}) as Record<string, unknown>);
      });
      if (def.cron) await this.boss.schedule(def.queue, def.cron, {}, { tz: 'UTC' });
    }
  }

  async send(queue: string, data: Record<string, unknown>): Promise<void> {
    if (!this.#started) return;
    await this.boss.send(queue, data, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }

  async stop(): Promise<void> {
    if (this.#started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.#started = false;
  }
}

/** No job system (tests, one-off commands): jobs are simply not queued; sweeps catch up later. */
export const noJobs: JobQueue = { send: async () => undefined };
