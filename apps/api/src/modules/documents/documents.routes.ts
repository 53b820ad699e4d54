/**
 * Document routes (DOC-1, DOC-2, SEC-17 to SEC-20). Every request checks access again (a removed
 * representative or a purged case loses it at once); denial is the 404 of SPEC §2.
 */
import { uuidParam } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { Limit } from '../../platform/rate-limit.js';
import { requireUser } from '../auth/request-auth.js';
import { caseIdParams } from '../cases/command-schemas.js';
import {
  addCaseDocument,
  caseForDocuments,
  deleteCaseDocument,
  findCaseDocument,
  listCaseDocuments,
} from './case-documents.js';
import { downloadHeaders } from './filename.js';
import { DOCUMENT_LIMITS } from './limits.js';
import { ObjectNotFoundError } from './storage.js';

/** One file per request; one byte over the limit is enough to know it is too large. */
export const UPLOAD_LIMITS = {
  fileSize: DOCUMENT_LIMITS.maxFileBytes + 1,
  files: 1,
  fields: 5,
  parts: 6,
  fieldSize: 1024,
};

/** SEC-28: uploads per person. */
export const UPLOAD_RATE: Limit = { max: 30, windowSeconds: 600 };

const tags = ['documents'];
const documentParams = z.strictObject({ id: uuidParam, docId: uuidParam });

const documentView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  mime: z.string(),
  size: z.number(),
  addedAt: z.string(),
  addedBy: z.object({
    userId: z.string().nullable(),
    role: z.string(),
    name: z.string().nullable(),
  }),
  system: z.boolean(),
  /** SEC-18: `pending` until the scan answered; only `clean` downloads; lists omit `infected`. */
  scanStatus: z.enum(['pending', 'clean', 'infected']),
  canDelete: z.boolean(),
});

export const documentsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases/:id/documents',
      {
        schema: { tags, params: caseIdParams, response: { 201: documentView, 202: documentView } },
      },
      async (request, reply) => {
        const { user } = requireUser(request);
        await ctx.rateLimiter.hit(ctx.database.db, `upload:user:${user.id}`, UPLOAD_RATE);
        // Before reading the body: a stranger's 20 MB never reaches the server's memory.
        const { row } = await caseForDocuments(ctx, user, request.params.id);
        if (!request.isMultipart()) throw new AppError(415, 'unsupported_media_type');
        const file = await request.file({ limits: UPLOAD_LIMITS });
        if (!file) throw new AppError(400, 'document_missing');
        let bytes: Buffer;
        try {
          bytes = await file.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError(413, 'document_too_large');
          }
          throw error;
        }
        if (file.file.truncated) throw new AppError(413, 'document_too_large');
        const doc = await addCaseDocument(
          ctx,
          user,
          row.id,
          { name: file.filename, bytes },
          request.log,
        );
        const listed = (await listCaseDocuments(ctx, user, row.id)).documents;
        const added = listed.find((d) => d.id === doc.id);
        if (!added) throw new Error('the new document is not listed');
        // SEC-18: 202 when the scanner could not answer yet — stored, listed, not downloadable.
        return reply.status(added.scanStatus === 'clean' ? 201 : 202).send(added);
      },
    );

    app.get(
      '/api/cases/:id/documents',
      {
        schema: {
          tags,
          params: caseIdParams,
          response: { 200: z.object({ documents: z.array(documentView) }) },
        },
      },
      async (request) => listCaseDocuments(ctx, requireUser(request).user, request.params.id),
    );

    app.get(
      '/api/cases/:id/documents/:docId/download',
      { schema: { tags, params: documentParams } },
      async (request, reply) => {
        const { user } = requireUser(request);
        const doc = await findCaseDocument(ctx, user, request.params.id, request.params.docId);
        // SEC-18, fail closed: nothing is served before the scanner called it clean.
        if (doc.scanStatus !== 'clean') throw new AppError(409, 'scan_pending');
        let body;
        try {
          body = await ctx.documents.get(doc.storageKey);
        } catch (error) {
          if (error instanceof ObjectNotFoundError) throw notFound();
          throw error;
        }
        // SEC-20: attachment, nosniff, `CSP: sandbox` (kept by the global headers hook).
        return reply.headers(downloadHeaders(doc.displayName, doc.mime, doc.size)).send(body);
      },
    );

    app.delete(
      '/api/cases/:id/documents/:docId',
      { schema: { tags, params: documentParams } },
      async (request, reply) => {
        const { user } = requireUser(request);
        await deleteCaseDocument(ctx, user, request.params.id, request.params.docId);
        return reply.status(204).send();
      },
    );
  };
