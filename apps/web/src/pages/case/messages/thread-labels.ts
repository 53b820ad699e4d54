import type { ThreadView } from '@entente/contracts';
import type { MessagesKey } from './messages-fr';

/** The thread's name as the reader sees it (seed 000: "Discussion avec le commerçant"). */
export function threadTitleKey(
  thread: ThreadView,
  mySide: 'consumer' | 'merchant' | 'mediator' | null,
): MessagesKey {
  switch (thread.kind) {
    case 'parties':
      return mySide === 'merchant' ? 'msg.thread.parties.merchant' : 'msg.thread.parties.consumer';
    case 'mediation':
      return 'msg.thread.mediation';
    case 'mediator_consumer':
      return mySide === 'mediator' ? 'msg.thread.mediatorConsumer' : 'msg.thread.mediator';
    case 'mediator_business':
      return mySide === 'mediator' ? 'msg.thread.mediatorBusiness' : 'msg.thread.mediator';
  }
}
