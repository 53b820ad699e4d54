/**
 * Intake attachments are e-mailed at once, so they pass the same checks as case documents
 * before storage — metadata stripped (SEC-21), malware scan (SEC-18) — and fail closed with 503
 * when no scanner answers: there is no `pending` state for a file about to be sent.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { ClamdScanner } from '../../src/modules/documents/clamd-scanner.js';
import { LocalDocumentStorage } from '../../src/modules/documents/local-storage.js';
import type { MalwareScanner } from '../../src/modules/documents/malware-scanner.js';
import { EICAR, SignatureScanner } from '../../src/modules/documents/signature-scanner.js';
import { checkAttachments, storeAttachments } from '../../src/modules/intake/intake-files.js';
import { closedPort } from './fake-clamd.js';
import { jpegWithGps } from './fixtures-metadata.js';
import * as fx from './fixtures.js';

function context(scanner: MalwareScanner) {
  const root = mkdtempSync(join(tmpdir(), 'entente-intake-'));
  const ctx = { scanner, documents: new LocalDocumentStorage(root) } as unknown as AppContext;
  return { ctx, root };
}

const attachment = (name: string, bytes: Buffer) => ({
  name,
  contentBase64: bytes.toString('base64'),
});

describe('intake attachments (SEC-18, SEC-21)', () => {
  it('strips a photo’s EXIF and GPS before storing it', async () => {
    const files = checkAttachments([attachment('photo.jpg', jpegWithGps(16, 16))]);
    expect(files[0]!.bytes.equals(fx.jpeg(16, 16))).toBe(true);
    const { ctx } = context(new SignatureScanner());
    const [stored] = await storeAttachments(ctx, crypto.randomUUID(), files);
    expect(stored!.size).toBe(fx.jpeg(16, 16).length);
  });

  it('refuses an infected attachment with 422 and stores none of the files', async () => {
    const files = checkAttachments([
      attachment('guide.pdf', fx.pdf()),
      attachment('eicar.txt', Buffer.from(EICAR, 'latin1')),
    ]);
    const { ctx, root } = context(new SignatureScanner());
    await expect(storeAttachments(ctx, crypto.randomUUID(), files)).rejects.toMatchObject({
      statusCode: 422,
      code: 'document_infected',
    });
    expect(readdirSync(root)).toEqual([]);
  });

  it('answers 503 scan_unavailable when clamd cannot be reached, and stores nothing', async () => {
    const scanner = new ClamdScanner({
      host: '127.0.0.1',
      port: await closedPort(),
      timeoutMs: 500,
    });
    const { ctx, root } = context(scanner);
    const files = checkAttachments([attachment('guide.pdf', fx.pdf())]);
    await expect(storeAttachments(ctx, crypto.randomUUID(), files)).rejects.toMatchObject({
      statusCode: 503,
      code: 'scan_unavailable',
    });
    expect(readdirSync(root)).toEqual([]);
  });
});
