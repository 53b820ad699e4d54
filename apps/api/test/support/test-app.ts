import { desc, eq } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { type App, buildApp } from '../../src/app.js';
import type { AppContext } from '../../src/app-context.js';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { mailOutbox } from '../../src/db/schema/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { freshDatabase } from './database.js';

export type TestApp = { app: App; ctx: AppContext; clock: ManualClock; close: () => Promise<void> };

export async function createTestApp(
  opts: { transport?: Transporter; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'silent',
      ...opts.env,
    }),
    database,
  };
  const clock = new ManualClock('2026-03-10T14:00:00Z');
  const ctx = await createContext(config, {
    clock,
    ...(opts.transport ? { transport: opts.transport } : {}),
  });
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await ctx.database.close();
      await drop();
    },
  };
}

/** The newest e-mail sent to an address, from the outbox. */
export async function lastMailTo(ctx: AppContext, to: string) {
  const [row] = await ctx.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.seq))
    .limit(1);
  return row;
}

export async function lastCodeFor(ctx: AppContext, to: string): Promise<string> {
  const mail = await lastMailTo(ctx, to);
  const code = /\b(\d{6})\b/.exec(mail?.textBody ?? '')?.[1];
  if (!code) throw new Error(`no code mailed to ${to}`);
  return code;
}
