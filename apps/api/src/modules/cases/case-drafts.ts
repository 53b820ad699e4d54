/**
 * QC-3 to QC-7: the draft wizard. Each save is the engine's `save_draft_step` (only the consumer
 * side may save, and only a draft; a represented consumer is refused, REP-3) with the step's data
 * written in the same transaction. A step may be saved incomplete; submission checks every step
 * against its complete schema and answers 400 `draft_incomplete` with the fields to correct,
 * keyed `<step>.<field>`, before `submit_case` runs with the saved proposal.
 */
import { randomUUID } from 'node:crypto';
import {
  type Language,
  type PartiesDraft,
  type ProblemDescriptionDraft,
  type ProposalDraft,
  issuesToFieldErrors,
  partiesSchema,
  problemDescriptionSchema,
  proposalContentSchema,
} from '@entente/contracts';
import { DRAFT_STEPS, type Command, type DraftStep, type ProposalContent } from '@entente/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { businesses, caseDocuments, caseDrafts, intakes, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { type AgreementText, agreementText } from './agreement-text.js';
import { chooseActor } from './case-actors.js';
import { readableCase, type CaseReader } from './case-queries.js';
import { denialStatus } from './reason-messages.js';
import { runCaseCommand } from './run-case-command.js';

export type DraftSaveInput =
  | { step: 'parties'; data: PartiesDraft }
  | { step: 'problem_description'; data: ProblemDescriptionDraft }
  | { step: 'proposal'; data: ProposalDraft }
  | { step: 'documents' };

type DraftRow = typeof caseDrafts.$inferSelect;

const EMPTY = { parties: {}, description: {}, proposal: {}, savedSteps: [] as DraftStep[] };

/** Draft content is the parties' content: staff (metadata access) get the 404 of nothing. */
async function participantCase(ctx: AppContext, user: User, caseId: string) {
  const reader = await readableCase(ctx, user, caseId);
  if (reader.access !== 'full') throw notFound();
  return reader;
}

async function draftRow(db: Executor, caseId: string): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(caseDrafts).where(eq(caseDrafts.caseId, caseId));
  return row;
}

/** Field errors of the saved draft, keyed `<segment>.<field>`; empty when it can be submitted. */
export function missingFields(
  draft: Pick<DraftRow, 'parties' | 'description' | 'proposal'>,
  lang: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const check = (prefix: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const [path, message] of Object.entries(issuesToFieldErrors(result.error.issues, lang))) {
      fields[path === '_root' ? prefix : `${prefix}.${path}`] = message;
    }
  };
  check('parties', partiesSchema, draft.parties);
  check('description', problemDescriptionSchema, draft.description);
  check('proposal', proposalContentSchema, {
    solutions: draft.proposal.solutions ?? [],
    terms: draft.proposal.terms ?? '',
  });
  return fields;
}

export async function readDraft(ctx: AppContext, user: User, caseId: string, lang: Language) {
  const reader = await participantCase(ctx, user, caseId);
  const row = (await draftRow(ctx.database.db, caseId)) ?? { ...EMPTY, updatedAt: null };
  const missing = missingFields(row, lang);
  const complete = (prefix: string) =>
    !Object.keys(missing).some((key) => key === prefix || key.startsWith(`${prefix}.`));
  return {
    caseId: reader.row.id,
    caseNumber: reader.row.caseNumber,
    status: reader.row.status,
    businessName: await businessNameOf(ctx.database.db, reader.row.businessId, caseId),
    draftExpiresAt: reader.row.state.due.draftExpiresAt,
    savedSteps: DRAFT_STEPS.filter((step) => row.savedSteps.includes(step)),
    complete: {
      parties: complete('parties'),
      description: complete('description'),
      proposal: complete('proposal'),
    },
    missing,
    parties: row.parties,
    description: row.description,
    proposal: row.proposal,
    updatedAt: row.updatedAt?.toISOString() ?? null,
  };
}

export async function saveDraftStep(
  ctx: AppContext,
  user: User,
  caseId: string,
  input: DraftSaveInput,
): Promise<void> {
  // SEC-12: staff may know the case exists, but a draft is party content: the 404 of nothing.
  await participantCase(ctx, user, caseId);
  await runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: { type: 'save_draft_step', step: input.step },
    within: async (tx) => {
      const now = ctx.clock.now();
      const column =
        input.step === 'parties'
          ? { parties: input.data }
          : input.step === 'problem_description'
            ? { description: input.data }
            : input.step === 'proposal'
              ? { proposal: input.data }
              : {};
      await tx
        .insert(caseDrafts)
        .values({ caseId, ...column, savedSteps: [input.step], updatedAt: now })
        .onConflictDoUpdate({
          target: caseDrafts.caseId,
          set: {
            ...column,
            savedSteps: sql`CASE WHEN ${input.step}::text = ANY(${caseDrafts.savedSteps}) THEN ${caseDrafts.savedSteps} ELSE array_append(${caseDrafts.savedSteps}, ${input.step}::text) END`,
            updatedAt: now,
          },
        });
    },
  });
}

