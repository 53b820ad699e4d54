import type { MessageView, ThreadView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { cx } from '../../../lib/cx';
import { liveKeys } from '../../../layout/live-updates';
import { MessageComposer } from './MessageComposer';
import { messagesApi } from './messages-api';
import { useMessagesT, type MessagesKey } from './messages-i18n';

/**
 * One thread: its messages (newest page, earlier ones on demand), the "Nouveaux messages" mark,
 * and the composer or the read-only notice. Opening it marks it read (MSG-3); a live signal
 * refetches the page, and a message from someone else is announced politely.
 */
export function ThreadPanel(props: { caseId: string; thread: ThreadView; title: string }) {
  const { caseId, thread, title } = props;
  const t = useMessagesT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [older, setOlder] = useState<MessageView[]>([]);
  const [olderError, setOlderError] = useState<string | null>(null);
  const [hasOlderMore, setHasOlderMore] = useState<boolean | null>(null);
  const page = useQuery({
    queryKey: liveKeys.messages(caseId, thread.kind),
    queryFn: () => messagesApi.page(caseId, thread.kind),
  });
  // The read mark as it was when the thread opened: the separator stays put while reading.
  const firstLastRead = useRef<number | null | undefined>(undefined);
  if (page.data && firstLastRead.current === undefined) {
    firstLastRead.current = page.data.lastReadId;
  }
  const seen = useRef<number | null>(null);
  const messages = page.data?.messages ?? [];
  const newest = messages.at(-1);

  useEffect(() => {
    if (!newest) return;
    if (seen.current !== null && newest.id > seen.current && !newest.mine) {
      announce(t('msg.liveNew'));
    }
    seen.current = newest.id;
    if (thread.unread > 0 || (page.data?.lastReadId ?? 0) < newest.id) {
      void messagesApi.markRead(caseId, thread.kind, newest.id).then(() => {
        void client.invalidateQueries({ queryKey: liveKeys.threads(caseId) });
        void client.invalidateQueries({ queryKey: liveKeys.unread });
      });
    }
  }, [newest, thread.unread, thread.kind, caseId, client, announce, t, page.data?.lastReadId]);

  async function loadOlder() {
    const oldest = older[0] ?? messages[0];
    if (!oldest) return;
    setOlderError(null);
    try {
      const earlier = await messagesApi.page(caseId, thread.kind, oldest.id);
      setOlder((current) => [...earlier.messages, ...current]);
      setHasOlderMore(earlier.hasOlder);
    } catch (caught) {
      setOlderError(apiErrorMessage(caught, t));
    }
  }

  const all = [...older, ...messages];
  const canLoadOlder = hasOlderMore ?? page.data?.hasOlder ?? false;
  const lastRead = firstLastRead.current ?? 0;
  const firstNew = all.find((m) => !m.mine && m.id > lastRead)?.id;
  const headingId = `thread-${caseId}-${thread.kind}`;
  return (
    <section className="thread" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {thread.state === 'read_only' && ` ${t('msg.closed')}`}
      </h3>
      {page.isPending && <Loading label={t('app.loading')} />}
      {page.isError && <Notice tone="error">{apiErrorMessage(page.error, t)}</Notice>}
      {canLoadOlder && (
        <button type="button" className="button button--secondary" onClick={loadOlder}>
          {t('msg.older')}
        </button>
      )}
      {olderError && <Notice tone="error">{olderError}</Notice>}
      {page.isSuccess && all.length === 0 && (
        <p>{t(thread.canPost ? 'msg.empty' : 'msg.emptyReadOnly')}</p>
      )}
      {all.length > 0 && (
        <ol className="message-list" aria-label={t('msg.messages')}>
          {all.map((message) => (
            <MessageItem key={message.id} message={message} isFirstNew={message.id === firstNew} />
          ))}
        </ol>
      )}
      {thread.canPost ? (
        <MessageComposer caseId={caseId} kind={thread.kind} />
      ) : (
        <Notice tone="info" live={false}>
          {t(thread.state === 'read_only' ? 'msg.readOnly' : 'msg.cannotPost')}
        </Notice>
      )}
    </section>
  );
}

function MessageItem({ message, isFirstNew }: { message: MessageView; isFirstNew: boolean }) {
  const t = useMessagesT();
  const format = useFormat();
  const roleKey = `msg.role.${message.authorRole}` as MessagesKey;
  const who = message.mine ? t('msg.you') : (message.authorName ?? t(roleKey));
  return (
    <>
      {isFirstNew && (
        <li className="message-list__new" aria-hidden="true">
          {t('msg.new')}
        </li>
      )}
      <li className={cx('message', message.mine && 'message--mine')}>
        <p className="message__meta">
          {isFirstNew && <span className="visually-hidden">{t('msg.new')} : </span>}
          <strong>{who}</strong> <span className="message__role">({t(roleKey)})</span>{' '}
          <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
        </p>
        <p className="message__body">{message.body}</p>
      </li>
    </>
  );
}
