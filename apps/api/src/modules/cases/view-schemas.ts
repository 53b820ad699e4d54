/**
 * What the case routes answer. Strict objects: a field added to a view without being declared
 * here fails loudly in tests instead of leaking. Instants are ISO strings.
 */
import { problemDescriptionDraftSchema, proposalContentSchema } from '@entente/contracts';
import { ACTION_NAMES, CASE_EVENT_TYPES } from '@entente/domain';
import { z } from 'zod';

const instant = z.string();
const nullableInstant = instant.nullable();
const person = z.strictObject({ userId: z.string(), name: z.string() });

const solutionView = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund'), amountMinor: z.number() }),
  z.strictObject({ kind: z.literal('repair') }),
  z.strictObject({ kind: z.literal('replacement') }),
  z.strictObject({ kind: z.literal('delivery_or_service'), byDate: z.string() }),
  z.strictObject({ kind: z.literal('contract_cancellation') }),
  z.strictObject({ kind: z.literal('price_reduction'), amountMinor: z.number() }),
  z.strictObject({
    kind: z.literal('damages'),
    amountMinor: z.number(),
    supportingDocumentId: z.string(),
  }),
  z.strictObject({ kind: z.literal('other_compensation'), text: z.string() }),
]);
const contentView = z.strictObject({ solutions: z.array(solutionView), terms: z.string() });
const answerView = z.strictObject({
  side: z.enum(['consumer', 'merchant']),
  version: z.number(),
  at: instant,
});

export const proposalView = z.strictObject({
  id: z.string(),
  kind: z.enum(['offer', 'solution']),
  author: z.enum(['consumer', 'merchant', 'mediator']),
  phase: z.enum(['negotiation', 'mediation']),
  currency: z.enum(['CAD', 'EUR']),
  status: z.enum(['open', 'countered', 'accepted', 'refused', 'superseded']),
  answerDueAt: nullableInstant,
  versions: z.array(
    z.strictObject({
      version: z.number(),
      content: contentView,
      at: instant,
      by: z.strictObject({ userId: z.string(), role: z.string() }),
    }),
  ),
  acceptances: z.array(answerView),
  refusals: z.array(answerView),
});

export const caseSummaryView = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  referenceNumber: z.string(),
  programme: z.enum(['qc', 'fr']),
  channel: z.enum(['online', 'post']),
  status: z.string(),
  outcome: z.string().nullable(),
  version: z.number(),
  openedAt: instant,
  submittedAt: nullableInstant,
  closedAt: nullableInstant,
  readableUntil: nullableInstant,
  overdueSince: nullableInstant,
  /** STF-2: staff read `metadata`: no proposal, justification or personal detail. */
  access: z.enum(['full', 'metadata']),
  myRoles: z.array(z.string()),
  mySide: z.enum(['consumer', 'merchant', 'mediator']).nullable(),
  consumer: person,
  businessId: z.string(),
  merchantRepresentative: person.extend({ since: instant }).nullable(),
  mediator: person.nullable(),
  consumerRepresentative: z
    .strictObject({
      id: z.string(),
      status: z.enum(['invited', 'active']),
      firstName: z.string(),
      lastName: z.string(),
      relationship: z.string(),
    })
    .nullable(),
  deadlines: z.array(z.strictObject({ kind: z.string(), dueAt: instant })),
  mediation: z
    .strictObject({
      day: z.number(),
      maxDays: z.number(),
      remainingDays: z.number(),
      alert: z.boolean(),
      overdue: z.boolean(),
      endsAt: instant,
    })
    .nullable(),
  negotiationTurn: z.enum(['consumer', 'merchant']).nullable(),
  proposals: z.array(proposalView).nullable(),
  agreement: z
    .strictObject({
      proposalId: z.string(),
      version: z.number(),
      phase: z.enum(['negotiation', 'mediation']),
      reachedAt: instant,
      protocolVersion: z.number().nullable(),
    })
    .nullable(),
  protocol: z
    .strictObject({
      version: z.number(),
      submittedAt: instant,
      signatures: z.array(z.strictObject({ side: z.enum(['consumer', 'merchant']), at: instant })),
    })
    .nullable(),
  closure: z
    .strictObject({
      outcome: z.string(),
      reason: z.string(),
      phase: z.string(),
      justification: z.string().nullable(),
      problemSummary: z.string().nullable(),
      closedAt: instant,
      messagingUntil: nullableInstant,
    })
    .nullable(),
});
export type CaseSummaryView = z.infer<typeof caseSummaryView>;

export const caseListView = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      caseNumber: z.string(),
      programme: z.enum(['qc', 'fr']),
      status: z.string(),
      outcome: z.string().nullable(),
      openedAt: instant,
    }),
  ),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.string().nullable(),
});

export const caseHistoryView = z.strictObject({
  events: z.array(
    z.strictObject({
      seq: z.number(),
      type: z.enum(CASE_EVENT_TYPES as [string, ...string[]]),
      label: z.string(),
      at: instant,
      actor: z.strictObject({ userId: z.string().nullable(), role: z.string() }),
      /** Null when the reader may not see it (STF-2: staff never read confidential payloads). */
      payload: z.record(z.string(), z.json()).nullable(),
    }),
  ),
});

