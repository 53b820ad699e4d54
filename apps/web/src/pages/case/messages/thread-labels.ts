import type { ThreadView } from '@entente/contracts';
import type { MessagesKey } from './messages-fr';

type ReaderSide = 'consumer' | 'merchant' | 'mediator' | null;

/** The thread's name as the reader sees it (seed 000: "Discussion avec le commerçant"). */
export function threadTitleKey(thread: ThreadView, mySide: ReaderSide): MessagesKey {
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

/**
 * An empty private thread the reader may write in reads as an invitation (QC-18, seed 000):
 * "Démarrer une discussion avec le médiateur" for a party, "… avec le consommateur" or "… avec le
 * commerçant" for the mediator. Null when the thread's own name is shown.
 */
export function startKey(thread: ThreadView, mySide: ReaderSide): MessagesKey | null {
  if (thread.messageCount > 0 || !thread.canPost) return null;
  if (thread.kind === 'parties' || thread.kind === 'mediation') return null;
  if (mySide !== 'mediator') return 'msg.thread.start';
  return thread.kind === 'mediator_consumer'
    ? 'msg.thread.startConsumer'
    : 'msg.thread.startBusiness';
}

/**
 * The messaging centre's list. In qc (QC-18) the three-way mediation discussion lives on the
 * proposals board, not here; the private threads with the mediator come first, then the parties'
 * thread (read-only once in mediation), as on seed 000's screen. The fr programme keeps its
 * mediation forum in the list (FR-10).
 */
export function messagingCentreThreads(
  threads: readonly ThreadView[],
  programme: 'qc' | 'fr',
): { listed: ThreadView[]; onBoard: boolean } {
  if (programme !== 'qc') return { listed: [...threads], onBoard: false };
  const rank = (thread: ThreadView) => (thread.kind === 'parties' ? 1 : 0);
  return {
    listed: threads
      .filter((thread) => thread.kind !== 'mediation')
      .sort((a, b) => rank(a) - rank(b)),
    onBoard: threads.some((thread) => thread.kind === 'mediation'),
  };
}
