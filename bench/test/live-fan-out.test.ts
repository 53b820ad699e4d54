import { describe, expect, it } from 'vitest';
import { EventStreamParser, LiveFanOut } from '../src/harness/live-fan-out.js';

const message = (caseId: string) => JSON.stringify({ type: 'message', caseId, thread: 'parties' });

/** A fan-out whose clock the test moves by hand. */
function fanOut() {
  let now = 0;
  const live = new LiveFanOut(2, () => now);
  return { live, at: (ms: number) => (now = ms) };
}

describe('live fan-out measurement (MSG-3, issue 7)', () => {
  it('MSG-3 splits a text/event-stream into data payloads across chunks, skipping comments', () => {
    const parser = new EventStreamParser();
    expect(parser.push('retry: 3000\n: connected\n\n')).toEqual([]);
    expect(parser.push('data: {"type":"notif')).toEqual([]);
    expect(parser.push('ication"}\n\n: heartbeat\n\ndata: {"a":1}\r\n\r\n')).toEqual([
      '{"type":"notification"}',
      '{"a":1}',
    ]);
  });

  it('MSG-3 matches each signal with the oldest undelivered post of its case', () => {
    const { live, at } = fanOut();
    at(100);
    const first = live.posted('case-a');
    at(150);
    const other = live.posted('case-b');
    at(160);
    live.receive(message('case-a'), at(160));
    live.answered('case-a', first, true);
    at(200);
    const second = live.posted('case-a');
    live.receive(message('case-b'), at(230));
    live.receive(message('case-a'), at(260));
    live.answered('case-b', other, true);
    live.answered('case-a', second, true);
    expect([first.deliveredAt, second.deliveredAt, other.deliveredAt]).toEqual([160, 260, 230]);
    const summary = live.summary('fan-out', 1);
    expect(summary).toMatchObject({ rate: 3, p50: 60, p95: 80, errors: 0 });
    expect(summary.details).toMatchObject({ posts: 3, succeeded: 3, delivered: 3, missed: 0 });
  });

  it('MSG-3 stops awaiting a refused post, counts a successful post never signalled as missed', () => {
    const { live, at } = fanOut();
    at(0);
    const refused = live.posted('case-a');
    live.answered('case-a', refused, false);
    const lost = live.posted('case-a');
    live.answered('case-a', lost, true);
    live.receive(JSON.stringify({ type: 'notification' }), at(5));
    const summary = live.summary('fan-out', 1);
    expect(summary.errors).toBe(1);
    expect(summary.details).toMatchObject({ posts: 2, succeeded: 1, missed: 1, otherSignals: 1 });
  });

  it('MSG-3 forgets the warm-up: its late signals match nothing after reset', () => {
    const { live, at } = fanOut();
    at(0);
    live.posted('case-a');
    live.reset();
    live.receive(message('case-a'), at(40));
    const summary = live.summary('fan-out', 1);
    expect(summary.details).toMatchObject({ posts: 0, delivered: 0, unmatched: 1 });
  });
});
