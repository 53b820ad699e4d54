import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { MalwareScanner } from './modules/documents/malware-scanner.js';
import type { DocumentStorage } from './modules/documents/storage.js';
import type { MailService } from './modules/mail/mail-service.js';
import type { SessionStore } from './modules/auth/sessions.js';
import type { Clock } from './platform/clock.js';
import type { RateLimiter } from './platform/rate-limit.js';
import type { AppKeys } from './platform/secrets.js';

/** Everything a module needs, built once at start and passed explicitly (no globals). */
export type AppContext = {
  config: Config;
  database: Database;
  clock: Clock;
  keys: AppKeys;
  mail: MailService;
  sessions: SessionStore;
  rateLimiter: RateLimiter;
  documents: DocumentStorage;
  /** SEC-18: every upload is scanned before it can be downloaded. */
  scanner: MalwareScanner;
};
