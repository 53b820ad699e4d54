/**
 * COPY … FROM STDIN in text format through pg-copy-streams, one connection per table so the
 * server parses several tables at once while this process generates. Lines are buffered and
 * written in ~1 MB chunks, waiting for 'drain' (backpressure) so memory stays flat.
 */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { once } from 'node:events';

const CHUNK = 1 << 20;

export class TableCopy {
  #client: pg.Client;
  #stream: Writable | null = null;
  #buffer: string[] = [];
  #size = 0;
  rows = 0;

  private constructor(
    client: pg.Client,
    readonly table: string,
    readonly columns: readonly string[],
  ) {
    this.#client = client;
  }

  /** A connection that skips FK checks and triggers (superuser only: see docs/performance.md). */
  static async open(url: string, table: string, columns: readonly string[]): Promise<TableCopy> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("SET session_replication_role = 'replica'");
    await client.query('SET synchronous_commit = off');
    return new TableCopy(client, table, columns);
  }

  /** Starts one batch: a COPY statement that ends (and commits) with `endBatch`. */
  begin(): void {
    this.#stream = this.#client.query(
      copyFrom(`COPY ${this.table} (${this.columns.join(', ')}) FROM STDIN`),
    );
  }

  async push(lines: readonly string[]): Promise<void> {
    for (const l of lines) {
      this.#buffer.push(l);
      this.#size += l.length + 1;
    }
    this.rows += lines.length;
    if (this.#size >= CHUNK) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = this.#buffer.join('\n') + '\n';
    this.#buffer = [];
    this.#size = 0;
    if (!this.#stream) throw new Error(`COPY into ${this.table} not begun`);
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  async endBatch(): Promise<void> {
    await this.#flush();
    const stream = this.#stream;
    this.#stream = null;
    if (!stream) return;
    const done = once(stream, 'finish');
    stream.end();
    await done;
  }

  async close(): Promise<void> {
    await this.#client.end();
  }
}
