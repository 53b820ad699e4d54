import type { StaffDashboard } from '@entente/contracts';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/hooks';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';

type Mediation = StaffDashboard['mediation'];

/** QC-20: mediations at day 60 (alert) and past their length (overdue), with their day. */
export function MediationAlertsSection({ mediation }: { mediation: Mediation }) {
  return (
    <div className="staff-grid">
      <MediationList list={mediation.alert} which="alert" />
      <MediationList list={mediation.overdue} which="overdue" />
    </div>
  );
}

function MediationList({ list, which }: { list: Mediation['alert']; which: 'alert' | 'overdue' }) {
  const t = useStaffDashboardT();
  const format = useFormat();
  const headingId = `dash-mediation-${which}`;
  const overdue = which === 'overdue';
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(overdue ? 'dash.mediation.overdue' : 'dash.mediation.alert')}</h2>
      {list.count === 0 ? (
        <p>{t('dash.mediation.none')}</p>
      ) : (
        <>
          <p>{t('dash.mediation.count', { count: list.count })}</p>
          <div className="staff-table-scroll">
            <table className="staff-table">
              <caption>
                {t(overdue ? 'dash.mediation.overdueCaption' : 'dash.mediation.alertCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dash.case')}</th>
                  <th scope="col">{t('dash.mediation.day')}</th>
                  <th scope="col">{t('dash.mediation.mediator')}</th>
                  {overdue && <th scope="col">{t('dash.mediation.overdueSince')}</th>}
                </tr>
              </thead>
              <tbody>
                {list.items.map((item) => (
                  <tr key={item.caseId}>
                    <th scope="row">
                      <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link>
                    </th>
                    <td>
                      {item.day === null || item.maxDays === null
                        ? ''
                        : t('dash.mediation.dayOf', { day: item.day, max: item.maxDays })}
                    </td>
                    <td>{item.mediator?.name ?? ''}</td>
                    {overdue && <td>{item.overdueSince ? format.date(item.overdueSince) : ''}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
