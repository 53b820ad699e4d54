/**
 * A write that clashes with a concurrent one runs once more, then gives the conflict answer:
 * a journal `seq` taken, a snapshot changed, or a deadlock on trigger-kept counters (ADR 0013).
 */
import { describe, expect, it } from 'vitest';
import { CaseVersionConflict } from '../src/modules/cases/case-store.js';
import { isDeadlock, retryOnJournalClash } from '../src/modules/cases/run-case-command.js';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' as const });

describe('retryOnJournalClash', () => {
  it('recognises a deadlock, also when wrapped as a cause', () => {
    expect(isDeadlock(deadlock())).toBe(true);
    expect(isDeadlock(new Error('query failed', { cause: deadlock() }))).toBe(true);
    expect(isDeadlock(Object.assign(new Error('unique'), { code: '23505' }))).toBe(false);
  });

  it.each([
    ['a deadlock', deadlock],
    ['a changed snapshot', () => new CaseVersionConflict()],
  ])('runs again after %s, then answers the conflict', async (_, clash) => {
    let runs = 0;
    const once = await retryOnJournalClash(
      async () => {
        runs += 1;
        if (runs === 1) throw clash();
        return 'written';
      },
      () => 'conflict',
    );
    expect([once, runs]).toEqual(['written', 2]);

    runs = 0;
    const twice = await retryOnJournalClash(
      async () => {
        runs += 1;
        throw clash();
      },
      () => 'conflict',
    );
    expect([twice, runs]).toEqual(['conflict', 2]);
  });

  it('lets any other error through at once', async () => {
    let runs = 0;
    const failing = retryOnJournalClash(
      async () => {
        runs += 1;
        throw new Error('storage unavailable');
      },
      () => 'conflict',
    );
    await expect(failing).rejects.toThrow('storage unavailable');
    expect(runs).toBe(1);
  });
});
