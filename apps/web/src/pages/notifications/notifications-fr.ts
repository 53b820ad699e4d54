/** Text of the notifications page (§9), in its own chunk. */
export const notificationsFr = {
  'notif.title': 'Notifications',
  'notif.none': 'Vous n’avez aucune notification.',
  'notif.unread.one': '{count} notification non lue',
  'notif.unread.other': '{count} notifications non lues',
  'notif.allRead': 'Toutes vos notifications sont lues.',
  'notif.markAll': 'Tout marquer comme lu',
  'notif.markedAll': 'Toutes les notifications sont marquées comme lues.',
  'notif.markRead': 'Marquer comme lu',
  'notif.marked': 'Notification marquée comme lue.',
  'notif.new': 'Non lue',
  'notif.more': 'Afficher plus de notifications',
  'notif.list': 'Vos notifications, des plus récentes aux plus anciennes',
} as const;

export type NotificationsKey = keyof typeof notificationsFr;
