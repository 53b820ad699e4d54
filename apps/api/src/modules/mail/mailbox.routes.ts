import { mailboxListSchema, mailboxMessageSchema, uuidParam } from '@entente/contracts';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';

/** The local mailbox: only exists when no SMTP server is configured (embedded mode). */
export const mailboxRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    if (!ctx.mail.mailboxEnabled) return;
    app.get(
      '/api/mailbox',
      { schema: { tags: ['mailbox'], response: { 200: mailboxListSchema } } },
      async () => ({
        messages: (await ctx.mail.list()).map((m) => ({
          ...m,
          createdAt: m.createdAt.toISOString(),
        })),
      }),
    );
    app.get(
      '/api/mailbox/:id',
      {
        schema: {
          tags: ['mailbox'],
          params: z.object({ id: uuidParam }).strict(),
          response: { 200: mailboxMessageSchema },
        },
      },
      async (request) => {
        const row = await ctx.mail.get(request.params.id);
        if (!row) throw notFound();
        return {
          id: row.id,
          to: row.toAddress,
          from: row.fromAddress,
          subject: row.subject,
          createdAt: row.createdAt.toISOString(),
          text: row.textBody ?? '',
          html: row.htmlBody ?? '',
          attachments: row.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: Buffer.byteLength(a.contentBase64, 'base64'),
          })),
        };
      },
    );
    // The HTML part as its own document: sandboxed, no script, inline styles allowed (e-mails
    // need them), framable only by our own mailbox page.
    app.get(
      '/api/mailbox/:id/html',
      { schema: { tags: ['mailbox'], params: z.object({ id: uuidParam }).strict(), hide: true } },
      async (request, reply) => {
        const row = await ctx.mail.get(request.params.id);
        if (!row?.htmlBody) throw notFound();
        return reply
          .header(
            'content-security-policy',
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox",
          )
          .header('x-frame-options', 'SAMEORIGIN')
          .type('text/html; charset=utf-8')
          .send(row.htmlBody);
      },
    );
  };
