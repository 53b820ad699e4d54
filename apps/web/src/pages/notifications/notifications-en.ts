import type { NotificationsKey } from './notifications-fr';

/** English text of the notifications page: same keys as `notifications-fr.ts`. */
export const notificationsEn: Record<NotificationsKey, string> = {
  'notif.title': 'Notifications',
  'notif.none': 'You have no notification.',
  'notif.unread.one': '{count} unread notification',
  'notif.unread.other': '{count} unread notifications',
  'notif.allRead': 'All your notifications are read.',
  'notif.markAll': 'Mark all as read',
  'notif.markedAll': 'All notifications are marked as read.',
  'notif.markRead': 'Mark as read',
  'notif.marked': 'Notification marked as read.',
  'notif.new': 'Unread',
  'notif.more': 'Show more notifications',
  'notif.list': 'Your notifications, newest first',
};
