/**
 * AWS Signature Version 4 for S3-compatible object storage, on `node:crypto` only: about eighty
 * lines instead of an SDK. Checked against the examples AWS publishes for S3 header-based auth
 * (see test/documents/sigv4.test.ts).
 */
import { createHash, createHmac } from 'node:crypto';

export type SigV4Credentials = {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service?: string;
};

export type SigV4Request = {
  method: string;
  url: URL;
  /** Extra headers to sign and send (content-type, range…); names in any case. */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body; S3 checks it against the bytes it receives. */
  payloadHash: string;
  now: Date;
};

export const EMPTY_PAYLOAD_HASH = sha256Hex('');

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Returns the headers to send: the caller's, plus `x-amz-date`, `x-amz-content-sha256` and
 * `authorization`. `host` is signed but not returned, because fetch sets it from the URL.
 */
export function signRequest(
  request: SigV4Request,
  credentials: SigV4Credentials,
): Record<string, string> {
  const service = credentials.service ?? 's3';
  const amzDate = request.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const toSign: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    toSign[name.toLowerCase()] = value.trim().replace(/\s+/g, ' ');
  }
  toSign['host'] = request.url.host;
  toSign['x-amz-date'] = amzDate;
  toSign['x-amz-content-sha256'] = request.payloadHash;

  const names = Object.keys(toSign).sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(request.url.pathname),
    canonicalQuery(request.url.searchParams),
    names.map((name) => `${name}:${toSign[name]}\n`).join(''),
    signedHeaders,
    request.payloadHash,
  ].join('\n');

  const scope = `${day}/${credentials.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  let key: Buffer = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [credentials.region, service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');

  const { host: _host, ...headers } = toSign;
  return {
    ...headers,
    authorization:
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope},` +
      `SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, `/` optional. */
export function uriEncode(value: string, keepSlash = false): string {
  return Array.from(Buffer.from(value, 'utf8'))
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-._~]/.test(char) || (keepSlash && char === '/')) return char;
      return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

// S3 signs the path encoded once (other services encode twice); the URL parser's own encoding
// differs from RFC 3986 (it leaves `$` or `'` alone), so each segment is decoded and re-encoded.
function canonicalPath(pathname: string): string {
  if (!pathname) return '/';
  return pathname
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params.entries()]
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
