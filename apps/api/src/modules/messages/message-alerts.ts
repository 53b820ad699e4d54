/**
 * MSG-4, §9: the other participants of a thread hear about a new message in-app and by e-mail.
 * The e-mail says a message arrived in case OPC-… and links to it; it never carries the text
 * (SEC-24). Alerts are coalesced: at most one e-mail per recipient per thread per 15 minutes
 * (`MESSAGE_MAIL_COALESCE_MS`), so a lively exchange does not flood a mailbox, and at most one
 * unread in-app notification per recipient per thread (the thread's badge counts the messages).
 */
import type { Language, ThreadKindName } from '@entente/contracts';
import type { Audience, CaseState } from '@entente/domain';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';
import { audienceTargets, enqueueMails } from '../cases/notifications.js';
import { writeNotifications } from '../notifications/notifications-store.js';
import { threadSides, toThreadRef } from './thread-access.js';

export const MESSAGE_MAIL_COALESCE_MS = 15 * 60_000;

const AUDIENCE_OF_SIDE: Record<'consumer' | 'merchant' | 'mediator', Audience> = {
  consumer: 'consumer',
  merchant: 'business',
  mediator: 'mediator',
};

/** The people a thread's news goes to: its participants now (the author included). */
export async function threadParticipantIds(
  tx: Tx,
  state: CaseState,
  kind: ThreadKindName,
): Promise<string[]> {
  const ids: string[] = [];
  for (const side of threadSides(toThreadRef(kind))) {
    for (const target of await audienceTargets(tx, state, AUDIENCE_OF_SIDE[side], null)) {
      if ('userId' in target) ids.push(target.userId);
    }
  }
  return [...new Set(ids)];
}

export function renderNewMessageAlert(
  lang: Language,
  b: Branding,
  c: { caseId: string; caseNumber: string },
): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Nouveau message dans le dossier ${c.caseNumber}`
      : `${b.platformName} – New message in case ${c.caseNumber}`,
    [
      fr
        ? `Vous avez reçu un nouveau message dans le Centre de messagerie du dossier ${c.caseNumber}.`
        : `You have received a new message in the messaging centre of case ${c.caseNumber}.`,
      fr
        ? 'Connectez-vous à la plateforme pour le lire et y répondre.'
        : 'Sign in to the platform to read it and reply.',
      {
        link: `${b.publicUrl}/cases/${c.caseId}/messages`,
        label: fr ? 'Ouvrir le Centre de messagerie' : 'Open the messaging centre',
      },
    ],
  );
}

/**
 * Writes the in-app notifications and the e-mails (outbox) of a new message, in the message's
 * transaction; returns the e-mail ids to dispatch after commit.
 */
export async function alertNewMessage(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  kind: ThreadKindName,
  authorUserId: string,
  now: Date,
): Promise<string[]> {
  const recipients = (await threadParticipantIds(tx, state, kind)).filter(
    (id) => id !== authorUserId,
  );
  const since = now.getTime() - MESSAGE_MAIL_COALESCE_MS;
  const mailIds: string[] = [];
  for (const userId of recipients) {
    const recent = await tx
      .select({ id: notifications.id, readAt: notifications.readAt, params: notifications.params })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, userId),
          eq(notifications.caseId, state.caseId),
          eq(notifications.kind, 'message_posted'),
          sql`${notifications.params}->>'thread' = ${kind}`,
          or(
            isNull(notifications.readAt),
            sql`(${notifications.params}->>'mailedAt')::bigint > ${since}`,
          ),
        ),
      );
    const mailedRecently = recent.some((row) => Number(row.params.mailedAt ?? 0) > since);
    const unread = recent.find((row) => row.readAt === null);
    const params = mailedRecently
      ? { thread: kind, mailedAt: Number(unread?.params.mailedAt ?? 0) }
      : { thread: kind, mailedAt: now.getTime() };
    if (unread === undefined) {
      await writeNotifications(
        tx,
        [{ userId, caseId: state.caseId, kind: 'message_posted', params }],
        now,
      );
    } else if (!mailedRecently) {
      // The unread notification comes back to the top with the new e-mail's time.
      await tx
        .update(notifications)
        .set({ params, createdAt: now })
        .where(eq(notifications.id, unread.id));
    }
    if (mailedRecently) continue;
    mailIds.push(
      ...(await enqueueMails(tx, ctx, [{ userId }], 'message_new', (lang, branding) =>
        renderNewMessageAlert(lang, branding, state),
      )),
    );
  }
  return mailIds;
}