/** The registry's legal name, or the name staff typed on an intake made before the registry. */
async function businessNameOf(db: Executor, businessId: string, caseId: string) {
  const [business] = await db
    .select({ name: businesses.legalName })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  if (business) return business.name;
  const [intake] = await db
    .select({ name: intakes.businessName })
    .from(intakes)
    .where(eq(intakes.caseId, caseId));
  return intake?.name ?? null;
}

async function namesFor(db: Executor, reader: CaseReader) {
  const state = reader.row.state;
  const [consumer] = await db
    .select({ given: users.givenName, family: users.familyName })
    .from(users)
    .where(eq(users.id, state.consumer.userId));
  const rep = state.consumerRepresentative;
  const full = (given: string | null, family: string | null) =>
    [given, family].filter((part) => part !== null && part !== '').join(' ') || null;
  return {
    consumerName: consumer ? full(consumer.given, consumer.family) : null,
    representativeName: rep?.status === 'active' ? full(rep.firstName, rep.lastName) : null,
    businessName: await businessNameOf(db, reader.row.businessId, state.caseId),
  };
}

/** QC-7: the agreement the saved proposal would produce (400 with its fields if incomplete). */
export async function previewAgreement(
  ctx: AppContext,
  user: User,
  caseId: string,
  lang: Language,
): Promise<AgreementText> {
  const reader = await participantCase(ctx, user, caseId);
  const db = ctx.database.db;
  const row = await draftRow(db, caseId);
  const proposal = completeProposal(row?.proposal ?? {}, lang);
  const state = reader.row.state;
  return agreementText({
    caseNumber: state.caseNumber,
    locale: state.settings.locale,
    currency: state.settings.currency,
    ...(await namesFor(db, reader)),
    proposal,
  });
}

function completeProposal(draft: ProposalDraft, lang: Language): ProposalContent {
  const parsed = proposalContentSchema.safeParse({
    solutions: draft.solutions ?? [],
    terms: draft.terms ?? '',
  });
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(
    Object.entries(issuesToFieldErrors(parsed.error.issues, lang)).map(([path, message]) => [
      path === '_root' ? 'proposal' : `proposal.${path}`,
      message,
    ]),
  );
  throw new AppError(400, 'draft_incomplete', { fields });
}

/** The engine's refusal, if any, before telling someone what their draft lacks. */
function assertMaySubmit(ctx: AppContext, reader: CaseReader): void {
  const probe: Command = {
    type: 'submit_case',
    proposalId: randomUUID(),
    proposal: { solutions: [{ kind: 'repair' }], terms: '' },
  };
  const chosen = chooseActor(reader.row.state, reader.actors, probe, ctx.clock.now());
  if (!chosen.ok) throw new AppError(denialStatus[chosen.reason], chosen.reason);
}

/** QC-7 "Soumettre mon dossier". */
export async function submitDraft(ctx: AppContext, user: User, caseId: string, lang: Language) {
  const reader = await participantCase(ctx, user, caseId);
  assertMaySubmit(ctx, reader);
  const db = ctx.database.db;
  const row = (await draftRow(db, caseId)) ?? { ...EMPTY, updatedAt: new Date(0) };
  const fields = missingFields(row, lang);
  if (Object.keys(fields).length > 0) throw new AppError(400, 'draft_incomplete', { fields });
  const proposal = completeProposal(row.proposal, lang);
  await assertSupportingDocuments(db, caseId, proposal, lang);
  const proposalId = randomUUID();
  const applied = await runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: { type: 'submit_case', proposalId, proposal },
    within: async (tx) => {
      // A save between our read and the lock would change what is submitted: refuse it.
      const [locked] = await tx.select().from(caseDrafts).where(eq(caseDrafts.caseId, caseId));
      if ((locked?.updatedAt.getTime() ?? 0) !== row.updatedAt.getTime()) {
        throw new AppError(409, 'case_conflict');
      }
    },
  });
  return { state: applied.state, events: applied.events, proposalId };
}

/** QC-6: damages rest on a document of this case. */
async function assertSupportingDocuments(
  db: Executor,
  caseId: string,
  proposal: ProposalContent,
  lang: Language,
): Promise<void> {
  const wanted = proposal.solutions.flatMap((s, index) =>
    s.kind === 'damages' ? [{ index, id: s.supportingDocumentId }] : [],
  );
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .where(
      and(
        eq(caseDocuments.caseId, caseId),
        inArray(
          caseDocuments.id,
          wanted.map((w) => w.id),
        ),
        isNull(caseDocuments.deletedAt),
        // SEC-18: a quarantined upload never backs a claim.
        ne(caseDocuments.scanStatus, 'infected'),
      ),
    );
  const ids = new Set(found.map((f) => f.id));
  const fields: Record<string, string> = {};
  for (const { index, id } of wanted) {
    if (!ids.has(id)) {
      fields[`proposal.solutions.${index}.supportingDocumentId`] =
        lang === 'fr' ? 'Choisissez un document de ce dossier.' : 'Choose a document of this case.';
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError(400, 'draft_incomplete', { fields });
}
