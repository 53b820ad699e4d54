/**
 * MSG-4, §9: the other participants of a thread hear about a new message in-app and by e-mail.
 * The e-mail says a message arrived in case OPC-… and links to it; it never carries the text
 * (SEC-24). Alerts are coalesced: at most one e-mail per recipient per thread per 15 minutes
 * (`MESSAGE_MAIL_COALESCE_MS`), so a lively exchange does not flood a mailbox, and at most one
 * unread in-app notification per recipient per thread (the thread's badge counts the messages).
 */
import type { Language, ThreadKindName } from '@entente/contracts';
import type { Audience, CaseState } from '@entente/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { runNamed } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';
import { audienceTargets, CasePeople } from '../cases/notifications.js';
import type { Announcements } from '../notifications/announcements.js';
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
  people: CasePeople = new CasePeople(tx, state),
): Promise<string[]> {
  const ids: string[] = [];
  for (const side of threadSides(toThreadRef(kind))) {
    for (const target of await audienceTargets(tx, state, AUDIENCE_OF_SIDE[side], null, people)) {
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

type RecentAlert = { id: string; readAt: string | null; params: Record<string, string | number> };

/**
 * The recipients' message alerts still relevant to a new one: unread, or e-mailed recently.
 * `mailedAt` is never later than `created_at`, which lets the unread and recent rows be read by
 * index rather than every notification of the person. The values are sub-selects the planner
 * does not see: with the recipients' array bound, PostgreSQL planned the statement afresh on
 * every post (0.14–0.25 ms, as long as running it, issue 7); its plan does not depend on them.
 */
async function recentAlerts(
  tx: Tx,
  userIds: readonly string[],
  caseId: string,
  kind: ThreadKindName,
  since: number,
): Promise<Map<string, RecentAlert[]>> {
  const rows = rowsOf(
    await runNamed(
      tx,
      sql`select n.user_id, json_agg(json_build_object(
          'id', n.id, 'readAt', n.read_at, 'params', n.params)) as recent
        from notifications n
        where n.user_id = any(((select ${sql.param(userIds)}::uuid[]))::uuid[])
          and (n.read_at is null or n.created_at > (select ${new Date(since)}::timestamptz))
          and n.case_id = (select ${caseId}::uuid) and n.kind = 'message_posted'
          and n.params->>'thread' = (select ${kind}::text)
          and (n.read_at is null or (n.params->>'mailedAt')::bigint > (select ${since}::bigint))
        group by n.user_id`,
    ),
  );
  const parse = (value: unknown) =>
    (typeof value === 'string' ? JSON.parse(value) : value) as RecentAlert[];
  return new Map(rows.map((row) => [String(row.user_id), parse(row.recent)]));
}

/**
 * The in-app notifications and the e-mails of a new message to `recipients`, added to `news`
 * (written in the message's transaction); their recent alerts are read in one statement.
 */
export async function alertNewMessage(
  tx: Tx,
  news: Announcements,
  state: CaseState,
  kind: ThreadKindName,
  recipients: readonly string[],
  now: Date,
): Promise<void> {
  if (recipients.length === 0) return;
  const since = now.getTime() - MESSAGE_MAIL_COALESCE_MS;
  const recent = await recentAlerts(tx, recipients, state.caseId, kind, since);
  for (const userId of recipients) {
    const theirs = recent.get(userId) ?? [];
    const mailedRecently = theirs.some((row) => Number(row.params.mailedAt ?? 0) > since);
    const unread = theirs.find((row) => row.readAt === null);
    const params = mailedRecently
      ? { thread: kind, mailedAt: Number(unread?.params.mailedAt ?? 0) }
      : { thread: kind, mailedAt: now.getTime() };
    if (unread === undefined) {
      news.notify([{ userId, caseId: state.caseId, kind: 'message_posted', params }], now);
    } else if (!mailedRecently) {
      // The unread notification comes back to the top with the new e-mail's time.
      news.touch(unread.id, params, now);
    }
    if (mailedRecently) continue;
    news.mail([{ userId }], 'message_new', (lang, branding) =>
      renderNewMessageAlert(lang, branding, state),
    );
  }
}
