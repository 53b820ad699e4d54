/**
 * Who "the consumer", "the business", "the mediator", "staff"… are on a case now (the engine's
 * audiences, SPEC §9), and the outbox writer every case e-mail goes through: one e-mail per
 * address, in the person's language, written in the caller's transaction.
 */
import type { Language } from '@entente/contracts';
import type { Audience, CaseEvent, CaseState } from '@entente/domain';
import { and, arrayContains, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import {
  businessMembers as businessMembersTable,
  caseMembers,
  users,
} from '../../db/schema/index.js';
import type { Branding, RenderedMail } from '../mail/layout.js';

/** A user id, or a bare address for someone without an account yet (an invited representative). */
export type Target = { userId: string } | { email: string };

async function businessPeople(tx: Tx, state: CaseState): Promise<string[]> {
  const rows = await tx
    .select({ userId: caseMembers.userId })
    .from(caseMembers)
    .where(
      and(
        eq(caseMembers.caseId, state.caseId),
        eq(caseMembers.relation, 'merchant_respondent'),
        eq(caseMembers.active, true),
      ),
    );
  const inCharge = state.merchantRepresentative?.userId;
  return [
    ...rows.map((row) => row.userId),
    ...(await registryRespondents(tx, state)),
    ...(inCharge ? [inCharge] : []),
  ];
}

/** ORG-2: the business's respondent in the registry (active membership). */
async function registryRespondents(tx: Tx, state: CaseState): Promise<string[]> {
  const rows = await tx
    .select({ userId: businessMembersTable.userId })
    .from(businessMembersTable)
    .where(
      and(
        eq(businessMembersTable.businessId, state.business.businessId),
        eq(businessMembersTable.role, 'respondent'),
        isNull(businessMembersTable.removedAt),
      ),
    );
  return rows.map((row) => row.userId);
}

async function staffPeople(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ['staff']), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

function replacedBy(event: CaseEvent): string | null {
  if (event.type === 'merchant_took_charge') return event.payload.replaced?.userId ?? null;
  if (event.type === 'mediator_assigned') return event.payload.replaced;
  if (event.type === 'representative_removed') return event.payload.userId;
  return null;
}

/** The people an audience means on this case now. */
export async function audienceTargets(
  tx: Tx,
  state: CaseState,
  audience: Audience,
  event: CaseEvent | null,
): Promise<Target[]> {
  const ids = (list: readonly (string | null | undefined)[]) =>
    list.filter((id): id is string => typeof id === 'string').map((userId) => ({ userId }));
  const representative = state.consumerRepresentative;
  switch (audience) {
    case 'consumer':
      return ids([
        state.consumer.userId,
        representative?.status === 'active' ? representative.userId : null,
      ]);
    case 'business':
      // The business hears of a case from its submission on (QC-7): never of a draft's events.
      return state.submittedAt === null ? [] : ids(await businessPeople(tx, state));
    case 'mediator':
      return ids([state.mediator?.userId]);
    case 'staff':
      return ids(await staffPeople(tx));
    case 'replaced':
      return ids([event === null ? null : replacedBy(event)]);
    case 'invitee':
      return event?.type === 'representative_added' ? [{ email: event.payload.email }] : [];
  }
}

/** Writes the e-mails to the outbox; returns their ids for `mail.dispatch` after commit. */
export async function enqueueMails(
  tx: Tx,
  ctx: AppContext,
  targets: readonly Target[],
  template: string,
  render: (lang: Language, branding: Branding) => RenderedMail,
): Promise<string[]> {
  const userIds = [...new Set(targets.flatMap((t) => ('userId' in t ? [t.userId] : [])))];
  const people =
    userIds.length === 0
      ? []
      : await tx
          .select({ email: users.email, lang: users.preferredLanguage })
          .from(users)
          .where(and(inArray(users.id, userIds), isNull(users.disabledAt)));
  const addresses = new Map<string, Language>(people.map((p) => [p.email, p.lang]));
  for (const target of targets) {
    if ('email' in target && !addresses.has(target.email)) addresses.set(target.email, 'fr');
  }
  const ids: string[] = [];
  for (const [to, lang] of addresses) {
    ids.push(await ctx.mail.enqueue(tx, { to, lang, template, render: (b) => render(lang, b) }));
  }
  return ids;
}

/** QC-7, ORG-2: the business's respondent (registry) and anyone of it already on the case. */
export async function businessMembers(tx: Tx, state: CaseState): Promise<Target[]> {
  const rows = await tx
    .select({ userId: caseMembers.userId })
    .from(caseMembers)
    .where(
      and(
        eq(caseMembers.caseId, state.caseId),
        inArray(caseMembers.relation, ['merchant_respondent', 'merchant_representative']),
        eq(caseMembers.active, true),
      ),
    );
  const respondents = await registryRespondents(tx, state);
  return [...rows.map((row) => row.userId), ...respondents].map((userId) => ({ userId }));
}
