import type { CaseSummary, RequestMediation } from '../../../api/case-types';
import { Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { cx } from '../../../lib/cx';
import { lastDayOf } from '../../../lib/case-labels';
import { useCaseT } from '../case-i18n';
import { mediationDays, seesMediationDays } from './mediation-view';
import './mediation.css';

interface NoticesProps {
  summary: CaseSummary;
  requestMediation: RequestMediation | null;
}

/**
 * Under the status banner: why mediation cannot be requested yet (QC-15, with the date the
 * 45-day rule is met), what "Médiation demandée" means, the mediator and the rules of mediation
 * for the parties, and the days of mediation for the mediator and staff (QC-20).
 */
export function MediationNotices({ summary, requestMediation }: NoticesProps) {
  const t = useCaseT();
  const format = useFormat();
  const refused = requestMediation && !requestMediation.allowed ? requestMediation : null;
  const party = summary.mySide === 'consumer' || summary.mySide === 'merchant';
  const progress = summary.mediation ?? null;
  return (
    <div className="case-mediation">
      {refused && (
        <div className="case-mediation__why">
          <p className="case-mediation__why-title">{t('cp.med.request')}</p>
          {refused.message && <p>{refused.message}</p>}
          {refused.reason === 'mediation_not_yet_eligible' && refused.eligibleFrom && (
            <p>{t('cp.med.notYet', { date: format.date(refused.eligibleFrom) })}</p>
          )}
        </div>
      )}
      {summary.status === 'mediation_requested' && (
        <Notice tone="info" live={false}>
          <p>{t('cp.med.requestedInfo')}</p>
          {party && <p>{t('cp.med.requestedNotice')}</p>}
        </Notice>
      )}
      {summary.status === 'mediation' && summary.mediator && party && (
        <p className="case-mediation__mediator">
          {t('cp.med.mediator', { name: summary.mediator.name })}
        </p>
      )}
      {summary.status === 'mediation' && party && summary.programme === 'qc' && (
        <details className="case-mediation__rules">
          <summary className="case-mediation__rules-title">{t('cp.med.rulesTitle')}</summary>
          <ul>
            <li>{t('cp.med.ruleProposal')}</li>
            <li>{t('cp.med.ruleClose')}</li>
          </ul>
        </details>
      )}
      {progress && seesMediationDays(summary) && <MediationDaysLine summary={summary} />}
    </div>
  );
}

/** QC-20 "Jour X de la médiation · Y jours restants", alert from day 60, overdue past 75. */
function MediationDaysLine({ summary }: { summary: CaseSummary }) {
  const t = useCaseT();
  const format = useFormat();
  const progress = summary.mediation;
  if (!progress) return null;
  const days = mediationDays(progress);
  return (
    <div className={cx('case-mediation__days', `case-mediation__days--${days.tone}`)}>
      <p>
        <strong>{t(days.day.key, days.day.params)}</strong>
        {days.remaining && <> · {t(days.remaining.key, days.remaining.params)}</>}
      </p>
      {days.tone === 'alert' && (
        <p>
          {t('cp.med.alert', {
            max: progress.maxDays,
            date: format.date(lastDayOf(progress.endsAt)),
          })}
        </p>
      )}
      {days.tone === 'overdue' && (
        <p>
          {t('cp.med.overdue', {
            max: progress.maxDays,
            date: format.date(progress.endsAt),
          })}
        </p>
      )}
    </div>
  );
}
