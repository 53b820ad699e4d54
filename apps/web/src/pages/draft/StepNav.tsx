import type { DraftView } from '@entente/contracts';
import { Link } from 'react-router';
import { FOCUS_MANAGED } from '../../components/Page';
import { useDraftT } from '../../i18n/draft';
import { cx } from '../../lib/cx';
import { stepDone, stepLabelKey, stepPath, WIZARD_STEPS, type WizardStep } from './steps';

/** The wizard's steps in order, the current one marked, each "terminée" or "à compléter". */
export function StepNav({ draft, current }: { draft: DraftView; current: WizardStep }) {
  const t = useDraftT();
  return (
    <nav className="step-nav" aria-label={t('draft.steps')}>
      <ol className="step-nav__list">
        {WIZARD_STEPS.map((step, index) => {
          const done = stepDone(draft, step);
          const isCurrent = step === current;
          return (
            <li
              key={step}
              className={cx(
                'step-nav__item',
                done && 'step-nav__item--done',
                isCurrent && 'step-nav__item--current',
              )}
            >
              <Link
                state={FOCUS_MANAGED}
                to={stepPath(draft.caseId, step)}
                className="step-nav__link"
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="step-nav__mark" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="step-nav__name">{t(stepLabelKey(step))}</span>
                <span className="step-nav__state">
                  <span className="visually-hidden"> – </span>
                  {t(done ? 'draft.state.done' : 'draft.state.todo')}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
