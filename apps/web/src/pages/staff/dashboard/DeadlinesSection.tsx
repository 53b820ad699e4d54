import type { StaffDashboard } from '@entente/contracts';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';
import { lastDayOf, statusLabel } from '../../../lib/case-labels';
import { CaseTableSection } from './CaseTableSection';
import { TableDate } from './TableDate';

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
  return (
    <CaseTableSection
      headingId={`dash-deadlines-${which}`}
      title={t(which === 'near' ? 'dash.deadlines.near' : 'dash.deadlines.past')}
      total={group.total}
      none={t('dash.deadlines.none')}
      count={t('dash.deadlines.total', { count: group.total })}
      caption={t(which === 'near' ? 'dash.deadlines.nearCaption' : 'dash.deadlines.pastCaption')}
      columns={[t('dash.deadlines.kind'), t('dash.deadlines.status'), t('dash.deadlines.dueAt')]}
      rows={group.items.map((item) => ({
        key: `${item.caseId}-${item.kind}`,
        caseId: item.caseId,
        caseNumber: item.caseNumber,
        cells: [
          t(`dash.kind.${item.kind}`),
          statusLabel(t, item.status),
          // A deadline at midnight ends the day before: show that last day.
          <TableDate iso={lastDayOf(item.dueAt)} />,
        ],
      }))}
    >
      <ul>
        {group.byKind.map((entry) => (
          <li key={entry.kind}>
            {t(`dash.kind.${entry.kind}`)} : {entry.count}
          </li>
        ))}
      </ul>
    </CaseTableSection>
  );
}
