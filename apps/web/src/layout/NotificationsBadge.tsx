import type { UnreadCounts } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/hooks';
import { cx } from '../lib/cx';
import { liveKeys, useLiveUpdates } from './live-updates';

/**
 * §9, MSG-3: the header's "Notifications" link with the number of unread notifications, kept
 * current by the live stream (which this component opens while someone is signed in). The API
 * stops counting at 100 (`UNREAD_CAP`): beyond 99 the badge says "99+".
 */
export function NotificationsBadge() {
  const t = useT();
  useLiveUpdates(true);
  const unread = useQuery({
    queryKey: liveKeys.unread,
    queryFn: () => api.get<UnreadCounts>('/api/unread'),
    staleTime: 30_000,
  });
  const count = unread.data?.notifications ?? 0;
  return (
    <NavLink
      to="/notifications"
      className={({ isActive }) => cx('site-nav__link', 'notif-link', isActive && 'is-active')}
    >
      {t('nav.notifications')}
      {count > 0 && (
        <>
          <span className="notif-link__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
          <span className="visually-hidden">
            {count > 99 ? t('nav.unreadMany') : t('nav.unread', { count })}
          </span>
        </>
      )}
    </NavLink>
  );
}
