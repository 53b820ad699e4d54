/**
 * A ClamAV daemon client over TCP (SEC-18), speaking clamd's INSTREAM command: `zINSTREAM\0`,
 * then the file as chunks each preceded by its length (4 bytes, network byte order), then a
 * zero-length chunk; clamd answers one NUL-terminated line, `stream: OK` or
 * `stream: <signature> FOUND`, or `… ERROR` (size limit exceeded, for instance).
 *
 * Anything but those two verdicts — refused connection, timeout, an error line, a closed socket
 * — is `ScannerUnavailableError`: the document stays `pending` and is retried (fail closed).
 * clamd's TCP socket is neither encrypted nor authenticated: it belongs on a private network.
 */
import { connect, type Socket } from 'node:net';
import {
  type MalwareScanner,
  type ScanVerdict,
  ScannerUnavailableError,
} from './malware-scanner.js';

export type ClamdOptions = {
  readonly host: string;
  readonly port: number;
  /** The whole exchange, connection included; a slow answer leaves the file `pending`. */
  readonly timeoutMs: number;
  readonly chunkBytes?: number;
};

/** A verdict line is short; anything longer is not clamd talking. */
const MAX_REPLY_BYTES = 4096;
const DEFAULT_CHUNK_BYTES = 64 * 1024;

/** Parses clamd's reply line; `null` when it is not a verdict (an `ERROR` line, say). */
export function parseClamdReply(line: string): ScanVerdict | null {
  const text = line.replace(/[\0\r\n]+$/, '').trim();
  if (/^stream: OK$/.test(text)) return { status: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { status: 'infected', finding: found[1].trim().slice(0, 200) };
  return null;
}

/** The INSTREAM frames for a buffer: command, length-prefixed chunks, zero-length terminator. */
export function instreamFrames(bytes: Buffer, chunkBytes = DEFAULT_CHUNK_BYTES): Buffer[] {
  const frames: Buffer[] = [Buffer.from('zINSTREAM\0', 'latin1')];
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const chunk = bytes.subarray(offset, offset + chunkBytes);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length, 0);
    frames.push(length, chunk);
  }
  frames.push(Buffer.alloc(4));
  return frames;
}

export class ClamdScanner implements MalwareScanner {
  readonly kind = 'clamd' as const;
  constructor(private readonly options: ClamdOptions) {}

  scan(bytes: Buffer): Promise<ScanVerdict> {
    const { host, port, timeoutMs } = this.options;
    return new Promise<ScanVerdict>((resolve, reject) => {
      let reply = Buffer.alloc(0);
      let settled = false;
      const socket: Socket = connect({ host, port });
      const finish = (outcome: ScanVerdict | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const unavailable = (why: string, cause?: unknown) =>
        finish(new ScannerUnavailableError(`clamd ${host}:${port}: ${why}`, { cause }));
      const verdictFromReply = () => {
        const verdict = parseClamdReply(reply.toString('utf8'));
        if (verdict) finish(verdict);
        else
          unavailable(
            `unexpected reply "${reply.toString('utf8').replace(/\0/g, '').slice(0, 120)}"`,
          );
      };
      const timer = setTimeout(() => unavailable(`no answer within ${timeoutMs} ms`), timeoutMs);

      socket.on('connect', () => {
        for (const frame of instreamFrames(bytes, this.options.chunkBytes)) socket.write(frame);
      });
      socket.on('data', (data: Buffer) => {
        reply = Buffer.concat([reply, data]);
        if (reply.includes(0)) verdictFromReply();
        else if (reply.length > MAX_REPLY_BYTES) unavailable('reply too long');
      });
      // clamd closes after answering; a reply without its NUL is still read once the socket ends.
      socket.on('end', () => (reply.length > 0 ? verdictFromReply() : unavailable('closed')));
      socket.on('close', () => unavailable('connection closed without a verdict'));
      socket.on('error', (error) => unavailable(error.message, error));
    });
  }
}
