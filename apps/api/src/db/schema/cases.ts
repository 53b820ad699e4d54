/**
 * Cases (issue 3). The journal `case_events` is the source of truth; every other table here is a
 * projection written from the same events in the same transaction, so lists and access checks
 * are plain SQL. `replay(events)` must always give back `cases.state` (a test checks it).
 */
import type {
  CaseState,
  DeadlineKind,
  Outcome,
  PartySide,
  ProgrammeSettings,
  ProposalContent,
} from '@entente/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { users } from './users.js';

export const CASE_RELATIONS = [
  'consumer',
  'consumer_representative',
  'merchant_respondent',
  'merchant_representative',
  'mediator',
] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    programme: text('programme').$type<'qc' | 'fr'>().notNull(),
    referenceNumber: text('reference_number').notNull(),
    /** `OPC-1291252` (QC-2): shown everywhere, unique. */
    caseNumber: text('case_number').notNull(),
    status: text('status').notNull(),
    outcome: text('outcome').$type<Outcome>(),
    /** User ids are not foreign keys: ACC-6 keeps the case, with the identity, past the account. */
    consumerUserId: uuid('consumer_user_id').notNull(),
    /** Businesses arrive in a later issue: no foreign key yet. */
    businessId: uuid('business_id').notNull(),
    mediatorUserId: uuid('mediator_user_id'),
    /** QC-10: the single person acting for the business. */
    merchantRepresentativeUserId: uuid('merchant_representative_user_id'),
    openedAt: tz('opened_at').notNull(),
    submittedAt: tz('submitted_at'),
    closedAt: tz('closed_at'),
    /** QC-23: readable until then, purged after. */
    readableUntil: tz('readable_until'),
    /** QC-20: set by the deadline job past the mediation's end; the case stays open. */
    overdueSince: tz('overdue_since'),
    /**
     * The mediation's dates, copies of the state's (ADR 0023), for the staff lists: the queue's
     * wait (`mediationRequestedAt`) and the day count of QC-20 / FR-9 (`mediationProgress`).
     * Read from `state` they cost a decompression of the whole snapshot per listed case.
     */
    mediationRequestedAt: tz('mediation_requested_at'),
    mediationStartedAt: tz('mediation_started_at'),
    mediationEndsAt: tz('mediation_ends_at'),
    mediationAlertAt: tz('mediation_alert_at'),
    state: jsonb('state').$type<CaseState>().notNull(),
    settings: jsonb('settings').$type<ProgrammeSettings>().notNull(),
    /** Number of events in the journal: the next event's `seq` is `version + 1`. */
    version: integer('version').notNull(),
    updatedAt: tz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('cases_case_number_idx').on(t.caseNumber),
    index('cases_consumer_idx').on(t.consumerUserId),
    // "Mes dossiers" (issue 7, migration 0016): the last two columns make each per-status range
    // an index-only scan, read newest first and cut at the page whatever the planner's guess.
    index('cases_business_status_opened_idx').on(
      t.businessId,
      t.status,
      t.openedAt,
      t.id,
      t.readableUntil,
      t.merchantRepresentativeUserId,
    ),
    index('cases_mediator_idx').on(t.mediatorUserId),
    // The mediation queue (oldest first) and any per-status scan, keyed for paging.
    index('cases_status_opened_idx').on(t.status, t.openedAt, t.id),
    // STF-1/QC-20: the overdue mediations, oldest first; only flagged cases are in it.
    index('cases_overdue_idx')
      .on(t.overdueSince, t.id)
      .where(sql`${t.overdueSince} IS NOT NULL`),
  ],
);

/** Who is on a case and how: the access check and "my cases" read this table. */
export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relation: text('relation').$type<CaseRelation>().notNull(),
    /** False once replaced (mediator) or removed (representative): no access any more. */
    active: boolean('active').notNull(),
    since: tz('since').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId, t.relation] }),
    index('case_members_user_idx').on(t.userId, t.active, t.caseId),
  ],
);

/**
 * The append-only journal. A trigger (migration 0002) refuses UPDATE, and DELETE unless the
 * retention purge set `entente.purge` for its transaction (QC-23).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per case; the unique index turns a concurrent writer into a conflict. */
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** Null for the system (deadline jobs). */
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role').notNull(),
    at: tz('at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('case_events_case_seq_idx').on(t.caseId, t.seq)],
);

export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'offer' | 'solution'>().notNull(),
    author: text('author').$type<PartySide | 'mediator'>().notNull(),
    phase: text('phase').$type<'negotiation' | 'mediation'>().notNull(),
    currency: text('currency').$type<'CAD' | 'EUR'>().notNull(),
    status: text('status').notNull(),
    currentVersion: integer('current_version').notNull(),
    /** The proposal this one counters (QC-12). */
    counters: uuid('counters'),
    /** FR-11: when the parties' answers to a mediator's solution are due. */
    answerDueAt: tz('answer_due_at'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [index('proposals_case_idx').on(t.caseId)],
);

/** Immutable: a modification is a new version (same trigger as the journal). */
export const proposalVersions = pgTable(
  'proposal_versions',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ProposalContent>().notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorRole: text('author_role').notNull(),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.version] })],
);

/**
 * A party's answer to one version: `accepted` (QC-12, QC-17, FR-11) or, for an fr mediator's
 * solution, `refused`. Modifying the proposal voids the acceptances of the earlier version.
 */
