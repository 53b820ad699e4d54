import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { INTAKE_STATUSES, type IntakeStatus } from '../../api/case-types';
import { intakesApi } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormat, useT } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { isStaff } from '../../lib/roles';
import NotFoundPage from '../NotFoundPage';
import { LoadMore } from '../../components/LoadMore';

/** QC-1: the intakes staff recorded, filtered by the code's status (sent, used, expired). */
export default function IntakesPage() {
  const me = useMe();
  return isStaff(me) ? <IntakeList /> : <NotFoundPage />;
}

type Filter = IntakeStatus | 'all';

function IntakeList() {
  const t = useT();
  const format = useFormat();
  const filterName = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const status = filter === 'all' ? undefined : filter;
  const intakes = useInfiniteQuery({
    queryKey: queryKeys.intakeList(filter),
    queryFn: ({ pageParam }) => intakesApi.list(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = intakes.data?.pages.flatMap((page) => page.intakes) ?? [];
  const options: Array<{ value: Filter; label: string }> = [
    { value: 'all', label: t('intakes.filter.all') },
    ...INTAKE_STATUSES.map((value) => ({ value, label: t(`intakeStatus.${value}` as const) })),
  ];

  return (
    <Page title={t('intakes.title')} width="wide">
      <p>{t('intakes.intro')}</p>
      <div className="actions">
        <Link to="/staff/intakes/new" className="button button--primary">
          {t('intakes.new')}
        </Link>
      </div>
      <fieldset className="fieldset filter">
        <legend>{t('intakes.filter')}</legend>
        <div className="filter__options">
          {options.map((option) => (
            <label key={option.value} className="filter__option">
              <input
                type="radio"
                name={filterName}
                value={option.value}
                checked={filter === option.value}
                onChange={() => setFilter(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {intakes.isPending && <Loading label={t('app.loading')} />}
      {intakes.isError && <Notice tone="error">{apiErrorMessage(intakes.error, t)}</Notice>}
      {intakes.isSuccess && items.length === 0 && <p>{t('intakes.empty')}</p>}
      {items.length > 0 && (
        <ul className="card-list">
          {items.map((intake) => (
            <li key={intake.id} className="card">
              <h2 className="card__title">
                <Link to={`/staff/intakes/${intake.id}`}>{intake.caseNumber}</Link>
              </h2>
              <dl className="facts facts--inline">
                <dt>{t('intake.status')}</dt>
                <dd>{t(`intakeStatus.${intake.status}` as const)}</dd>
                <dt>{t('intake.consumer')}</dt>
                <dd>
                  {intake.consumerName} ({intake.consumerEmail})
                </dd>
                <dt>{t('intake.business')}</dt>
                <dd>{intake.businessName}</dd>
                <dt>{t('intake.issuedAt')}</dt>
                <dd>{format.date(intake.issuedAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <LoadMore query={intakes} label={t('intakes.more')} />
    </Page>
  );
}
