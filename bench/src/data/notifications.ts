/**
 * The in-app notifications a journey leaves behind (SPEC §9), as the API writes them for the
 * same commands: cases/notifications.ts (`announceCaseEvents`: who hears of each event, one
 * notification per kind and person, never the actor; a submission's own two kinds) and
 * messages/message-alerts.ts (MSG-4: a message alerts the thread's other participants, at most
 * one unread notification per person and thread, coalesced over 15 minutes). Computed once per
 * template on placeholder people, after each command, on the state that command produced.
 *
 * The API's rules are mirrored, not called: they read the audiences from the database. What a
 * journey cannot say is when people read their notifications; here everyone reads theirs three
 * hours after it arrives, except the news of an open case's last command, still unread.
 */
import {
  caseAudienceIds,
  EVENT_META,
  type Audience,
  type CaseEvent,
  type CaseState,
} from '@entente/domain';
import { inAppKinds } from '../../../apps/api/src/modules/cases/mediation-notices.js';
import { P, TEMPLATE_ORIGIN } from './placeholders.js';
import { threadKind } from './rows.js';

/** messages/message-alerts.ts `MESSAGE_MAIL_COALESCE_MS` (not imported: that module needs the database layer). */
const COALESCE_MS = 15 * 60_000;
const READ_AFTER_MS = 3 * 3_600_000;
/** Stamping replaces these people only: anyone else would be the same person in every case. */
const PEOPLE = new Set<string>([P.consumer, P.merchant, P.mediator, P.staff, P.respondent, ...P.otherStaff]);

export interface TemplateNotification {
  readonly userId: string;
  readonly kind: string;
  /** Its JSON, where an instant in milliseconds is a `BENCHEPOCH<offset>` slot. */
  params: string;
  createdAt: number;
  /** When the row was written, the time of its key (a touch moves `createdAt`, not the key). */
  readonly firstAt: number;
  readAt: number | null;
  /** Message alerts only: when the recipient was last e-mailed about this thread (0: never). */
  mailedAt?: number;
  thread?: string;
}

/** A millisecond instant as a stamping slot (offset from the template origin). */
export const msSlot = (ms: number) => (ms === 0 ? '0' : `BENCHEPOCH${ms - TEMPLATE_ORIGIN}`);

const THREAD_AUDIENCES: Record<string, readonly Audience[]> = {
  parties: ['consumer', 'business'],
  mediation: ['consumer', 'business', 'mediator'],
  mediator_consumer: ['consumer', 'mediator'],
  mediator_business: ['business', 'mediator'],
};

/** cases/case-audiences.ts `audienceTargets`, on the template's placeholder people. */
function audienceIds(state: CaseState, audience: Audience, event: CaseEvent | null): string[] {
  switch (audience) {
    case 'consumer':
    case 'mediator':
    case 'replaced':
      return caseAudienceIds(state, audience, event);
    case 'business': {
      // The registry's respondent (ORG-2) and the representative in charge, once submitted.
      const inCharge = state.merchantRepresentative?.userId;
      return state.submittedAt === null ? [] : [P.respondent, ...(inCharge ? [inCharge] : [])];
    }
    case 'staff':
      return [P.staff, ...P.otherStaff];
    case 'invitee':
      return [];
  }
}

export class JourneyNotifications {
  readonly #rows: TemplateNotification[] = [];

  /** The notifications of one command's events, `actorUserId` null for the system. */
  afterCommand(
    state: CaseState,
    events: readonly CaseEvent[],
    actorUserId: string | null,
    now: number,
  ) {
    const caseParams = JSON.stringify({ caseNumber: state.caseNumber });
    const add = (userIds: readonly string[], kinds: readonly string[]) => {
      for (const userId of new Set(userIds)) {
        for (const kind of kinds) this.#push({ userId, kind, params: caseParams, createdAt: now });
      }
    };
    for (const event of events) {
      if (event.type !== 'message_posted') continue;
      const kind = threadKind(event.payload.thread);
      const participants = THREAD_AUDIENCES[kind]!.flatMap((a) => audienceIds(state, a, null));
      const recipients = [...new Set(participants)].filter((id) => id !== event.actor.userId);
      for (const userId of recipients) this.#alertMessage(userId, kind, now);
    }
    const announced = events.filter((event) => event.type !== 'message_posted');
    if (announced.some((event) => event.type === 'case_submitted')) {
      add(audienceIds(state, 'consumer', null), ['case_submitted']);
      add([P.respondent], ['case_new']);
      return;
    }
    const perPerson = new Map<string, CaseEvent[]>();
    for (const event of announced) {
      for (const audience of EVENT_META[event.type].notify) {
        for (const userId of audienceIds(state, audience, event)) {
          if (userId === actorUserId) continue;
          const concerned = perPerson.get(userId) ?? [];
          if (!concerned.includes(event)) concerned.push(event);
          perPerson.set(userId, concerned);
        }
      }
    }
    for (const [userId, concerned] of perPerson) add([userId], inAppKinds(concerned));
  }

  /** messages/message-alerts.ts `alertNewMessage` for one recipient. */
  #alertMessage(userId: string, thread: string, now: number) {
    const since = now - COALESCE_MS;
    const unreadAt = (n: TemplateNotification) => n.readAt === null || n.readAt > now;
    const theirs = this.#rows.filter(
      (n) =>
        n.userId === userId &&
        n.thread === thread &&
        (unreadAt(n) || (n.createdAt > since && n.mailedAt! > since)),
    );
    const mailedRecently = theirs.some((n) => n.mailedAt! > since);
    const unread = theirs.find(unreadAt);
    const mailedAt = mailedRecently ? (unread?.mailedAt ?? 0) : now;
    const params = `{"thread":"${thread}","mailedAt":${msSlot(mailedAt)}}`;
    if (unread === undefined) {
      this.#push({ userId, kind: 'message_posted', params, createdAt: now, mailedAt, thread });
    } else if (!mailedRecently) {
      // The unread notification comes back to the top with the new e-mail's time.
      Object.assign(unread, { params, createdAt: now, readAt: now + READ_AFTER_MS, mailedAt });
    }
  }

  #push(n: Omit<TemplateNotification, 'readAt' | 'firstAt'>) {
    if (!PEOPLE.has(n.userId)) throw new Error(`a notification to ${n.userId}, not a template person`);
    this.#rows.push({ ...n, firstAt: n.createdAt, readAt: n.createdAt + READ_AFTER_MS });
  }

  /** The journey's notifications; an open case's last news is still unread. */
  rows(final: CaseState, lastAt: number): readonly TemplateNotification[] {
    return this.#rows.map((n) =>
      final.status !== 'closed' && n.createdAt === lastAt ? { ...n, readAt: null } : n,
    );
  }
}
