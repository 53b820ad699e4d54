/**
 * The intake's attachments (legal references, information kit): checked like case documents
 * (type from content, SEC-17; image metadata stripped, SEC-21; malware scan, SEC-18), kept in
 * `DocumentStorage` under keys made here (SEC-19), and read back to attach them again when a new
 * code is sent. They are e-mailed at once, so there is no `pending` state: when the scanner
 * cannot answer, the intake is refused (503) rather than sent unscanned.
 */
import type { Readable } from 'node:stream';
import type { AppContext } from '../../app-context.js';
import type { IntakeAttachment, OutboxAttachment } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import {
  documentErrorCode,
  documentRefusalStatus,
  inspectDocument,
  newObjectKey,
  sanitizeDisplayName,
  withExtension,
} from '../documents/index.js';
import { stripImageMetadata } from '../documents/image-metadata.js';
import { scanOrPending } from '../documents/malware-scanner.js';
import { MAX_INTAKE_ATTACHMENT_BYTES, type IntakeBody } from './intake-schemas.js';

type Checked = { name: string; mime: string; bytes: Buffer };

/** Decodes and inspects every file before anything is stored; the first refusal wins. */
export function checkAttachments(files: IntakeBody['attachments']): Checked[] {
  const checked: Checked[] = [];
  let total = 0;
  for (const file of files) {
    const bytes = Buffer.from(file.contentBase64, 'base64');
    total += bytes.length;
    if (total > MAX_INTAKE_ATTACHMENT_BYTES) {
      throw new AppError(413, 'intake_attachments_too_large', {
        params: { mb: MAX_INTAKE_ATTACHMENT_BYTES / (1024 * 1024) },
      });
    }
    const inspection = inspectDocument(bytes, file.name);
    if (!inspection.ok) {
      throw new AppError(
        documentRefusalStatus[inspection.reason],
        documentErrorCode(inspection.reason),
      );
    }
    const stripped = stripImageMetadata(inspection.type, bytes);
    if (!stripped.ok) throw new AppError(422, documentErrorCode('corrupt'));
    const name = withExtension(sanitizeDisplayName(file.name), inspection.extension);
    checked.push({ name, mime: inspection.mime, bytes: stripped.bytes });
  }
  return checked;
}

/** Scans, then stores the files; if one fails, those already written are removed again. */
export async function storeAttachments(
  ctx: AppContext,
  intakeId: string,
  files: readonly Checked[],
): Promise<IntakeAttachment[]> {
  for (const file of files) {
    const scan = await scanOrPending(ctx.scanner, file.bytes);
    if (scan.status === 'infected') throw new AppError(422, 'document_infected');
    if (scan.status === 'pending') throw new AppError(503, 'scan_unavailable');
  }
  const stored: IntakeAttachment[] = [];
  try {
    for (const file of files) {
      const key = newObjectKey(intakeId);
      const object = await ctx.documents.put(key, file.bytes, {
        contentType: file.mime,
        size: file.bytes.length,
      });
      stored.push({
        key,
        name: file.name,
        mime: file.mime,
        size: object.size,
        sha256: object.sha256,
      });
    }
    return stored;
  } catch (error) {
    await removeAttachments(ctx, stored);
    throw error;
  }
}

export async function removeAttachments(
  ctx: AppContext,
  files: readonly IntakeAttachment[],
): Promise<void> {
  for (const file of files) await ctx.documents.delete(file.key).catch(() => undefined);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function mailAttachments(
  ctx: AppContext,
  files: readonly IntakeAttachment[],
): Promise<OutboxAttachment[]> {
  const out: OutboxAttachment[] = [];
  for (const file of files) {
    const bytes = await readAll(await ctx.documents.get(file.key));
    out.push({
      filename: file.name,
      contentType: file.mime,
      contentBase64: bytes.toString('base64'),
    });
  }
  return out;
}
