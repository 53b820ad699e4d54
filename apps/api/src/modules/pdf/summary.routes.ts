/**
 * DOC-3: `GET /api/cases/:id/summary.pdf`, "Télécharger un résumé du dossier". Generated on
 * demand for the reader: their language (Accept-Language), the threads they take part in.
 * Access as for documents — the case's content is for its participants (STF-2), anyone else
 * gets the 404 of a case that does not exist. Rate-limited (SEC-28): a PDF costs CPU.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import type { Limit } from '../../platform/rate-limit.js';
import { requireUser } from '../auth/request-auth.js';
import { readableCase } from '../cases/case-queries.js';
import { caseIdParams } from '../cases/command-schemas.js';
import { downloadHeaders } from '../documents/filename.js';
import { summaryData } from './summary-data.js';
import { renderSummaryPdf } from './summary-pdf.js';

/** SEC-28: summaries per person. Ten in ten minutes is plenty for archiving a case or two. */
export const SUMMARY_PDF_RATE: Limit = { max: 10, windowSeconds: 600 };

export const summaryFileName = (caseNumber: string, language: 'fr' | 'en') =>
  language === 'fr' ? `Résumé du dossier ${caseNumber}.pdf` : `Case summary ${caseNumber}.pdf`;

export const summaryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/summary.pdf',
      { schema: { tags: ['documents'], params: caseIdParams } },
      async (request, reply) => {
        const { user } = requireUser(request);
        await ctx.rateLimiter.hit(ctx.database.db, `summary-pdf:user:${user.id}`, SUMMARY_PDF_RATE);
        const reader = await readableCase(ctx, user, request.params.id);
        if (reader.access !== 'full') throw notFound();
        const language = requestLanguage(request);
        const db = ctx.database.db;
        const data = await summaryData(db, reader.row.state, reader.actors);
        const bytes = await renderSummaryPdf(data, language, ctx.clock.now());
        const name = summaryFileName(reader.row.caseNumber, language);
        // SEC-20's download headers: attachment, nosniff, `CSP: sandbox`, no caching.
        return reply.headers(downloadHeaders(name, 'application/pdf', bytes.length)).send(bytes);
      },
    );
  };
