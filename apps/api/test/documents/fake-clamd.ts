/**
 * A tiny stand-in for clamd on a local TCP port (SEC-18 tests): it speaks INSTREAM as clamd does —
 * `zINSTREAM\0`, length-prefixed chunks, a zero-length terminator — checks the framing, keeps
 * what it received, and answers `stream: OK`, `stream: Eicar-Test-Signature FOUND` when the body
 * holds the EICAR string, an `ERROR` line, or nothing at all (`hang`). `stop()` closes the port,
 * as a stopped daemon would; `start()` again listens on the same port.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { EICAR } from '../../src/modules/documents/signature-scanner.js';

export type FakeClamdMode = 'answer' | 'hang' | 'error';

const COMMAND = Buffer.from('zINSTREAM\0', 'latin1');

export class FakeClamd {
  mode: FakeClamdMode = 'answer';
  /** The bodies received, reassembled from their chunks, and the chunk sizes seen. */
  readonly received: { body: Buffer; chunks: number[] }[] = [];
  port = 0;
  #server: Server | null = null;
  readonly #sockets = new Set<Socket>();

  async start(): Promise<number> {
    const server = createServer((socket) => this.#serve(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.#server = server;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const socket of this.#sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #serve(socket: Socket): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    let commandSeen = false;
    const chunks: Buffer[] = [];
    socket.on('data', (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      if (!commandSeen) {
        if (pending.length < COMMAND.length) return;
        if (!pending.subarray(0, COMMAND.length).equals(COMMAND)) {
          socket.end('UNKNOWN COMMAND\0');
          return;
        }
        commandSeen = true;
        pending = pending.subarray(COMMAND.length);
      }
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          this.#answer(socket, chunks);
          pending = pending.subarray(4);
          return;
        }
        if (pending.length < 4 + length) return;
        chunks.push(pending.subarray(4, 4 + length));
        pending = pending.subarray(4 + length);
      }
    });
  }

  #answer(socket: Socket, chunks: Buffer[]): void {
    const body = Buffer.concat(chunks);
    this.received.push({ body, chunks: chunks.map((c) => c.length) });
    if (this.mode === 'hang') return;
    if (this.mode === 'error') socket.end('INSTREAM size limit exceeded. ERROR\0');
    else if (body.includes(Buffer.from(EICAR, 'latin1'))) {
      socket.end('stream: Eicar-Test-Signature FOUND\0');
    } else socket.end('stream: OK\0');
  }
}

/** A port nothing listens on: bound once by the system, then released. */
export async function closedPort(): Promise<number> {
  const probe = new FakeClamd();
  const port = await probe.start();
  await probe.stop();
  return port;
}
