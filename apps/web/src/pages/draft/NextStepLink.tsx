import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { FOCUS_MANAGED } from '../../components/Page';
import { useDraftT } from '../../i18n/draft';
import { stepLabelKey, stepPath, type WizardStep } from './steps';

export function NextStepLink({ caseId, step }: { caseId: string; step: WizardStep }) {
  const t = useDraftT();
  return (
    <p>
      <Link state={FOCUS_MANAGED} to={stepPath(caseId, step)}>
        {t('draft.next', { step: t(stepLabelKey(step)) })}
      </Link>
    </p>
  );
}

/** After a step is saved: say so and offer the next step (same notice on every step). */
export function SavedNotice({ caseId, next }: { caseId: string; next: WizardStep }) {
  const t = useDraftT();
  return (
    <Notice tone="success" live={false}>
      <p>{t('draft.saved')}</p>
      <NextStepLink caseId={caseId} step={next} />
    </Notice>
  );
}
