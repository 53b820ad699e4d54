/**
 * MSG-3's live fan-out measured from the receiving side: listeners hold `GET /api/live` open as
 * the other party of the cases a scenario posts messages in, and each `message` signal is
 * matched with the post that caused it. Posts on one case never overlap (the scenario hands a
 * case to one connection at a time) and PostgreSQL delivers notifications in commit order, so
 * the oldest undelivered post of a case is the one a signal announces.
 *
 * Delivery latency runs from the moment the post is written to its socket to the moment the
 * signal reaches this process: the whole path (HTTP, the transaction, NOTIFY at commit, the
 * API's LISTEN connection, the hub, the stream). Both ends are timed in this process, which also
 * runs the load, so its own event-loop delays are included — as in the response times.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile, round } from './load.js';
import type { SideMeasure } from './scenario.js';
import type { Headers } from './sessions.js';

/** One post whose signal is awaited: `ok` once answered, `deliveredAt` once signalled. */
export interface Post {
  readonly sentAt: number;
  ok: boolean | null;
  deliveredAt: number | null;
}

/** Splits a text/event-stream into the `data` payloads of its events (comments ignored). */
export class EventStreamParser {
  #buffer = '';

  push(chunk: string): string[] {
    this.#buffer += chunk.replace(/\r\n?/g, '\n');
    const blocks = this.#buffer.split('\n\n');
    this.#buffer = blocks.pop() ?? '';
    return blocks.flatMap((block) => {
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).replace(/^ /, ''));
      return data.length === 0 ? [] : [data.join('\n')];
    });
  }
}

export class LiveFanOut {
  /** Per case, the posts whose signal has not arrived yet, oldest first. */
  readonly #pending = new Map<string, Post[]>();
  #posts: Post[] = [];
  /** Message signals that match no awaited post (a warm-up post's, say). */
  #unmatched = 0;
  /** Other signals the listeners received (in-app notifications of the new messages). */
  #other = 0;
  readonly #streams: http.ClientRequest[] = [];

  constructor(
    readonly listeners: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Opens one stream per listener; resolves once every stream has said `connected`. */
  static async open(baseUrl: string, listeners: ReadonlyMap<string, Headers>): Promise<LiveFanOut> {
    const fanOut = new LiveFanOut(listeners.size);
    await Promise.all([...listeners.values()].map((headers) => fanOut.#listen(baseUrl, headers)));
    return fanOut;
  }

  #listen(baseUrl: string, headers: Headers): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = http.get(
        `${baseUrl}/api/live`,
        // A socket of its own per stream: a pooled one would be kept from the load.
        { headers: { cookie: headers.cookie!, accept: 'text/event-stream' }, agent: false },
        (response) => {
          if (response.statusCode !== 200) {
            reject(new Error(`GET /api/live: ${response.statusCode}`));
            response.resume();
            return;
          }
          const parser = new EventStreamParser();
          let connected = false;
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            const at = this.now();
            if (!connected && chunk.includes(': connected')) {
              connected = true;
              resolve();
            }
            for (const data of parser.push(chunk)) this.receive(data, at);
          });
        },
      );
      request.on('error', reject);
      this.#streams.push(request);
    });
  }

  /** A signal's `data` arrived on a stream at `at` (performance.now()). */
  receive(data: string, at: number): void {
    const signal = JSON.parse(data) as { type: string; caseId?: string };
    if (signal.type !== 'message' || signal.caseId === undefined) {
      this.#other += 1;
      return;
    }
    const post = this.#pending.get(signal.caseId)?.shift();
    if (post === undefined) this.#unmatched += 1;
    else post.deliveredAt = at;
  }

  /** A post on `caseId` is being sent now. */
  posted(caseId: string): Post {
    const post: Post = { sentAt: this.now(), ok: null, deliveredAt: null };
    this.#posts.push(post);
    const queue = this.#pending.get(caseId);
    if (queue) queue.push(post);
    else this.#pending.set(caseId, [post]);
    return post;
  }

  /** Its answer: a refused post sends no signal, so it is no longer awaited. */
  answered(caseId: string, post: Post, ok: boolean): void {
    post.ok = ok;
    if (ok || post.deliveredAt !== null) return;
    const queue = this.#pending.get(caseId) ?? [];
    const index = queue.indexOf(post);
    if (index >= 0) queue.splice(index, 1);
  }

  /** Forgets everything so far (called after the warm-up). */
  reset(): void {
    this.#pending.clear();
    this.#posts = [];
    this.#unmatched = 0;
    this.#other = 0;
  }

  /** Delivery latencies of the posts sent since `reset`; a successful post never signalled is an error. */
  summary(name: string, seconds: number): SideMeasure {
    const delivered = this.#posts.filter((p) => p.deliveredAt !== null);
    const latencies = Float64Array.from(delivered, (p) => p.deliveredAt! - p.sentAt).sort();
    const succeeded = this.#posts.filter((p) => p.ok === true).length;
    const missed = this.#posts.filter((p) => p.ok === true && p.deliveredAt === null).length;
    return {
      name,
      rate: round(delivered.length / seconds),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      errors: missed,
      details: {
        listeners: this.listeners,
        posts: this.#posts.length,
        succeeded,
        delivered: delivered.length,
        missed,
        unmatched: this.#unmatched,
        otherSignals: this.#other,
      },
    };
  }

  close(): void {
    for (const stream of this.#streams) {
      stream.on('error', () => undefined);
      stream.destroy();
    }
  }
}
