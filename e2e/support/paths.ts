import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const e2eDir = fileURLToPath(new URL('../', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
