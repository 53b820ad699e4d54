import type { NotificationView, NotificationsPage as Page_ } from '@entente/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useAnnounce } from '../../components/Announcer';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormat, useLanguage } from '../../i18n/hooks';
import { interpolate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { cx } from '../../lib/cx';
import { liveKeys } from '../../layout/live-updates';
import { notificationsEn } from './notifications-en';
import { notificationsFr, type NotificationsKey } from './notifications-fr';
import './notifications.css';

const dictionaries = { fr: notificationsFr, en: notificationsEn } as const;

function useNotificationsT() {
  const { language, t } = useLanguage();
  return useMemo(() => {
    const dictionary: Record<NotificationsKey, string> = dictionaries[language];
    return (key: NotificationsKey | MessageKey, params?: MessageParams) =>
      Object.hasOwn(dictionary, key)
        ? interpolate(dictionary[key as NotificationsKey], params)
        : t(key as MessageKey, params);
  }, [language, t]);
}

/**
 * §9: the person's notifications, newest first, by pages; each says what happened in which case
 * (never the content) and links to it. Following a link or "Marquer comme lu" marks it read.
 */
export default function NotificationsPage() {
  const t = useNotificationsT();
  const { language } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const query = useInfiniteQuery({
    queryKey: [...liveKeys.notifications, language],
    queryFn: ({ pageParam }) =>
      api.get<Page_>(
        `/api/notifications?limit=20${pageParam ? `&after=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.notifications) ?? [];
  const unread = query.data?.pages[0]?.unread ?? 0;

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: liveKeys.notifications }),
      client.invalidateQueries({ queryKey: liveKeys.unread }),
    ]);

  async function markAll() {
    setError(null);
    try {
      await api.post('/api/notifications/read-all', {});
      await refresh();
      announce(t('notif.markedAll'));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    }
  }

  async function markOne(item: NotificationView, quiet = false) {
    setError(null);
    try {
      await api.post(`/api/notifications/${encodeURIComponent(item.id)}/read`, {});
      await refresh();
      if (!quiet) announce(t('notif.marked'));
    } catch (caught) {
      if (!quiet) setError(apiErrorMessage(caught, t));
    }
  }

  return (
    <Page title={t('notif.title')} width="wide">
      {query.isPending && <Loading label={t('app.loading')} />}
      {query.isError && <Notice tone="error">{apiErrorMessage(query.error, t)}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {query.isSuccess && (
        <div className="notif-summary">
          <p>
            {unread > 0
              ? t(unread === 1 ? 'notif.unread.one' : 'notif.unread.other', { count: unread })
              : t('notif.allRead')}
          </p>
          {unread > 0 && (
            <button type="button" className="button button--secondary" onClick={markAll}>
              {t('notif.markAll')}
            </button>
          )}
        </div>
      )}
      {query.isSuccess && items.length === 0 && <p>{t('notif.none')}</p>}
      {items.length > 0 && (
        <ul className="notif-list" aria-label={t('notif.list')}>
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              t={t}
              onOpen={() => void markOne(item, true)}
              onMark={() => void markOne(item)}
            />
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('notif.more')}
        </button>
      )}
    </Page>
  );
}

function NotificationItem(props: {
  item: NotificationView;
  t: (key: NotificationsKey | MessageKey, params?: MessageParams) => string;
  onOpen: () => void;
  onMark: () => void;
}) {
  const { item, t, onOpen, onMark } = props;
  const format = useFormat();
  return (
    <li className={cx('notif-list__item', !item.read && 'is-unread')}>
      <p className="notif-list__text">
        {!item.read && <span className="notif-list__flag">{t('notif.new')}</span>}
        <Link to={item.link} onClick={item.read ? undefined : onOpen}>
          {item.text}
        </Link>
      </p>
      <p className="notif-list__meta">
        <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
        {!item.read && (
          <button type="button" className="link-button" onClick={onMark}>
            {t('notif.markRead')}
            <span className="visually-hidden"> : {item.text}</span>
          </button>
        )}
      </p>
    </li>
  );
}
