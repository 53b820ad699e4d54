import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadScannerConfig, type ScannerConfig } from './modules/documents/scanner-config.js';
import { loadStorageConfig, type StorageConfig } from './modules/documents/storage-config.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default(`${repoRoot}data`),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Entente <no-reply@entente.localhost>'),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: flag.optional(),
  WEB_DIST: z.string().default(`${repoRoot}apps/web/dist`),
  JOBS: flag.default(true),
});

export type Config = {
  env: string;
  port: number;
  host: string;
  publicUrl: string;
  database:
    | { kind: 'postgres'; url: string; poolSize: number }
    | { kind: 'pglite'; dataDir: string | undefined };
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Fastify's trustProxy: false, true, a hop count or a list of addresses (SEC-28). */
  trustProxy: boolean | number | string;
  logLevel: string;
  demoData: boolean;
  webDist: string;
  jobs: boolean;
  /** Where uploaded documents live: local disk, or S3-compatible storage when S3_* is set. */
  documentStorage: StorageConfig;
  /** SEC-18: clamd when CLAMD_HOST is set, the built-in EICAR-only fallback otherwise. */
  malwareScanner: ScannerConfig;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: `${e.DATA_DIR.replace(/\/$/, '')}/pglite` },
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA ?? !production,
    webDist: e.WEB_DIST,
    jobs: e.JOBS,
    documentStorage: loadStorageConfig(env, { dataDir: e.DATA_DIR, webRoot: e.WEB_DIST }),
    malwareScanner: loadScannerConfig(env),
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
