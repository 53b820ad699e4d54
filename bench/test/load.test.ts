import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure } from '../src/harness/load.js';

// A scenario that uses up its data (the agreement closes each case once) ends the run when it
// has none left, instead of sending closed cases that fail (issue 7: 0 errors).
let server: Server;
let url = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    // A data request answers 409 when sent twice, as a closed case would.
    const status = path.startsWith('/item/') && hits.get(path)! > 1 ? 409 : 200;
    response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('measure', () => {
  it('stops when the data runs out: each item once, no error, the rate over the time it lasted', async () => {
    const items = 300;
    let next = 0;
    const result = await measure({ url, connections: 5, duration: 20, warmup: 0 }, [
      { setup: () => (next < items ? { path: `/item/${next++}` } : null) },
    ]);
    const dataHits = [...hits].filter(([path]) => path.startsWith('/item/'));
    expect(dataHits).toHaveLength(items);
    expect(dataHits.every(([, n]) => n === 1)).toBe(true);
    expect(result.errors).toBe(0);
    expect(result.seconds).toBeLessThan(20);
    expect(result.requests).toBeGreaterThanOrEqual(items);
    expect(result.rps).toBeGreaterThan(0);
  });
});