/** QC-15: whether the reader may ask for mediation now, and if not, why and from when. */
export const requestMediationView = z.strictObject({
  allowed: z.boolean(),
  /** What makes the case eligible: each party proposed, or 45 days since take-charge. */
  basis: z.enum(['both_proposed', 'take_charge_elapsed']).nullable(),
  /** The first instant the 45-day rule is met; null before anyone took charge. */
  eligibleFrom: nullableInstant,
  /** The engine's denial code when not allowed (`mediation_not_yet_eligible`…). */
  reason: z.string().nullable(),
  /** That reason in the reader's language. */
  message: z.string().nullable(),
});
export type RequestMediationView = z.infer<typeof requestMediationView>;

export const caseActionsView = z.strictObject({
  actions: z.array(z.enum(ACTION_NAMES as [string, ...string[]])),
  /** Null unless the reader is a party of a qc case in negotiation. */
  requestMediation: requestMediationView.nullable(),
});

export const commandResultView = z.strictObject({
  id: z.string(),
  version: z.number(),
  status: z.string(),
  outcome: z.string().nullable(),
  events: z.array(z.strictObject({ seq: z.number(), type: z.string() })),
  /** The identifier the server gave to what the command created (proposal, representative). */
  createdId: z.string().nullable(),
});

export const openedCaseView = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  programme: z.enum(['qc', 'fr']),
  status: z.string(),
  version: z.number(),
});

/** QC-10, QC-11 "Résumé du dossier" (`GET /api/cases/:id/resume`): participants only. */
export const caseResumeView = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  status: z.string(),
  mySide: z.enum(['consumer', 'merchant', 'mediator']).nullable(),
  consumer: z.strictObject({
    userId: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  /** The registry's legal name, or the name the office wrote on the intake; null if unknown. */
  business: z.strictObject({ id: z.string(), name: z.string().nullable() }),
  /** QC-10: the single merchant representative in charge, seen by the consumer too. */
  merchantInCharge: person.extend({ since: instant }).nullable(),
  representative: z
    .strictObject({
      id: z.string(),
      status: z.enum(['invited', 'active']),
      firstName: z.string(),
      lastName: z.string(),
      relationship: z.string(),
    })
    .nullable(),
  submitted: z.strictObject({ at: instant, by: z.string().nullable() }).nullable(),
  /** The full problem description of the draft (QC-5), as saved; null when never saved. */
  description: problemDescriptionDraftSchema.nullable(),
});
export type CaseResumeView = z.infer<typeof caseResumeView>;

/** QC-12 "Tableau des propositions" (`GET /api/cases/:id/proposals`): participants only. */
export const caseProposalsView = z.strictObject({
  caseId: z.string(),
  status: z.string(),
  currency: z.enum(['CAD', 'EUR']),
  locale: z.enum(['fr-CA', 'fr-FR']),
  mySide: z.enum(['consumer', 'merchant', 'mediator']).nullable(),
  /** The side expected to answer the current proposal; null when nothing is open. */
  turn: z.enum(['consumer', 'merchant']).nullable(),
  /**
   * The proposal `may` is about: the open party proposal in negotiation, the mediator's in
   * mediation (QC-17); null when nothing is open.
   */
  currentProposalId: z.string().nullable(),
  /** QC-17: the mediator's current proposal in mediation; null before they made one. */
  mediatorProposalId: z.string().nullable(),
  /**
   * What the reader may do now, as the engine decides it (a represented consumer: nothing). For
   * the mediator `counter` is "Faire une proposition initiale" and `modify` "Modifier ma
   * proposition"; for a party in mediation `accept` is about the mediator's current version.
   */
  may: z.strictObject({ accept: z.boolean(), modify: z.boolean(), counter: z.boolean() }),
  /** Newest first, the negotiation's included (QC-16); every version is kept as written. */
  proposals: z.array(
    z.strictObject({
      id: z.string(),
      author: z.enum(['consumer', 'merchant', 'mediator']),
      phase: z.enum(['negotiation', 'mediation']),
      status: z.enum(['open', 'countered', 'accepted', 'refused', 'superseded']),
      versions: z.array(
        z.strictObject({
          version: z.number(),
          at: instant,
          byName: z.string().nullable(),
          content: contentView,
        }),
      ),
      acceptedVersion: z.number().nullable(),
      /** Acceptances of the current version. */
      acceptances: z.array(answerView),
      /** QC-17: acceptances given to an earlier version, voided when the proposal was modified. */
      voidedAcceptances: z.array(answerView),
    }),
  ),
  agreement: z
    .strictObject({
      proposalId: z.string(),
      version: z.number(),
      reachedAt: instant,
      /** The agreement PDF filed under Documents (QC-13), once it exists. */
      documentId: z.string().nullable(),
    })
    .nullable(),
});
export type CaseProposalsView = z.infer<typeof caseProposalsView>;

export const agreementPreviewBody = z.strictObject({ content: proposalContentSchema });
