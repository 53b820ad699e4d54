/**
 * Writes docs/case-lifecycle.md (repository root) from the engine's data, formatted with the
 * repository's Prettier settings so that `prettier --check` leaves it alone.
 * Run from anywhere: `npx tsx packages/domain/scripts/generate-lifecycle-doc.ts`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { renderLifecycleDoc } from './lifecycle-doc.js';

export const DOC_PATH = fileURLToPath(new URL('../../../docs/case-lifecycle.md', import.meta.url));

export async function buildLifecycleDoc(): Promise<string> {
  const config = (await prettier.resolveConfig(DOC_PATH)) ?? {};
  return prettier.format(renderLifecycleDoc(), { ...config, parser: 'markdown' });
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  await writeFile(DOC_PATH, await buildLifecycleDoc());
  console.log(`Wrote ${DOC_PATH}`);
}
