/**
 * The case page's read views (QC-10, QC-11, QC-12): "Résumé du dossier" (parties, business,
 * representatives, who took charge, the full problem description) and "Tableau des propositions"
 * (the current proposal, whose turn it is, the full history of immutable versions and what the
 * reader may do with it). Both are party content: staff (metadata access, STF-2) get the 404 of a
 * case that does not exist, like strangers.
 */
import { randomUUID } from 'node:crypto';
import {
  negotiationTurn,
  sideOf,
  type CaseState,
  type Command,
  type Proposal,
  type ProposalContent,
} from '@entente/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { businesses, caseDrafts, caseEvents, intakes, users } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { agreementText, type AgreementText } from './agreement-text.js';
import { chooseActor } from './case-actors.js';
import { readableCase, type CaseReader } from './case-queries.js';
import { caseRead, isoOf, peopleAmong, theCase, type Person } from './case-reads.js';
import type { CaseProposalsView, CaseResumeView } from './view-schemas.js';

/** Participants only: anyone else reads the 404 of a case that does not exist. */
export async function participantReader(
  ctx: AppContext,
  user: User,
  caseId: string,
): Promise<CaseReader> {
  const reader = await readableCase(ctx, user, caseId);
  if (reader.access !== 'full') throw notFound();
  return reader;
}

const namesFrom = (people: readonly Person[]) =>
  new Map(
    people.map(([id, given, family]) => [id, [given, family].filter(Boolean).join(' ').trim()]),
  );

async function userNames(ctx: AppContext, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.database.db
    .select({ id: users.id, given: users.givenName, family: users.familyName })
    .from(users)
    .where(inArray(users.id, wanted));
  return namesFrom(rows.map((r): Person => [r.id, r.given, r.family]));
}

/** The registry's legal name when the business is enrolled (ORG-1), else the intake's name. */
async function businessName(ctx: AppContext, state: CaseState): Promise<string | null> {
  const db = ctx.database.db;
  const [enrolled] = await db
    .select({ name: businesses.legalName })
    .from(businesses)
    .where(eq(businesses.id, state.business.businessId));
  if (enrolled) return enrolled.name;
  const [intake] = await db
    .select({ name: intakes.businessName })
    .from(intakes)
    .where(eq(intakes.caseId, state.caseId));
  return intake?.name ?? null;
}

/** QC-10, QC-11 "Résumé du dossier". */
export async function caseResume(ctx: AppContext, reader: CaseReader): Promise<CaseResumeView> {
  const db = ctx.database.db;
  const state = reader.row.state;
  const [submitted] = await db
    .select({ userId: caseEvents.actorUserId, at: caseEvents.at })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, state.caseId), eq(caseEvents.type, 'case_submitted')));
  const [draft] = await db
    .select({ parties: caseDrafts.parties, description: caseDrafts.description })
    .from(caseDrafts)
    .where(eq(caseDrafts.caseId, state.caseId));
  const merchant = state.merchantRepresentative;
  const names = await userNames(
    ctx,
    [state.consumer.userId, merchant?.userId, submitted?.userId ?? undefined].filter(
      (id): id is string => typeof id === 'string',
    ),
  );
  const rep = state.consumerRepresentative;
  return {
    id: state.caseId,
    caseNumber: state.caseNumber,
    status: state.status,
    mySide: sideOf(state, reader.actor),
    consumer: {
      userId: state.consumer.userId,
      name: names.get(state.consumer.userId) ?? '',
      phone: draft?.parties.consumerPhone ?? null,
      address: draft?.parties.consumerAddress ?? null,
    },
    business: { id: state.business.businessId, name: await businessName(ctx, state) },
    merchantInCharge: merchant
      ? { userId: merchant.userId, name: names.get(merchant.userId) ?? '', since: merchant.since }
      : null,
    representative: rep
      ? {
          id: rep.representativeId,
          status: rep.status,
          firstName: rep.firstName,
          lastName: rep.lastName,
          relationship: rep.relationship,
        }
      : null,
    submitted: submitted
      ? {
          at: submitted.at.toISOString(),
          by: submitted.userId === null ? null : (names.get(submitted.userId) ?? null),
        }
      : null,
    description: draft && Object.keys(draft.description).length > 0 ? draft.description : null,
  };
}

const PROBE: ProposalContent = { solutions: [{ kind: 'repair' }], terms: '' };

/** What the engine would let this reader do, asked with full commands (guards included). */
function allowed(ctx: AppContext, reader: CaseReader, command: Command): boolean {
  return chooseActor(reader.row.state, reader.actors, command, ctx.clock.now()).ok;
}

function versionsOf(proposal: Proposal, names: Map<string, string>) {
  return proposal.versions.map((v) => ({
    version: v.version,
    at: v.at,
    byName: names.get(v.by.userId) ?? null,
    content: { solutions: [...v.content.solutions], terms: v.content.terms },
  }));
}

type Answer = { side: 'consumer' | 'merchant'; version: number; at: string };

/**
 * The proposals board's read: the names of the offers' authors, the acceptances a modification
 * voided (QC-17: the state forgets them, the projection keeps them) and the filed agreement's
 * document. The offers come from the state, as `caseProposals` takes them.
 */
