/**
 * QC-1: the office's intakes. The access code is never stored: only an HMAC bound to the intake
 * (like the sign-in codes, SEC-5), so a database leak does not open anyone's case.
 */
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { users } from './users.js';

/** A file staff attached to the intake (legal references, information kit), kept in storage. */
export type IntakeAttachment = {
  key: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
};

export const intakes = pgTable(
  'intakes',
  {
    id: uuid('id').primaryKey(),
    /** Seven random digits (QC-1), unique; the case number is `OPC-<reference>`. */
    referenceNumber: text('reference_number').notNull(),
    /** HMAC of the current access code; replaced when a new code is issued. */
    codeHash: text('code_hash').notNull(),
    /** How many codes were issued for this intake (first issue, re-sends and re-issues). */
    codesIssued: integer('codes_issued').notNull().default(1),
    consumerName: text('consumer_name').notNull(),
    /** Lower-cased and trimmed. */
    consumerEmail: text('consumer_email').notNull(),
    consumerLanguage: text('consumer_language').$type<'fr' | 'en'>().notNull(),
    /** As staff named it; the business registry (issue 5) will replace it with a real row. */
    businessName: text('business_name').notNull(),
    /** Given by staff, or derived from the name (stable) until the registry exists. */
    businessId: uuid('business_id').notNull(),
    category: text('category'),
    attachments: jsonb('attachments').$type<IntakeAttachment[]>().notNull().default([]),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: tz('created_at').notNull(),
    /** When the current code was issued, and until when it opens a case (exclusive). */
    issuedAt: tz('issued_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
    usedAt: tz('used_at'),
    usedBy: uuid('used_by'),
    caseId: uuid('case_id'),
  },
  (t) => [
    uniqueIndex('intakes_reference_number_idx').on(t.referenceNumber),
    index('intakes_created_idx').on(t.createdAt, t.id),
  ],
);
