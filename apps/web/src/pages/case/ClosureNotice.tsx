import { Link } from 'react-router';
import type { CaseSummary } from '../../api/case-types';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { outcomeLabel } from '../../lib/case-labels';
import { useCaseT, type CaseMessageKey } from './case-i18n';
import { CASE_CLOSURE_ID } from './case-ids';
import { tabPath } from './tabs';

const WITHDRAWAL = new Set([
  'settled_outside_platform',
  'no_longer_wish_to_continue',
  'other_party_unresponsive',
  'going_to_court',
  'other',
]);
const OTHER_REASONS: Readonly<Record<string, CaseMessageKey>> = {
  negotiation_refused: 'cp.closure.negotiation_refused',
  draft_expired: 'cp.closure.draft_expired',
  agreement: 'cp.closure.agreement',
  mediation_failed: 'cp.closure.mediation_failed',
};

function reasonKey(reason: string): CaseMessageKey | MessageKey | null {
  if (WITHDRAWAL.has(reason)) return `close.reason.${reason}` as MessageKey;
  return OTHER_REASONS[reason] ?? null;
}

/**
 * A closed case: its outcome, the reason and the justification the closing party wrote, which
 * the other party reads (QC-9, QC-14); after a failed mediation the mediator's justification,
 * the problem's summary and where the attestation is (QC-19). Without an agreement, the
 * consumer side also reads where to turn next (QC-21: formal notice, small claims).
 */
export function ClosureNotice({ summary }: { summary: CaseSummary }) {
  const t = useCaseT();
  const format = useFormat();
  const closure = summary.closure;
  if (!closure) return null;
  const key = reasonKey(closure.reason);
  const consumerSide = summary.mySide === 'consumer' || summary.myRoles.includes('consumer');
  const failedMediation = closure.outcome === 'mediation_failed';
  return (
    <section className="section" aria-labelledby={CASE_CLOSURE_ID}>
      <h2 id={CASE_CLOSURE_ID} tabIndex={-1}>
        {t('cp.closure.title')}
      </h2>
      <dl className="facts">
        <dt>{t('case.outcome')}</dt>
        <dd>
          {closure.outcome === 'agreement' && closure.phase === 'mediation'
            ? t('cp.med.prop.agreement')
            : outcomeLabel(t, closure.outcome)}
        </dd>
        <dt>{t('case.closedAt')}</dt>
        <dd>{format.dateTime(closure.closedAt)}</dd>
        {key && closure.reason !== 'agreement' && (
          <>
            <dt>{t('cp.closure.reason')}</dt>
            <dd>{t(key)}</dd>
          </>
        )}
        {closure.justification && (
          <>
            <dt>{t('cp.closure.justification')}</dt>
            <dd className="pre-line">{closure.justification}</dd>
          </>
        )}
        {closure.problemSummary && (
          <>
            <dt>{t('cp.closure.problemSummary')}</dt>
            <dd className="pre-line">{closure.problemSummary}</dd>
          </>
        )}
      </dl>
      {failedMediation && (
        <p>
          {t('cp.closure.attestation')}{' '}
          <Link to={tabPath(summary.id, 'documents')}>{t('cp.closure.toDocuments')}</Link>
        </p>
      )}
      {consumerSide && closure.outcome !== 'agreement' && (
        <Notice tone="info" live={false}>
          <p>
            <strong>{t('cp.closure.remediesTitle')}</strong>
          </p>
          <p>
            {t(summary.programme === 'qc' ? 'cp.closure.remedies.qc' : 'cp.closure.remedies.fr')}
          </p>
        </Notice>
      )}
    </section>
  );
}