export const proposalsRead = caseRead('case_proposals', () => ({
  people: peopleAmong(sql`array(select (v #>> '{by,userId}')::uuid
    from jsonb_array_elements(${theCase.state}->'proposals') p
    cross join jsonb_array_elements(p->'versions') v where p->>'kind' = 'offer')`),
  voided: sql<[string, Answer['side'], number, string][]>`(select
    coalesce(json_agg(json_build_array(a.proposal_id, a.side, a.version, a.answered_at)
      order by a.answered_at), '[]'::json)
    from proposal_acceptances a
    where a.proposal_id = any(array(select (p->>'proposalId')::uuid
        from jsonb_array_elements(${theCase.state}->'proposals') p where p->>'kind' = 'offer'))
      and a.decision = 'accepted' and a.voided_at is not null)`,
  agreementDocumentId: sql<string | null>`(select d.id from case_documents d
    where d.case_id = ${theCase.id} and d.kind = 'agreement' and d.deleted_at is null
    order by d.added_at limit 1)`,
}));

/** The proposal `may` is about: the open party proposal, or the mediator's in mediation. */
function currentOf(state: CaseState, offers: readonly Proposal[]): Proposal | null {
  if (state.status === 'closed') return null;
  if (state.status === 'mediation') {
    const mine = offers.findLast((p) => p.author === 'mediator' && p.phase === 'mediation');
    return mine?.status === 'open' ? mine : null;
  }
  const latest = offers.findLast((p) => p.author !== 'mediator');
  return latest?.status === 'open' ? latest : null;
}

/**
 * QC-12, QC-16, QC-17 "Tableau des propositions": the negotiation's proposals and the mediator's,
 * newest first, with their versions, acceptances and the acceptances a modification voided, from
 * the `proposalsRead` columns. Participants only: anyone else reads a 404.
 */
export function caseProposals(
  ctx: AppContext,
  reader: CaseReader,
  found: {
    people: Person[];
    voided: [string, Answer['side'], number, string][];
    agreementDocumentId: string | null;
  },
): CaseProposalsView {
  if (reader.access !== 'full') throw notFound();
  const state = reader.row.state;
  const offers = state.proposals.filter((p) => p.kind === 'offer');
  const names = namesFrom(found.people);
  const voided = new Map<string, Answer[]>();
  for (const [proposalId, side, version, at] of found.voided) {
    const list = voided.get(proposalId) ?? [];
    list.push({ side, version, at: isoOf(at) });
    voided.set(proposalId, list);
  }
  const current = currentOf(state, offers);
  const lastVersion = current?.versions.at(-1);
  const mediatorProposal = offers.findLast(
    (p) => p.author === 'mediator' && p.phase === 'mediation',
  );
  const may = {
    accept:
      current !== null &&
      lastVersion !== undefined &&
      allowed(ctx, reader, {
        type: 'accept_proposal',
        proposalId: current.proposalId,
        version: lastVersion.version,
      }),
    modify:
      current !== null &&
      lastVersion !== undefined &&
      allowed(ctx, reader, {
        type: 'modify_proposal',
        proposalId: current.proposalId,
        baseVersion: lastVersion.version,
        content: lastVersion.content,
      }),
    counter: allowed(ctx, reader, {
      type: 'make_proposal',
      proposalId: randomUUID(),
      content: PROBE,
    }),
  };
  const agreement = state.agreement;
  return {
    caseId: state.caseId,
    status: state.status,
    currency: state.settings.currency,
    locale: state.settings.locale,
    mySide: sideOf(state, reader.actor),
    turn: negotiationTurn(state),
    currentProposalId: current?.proposalId ?? null,
    mediatorProposalId: mediatorProposal?.proposalId ?? null,
    may,
    proposals: [...offers].reverse().map((p) => {
      const currentVersion = p.versions.length;
      return {
        id: p.proposalId,
        author: p.author,
        phase: p.phase,
        status: p.status,
        versions: versionsOf(p, names),
        acceptedVersion: p.status === 'accepted' ? (p.acceptances.at(-1)?.version ?? null) : null,
        acceptances: p.acceptances
          .filter((a) => a.version === currentVersion)
          .map((a) => ({ side: a.side, version: a.version, at: a.at })),
        voidedAcceptances: voided.get(p.proposalId) ?? [],
      };
    }),
    agreement: agreement
      ? {
          proposalId: agreement.proposalId,
          version: agreement.version,
          reachedAt: agreement.reachedAt,
          documentId: found.agreementDocumentId,
        }
      : null,
  };
}

/** QC-12: the agreement a counter-proposal would produce, from the wizard's own text function. */
export async function previewCaseAgreement(
  ctx: AppContext,
  reader: CaseReader,
  content: ProposalContent,
): Promise<AgreementText> {
  const state = reader.row.state;
  const names = await userNames(ctx, [state.consumer.userId]);
  const rep = state.consumerRepresentative;
  return agreementText({
    caseNumber: state.caseNumber,
    locale: state.settings.locale,
    currency: state.settings.currency,
    consumerName: names.get(state.consumer.userId) || null,
    representativeName: rep?.status === 'active' ? `${rep.firstName} ${rep.lastName}` : null,
    businessName: await businessName(ctx, state),
    proposal: content,
  });
}
