import type { StaffDashboard } from '@entente/contracts';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';
import { CaseTableSection } from './CaseTableSection';
import { TableDate } from './TableDate';

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
  const overdue = which === 'overdue';
  const columns = [t('dash.mediation.day'), t('dash.mediation.mediator')];
  return (
    <CaseTableSection
      headingId={`dash-mediation-${which}`}
      title={t(overdue ? 'dash.mediation.overdue' : 'dash.mediation.alert')}
      total={list.count}
      none={t('dash.mediation.none')}
      count={t('dash.mediation.count', { count: list.count })}
      caption={t(overdue ? 'dash.mediation.overdueCaption' : 'dash.mediation.alertCaption')}
      columns={overdue ? [...columns, t('dash.mediation.overdueSince')] : columns}
      rows={list.items.map((item) => {
        const day =
          item.day === null || item.maxDays === null
            ? ''
            : t('dash.mediation.dayOf', { day: item.day, max: item.maxDays });
        const cells = [day, item.mediator?.name ?? ''];
        const since = item.overdueSince ? <TableDate iso={item.overdueSince} /> : '';
        return {
          key: item.caseId,
          caseId: item.caseId,
          caseNumber: item.caseNumber,
          cells: overdue ? [...cells, since] : cells,
        };
      })}
    />
  );
}
