/**
 * QC-3 to QC-7: the draft's content, one row per case, written with the `draft_step_saved` event
 * of each save; and REP-2's invitations, whose validation key is stored only as an HMAC.
 */
import type { PartiesDraft, ProblemDescriptionDraft, ProposalDraft } from '@entente/contracts';
import type { DraftStep } from '@entente/domain';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { cases } from './cases.js';

export const caseDrafts = pgTable('case_drafts', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  parties: jsonb('parties').$type<PartiesDraft>().notNull().default({}),
  description: jsonb('description').$type<ProblemDescriptionDraft>().notNull().default({}),
  proposal: jsonb('proposal').$type<ProposalDraft>().notNull().default({}),
  /** The wizard's progress marks: the steps saved at least once. */
  savedSteps: text('saved_steps').array().$type<DraftStep[]>().notNull().default([]),
  updatedAt: tz('updated_at').notNull(),
});

export const representativeInvitations = pgTable(
  'representative_invitations',
  {
    /** The engine's `representativeId`. */
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** HMAC of the validation key, bound to the invitation. */
    keyHash: text('key_hash').notNull(),
    createdAt: tz('created_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
    usedAt: tz('used_at'),
    usedBy: uuid('used_by'),
    /** Set when the consumer removes the representative: the key stops working. */
    revokedAt: tz('revoked_at'),
  },
  (t) => [index('representative_invitations_case_idx').on(t.caseId)],
);
