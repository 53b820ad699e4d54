import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { CaseFilter } from '../../api/case-types';
import { merchantCasesApi } from '../../api/business-endpoints';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useMerchantT as useBusinessT } from '../../i18n/merchant';
import { useFormat } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { outcomeLabel, statusLabel } from '../../lib/case-labels';
import { LoadMore } from '../../components/LoadMore';

const FILTERS: readonly CaseFilter[] = ['all', 'open', 'closed'];
const STATUSES = ['negotiation', 'mediation_requested', 'mediation', 'closed'] as const;

/**
 * Issue 5 item 2, QC-9, ORG-2: the merchant's "Mes dossiers" — every case of their business,
 * with the consumer, the date and the representative in charge; filtered by status, open or
 * closed, and "assigned to me"; paged by key.
 */
export function MerchantCases() {
  const t = useBusinessT();
  const format = useFormat();
  const filterName = useId();
  const statusId = useId();
  const [filter, setFilter] = useState<CaseFilter>('all');
  const [status, setStatus] = useState('');
  const [mine, setMine] = useState(false);
  const assigned = mine ? 'me' : 'any';
  const cases = useInfiniteQuery({
    queryKey: ['cases', 'merchant', filter, status, assigned],
    queryFn: ({ pageParam }) =>
      merchantCasesApi.list({ filter, status: status || undefined, assigned, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('cases.title')} width="wide">
      <fieldset className="fieldset filter">
        <legend>{t('cases.filter')}</legend>
        <div className="filter__options">
          {FILTERS.map((value) => (
            <label key={value} className="filter__option">
              <input
                type="radio"
                name={filterName}
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
              />
              {t(`cases.filter.${value}` as const)}
            </label>
          ))}
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t('merchantCases.status')}</label>
          <select
            id={statusId}
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          >
            <option value="">{t('merchantCases.anyStatus')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(t, value)}
              </option>
            ))}
          </select>
        </div>
        <label className="filter__option">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
          {t('merchantCases.assignedToMe')}
        </label>
      </fieldset>
      {cases.isError && <Notice tone="error">{apiErrorMessage(cases.error, t)}</Notice>}
      {cases.isPending && <Loading label={t('app.loading')} />}
      {cases.isSuccess && items.length === 0 && <p>{t('cases.noneInFilter')}</p>}
      {items.length > 0 && (
        <>
          <p className="muted" role="status">
            {t('cases.shown', { count: items.length })}
          </p>
          <ul className="card-list">
            {items.map((item) => (
              <li key={item.id} className="card">
                <h2 className="card__title">
                  <Link to={`/cases/${item.id}`}>{item.caseNumber}</Link>
                </h2>
                <dl className="facts facts--inline">
                  <dt>{t('cases.status')}</dt>
                  <dd>{statusLabel(t, item.status)}</dd>
                  <dt>{t('merchantCases.consumer')}</dt>
                  <dd>{item.consumerName}</dd>
                  <dt>{t('merchantCases.submittedAt')}</dt>
                  <dd>{format.date(item.submittedAt ?? item.openedAt)}</dd>
                  <dt>{t('merchantCases.representative')}</dt>
                  <dd>{item.representative?.name ?? t('merchantCases.unassigned')}</dd>
                  <dt>{t('merchantCases.business')}</dt>
                  <dd>{item.businessName}</dd>
                  {item.outcome && (
                    <>
                      <dt>{t('cases.outcome')}</dt>
                      <dd>{outcomeLabel(t, item.outcome)}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <LoadMore query={cases} label={t('cases.more')} />
    </Page>
  );
}
