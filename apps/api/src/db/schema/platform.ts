import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { users } from './users.js';

/** Keys shared by every instance (HMAC and encryption keys), created once on first start. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: tz('created_at').notNull(),
});

/** The office's deployment settings (branding, contact, programmes), one row. */
export const officeSettings = pgTable('office_settings', {
  id: integer('id').primaryKey(),
  data: jsonb('data').notNull(),
  updatedAt: tz('updated_at').notNull(),
});

/** Counters behind every rate limit, in the database so all instances share them. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').primaryKey(),
    windowStart: tz('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('rate_limit_hits_window_idx').on(t.windowStart)],
);

/** ACC-5: versioned terms of use and confidentiality commitment. */
export const termsVersions = pgTable(
  'terms_versions',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<'terms' | 'confidentiality'>().notNull(),
    version: integer('version').notNull(),
    titleFr: text('title_fr').notNull(),
    bodyFr: text('body_fr').notNull(),
    titleEn: text('title_en').notNull(),
    bodyEn: text('body_en').notNull(),
    publishedAt: tz('published_at').notNull(),
  },
  (t) => [uniqueIndex('terms_versions_kind_version_idx').on(t.kind, t.version)],
);

/** ACC-5: who accepted which version when; `caseId` is set for a per-case acceptance. */
export const termsAcceptances = pgTable(
  'terms_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    termsVersionId: integer('terms_version_id')
      .notNull()
      .references(() => termsVersions.id),
    caseId: uuid('case_id'),
    acceptedAt: tz('accepted_at').notNull(),
  },
  (t) => [index('terms_acceptances_user_idx').on(t.userId)],
);

export type OutboxAttachment = { filename: string; contentType: string; contentBase64: string };

/**
 * Every e-mail the platform sends, written in the transaction that caused it. In embedded mode
 * this table is the local mailbox; with SMTP a job delivers each row and then erases its body,
 * so codes and links do not stay in the database.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: several e-mails can share one timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    toAddress: text('to_address').notNull(),
    fromAddress: text('from_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body'),
    htmlBody: text('html_body'),
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
    template: text('template').notNull(),
    status: text('status').$type<'stored' | 'queued' | 'sent' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: tz('created_at').notNull(),
    sentAt: tz('sent_at'),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt, t.seq)],
);
