import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { CaseSummary } from '../../../api/case-types';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { resumeQuery } from '../case-api';
import { useCaseT } from '../case-i18n';
import { RepresentativeSection } from '../representatives/RepresentativeSection';
import { SummaryDownload } from '../SummaryDownload';
import { ProblemDescription } from './ProblemDescription';

// QC-20 "relance": the mediator's follow-up requests to the office, in their own chunk.
const FollowupSection = lazy(() =>
  import('../followups/FollowupSection').then((module) => ({ default: module.FollowupSection })),
);

/**
 * QC-10, QC-11 "Résumé du dossier": who submitted it and when, the parties (the business and the
 * representative who took charge, which the consumer sees too), the consumer's representative
 * (REP-1, REP-3), the full problem description, and the case summary's PDF (DOC-3). The
 * mediator reads the same (QC-16), with the mediator named and, while mediating, the follow-up
 * requests to the office (QC-20).
 */
export function ResumeTab({ summary }: { summary: CaseSummary }) {
  const t = useCaseT();
  const format = useFormat();
  const resume = useQuery(resumeQuery(summary.id));
  if (resume.isPending) return <Loading label={t('app.loading')} />;
  if (resume.isError) return <Notice tone="error">{apiErrorMessage(resume.error, t)}</Notice>;
  const r = resume.data;
  const inCharge = r.merchantInCharge;
  const mediating = summary.mySide === 'mediator' && summary.status === 'mediation';
  return (
    <>
      <h2>{t('cp.tab.resume')}</h2>
      {r.submitted && (
        <dl className="facts facts--inline">
          <dt>{t('cp.resume.submittedBy')}</dt>
          <dd>{r.submitted.by ?? '—'}</dd>
          <dt>{t('cp.resume.submittedAt')}</dt>
          <dd>{format.dateTime(r.submitted.at)}</dd>
        </dl>
      )}
      <SummaryDownload caseId={summary.id} />

      <section className="section" aria-labelledby="resume-parties">
        <h3 id="resume-parties">{t('case.parties')}</h3>
        <dl className="facts">
          <dt>{t('case.consumer')}</dt>
          <dd>
            {r.consumer.name}
            {r.consumer.phone && <span className="resume__contact">{r.consumer.phone}</span>}
            {r.consumer.address && (
              <span className="resume__contact pre-line">{r.consumer.address}</span>
            )}
          </dd>
          <dt>{t('case.merchant')}</dt>
          <dd>{r.business.name ?? t('cp.resume.businessUnknown')}</dd>
          <dt>{t('cp.resume.inCharge')}</dt>
          <dd>
            {inCharge
              ? t('cp.resume.inChargeSince', {
                  name: inCharge.name,
                  date: format.date(inCharge.since),
                })
              : t(r.status === 'closed' ? 'cp.resume.neverInCharge' : 'cp.resume.notInCharge')}
          </dd>
          {summary.mediator && (
            <>
              <dt>{t('case.mediator')}</dt>
              <dd>{summary.mediator.name}</dd>
            </>
          )}
        </dl>
      </section>

      {mediating && (
        <Suspense fallback={null}>
          <FollowupSection caseId={summary.id} />
        </Suspense>
      )}

      <RepresentativeSection caseId={summary.id} />

      <section className="section" aria-labelledby="resume-description">
        <h3 id="resume-description">{t('cp.resume.description')}</h3>
        {r.description ? (
          <ProblemDescription description={r.description} />
        ) : (
          <p>{t('cp.resume.noDescription')}</p>
        )}
      </section>
    </>
  );
}
