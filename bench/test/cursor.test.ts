import { describe, expect, it } from 'vitest';
import { cursorOfPage } from '../src/harness/cursor.js';
import { Rotation } from '../src/harness/scenario.js';

/** A fake key-paged list of `pages` pages whose cursors are "c1", "c2"… */
const list = (pages: number) => {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null) => {
    asked.push(after);
    const page = after === null ? 1 : Number(after.slice(1)) + 1;
    return { next: page < pages ? `c${page}` : null };
  };
  return { asked, fetchPage };
};

describe('bench harness helpers (issue 7 item 2)', () => {
  it('follows the after cursor 199 times to reach page 200 of Mes dossiers', async () => {
    const { asked, fetchPage } = list(500);
    expect(await cursorOfPage(fetchPage, 200)).toEqual({ cursor: 'c199', page: 200 });
    expect(asked).toHaveLength(199);
    expect(asked.slice(0, 3)).toEqual([null, 'c1', 'c2']);
  });

  it('stops at the last page of a shorter list', async () => {
    const { fetchPage } = list(23);
    expect(await cursorOfPage(fetchPage, 200)).toEqual({ cursor: 'c22', page: 23 });
  });

  it('never hands out a write case still in flight, and says when none is left', () => {
    const rotation = new Rotation(['a', 'b'], 1);
    const first = rotation.take()!;
    const second = rotation.take()!;
    expect([first.item, second.item]).toEqual(['a', 'b']);
    expect(rotation.take()).toBeNull();
    rotation.release(first.index);
    expect(rotation.take()?.item).toBe('a');
  });

  it('refuses fewer write cases than twice the connections, naming both', () => {
    expect(() => new Rotation(['a', 'b', 'c'], 2)).toThrow('3 cases for 2 connections');
    expect(() => new Rotation([], 1)).toThrow('no data');
    expect(new Rotation(['a', 'b', 'c', 'd'], 2).items).toHaveLength(4);
  });
});
