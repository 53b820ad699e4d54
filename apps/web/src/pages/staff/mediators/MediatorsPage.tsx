import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { mediatorsApi } from '../../../api/mediator-endpoints';
import { useMe } from '../../../api/queries';
import { LoadMore } from '../../../components/LoadMore';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { isStaff } from '../../../lib/roles';
import NotFoundPage from '../../NotFoundPage';
import { availabilityText, listText, loadText, programmesText } from './mediator-text';
import './mediators.css';

type ProgrammeFilter = '' | 'qc' | 'fr';

/** MDR-1: the registry, searched by name or address and filtered by programme, paged by key. */
export default function MediatorsPage() {
  return isStaff(useMe()) ? <MediatorList /> : <NotFoundPage />;
}

function MediatorList() {
  const t = useMediatorsT();
  const format = useFormat();
  const searchId = useId();
  const programmeId = useId();
  const [draft, setDraft] = useState('');
  const [draftProgramme, setDraftProgramme] = useState<ProgrammeFilter>('');
  const [filters, setFilters] = useState({ q: '', programme: '' as ProgrammeFilter });
  const list = useInfiniteQuery({
    queryKey: ['staff', 'mediators', 'list', filters],
    queryFn: ({ pageParam }) =>
      mediatorsApi.list({ q: filters.q, programme: filters.programme, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ q: draft.trim(), programme: draftProgramme });
  };
  return (
    <Page title={t('mediators.title')} width="wide">
      <div className="actions">
        <Link to="/staff/mediators/new" className="button button--primary">
          {t('mediators.new')}
        </Link>
      </div>
      <form role="search" aria-label={t('mediators.filters')} className="form" onSubmit={search}>
        <div className="field">
          <label htmlFor={searchId}>{t('mediators.search')}</label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={programmeId}>{t('mediators.programme')}</label>
          <select
            id={programmeId}
            className="input select"
            value={draftProgramme}
            onChange={(event) => setDraftProgramme(event.target.value as ProgrammeFilter)}
          >
            <option value="">{t('mediators.programme.all')}</option>
            <option value="qc">{t('mediator.programme.qc')}</option>
            <option value="fr">{t('mediator.programme.fr')}</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button button--secondary">
            {t('mediators.searchSubmit')}
          </button>
        </div>
      </form>
      {list.isError && <Notice tone="error">{apiErrorMessage(list.error, t)}</Notice>}
      {list.isPending && <Loading label={t('app.loading')} />}
      {list.isSuccess && items.length === 0 && <p>{t('mediators.none')}</p>}
      {items.length > 0 && (
        <>
          <p className="muted" role="status">
            {t('mediators.shown', { count: items.length })}
          </p>
          <ul className="card-list">
            {items.map((m) => (
              <li key={m.userId} className="card">
                <h2 className="card__title">
                  <Link to={`/staff/mediators/${m.userId}`}>
                    {m.givenName} {m.familyName}
                  </Link>
                </h2>
                {m.withdrawnAt && (
                  <p className="mediator-flag">
                    {t('mediator.withdrawn', { date: format.date(m.withdrawnAt) })}
                  </p>
                )}
                <dl className="facts facts--inline">
                  <dt>{t('mediator.email')}</dt>
                  <dd>{m.email}</dd>
                  <dt>{t('mediator.programmes')}</dt>
                  <dd>{programmesText(t, m.programmes)}</dd>
                  <dt>{t('mediator.sectors')}</dt>
                  <dd>{listText(t, m.sectors)}</dd>
                  <dt>{t('mediator.regions')}</dt>
                  <dd>{listText(t, m.regions)}</dd>
                  <dt>{t('mediator.account')}</dt>
                  <dd>{t(`mediator.account.${m.accountStatus}`)}</dd>
                  <dt>{t('mediator.load')}</dt>
                  <dd>{loadText(t, m)}</dd>
                  <dt>{t('mediator.availability')}</dt>
                  <dd>{availabilityText(t, format, m)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <LoadMore query={list} label={t('mediators.more')} />
    </Page>
  );
}
