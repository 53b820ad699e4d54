/**
 * MSG-3 fan-out: one listener per API instance on the live channel, delivering each signal to
 * the open streams of the users it names. PGlite listens through its own API; PostgreSQL through
 * a dedicated connection with reconnects (`pg-listener.ts`).
 */
import type { LiveSignal } from '@entente/contracts';
import type { AppContext } from '../../app-context.js';
import { LIVE_CHANNEL, parseEnvelope, usePublisher } from './live-signals.js';
import { PgListener } from './pg-listener.js';

type Subscriber = (signal: LiveSignal) => void;

export class LiveHub {
  readonly #byUser = new Map<string, Set<Subscriber>>();
  #stop: (() => Promise<void>) | null = null;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  async start(ctx: AppContext): Promise<void> {
    const deliver = (payload: string) => this.deliver(payload);
    const { database, config } = ctx;
    if (database.listen) {
      this.#stop = await database.listen(LIVE_CHANNEL, deliver);
    } else if (config.database.kind === 'postgres') {
      const listener = new PgListener(config.database.url, LIVE_CHANNEL, deliver, this.onError);
      await listener.start();
      // Signals published after commit use this connection too, so they never wait for the pool.
      const fallback = (payloads: readonly string[]) =>
        database.execute('SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', [
          LIVE_CHANNEL,
          payloads,
        ]);
      usePublisher(
        database,
        async (payloads) => {
          if (!(await listener.notify(payloads))) await fallback(payloads);
        },
        this.onError,
      );
      this.#stop = async () => {
        usePublisher(database, null);
        await listener.stop();
      };
    }
  }

  async stop(): Promise<void> {
    const stop = this.#stop;
    this.#stop = null;
    await stop?.().catch(() => undefined);
  }

  /** Registers a stream of this user; the returned function unregisters it. */
  subscribe(userId: string, subscriber: Subscriber): () => void {
    const set = this.#byUser.get(userId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.#byUser.set(userId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.#byUser.delete(userId);
    };
  }

  /** How many streams are open (for tests and health). */
  get streams(): number {
    let total = 0;
    for (const set of this.#byUser.values()) total += set.size;
    return total;
  }

  deliver(payload: string): void {
    const envelope = parseEnvelope(payload);
    if (envelope === null) return;
    for (const userId of envelope.u) {
      for (const subscriber of this.#byUser.get(userId) ?? []) subscriber(envelope.s);
    }
  }
}
