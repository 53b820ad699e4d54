import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { CaseFilter } from '../api/case-types';
import { casesApi } from '../api/endpoints';
import { queryKeys, useMe } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import { outcomeLabel, statusLabel } from '../lib/case-labels';
import { MerchantCases } from './cases/MerchantCases';
import { LoadMore } from '../components/LoadMore';

const FILTERS: readonly CaseFilter[] = ['all', 'open', 'closed'];

/** Mes dossiers: merchants see their business's cases (issue 5), others their own. */
export default function CasesPage() {
  const me = useMe();
  const merchant = me?.roles.some(
    (role) => role === 'merchant_respondent' || role === 'merchant_representative',
  );
  return merchant ? <MerchantCases /> : <PersonalCases />;
}

/** The person's cases, newest first, filtered open / closed, paged by key. */
function PersonalCases() {
  const t = useT();
  const format = useFormat();
  const me = useMe();
  const filterName = useId();
  const [filter, setFilter] = useState<CaseFilter>('all');
  const cases = useInfiniteQuery({
    queryKey: queryKeys.caseList(filter),
    queryFn: ({ pageParam }) => casesApi.list(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];
  const isConsumer = me?.roles.includes('consumer') === true;
  const noCaseAtAll = filter === 'all' && cases.isSuccess && items.length === 0;

  return (
    <Page title={t('cases.title')} width="wide">
      {isConsumer && (
        <div className="actions">
          <Link to="/cases/new" className="button button--primary">
            {t('cases.create')}
          </Link>
        </div>
      )}
      {cases.isError && <Notice tone="error">{apiErrorMessage(cases.error, t)}</Notice>}
      {noCaseAtAll ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('cases.empty')}</p>
          <p>{t('cases.emptyDetails')}</p>
          <p>
            {t('cases.help')} <Link to="/assistance">{t('nav.assistance')}</Link>.
          </p>
        </div>
      ) : (
        <>
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
          </fieldset>
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
                      <dt>{t('cases.openedAt')}</dt>
                      <dd>{format.date(item.openedAt)}</dd>
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
        </>
      )}
    </Page>
  );
}
