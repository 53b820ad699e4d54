/**
 * Chooses the malware scanner from the environment (SEC-18): clamd when `CLAMD_HOST` is set
 * (`CLAMD_PORT`, default 3310; `CLAMD_TIMEOUT_MS`, default 10 s), the built-in EICAR-only
 * fallback otherwise. A port or timeout that does not parse stops the start-up rather than
 * silently scanning with something else.
 */
import { z } from 'zod';
import { ClamdScanner } from './clamd-scanner.js';
import type { MalwareScanner } from './malware-scanner.js';
import { SignatureScanner } from './signature-scanner.js';

export type ScannerConfig =
  | { readonly kind: 'builtin' }
  | {
      readonly kind: 'clamd';
      readonly host: string;
      readonly port: number;
      readonly timeoutMs: number;
    };

const clamdEnvSchema = z.object({
  CLAMD_HOST: z.string().trim().min(1).max(253),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

export function loadScannerConfig(env: NodeJS.ProcessEnv): ScannerConfig {
  const blankToUndefined = (value: string | undefined) => value?.trim() || undefined;
  const host = blankToUndefined(env.CLAMD_HOST);
  if (host === undefined) return { kind: 'builtin' };
  const parsed = clamdEnvSchema.safeParse({
    CLAMD_HOST: host,
    CLAMD_PORT: blankToUndefined(env.CLAMD_PORT),
    CLAMD_TIMEOUT_MS: blankToUndefined(env.CLAMD_TIMEOUT_MS),
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid clamd settings: ${fields}`);
  }
  return {
    kind: 'clamd',
    host: parsed.data.CLAMD_HOST,
    port: parsed.data.CLAMD_PORT,
    timeoutMs: parsed.data.CLAMD_TIMEOUT_MS,
  };
}

export function createMalwareScanner(config: ScannerConfig): MalwareScanner {
  return config.kind === 'clamd' ? new ClamdScanner(config) : new SignatureScanner();
}
