import type { ThreadKindName, ThreadView } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { FOCUS_MANAGED } from '../../../components/Page';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { cx } from '../../../lib/cx';
import { liveKeys } from '../../../layout/live-updates';
import { messagesApi } from './messages-api';
import { plural, useMessagesT } from './messages-i18n';
import { MEDIATION_DISCUSSION_ID } from '../mediation/mediation-view';
import { tabPath } from '../tabs';
import { messagingCentreThreads, startKey, threadTitleKey } from './thread-labels';
import { ThreadPanel } from './ThreadPanel';
import './messages.css';

interface Props {
  caseId: string;
  programme: 'qc' | 'fr';
  status: string;
}

/**
 * QC-11 "Centre de messagerie" (MSG-1 to MSG-4, seed 000): "Vos discussions" with participants,
 * last message time and an unread badge; choosing one opens it below (its URL keeps the choice:
 * `?thread=`). In qc mediation (QC-18) the parties' thread is read-only ("(Discussion fermée)"),
 * each party may start a private discussion with the mediator, the mediator sees one private
 * thread per side (never the parties' one), and the three-way discussion is on the proposals
 * board, linked from here.
 */
export function MessagesTab({ caseId, programme, status }: Props) {
  const t = useMessagesT();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const threads = useQuery({
    queryKey: liveKeys.threads(caseId),
    queryFn: () => messagesApi.threads(caseId),
  });
  const { listed: list, onBoard } = messagingCentreThreads(threads.data?.threads ?? [], programme);
  const mySide = threads.data?.mySide ?? null;
  const inMediation = programme === 'qc' && status === 'mediation';
  const chosen = list.find((thread) => thread.kind === params.get('thread')) ?? null;
  const choose = (kind: ThreadKindName) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('thread', kind);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="section messages" aria-labelledby={`messages-${caseId}`}>
      <h2 id={`messages-${caseId}`}>{t('msg.title')}</h2>
      {/* The mediator reads only what concerns them; the parties keep seed 000's intro. */}
      {mySide !== 'mediator' && (
        <>
          <p>{t('msg.intro')}</p>
          <p>{t('msg.introMediation')}</p>
        </>
      )}
      {inMediation && mySide && <p>{t(`msg.mediation.${mySide}`)}</p>}
      {onBoard && (
        <p>
          <Link
            to={`${tabPath(caseId, 'propositions')}#${MEDIATION_DISCUSSION_ID}`}
            state={FOCUS_MANAGED}
          >
            {t('msg.mediation.toBoard')}
          </Link>
        </p>
      )}
      <h3>{t('msg.threads')}</h3>
      {threads.isPending && <Loading label={t('app.loading')} />}
      {threads.isError && <Notice tone="error">{apiErrorMessage(threads.error, t)}</Notice>}
      {threads.isSuccess && list.length === 0 && <p>{t('msg.none')}</p>}
      {list.length > 0 && (
        <>
          {!chosen && <p className="field__hint">{t('msg.pick')}</p>}
          <ul className="thread-list">
            {list.map((thread) => (
              <ThreadItem
                key={thread.kind}
                thread={thread}
                title={t(startKey(thread, mySide) ?? threadTitleKey(thread, mySide))}
                current={chosen?.kind === thread.kind}
                lastAt={thread.lastMessageAt ? format.dateTime(thread.lastMessageAt) : null}
                onOpen={() => choose(thread.kind)}
              />
            ))}
          </ul>
        </>
      )}
      {chosen && (
        <ThreadPanel
          key={chosen.kind}
          caseId={caseId}
          thread={chosen}
          title={t(threadTitleKey(chosen, mySide))}
        />
      )}
    </section>
  );
}

function ThreadItem(props: {
  thread: ThreadView;
  title: string;
  current: boolean;
  lastAt: string | null;
  onOpen: () => void;
}) {
  const { thread, title, current, lastAt, onOpen } = props;
  const t = useMessagesT();
  const names = thread.participants.map((p) => p.name ?? t(`msg.side.${p.side}`)).join(', ');
  const closed = thread.state === 'read_only';
  return (
    <li className={cx('thread-list__item', current && 'is-current')}>
      <button
        type="button"
        className="thread-list__open"
        aria-current={current ? 'true' : undefined}
        onClick={onOpen}
      >
        {title}
        {closed && <span className="thread-list__closed"> {t('msg.closed')}</span>}
        {thread.unread > 0 && (
          <span className="thread-list__badge">
            <span aria-hidden="true">
              {t(`msg.unread.${plural(thread.unread)}`, { count: thread.unread })}
            </span>
            <span className="visually-hidden">
              , {t(`msg.unreadLabel.${plural(thread.unread)}`, { count: thread.unread })}
            </span>
          </span>
        )}
      </button>
      <p className="thread-list__meta">{t('msg.participants', { names })}</p>
      <p className="thread-list__meta">
        {lastAt ? t('msg.lastMessage', { when: lastAt }) : t('msg.noMessageYet')}
      </p>
    </li>
  );
}
