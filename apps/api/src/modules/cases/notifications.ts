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
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
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
import { audienceTargets, CasePeople, enqueueMails, type Target } from './case-audiences.js';
import { eventLabels } from './event-labels.js';
import {
  inAppKinds,
  mediationNotices,
  renderMediationNotice,
  type Notice,
} from './mediation-notices.js';
import { Announcements } from '../notifications/announcements.js';
import type { NotificationKind } from '../notifications/notification-texts.js';

// Other modules (messages, jobs, mediation) reach the audiences and the outbox through here.
export { audienceTargets, CasePeople, enqueueMails };

/** The case's news for a person: notifications of these kinds (§9), one per kind. */
function inApp(state: CaseState, targets: readonly Target[], kinds: readonly NotificationKind[]) {
  const userIds = [...new Set(targets.flatMap((t) => ('userId' in t ? [t.userId] : [])))];
  const params = { caseNumber: state.caseNumber };
  return userIds.flatMap((userId) =>
    kinds.map((kind) => ({ userId, caseId: state.caseId, kind, params })),
  );
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

/**
 * QC-7: a submission has its own e-mails — the consumer's confirmation (to the consumer side,
 * the person who submitted included) and the business's new-case alert — instead of the
 * generic "news in your case" for `case_submitted` and the first proposal.
 */
function submissionMails(
  news: Announcements,
  state: CaseState,
  consumerSide: readonly Target[],
  business: readonly Target[],
  mail: CaseMailContext,
): void {
  // §9: the same news in-app.
  news.notify(inApp(state, consumerSide, ['case_submitted']));
  news.notify(inApp(state, business, ['case_new']));
  news.mail(consumerSide, 'case_submitted', (lang, branding) =>
    renderSubmissionConfirmation(lang, branding, mail),
  );
  news.mail(business, 'case_new', (lang, branding) => renderNewCaseAlert(lang, branding, mail));
}

/**
 * QC-14, QC-21: a closing without agreement has its own e-mail, with the reason label: to the
 * consumer side with the information kit (the person who closed included: the kit is for them
 * too), and to the business's people except the one who closed. Returns who was e-mailed, so
 * the generic "news in your case" skips them.
 */
async function closingMails(
  news: Announcements,
  people: CasePeople,
  state: CaseState,
  closed: CaseClosedEvent,
  actorUserId: string | null,
  mail: CaseMailContext,
): Promise<Set<string>> {
  const userIds = (targets: readonly Target[]) =>
    targets.flatMap((t) => ('userId' in t ? [t.userId] : []));
  const audience = (name: 'consumer' | 'business') =>
    audienceTargets(people.tx, state, name, null, people);
  const consumerSide = new Set(userIds(await audience('consumer')));
  const business = new Set(
    userIds(await audience('business')).filter((id) => id !== actorUserId && !consumerSide.has(id)),
  );
  const send = (group: Set<string>, template: string, withKit: boolean) =>
    news.mail(
      [...group].map((userId) => ({ userId })),
      template,
      (lang, b) => renderCaseClosed(lang, b, mail, closed, state, withKit),
    );
  send(consumerSide, 'case_closed_information_kit', true);
  send(business, 'case_closed', false);
  return new Set([...consumerSide, ...business]);
}

/**
 * QC-16, QC-17: the mediation's own e-mails (`mediation-notices.ts`). Returns their ids and who
 * received one, so that the generic "news in your case" skips them.
 */
async function mediationMails(
  news: Announcements,
  people: CasePeople,
  state: CaseState,
  events: readonly CaseEvent[],
  actorUserId: string | null,
  mail: CaseMailContext,
): Promise<Set<string>> {
  const notices = mediationNotices(state, events);
  const mailed = new Set<string>();
  const send = async (audiences: readonly Audience[], notice: Notice | null) => {
    if (notice === null) return;
    const recipients: string[] = [];
    for (const audience of audiences) {
      for (const target of await audienceTargets(people.tx, state, audience, null, people)) {
        if ('userId' in target && target.userId !== actorUserId && !mailed.has(target.userId)) {
          recipients.push(target.userId);
          mailed.add(target.userId);
        }
      }
    }
    const targets = recipients.map((userId) => ({ userId }));
    news.mail(targets, `mediation_${notice}`, (lang, branding) =>
      renderMediationNotice(lang, branding, mail, notice),
    );
  };
  await send(['mediator'], notices.mediator);
  await send(['consumer', 'business'], notices.parties);
  return mailed;
}

/**
 * One "news in your case" e-mail per person concerned by the command's events, their in-app
 * notifications and the case's live signal, added to `news` (written by the caller, with the
 * returned people's directory).
 */
export async function announceCaseEvents(
  tx: Tx,
  news: Announcements,
  state: CaseState,
  events: readonly CaseEvent[],
  actorUserId: string | null,
): Promise<CasePeople> {
  const mail: CaseMailContext = {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    timeZone: state.settings.timeZone,
  };
  const people = new CasePeople(tx, state);
  // MSG-4: a message's alerts are the messages module's (coalesced, `message-alerts.ts`).
  const announced = events.filter((event) => event.type !== 'message_posted');
  // MSG-3: open pages of the case refetch (a message signals its thread's participants only).
  if (announced.length > 0) {
    news.signals.add(await people.everyone(), { type: 'case', caseId: state.caseId });
  }
  if (events.some((event) => event.type === 'case_submitted')) {
    const consumerSide = await audienceTargets(tx, state, 'consumer', null, people);
    const business = (await people.businessMembers()).map((userId) => ({ userId }));
    submissionMails(news, state, consumerSide, business, mail);
    return people;
  }
  // QC-13: both parties get the agreement's own e-mail, the person who accepted included.
  const agreed = new Set<string>();
  if (qcAgreementReached(events) !== null) {
    for (const audience of ['consumer', 'business'] as const) {
      for (const target of await audienceTargets(tx, state, audience, null, people)) {
        if ('userId' in target) agreed.add(target.userId);
      }
    }
    const parties = [...agreed].map((userId) => ({ userId }));
    news.mail(parties, 'agreement_reached', (lang, branding) =>
      renderAgreementReached(lang, branding, state),
    );
  }
  const closed = qcClosedWithoutAgreement(state, events);
  const closing = closed
    ? await closingMails(news, people, state, closed, actorUserId, mail)
    : null;
  // QC-16, QC-17: the assignment and the mediator's proposals have their own e-mails.
  const mediation = await mediationMails(news, people, state, announced, actorUserId, mail);
  const perPerson = new Map<string, { target: Target; events: CaseEvent[] }>();
  for (const event of announced) {
    for (const audience of audiencesOf(event)) {
      // REP-2: the invitee's e-mail carries the validation key; the representatives module
      // writes it with the invitation (`representatives.ts`).
      if (audience === 'invitee') continue;
      for (const target of await audienceTargets(tx, state, audience, event, people)) {
        const key = 'userId' in target ? target.userId : `mail:${target.email}`;
        if ('userId' in target && target.userId === actorUserId) continue;
        const entry = perPerson.get(key) ?? { target, events: [] };
        if (!entry.events.includes(event)) entry.events.push(event);
        perPerson.set(key, entry);
      }
    }
  }
  for (const { target, events: concerned } of perPerson.values()) {
    // §9: every e-mailed event is also an in-app notification.
    news.notify(inApp(state, [target], inAppKinds(concerned)));
    if ('userId' in target && agreed.has(target.userId)) continue; // e-mailed above
    if ('userId' in target && closing?.has(target.userId)) continue; // QC-14, QC-21
    if ('userId' in target && mediation.has(target.userId)) continue; // QC-16, QC-17
    const labels = (lang: Language) => concerned.map((event) => eventLabels[event.type][lang]);
    news.mail([target], 'case_activity', (lang, branding) =>
      renderCaseActivity(lang, branding, mail, labels(lang)),
    );
  }
  return people;
}

/**
 * The same, written at once with the live signals inside the transaction, for callers that do
 * not publish after their commit; returns the e-mail ids to dispatch after commit.
 */
export async function notifyCaseEvents(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  events: readonly CaseEvent[],
  actorUserId: string | null,
): Promise<string[]> {
  const news = new Announcements();
  const people = await announceCaseEvents(tx, news, state, events, actorUserId);
  const ids = await news.write(tx, ctx, await people.directory());
  await news.signals.sendWithin(tx);
  return ids;
}
