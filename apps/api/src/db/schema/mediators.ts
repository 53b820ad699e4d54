/**
 * MDR-1, QC-15, QC-20: the office's mediators (profile, what they cover, when they are away)
 * and the follow-up requests ("relances") mediators send the office about a silent party.
 * The accounts themselves are `users` with the `mediator` role, created by staff (ACC-3).
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { cases } from './cases.js';
import { users } from './users.js';

export const mediatorProfiles = pgTable('mediator_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The programmes (`qc`, `fr`) whose cases this mediator may be given. */
  programmes: text('programmes').array().$type<('qc' | 'fr')[]>().notNull(),
  /** Sectors of activity covered, compared case-insensitively with the business's sector. */
  sectors: text('sectors')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Territories covered (regions, départements). */
  regions: text('regions')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** FR: when the mediator signed the independence and impartiality declaration (MDR-1). */
  independenceDeclaredAt: tz('independence_declared_at'),
  /** The load the office plans for this mediator; null = no cap. */
  maxActiveCases: integer('max_active_cases'),
  createdBy: uuid('created_by').notNull(),
  createdAt: tz('created_at').notNull(),
  updatedAt: tz('updated_at').notNull(),
  /** A withdrawn mediator gets no new case; the cases already assigned stay theirs. */
  withdrawnAt: tz('withdrawn_at'),
});

/**
 * MDR-1: announced absences. Calendar dates of the programme's time zone, both inclusive; no
 * assignment suggests a mediator on a day inside one of their periods.
 */
export const mediatorUnavailability = pgTable(
  'mediator_unavailability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mediatorUserId: uuid('mediator_user_id')
      .notNull()
      .references(() => mediatorProfiles.userId, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    index('mediator_unavailability_mediator_idx').on(t.mediatorUserId, t.endsOn),
    check('mediator_unavailability_order', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * QC-20 "relance": a mediator asks the office to reach a party that does not answer. Staff see
 * the open ones on their dashboard (STF-1) and mark them handled. Not a case event: it changes
 * nothing in the case; who asked and who handled it, and when, are kept here.
 */
export const mediationFollowups = pgTable(
  'mediation_followups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    mediatorUserId: uuid('mediator_user_id').notNull(),
    /** The silent party: `consumer`, `business` or `both`. */
    party: text('party').$type<'consumer' | 'business' | 'both'>().notNull(),
    message: text('message').notNull(),
    createdAt: tz('created_at').notNull(),
    resolvedAt: tz('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    /** What staff did, shown to the mediator. */
    resolution: text('resolution'),
  },
  (t) => [
    index('mediation_followups_case_idx').on(t.caseId, t.createdAt),
    index('mediation_followups_open_idx')
      .on(t.createdAt, t.id)
      .where(sql`${t.resolvedAt} IS NULL`),
    check('mediation_followups_message_length', sql`char_length(${t.message}) BETWEEN 1 AND 2000`),
    check('mediation_followups_resolution_length', sql`char_length(${t.resolution}) <= 2000`),
  ],
);
