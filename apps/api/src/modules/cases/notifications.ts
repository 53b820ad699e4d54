/**
 * Who hears about a case event (the engine's `EVENT_META`, SPEC §9) and the e-mails that tell
 * them, written to the outbox in the command's transaction. One e-mail per person per command,
 * in their language, never to the person who acted.
 */
import type { Language } from '@entente/contracts';
import {
  EVENT_META,
  type Audience,
  type CaseEvent,
  type CaseState,
  type ThreadRef,
} from '@entente/domain';
import { and, arrayContains, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import {
  businessMembers as businessMembersTable,
  caseMembers,
  users,
} from '../../db/schema/index.js';
import type { Branding, RenderedMail } from '../mail/layout.js';
import {
  type CaseMailContext,
  renderCaseActivity,
  renderNewCaseAlert,
  renderSubmissionConfirmation,
} from './case-mails.js';
import { qcAgreementReached, renderAgreementReached } from '../pdf/agreement-reached.js';
import {
  qcClosedWithoutAgreement,
  renderCaseClosed,
  type CaseClosedEvent,
} from './closing-mails.js';
import { eventLabels } from './event-labels.js';
import { signalCaseChanged } from '../live/live-signals.js';
import { notifyInApp } from '../notifications/notifications-store.js';

/** A user id, or a bare address for someone without an account yet (an invited representative). */
type Target = { userId: string } | { email: string };

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

/** MSG-1, QC-18: a message concerns only the participants of its thread. */
function threadAudiences(thread: ThreadRef): readonly Audience[] {
  if (thread.kind === 'parties') return ['consumer', 'business'];
  if (thread.kind === 'mediation_discussion') return ['consumer', 'business', 'mediator'];
  return [thread.side === 'consumer' ? 'consumer' : 'business', 'mediator'];
}

function audiencesOf(event: CaseEvent): readonly Audience[] {
  return event.type === 'message_posted'
    ? threadAudiences(event.payload.thread)
    : EVENT_META[event.type].notify;
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
async function businessMembers(tx: Tx, state: CaseState): Promise<Target[]> {
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

/**
 * QC-7: a submission has its own e-mails — the consumer's confirmation (to the consumer side,
 * the person who submitted included) and the business's new-case alert — instead of the
 * generic "news in your case" for `case_submitted` and the first proposal.
 */
async function submissionMails(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  mail: CaseMailContext,
): Promise<string[]> {
  const consumerSide = await audienceTargets(tx, state, 'consumer', null);
  const business = await businessMembers(tx, state);
  // §9: the same news in-app.
  await notifyInApp(tx, state, consumerSide, ['case_submitted'], ctx.clock.now());
  await notifyInApp(tx, state, business, ['case_new'], ctx.clock.now());
  return [
    ...(await enqueueMails(tx, ctx, consumerSide, 'case_submitted', (lang, branding) =>
      renderSubmissionConfirmation(lang, branding, mail),
    )),
    ...(await enqueueMails(tx, ctx, business, 'case_new', (lang, branding) =>
      renderNewCaseAlert(lang, branding, mail),
    )),
  ];
}

/**
 * QC-14, QC-21: a closing without agreement has its own e-mail, with the reason label: to the
 * consumer side with the information kit (the person who closed included: the kit is for them
 * too), and to the business's people except the one who closed. Returns who was e-mailed, so
 * the generic "news in your case" skips them.
 */
async function closingMails(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  closed: CaseClosedEvent,
  actorUserId: string | null,
  mail: CaseMailContext,
): Promise<{ ids: string[]; mailed: Set<string> }> {
  const userIds = (targets: readonly Target[]) =>
    targets.flatMap((t) => ('userId' in t ? [t.userId] : []));
  const consumerSide = new Set(userIds(await audienceTargets(tx, state, 'consumer', null)));
  const business = new Set(
    userIds(await audienceTargets(tx, state, 'business', null)).filter(
      (id) => id !== actorUserId && !consumerSide.has(id),
    ),
  );
  const send = (people: Set<string>, template: string, withKit: boolean) =>
    enqueueMails(
      tx,
      ctx,
      [...people].map((userId) => ({ userId })),
      template,
      (lang, b) => renderCaseClosed(lang, b, mail, closed, state, withKit),
    );
  const ids = [
    ...(await send(consumerSide, 'case_closed_information_kit', true)),
    ...(await send(business, 'case_closed', false)),
  ];
  return { ids, mailed: new Set([...consumerSide, ...business]) };
}

/** One "news in your case" e-mail per person concerned by the command's events. */
export async function notifyCaseEvents(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  events: readonly CaseEvent[],
  actorUserId: string | null,
): Promise<string[]> {
  const mail: CaseMailContext = {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    timeZone: state.settings.timeZone,
  };
  // MSG-4: a message's alerts are the messages module's (coalesced, `message-alerts.ts`).
  const news = events.filter((event) => event.type !== 'message_posted');
  // MSG-3: open pages of the case refetch (a message signals its thread's participants only).
  if (news.length > 0) await signalCaseChanged(tx, state.caseId);
  if (events.some((event) => event.type === 'case_submitted')) {
    return submissionMails(tx, ctx, state, mail);
  }
  // QC-13: both parties get the agreement's own e-mail, the person who accepted included.
  const agreed = new Set<string>();
  const agreementIds: string[] = [];
  if (qcAgreementReached(events) !== null) {
    for (const audience of ['consumer', 'business'] as const) {
      for (const target of await audienceTargets(tx, state, audience, null)) {
        if ('userId' in target) agreed.add(target.userId);
      }
    }
    const parties = [...agreed].map((userId) => ({ userId }));
    agreementIds.push(
      ...(await enqueueMails(tx, ctx, parties, 'agreement_reached', (lang, branding) =>
        renderAgreementReached(lang, branding, state),
      )),
    );
  }
  const closed = qcClosedWithoutAgreement(state, events);
  const closing = closed ? await closingMails(tx, ctx, state, closed, actorUserId, mail) : null;
  const perPerson = new Map<string, { target: Target; events: CaseEvent[] }>();
  for (const event of news) {
    for (const audience of audiencesOf(event)) {
      // REP-2: the invitee's e-mail carries the validation key; the representatives module
      // writes it with the invitation (`representatives.ts`).
      if (audience === 'invitee') continue;
      for (const target of await audienceTargets(tx, state, audience, event)) {
        const key = 'userId' in target ? target.userId : `mail:${target.email}`;
        if ('userId' in target && target.userId === actorUserId) continue;
        const entry = perPerson.get(key) ?? { target, events: [] };
        if (!entry.events.includes(event)) entry.events.push(event);
        perPerson.set(key, entry);
      }
    }
  }
  const ids: string[] = [...agreementIds, ...(closing?.ids ?? [])];
  for (const { target, events: concerned } of perPerson.values()) {
    // §9: every e-mailed event is also an in-app notification.
    const kinds = concerned.map((event) => event.type);
    await notifyInApp(tx, state, [target], kinds, ctx.clock.now());
    if ('userId' in target && agreed.has(target.userId)) continue; // e-mailed above
    if ('userId' in target && closing?.mailed.has(target.userId)) continue; // QC-14, QC-21
    const labels = (lang: Language) => concerned.map((event) => eventLabels[event.type][lang]);
    ids.push(
      ...(await enqueueMails(tx, ctx, [target], 'case_activity', (lang, branding) =>
        renderCaseActivity(lang, branding, mail, labels(lang)),
      )),
    );
  }
  return ids;
}
