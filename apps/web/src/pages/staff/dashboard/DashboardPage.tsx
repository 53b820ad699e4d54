import type { StaffDashboard } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { mediationApi, mediationKeys } from '../../../api/mediation-endpoints';
import { useMe } from '../../../api/queries';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/hooks';
import { useStaffDashboardT, type StaffDashboardTranslate } from '../../../i18n/staff-dashboard';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { statusLabel } from '../../../lib/case-labels';
import { isStaff } from '../../../lib/roles';
import NotFoundPage from '../../NotFoundPage';
import { DeadlinesSection } from './DeadlinesSection';
import { FollowupsSection } from './FollowupsSection';
import { MediationAlertsSection } from './MediationAlertsSection';
import { TableDate } from './TableDate';
import './staff-tables.css';

/**
 * STF-1 "Tableau de bord": open cases by programme and status, cases awaiting a mediator,
 * deadlines near and past, mediations at day 60 or overdue, and the mediators' follow-up
 * requests. Case metadata only (STF-2); every case links to its page.
 */
export default function DashboardPage() {
  return isStaff(useMe()) ? <Dashboard /> : <NotFoundPage />;
}

function Dashboard() {
  const t = useStaffDashboardT();
  const format = useFormat();
  const board = useQuery({ queryKey: mediationKeys.dashboard, queryFn: mediationApi.dashboard });
  return (
    <Page title={t('dash.title')} width="wide">
      {board.isPending && <Loading label={t('app.loading')} />}
      {board.isError && <Notice tone="error">{apiErrorMessage(board.error, t)}</Notice>}
      {board.data && (
        <>
          <div className="actions">
            <p className="muted">
              {t('dash.generatedAt', { date: format.dateTime(board.data.generatedAt) })}
            </p>
            <button
              type="button"
              className="button button--secondary"
              disabled={board.isFetching}
              onClick={() => void board.refetch()}
            >
              {t('dash.refresh')}
            </button>
          </div>
          <OpenCounts counts={board.data.counts} t={t} />
          <AwaitingMediator awaiting={board.data.awaitingMediator} t={t} />
          <DeadlinesSection deadlines={board.data.deadlines} />
          <MediationAlertsSection mediation={board.data.mediation} />
          <FollowupsSection followups={board.data.followups} />
        </>
      )}
    </Page>
  );
}

/** Rows are statuses, columns the programmes that have open cases, then the total. */
function OpenCounts({
  counts,
  t,
}: {
  counts: StaffDashboard['counts'];
  t: StaffDashboardTranslate;
}) {
  const programmes = (['qc', 'fr'] as const).filter((p) => counts.some((c) => c.programme === p));
  const statuses = [...new Set(counts.map((c) => c.status))];
  const countOf = (programme: string, status: string) =>
    counts.find((c) => c.programme === programme && c.status === status)?.count ?? 0;
  return (
    <section className="section" aria-labelledby="dash-counts">
      <h2 id="dash-counts">{t('dash.counts.title')}</h2>
      {counts.length === 0 ? (
        <p>{t('dash.counts.none')}</p>
      ) : (
        <div className="staff-table-scroll">
          <table className="staff-table">
            <caption>{t('dash.counts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dash.counts.status')}</th>
                {programmes.map((programme) => (
                  <th key={programme} scope="col" className="number">
                    {t(`dash.programme.${programme}`)}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('dash.counts.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {statuses.map((status) => (
                <tr key={status}>
                  <th scope="row">{statusLabel(t, status)}</th>
                  {programmes.map((programme) => (
                    <td key={programme} className="number">
                      {countOf(programme, status)}
                    </td>
                  ))}
                  <td className="number">
                    {programmes.reduce((sum, p) => sum + countOf(p, status), 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AwaitingMediator(props: {
  awaiting: StaffDashboard['awaitingMediator'];
  t: StaffDashboardTranslate;
}) {
  const { awaiting, t } = props;
  return (
    <section className="section" aria-labelledby="dash-awaiting">
      <h2 id="dash-awaiting">{t('dash.awaiting.title')}</h2>
      <p>{t('dash.awaiting.count', { count: awaiting.count })}</p>
      {awaiting.oldest.length > 0 && (
        <div className="staff-table-scroll">
          <table className="staff-table">
            <caption>{t('dash.awaiting.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dash.case')}</th>
                <th scope="col">{t('dash.awaiting.requestedAt')}</th>
                <th scope="col" className="number">
                  {t('dash.awaiting.waiting')}
                </th>
              </tr>
            </thead>
            <tbody>
              {awaiting.oldest.map((item) => (
                <tr key={item.caseId}>
                  <th scope="row">
                    <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link>
                  </th>
                  <td>{item.requestedAt ? <TableDate iso={item.requestedAt} /> : ''}</td>
                  <td className="number">
                    {item.waitingDays === null
                      ? ''
                      : t('dash.awaiting.days', { count: item.waitingDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/staff/mediation">{t('dash.awaiting.queue')}</Link>
      </p>
    </section>
  );
}
