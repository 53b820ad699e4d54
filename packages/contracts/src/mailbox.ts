import { z } from 'zod';

/** The local mailbox (embedded mode only): what the platform sent, newest first. */
export const mailboxSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  createdAt: z.iso.datetime(),
});
export const mailboxListSchema = z.object({ messages: z.array(mailboxSummarySchema) });
export const mailboxMessageSchema = mailboxSummarySchema.extend({
  from: z.string(),
  text: z.string(),
  html: z.string(),
  attachments: z.array(
    z.object({ filename: z.string(), contentType: z.string(), size: z.number() }),
  ),
});
export type MailboxSummary = z.infer<typeof mailboxSummarySchema>;
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;
