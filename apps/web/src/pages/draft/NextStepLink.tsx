import { Link } from 'react-router';
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
