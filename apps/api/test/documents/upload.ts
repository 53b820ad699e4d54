/** Multipart uploads for the document route tests. */
import type { Person } from '../support/cases.js';

export function multipart(filename: string, bytes: Buffer) {
  const boundary = `entente${Math.random().toString(16).slice(2)}`;
  const head = `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\n${head}`, 'utf8'),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(who: Person, caseId: string, filename: string, bytes: Buffer) {
  const { payload, headers } = multipart(filename, bytes);
  return (await who.client()).request('POST', `/api/cases/${caseId}/documents`, payload, headers);
}
