/**
 * Chooses where documents live from the environment: S3-compatible storage when `S3_BUCKET` is
 * set, the local disk under `$DATA_DIR/documents` otherwise. A half-configured S3 (a bucket but
 * no secret, say) is an error at start, never a silent fallback to the local disk.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { LocalDocumentStorage } from './local-storage.js';
import { S3DocumentStorage, type S3StorageConfig } from './s3-storage.js';
import type { DocumentStorage } from './storage.js';

export type StorageConfig = { kind: 'local'; root: string } | ({ kind: 's3' } & S3StorageConfig);

const optional = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const s3EnvSchema = z.object({
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/)
    .default('us-east-1'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not a valid bucket name'),
  S3_ACCESS_KEY_ID: z.string().min(1),
  S3_SECRET_ACCESS_KEY: z.string().min(1),
  S3_FORCE_PATH_STYLE: flag.default(false),
});

const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

/**
 * @param dataDir the parsed `DATA_DIR` of `config.ts`.
 * @param webRoot the directory served as static files; the local root must not be inside it.
 */
export function loadStorageConfig(
  env: NodeJS.ProcessEnv,
  paths: { dataDir: string; webRoot?: string },
): StorageConfig {
  const present = Object.fromEntries(
    S3_VARIABLES.map((name) => [name, optional.parse(env[name])] as const).filter(
      ([, value]) => value !== undefined,
    ),
  );
  if (Object.keys(present).length === 0) {
    const root = resolve(paths.dataDir, 'documents');
    if (paths.webRoot && isInside(root, resolve(paths.webRoot))) {
      throw new Error('The documents directory must not be inside the web root (SEC-19)');
    }
    return { kind: 'local', root };
  }
  const parsed = s3EnvSchema.safeParse(present);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    // Only the variable names: the values may include the secret key.
    throw new Error(`Incomplete or invalid S3 document storage settings: ${fields}`);
  }
  const e = parsed.data;
  return {
    kind: 's3',
    endpoint: (e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`).replace(/\/+$/, ''),
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
  };
}

export function createDocumentStorage(config: StorageConfig): DocumentStorage {
  if (config.kind === 'local') return new LocalDocumentStorage(config.root);
  const { kind: _kind, ...s3 } = config;
  return new S3DocumentStorage(s3);
}

function isInside(path: string, parent: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
