import type { DraftView } from '@entente/contracts';
import type { DraftMessageKey } from '../../i18n/draft';

/** The wizard's steps in order, as URL segments: `/cases/:id/<step>`. */
export const WIZARD_STEPS = ['parties', 'description', 'proposal', 'documents', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: string | undefined): value is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(value ?? '');
}

export const stepLabelKey = (step: WizardStep): DraftMessageKey => `draft.step.${step}`;

export function stepPath(caseId: string, step: WizardStep): string {
  return `/cases/${encodeURIComponent(caseId)}/${step}`;
}

/** The progress mark of a step: the three data steps by the API's completeness, documents once saved. */
export function stepDone(draft: DraftView, step: WizardStep): boolean {
  switch (step) {
    case 'parties':
    case 'description':
    case 'proposal':
      return draft.complete[step];
    case 'documents':
      return draft.savedSteps.includes('documents');
    case 'review':
      return false;
  }
}

export function nextStep(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? null;
}