export const proposalAcceptances = pgTable(
  'proposal_acceptances',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    side: text('side').$type<PartySide>().notNull(),
    decision: text('decision').$type<'accepted' | 'refused'>().notNull(),
    userId: uuid('user_id').notNull(),
    answeredAt: tz('answered_at').notNull(),
    voidedAt: tz('voided_at'),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.version, t.side] })],
);

/**
 * Pending deadlines from `deadlinesFor(state)`, re-synchronised after every command. `key` is
 * the engine's stable identity (kind + proposal or reminder offset); a deadline never moves
 * earlier: a later date cancels the row and adds a new one.
 */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DeadlineKind>().notNull(),
    key: text('key').notNull(),
    dueAt: tz('due_at').notNull(),
    /** The system command the job runs, or null for an alert only. */
    action: text('action'),
    createdAt: tz('created_at').notNull(),
    firedAt: tz('fired_at'),
    /** What the job did: `done`, `notified`, `purged`, or `denied:<reason>`. */
    result: text('result'),
    cancelledAt: tz('cancelled_at'),
    /**
     * On a `mediation_end` row: the due date of the case's current `mediation_alert` row (QC-20's
     * day 60; qc only), so the dashboard's day-60 list reads the ends it may show and no other
     * (migration 0017). Null on every other row, and on an end without an alert (fr).
     */
    alertDueAt: tz('alert_due_at'),
  },
  (t) => [
    uniqueIndex('case_deadlines_case_key_due_idx').on(t.caseId, t.key, t.dueAt),
    index('case_deadlines_due_idx')
      .on(t.dueAt)
      .where(sql`${t.firedAt} IS NULL AND ${t.cancelledAt} IS NULL`),
    // STF-1: the deadlines that are each open case's current step, fired or not (a row stops
    // being one when its case moves on: `syncDeadlines` cancels it). Reading those of a kind due
    // within a week touches only them (index-only for counts), whatever the number of cases.
    index('case_deadlines_current_idx')
      .on(t.kind, t.dueAt, t.caseId)
      .where(
        sql`${t.cancelledAt} IS NULL AND ${t.kind} IN ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')`,
      ),
    // QC-20: the current ends of the mediations that have a day-60 alert, soonest first, with the
    // alert's date: the dashboard's list is an index-only range cut at its first rows.
    index('case_deadlines_alerted_end_idx')
      .on(t.dueAt, t.caseId, t.alertDueAt)
      .where(
        sql`${t.cancelledAt} IS NULL AND ${t.kind} = 'mediation_end' AND ${t.alertDueAt} IS NOT NULL`,
      ),
  ],
);

/**
 * STF-1: cases by programme and status, kept by a trigger on `cases` (migration 0007) so the
 * dashboard's counts cost the same with 500,000 open cases as with 50. A change adds to one of
 * `slot`'s 16 rows at random, so concurrent status changes seldom wait for the same row; a
 * read sums them.
 */
export const caseStatusCounts = pgTable(
  'case_status_counts',
  {
    programme: text('programme').$type<'qc' | 'fr'>().notNull(),
    status: text('status').notNull(),
    slot: integer('slot').notNull(),
    count: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.programme, t.status, t.slot] })],
);

/**
 * STF-1: the current-step deadlines of `case_deadlines_current_idx`, counted by kind and due
 * instant (deadlines fall at the end of a local day, so an instant holds many). Kept by a
 * trigger on `case_deadlines` (migration 0009), like `case_status_counts`.
 */
export const caseDeadlineCounts = pgTable(
  'case_deadline_counts',
  {
    kind: text('kind').notNull(),
    dueAt: tz('due_at').notNull(),
    slot: integer('slot').notNull(),
    count: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.dueAt, t.slot] })],
);

/**
 * STF-1: how many rows carry a flag, kept by triggers like `case_status_counts`: `overdue`, the
 * cases with `overdue_since` set (QC-20, migration 0011, on `cases`), and `followup_open`, the
 * unresolved follow-up requests (QC-20, migration 0013, on `mediation_followups`).
 */
export const caseFlagCounts = pgTable(
  'case_flag_counts',
  {
    flag: text('flag').notNull(),
    slot: integer('slot').notNull(),
    count: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.flag, t.slot] })],
);

/**
 * QC-23 / RPT-1: what remains of a case after its retention purge. Anonymous on purpose: no
 * case id, no person, no business; only the programme, how it ended and its key dates.
 */
export const caseStatistics = pgTable(
  'case_statistics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programme: text('programme').$type<'qc' | 'fr'>().notNull(),
    channel: text('channel').notNull(),
    outcome: text('outcome').$type<Outcome>(),
    closureReason: text('closure_reason'),
    closurePhase: text('closure_phase'),
    wentToMediation: boolean('went_to_mediation').notNull(),
    openedAt: tz('opened_at').notNull(),
    submittedAt: tz('submitted_at'),
    firstTookChargeAt: tz('first_took_charge_at'),
    mediationRequestedAt: tz('mediation_requested_at'),
    mediationStartedAt: tz('mediation_started_at'),
    agreementAt: tz('agreement_at'),
    closedAt: tz('closed_at'),
    purgedAt: tz('purged_at').notNull(),
  },
  (t) => [index('case_statistics_programme_closed_idx').on(t.programme, t.closedAt)],
);
