/**
 * A dedicated PostgreSQL connection that LISTENs on a channel (a pooled connection cannot: the
 * pool hands it to other queries). When the connection drops (server restart, network) it comes
 * back with exponential backoff; signals sent while it was down are lost, which is acceptable
 * for "refetch" hints (the browser also refetches when its stream reconnects).
 */
import pg from 'pg';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

export class PgListener {
  #client: pg.Client | null = null;
  #stopped = false;
  #delay = FIRST_DELAY_MS;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Resolves once the first LISTEN succeeded (or keeps retrying in the background). */
  async start(): Promise<void> {
    await this.#connect();
  }

  /**
   * NOTIFY through this connection (it may send while it listens); false when it is down, for
   * the caller to use another one.
   */
  async notify(payloads: readonly string[]): Promise<boolean> {
    const client = this.#client;
    if (client === null) return false;
    await client.query({
      name: 'live_notify',
      text: 'SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p',
      values: [this.channel, payloads],
    });
    return true;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    let failed = false;
    const fail = (error: unknown) => {
      // A connection we ended ourselves (stop) is not a failure to log or retry.
      if (failed || this.#stopped) return;
      failed = true;
      this.onError(error);
      if (this.#client === client) this.#client = null;
      client.end().catch(() => undefined);
      this.#retry();
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('LISTEN connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload) this.onPayload(message.payload);
    });
    try {
      await client.connect();
      // The channel is our constant identifier, never user input.
      await client.query(`LISTEN ${this.channel}`);
      this.#client = client;
      this.#delay = FIRST_DELAY_MS;
    } catch (error) {
      fail(error);
    }
  }

  #retry(): void {
    if (this.#stopped || this.#timer) return;
    const delay = this.#delay;
    this.#delay = Math.min(this.#delay * 2, MAX_DELAY_MS);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, delay);
    this.#timer.unref();
  }
}
