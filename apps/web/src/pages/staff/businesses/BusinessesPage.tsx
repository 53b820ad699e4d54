import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { businessesApi } from '../../../api/business-endpoints';
import { useMe } from '../../../api/queries';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useBusinessT } from '../../../i18n/business';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { isStaff } from '../../../lib/roles';
import NotFoundPage from '../../NotFoundPage';
import { LoadMore } from '../../../components/LoadMore';

/** ORG-1: the registry, searched by name or registration number, paged by key. */
export default function BusinessesPage() {
  return isStaff(useMe()) ? <BusinessList /> : <NotFoundPage />;
}

function BusinessList() {
  const t = useBusinessT();
  const searchId = useId();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['staff', 'businesses', q],
    queryFn: ({ pageParam }) => businessesApi.list({ q, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };
  return (
    <Page title={t('businesses.title')} width="wide">
      <div className="actions">
        <Link to="/staff/businesses/new" className="button button--primary">
          {t('businesses.new')}
        </Link>
      </div>
      <form role="search" className="form" onSubmit={search}>
        <div className="field">
          <label htmlFor={searchId}>{t('businesses.search')}</label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button--secondary">
            {t('businesses.searchSubmit')}
          </button>
        </div>
      </form>
      {list.isError && <Notice tone="error">{apiErrorMessage(list.error, t)}</Notice>}
      {list.isPending && <Loading label={t('app.loading')} />}
      {list.isSuccess && items.length === 0 && <p>{t('businesses.none')}</p>}
      {items.length > 0 && (
        <>
          <p className="muted" role="status">
            {t('businesses.shown', { count: items.length })}
          </p>
          <ul className="card-list">
            {items.map((business) => (
              <li key={business.id} className="card">
                <h2 className="card__title">
                  <Link to={`/staff/businesses/${business.id}`}>{business.legalName}</Link>
                </h2>
                <dl className="facts facts--inline">
                  <dt>{t('business.registrationNumber')}</dt>
                  <dd>{business.registrationNumber}</dd>
                  <dt>{t('business.sector')}</dt>
                  <dd>{business.sector}</dd>
                  {business.withdrawnAt && (
                    <>
                      <dt>{t('businesses.withdrawn')}</dt>
                      <dd>{business.withdrawnAt.slice(0, 10)}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <LoadMore query={list} label={t('businesses.more')} />
    </Page>
  );
}
