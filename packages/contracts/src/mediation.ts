/**
 * Issue 6 (QC-15, QC-16, QC-20, STF-1, STF-2): the staff's mediation queue, the ranked mediator
 * suggestions for a case, the mediators' follow-up requests to the office ("relance") and the
 * staff dashboard. Field names and codes only: labels live in the web dictionaries; validation
 * messages are keys (`validation-messages.ts`). Every view is case metadata (STF-2): numbers,
 * dates, statuses, names — never a message body or a document of the parties.
 */
import { z } from 'zod';
import { messageBodyField } from './messages.js';

const programme = z.enum(['qc', 'fr']);
const person = z.strictObject({ userId: z.string(), name: z.string() });
const pageLimit = z.coerce.number().int().min(1).max(100).default(20);
const cursor = z.string().max(400).optional();

/** QC-20: whom the mediator asks the office to reach. */
export const FOLLOWUP_PARTIES = ['consumer', 'business', 'both'] as const;
export type FollowupParty = (typeof FOLLOWUP_PARTIES)[number];

/** Seed 001 §1.5: "demander à l'Office de tenter de joindre la partie concernée". */
export const followupBody = z.strictObject({
  party: z.enum(FOLLOWUP_PARTIES, { error: 'invalidChoice' }),
  message: messageBodyField,
});
export type FollowupBody = z.infer<typeof followupBody>;

/** What staff did about it; the mediator reads it on the case. */
export const followupResolveBody = z.strictObject({ resolution: messageBodyField });
export type FollowupResolveBody = z.infer<typeof followupResolveBody>;

export const followupView = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  programme,
  mediator: person,
  party: z.enum(FOLLOWUP_PARTIES),
  message: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'resolved']),
  resolvedAt: z.string().nullable(),
  resolvedBy: person.nullable(),
  resolution: z.string().nullable(),
});
export type FollowupView = z.infer<typeof followupView>;

/** A case's follow-ups, newest first, for its mediator and for staff. */
export const caseFollowupsView = z.strictObject({
  items: z.array(followupView),
  /** Whether this reader may send one now (the case's mediator while it is in mediation). */
  mayRequest: z.boolean(),
});
export type CaseFollowups = z.infer<typeof caseFollowupsView>;

export const FOLLOWUP_FILTERS = ['open', 'all'] as const;
export const staffFollowupsQuery = z.strictObject({
  status: z.enum(FOLLOWUP_FILTERS, { error: 'invalidChoice' }).default('open'),
  after: cursor,
  limit: pageLimit,
});
export const followupListView = z.strictObject({
  items: z.array(followupView),
  next: z.string().nullable(),
});
export type FollowupList = z.infer<typeof followupListView>;

export const mediationQueueQuery = z.strictObject({ after: cursor, limit: pageLimit });

/** A case awaiting a mediator (status `mediation_requested`), oldest first. */
export const mediationQueueItem = z.strictObject({
  caseId: z.string(),
  caseNumber: z.string(),
  programme,
  openedAt: z.string(),
  /** The business as the registry names it; null when it is not in the registry. */
  business: z.strictObject({ legalName: z.string(), sector: z.string() }).nullable(),
  requestedAt: z.string().nullable(),
  /** Calendar days since the request, in the programme's time zone. */
  waitingDays: z.number().int().nullable(),
  mediator: person.nullable(),
});
export type MediationQueueItem = z.infer<typeof mediationQueueItem>;

export const mediationQueueView = z.strictObject({
  items: z.array(mediationQueueItem),
  next: z.string().nullable(),
});
export type MediationQueue = z.infer<typeof mediationQueueView>;

const absence = z.strictObject({ startsOn: z.string(), endsOn: z.string() });

/** One mediator and why they rank where they do (docs/adr/0011-mediator-suggestions.md). */
export const mediatorSuggestion = z.strictObject({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  sectors: z.array(z.string()),
  regions: z.array(z.string()),
  activeCases: z.number().int(),
  maxActiveCases: z.number().int().nullable(),
  /** `activeCases` has reached `maxActiveCases`: one more case goes over the office's plan. */
  atCapacity: z.boolean(),
  /** One of the mediator's sectors is the business's sector (case-insensitive). */
  sectorMatch: z.boolean(),
  /** The current or next announced absence. */
  nextAbsence: absence.nullable(),
  /** An absence starts within the next 14 days: the mediation would be interrupted. */
  absenceSoon: z.boolean(),
});
export type MediatorSuggestion = z.infer<typeof mediatorSuggestion>;

export const mediatorSuggestionsView = z.strictObject({
  caseId: z.string(),
  caseNumber: z.string(),
  programme,
  businessSector: z.string().nullable(),
  /** The programme's local date the ranking was made for. */
  today: z.string(),
  /** Best first. */
  suggestions: z.array(mediatorSuggestion),
  /** Away today (MDR-1: no assignment then), back soonest first; `until` is their last day away. */
  unavailable: z.array(mediatorSuggestion.extend({ until: z.string() })),
});
export type MediatorSuggestions = z.infer<typeof mediatorSuggestionsView>;

/** STF-1: the deadlines the dashboard follows, as the deadline projection names them. */
export const DASHBOARD_DEADLINE_KINDS = [
  'draft_expiry',
  'professional_answer',
  'admissibility_decision',
  'mediation_end',
] as const;
export type DashboardDeadlineKind = (typeof DASHBOARD_DEADLINE_KINDS)[number];

const caseRef = {
  caseId: z.string(),
  caseNumber: z.string(),
  programme,
};

const deadlineItem = z.strictObject({
  ...caseRef,
  status: z.string(),
  kind: z.enum(DASHBOARD_DEADLINE_KINDS),
  dueAt: z.string(),
});
const deadlineGroup = z.strictObject({
  total: z.number().int(),
  byKind: z.array(z.strictObject({ kind: z.enum(DASHBOARD_DEADLINE_KINDS), count: z.number() })),
  items: z.array(deadlineItem),
});

const mediationItem = z.strictObject({
  ...caseRef,
  /** QC-20: calendar day of mediation (the start day is day 0). */
  day: z.number().int().nullable(),
  maxDays: z.number().int().nullable(),
  endsAt: z.string().nullable(),
  overdueSince: z.string().nullable(),
  mediator: person.nullable(),
});

export const staffDashboardView = z.strictObject({
  generatedAt: z.string(),
  /** Open cases by programme and status. */
  counts: z.array(z.strictObject({ programme, status: z.string(), count: z.number().int() })),
  awaitingMediator: z.strictObject({
    count: z.number().int(),
    oldest: z.array(mediationQueueItem),
  }),
  deadlines: z.strictObject({
    /** Due within the next 7 days. */
    near: deadlineGroup,
    /** Due date passed while the case is still at that step. */
    past: deadlineGroup,
  }),
  mediation: z.strictObject({
    /** QC-20: day 60 reached, not yet overdue. */
    alert: z.strictObject({ count: z.number().int(), items: z.array(mediationItem) }),
    /** QC-20: past the mediation's length (flagged by the deadline job; the case stays open). */
    overdue: z.strictObject({ count: z.number().int(), items: z.array(mediationItem) }),
  }),
  followups: z.strictObject({ open: z.number().int(), newest: z.array(followupView) }),
});
export type StaffDashboard = z.infer<typeof staffDashboardView>;
