import type { StaffDashboard } from '@entente/contracts';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/hooks';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';
import { lastDayOf, statusLabel } from '../../../lib/case-labels';

type Deadlines = StaffDashboard['deadlines'];

/** STF-1: draft expiry, professional's answer, admissibility and mediation length. */
export function DeadlinesSection({ deadlines }: { deadlines: Deadlines }) {
  return (
    <div className="staff-grid">
      <DeadlineGroup group={deadlines.near} which="near" />
      <DeadlineGroup group={deadlines.past} which="past" />
    </div>
  );
}

function DeadlineGroup({ group, which }: { group: Deadlines['near']; which: 'near' | 'past' }) {
  const t = useStaffDashboardT();
  const format = useFormat();
  const headingId = `dash-deadlines-${which}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(which === 'near' ? 'dash.deadlines.near' : 'dash.deadlines.past')}</h2>
      {group.total === 0 ? (
        <p>{t('dash.deadlines.none')}</p>
      ) : (
        <>
          <p>{t('dash.deadlines.total', { count: group.total })}</p>
          <ul>
            {group.byKind.map((entry) => (
              <li key={entry.kind}>
                {t(`dash.kind.${entry.kind}`)} : {entry.count}
              </li>
            ))}
          </ul>
          <div className="staff-table-scroll">
            <table className="staff-table">
              <caption>
                {t(which === 'near' ? 'dash.deadlines.nearCaption' : 'dash.deadlines.pastCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dash.case')}</th>
                  <th scope="col">{t('dash.deadlines.kind')}</th>
                  <th scope="col">{t('dash.deadlines.status')}</th>
                  <th scope="col">{t('dash.deadlines.dueAt')}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <tr key={`${item.caseId}-${item.kind}`}>
                    <th scope="row">
                      <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link>
                    </th>
                    <td>{t(`dash.kind.${item.kind}`)}</td>
                    <td>{statusLabel(t, item.status)}</td>
                    {/* A deadline at midnight ends the day before: show that last day. */}
                    <td>{format.date(lastDayOf(item.dueAt))}</td>
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
