import type { Transporter } from 'nodemailer';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import { openDatabase } from './db/client.js';
import { noJobs } from './jobs/jobs.js';
import { createMalwareScanner } from './modules/documents/scanner-config.js';
import { createDocumentStorage } from './modules/documents/storage-config.js';
import { SessionStore } from './modules/auth/sessions.js';
import { MailService } from './modules/mail/mail-service.js';
import {
  defaultOfficeSettings,
  readOfficeSettings,
  writeOfficeSettings,
} from './modules/settings/office-settings.js';
import { ensureTerms } from './modules/terms/terms-service.js';
import { type Clock, systemClock } from './platform/clock.js';
import { RateLimiter } from './platform/rate-limit.js';
import { loadKeys } from './platform/secrets.js';
import { officeSettings } from './db/schema/index.js';

/** Opens the database, migrates it, makes sure base data exists, and wires the services. */
export async function createContext(
  config: Config,
  opts: { clock?: Clock; transport?: Transporter } = {},
): Promise<AppContext> {
  const clock = opts.clock ?? systemClock;
  const database = await openDatabase(config.database);
  await database.migrate();
  const now = clock.now();
  await ensureTerms(database.db, now);
  const existing = await database.db.select({ id: officeSettings.id }).from(officeSettings);
  if (existing.length === 0)
    await writeOfficeSettings(
      database.db,
      await readOfficeSettings(database.db).catch(() => defaultOfficeSettings),
      now,
    );
  const keys = await loadKeys(database, now);
  const mail = new MailService(
    database,
    clock,
    {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      publicUrl: config.publicUrl,
      ...(opts.transport ? { transport: opts.transport } : {}),
    },
    noJobs,
  );
  return {
    config,
    database,
    clock,
    keys,
    mail,
    sessions: new SessionStore(clock),
    rateLimiter: new RateLimiter(clock),
    documents: createDocumentStorage(config.documentStorage),
    scanner: createMalwareScanner(config.malwareScanner),
  };
}
