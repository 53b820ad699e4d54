/**
 * ORG-1, ORG-2, ACC-3: the participating businesses, the people who act for them, and the
 * one-time activation links of accounts that staff create (nobody on the business side, and no
 * mediator or staff member, registers by themselves).
 */
import type { PostalAddress } from '@entente/contracts';
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid, jsonb } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { users } from './users.js';

export const businesses = pgTable(
  'businesses',
  {
    id: uuid('id').primaryKey(),
    programme: text('programme').$type<'qc' | 'fr'>().notNull(),
    legalName: text('legal_name').notNull(),
    /** NEQ (10 digits) in Quebec, SIREN (9 digits) in France. */
    registrationNumber: text('registration_number').notNull(),
    /** Head office first; establishments after. */
    addresses: jsonb('addresses').$type<PostalAddress[]>().notNull().default([]),
    sector: text('sector').notNull(),
    /** The date on the participation form (`YYYY-MM-DD`, a calendar date, not an instant). */
    participationDate: text('participation_date').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: tz('created_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
    /** A business that stops participating keeps its cases; it gets no new ones. */
    withdrawnAt: tz('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('businesses_programme_registration_idx').on(t.programme, t.registrationNumber),
    index('businesses_name_idx').on(t.programme, sql`lower(${t.legalName})`, t.id),
  ],
);

/** ORG-1: the respondent (exactly one active) and the representatives of a business. */
export const businessMembers = pgTable(
  'business_members',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<'respondent' | 'representative'>().notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: tz('added_at').notNull(),
    /** Set on removal: access ends on the next request (SEC-15). */
    removedAt: tz('removed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.userId, t.role] }),
    index('business_members_user_idx').on(t.userId, t.businessId),
    uniqueIndex('business_members_one_respondent_idx')
      .on(t.businessId)
      .where(sql`${t.role} = 'respondent' AND ${t.removedAt} IS NULL`),
  ],
);

/** ACC-3: a one-time link (valid 7 days) to set the password of an account staff created. */
export const accountActivations = pgTable(
  'account_activations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: tz('created_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
    usedAt: tz('used_at'),
  },
  (t) => [index('account_activations_user_idx').on(t.userId)],
);
