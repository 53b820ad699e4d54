/** Issue 7: notification and outbox keys are time-ordered UUIDs (RFC 9562 version 7). */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { uuidV7 } from '../src/platform/uuid-v7.js';

const millis = fc.integer({ min: 0, max: 2 ** 48 - 1 });
const bytes = fc.uint8Array({ minLength: 10, maxLength: 10 });

describe('uuidV7', () => {
  it('writes the time in the first 48 bits, then version 7 and the RFC variant', () => {
    const id = uuidV7(Date.parse('2026-11-24T12:00:00.000Z'), new Uint8Array(10).fill(0xff));
    expect(id).toBe('01a20d6d-5a00-7fff-bfff-ffffffffffff');
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('keeps every random bit it is given and no more', () => {
    expect(uuidV7(0, new Uint8Array(10))).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('orders keys by time whatever their random bits', () => {
    fc.assert(
      fc.property(millis, millis, bytes, bytes, (a, b, ra, rb) => {
        fc.pre(a !== b);
        const [x, y] = [uuidV7(a, ra), uuidV7(b, rb)];
        expect(x < y).toBe(a < b);
      }),
    );
  });

  it('draws fresh random bits by default', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidV7(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });

  it('refuses a time it cannot hold', () => {
    expect(() => uuidV7(-1)).toThrow(RangeError);
    expect(() => uuidV7(2 ** 48)).toThrow(RangeError);
    expect(() => uuidV7(1.5)).toThrow(RangeError);
  });
});
