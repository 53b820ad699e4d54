/**
 * docs/case-lifecycle.md is generated from the transition table; this test fails when the
 * committed file differs from what the generator produces (run the script to refresh it).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/index.js';
import { DOC_PATH, buildLifecycleDoc } from '../scripts/generate-lifecycle-doc.js';

describe('docs/case-lifecycle.md', () => {
  it('is exactly what the generator writes', async () => {
    const committed = await readFile(DOC_PATH, 'utf8');
    expect(committed).toBe(await buildLifecycleDoc());
  });

  it('lists every transition row of the table', async () => {
    const doc = await buildLifecycleDoc();
    for (const row of TRANSITIONS) expect(doc).toContain(`\`${row.action}\``);
    expect(doc.match(/stateDiagram-v2/g)).toHaveLength(2);
  });
});
