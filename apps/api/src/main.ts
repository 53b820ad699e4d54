import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { createContext } from './context.js';
import { PgBossJobs } from './jobs/jobs.js';
import { jobDefinitions } from './jobs/definitions.js';
import { demoAccountsTable, seedDemo } from './seed/demo.js';

const config = loadConfig();
const ctx = await createContext(config);
if (config.demoData) await seedDemo(ctx);
const app = await buildApp(ctx, { serveWeb: true });

const jobs = config.jobs
  ? new PgBossJobs(ctx.database, (err) => app.log.error({ err }, 'job system error'))
  : undefined;
if (jobs) {
  await jobs.start(jobDefinitions(ctx));
  ctx.mail.useJobs(jobs);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  app.lifecycle.shuttingDown = true;
  // Stop taking requests, let in-flight ones finish, then stop workers and the database.
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  await app.close();
  await jobs?.stop();
  await ctx.database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const url = config.publicUrl;
const lines = [
  '',
  `Entente is running on ${url}`,
  `Database: ${config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`}`,
  ctx.mail.mailboxEnabled
    ? `Mailbox (sent e-mails): ${url}/mailbox`
    : 'Mail: sent through SMTP_URL',
];
if (config.demoData) lines.push('', demoAccountsTable());
console.log(lines.join('\n') + '\n');
