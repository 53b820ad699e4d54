import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DraftView } from '@entente/contracts';
import { draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { Loading, Notice } from '../../components/Notice';
import { useDraftT } from '../../i18n/draft';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { DescriptionStep } from './DescriptionStep';
import { DocumentsStep } from './DocumentsStep';
import { NextStepLink } from './NextStepLink';
import { PartiesStep } from './PartiesStep';
import { ProposalStep } from './ProposalStep';
import { ReviewStep } from './ReviewStep';
import { StepNav } from './StepNav';
import { nextStep, stepLabelKey, WIZARD_STEPS, type WizardStep } from './steps';

interface Props {
  caseId: string;
  step: WizardStep;
  /** The consumer's name as the case summary gives it. */
  consumerName: string;
}

interface ViewProps {
  draft: DraftView;
  step: WizardStep;
  consumerName: string;
}

/** QC-3 to QC-7: the draft wizard of the case page (its own chunk, loaded for drafts only). */
export default function DraftWizard({ caseId, step, consumerName }: Props) {
  const t = useDraftT();
  const draft = useQuery({
    queryKey: queryKeys.caseDraft(caseId),
    queryFn: () => draftApi.get(caseId),
  });
  if (draft.isPending) return <Loading label={t('app.loading')} />;
  if (draft.isError) {
    return (
      <Notice tone="error">
        {t('draft.loadError')} {apiErrorMessage(draft.error, t)}
      </Notice>
    );
  }
  return <WizardView draft={draft.data} step={step} consumerName={consumerName} />;
}

function WizardView({ draft, step, consumerName }: ViewProps) {
  const t = useDraftT();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // A step chosen in the navigation moves the focus to its heading (not on the page's arrival).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const index = WIZARD_STEPS.indexOf(step);
  const titleId = `draft-step-${step}`;
  return (
    <section className="section draft" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('draft.title')}</h2>
      <StepNav draft={draft} current={step} />
      <section className="draft__step" aria-labelledby={titleId}>
        <p className="draft__counter">
          {t('draft.stepOf', { n: index + 1, total: WIZARD_STEPS.length })}
        </p>
        <h3 id={titleId} ref={heading} tabIndex={-1}>
          {t(stepLabelKey(step))}
        </h3>
        <StepBody draft={draft} step={step} consumerName={consumerName} />
      </section>
    </section>
  );
}

function StepBody({ draft, step, consumerName }: ViewProps) {
  switch (step) {
    case 'parties':
      return <PartiesStep key={draft.caseId} draft={draft} consumerName={consumerName} />;
    case 'description':
      return <DescriptionStep key={draft.caseId} draft={draft} />;
    case 'documents':
      return <DocumentsStep key={draft.caseId} draft={draft} />;
    case 'review':
      return <ReviewStep key={draft.caseId} draft={draft} />;
    case 'proposal':
      return <ProposalStep key={draft.caseId} draft={draft} />;
    default:
      return <ComingSoon caseId={draft.caseId} step={step} />;
  }
}

function ComingSoon({ caseId, step }: { caseId: string; step: WizardStep }) {
  const t = useDraftT();
  const next = nextStep(step);
  return (
    <>
      <p>{t('draft.comingSoon')}</p>
      {next && <NextStepLink caseId={caseId} step={next} />}
    </>
  );
}
