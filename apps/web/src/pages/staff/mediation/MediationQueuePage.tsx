import type { MediationQueueItem } from '@entente/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { mediationApi, mediationKeys } from '../../../api/mediation-endpoints';
import { useMe } from '../../../api/queries';
import { LoadMore } from '../../../components/LoadMore';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/hooks';
import { useMediationT } from '../../../i18n/mediation';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { isStaff } from '../../../lib/roles';
import NotFoundPage from '../../NotFoundPage';
import '../dashboard/staff-tables.css';
import { SuggestionsPanel } from './SuggestionsPanel';

/**
 * Issue 6 item 3 "File de médiation": cases awaiting a mediator, oldest first, paged by key. Each
 * case opens its ranked suggestions in place; after an assignment the case leaves the list and a
 * success notice takes the focus.
 */
export default function MediationQueuePage() {
  return isStaff(useMe()) ? <Queue /> : <NotFoundPage />;
}

function Queue() {
  const t = useMediationT();
  const client = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const queue = useInfiniteQuery({
    queryKey: mediationKeys.queue,
    queryFn: ({ pageParam }) => mediationApi.queue(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const onAssigned = async (item: MediationQueueItem, name: string) => {
    setOpen(null);
    setAssigned(t('queue.assigned', { caseNumber: item.caseNumber, name }));
    await client.invalidateQueries({ queryKey: mediationKeys.queue });
    await client.invalidateQueries({ queryKey: mediationKeys.dashboard });
    noticeRef.current?.focus();
  };
  return (
    <Page title={t('queue.title')} width="wide">
      <p>{t('queue.intro')}</p>
      <div ref={noticeRef} tabIndex={-1}>
        {assigned && <Notice tone="success">{assigned}</Notice>}
      </div>
      {queue.isPending && <Loading label={t('app.loading')} />}
      {queue.isError && <Notice tone="error">{apiErrorMessage(queue.error, t)}</Notice>}
      {queue.isSuccess && items.length === 0 && <p>{t('queue.empty')}</p>}
      {items.length > 0 && (
        <>
          <p className="muted" role="status">
            {t('queue.shown', { count: items.length })}
          </p>
          <ul className="card-list queue-list">
            {items.map((item) => (
              <QueueCard
                key={item.caseId}
                item={item}
                expanded={open === item.caseId}
                onToggle={() => setOpen(open === item.caseId ? null : item.caseId)}
                onAssigned={(name) => void onAssigned(item, name)}
              />
            ))}
          </ul>
        </>
      )}
      <LoadMore query={queue} label={t('queue.more')} />
    </Page>
  );
}

function QueueCard(props: {
  item: MediationQueueItem;
  expanded: boolean;
  onToggle: () => void;
  onAssigned: (name: string) => void;
}) {
  const { item, expanded } = props;
  const t = useMediationT();
  const format = useFormat();
  const panelId = `suggestions-${item.caseId}`;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link>
      </h2>
      <dl className="facts facts--inline">
        <dt>{t('queue.business')}</dt>
        <dd>{item.business?.legalName ?? t('queue.unknownBusiness')}</dd>
        {item.business && (
          <>
            <dt>{t('queue.sector')}</dt>
            <dd>{item.business.sector}</dd>
          </>
        )}
        {item.requestedAt && (
          <>
            <dt>{t('queue.requestedAt')}</dt>
            <dd>{format.date(item.requestedAt)}</dd>
          </>
        )}
        {item.waitingDays !== null && (
          <>
            <dt>{t('queue.waiting')}</dt>
            <dd>{t('queue.waitingDays', { count: item.waitingDays })}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={props.onToggle}
        >
          {t('queue.choose')}
        </button>
      </div>
      <div id={panelId} hidden={!expanded}>
        {expanded && (
          <SuggestionsPanel
            caseId={item.caseId}
            caseNumber={item.caseNumber}
            onAssigned={props.onAssigned}
          />
        )}
      </div>
    </li>
  );
}
