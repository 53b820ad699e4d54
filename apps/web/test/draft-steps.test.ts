import type { DraftView } from '@entente/contracts';
import { describe, expect, it } from 'vitest';
import { isWizardStep, nextStep, stepDone, stepPath, WIZARD_STEPS } from '../src/pages/draft/steps';

const draft = (over: Partial<DraftView>): DraftView => ({
  caseId: 'c1',
  caseNumber: 'OPC-1234567',
  status: 'draft',
  businessName: 'Meubles Exemple inc.',
  draftExpiresAt: null,
  savedSteps: [],
  complete: { parties: false, description: false, proposal: false },
  missing: {},
  parties: {},
  description: {},
  proposal: {},
  updatedAt: null,
  ...over,
});

describe('draft wizard steps', () => {
  it('follow seed 000 order and URL segments', () => {
    expect(WIZARD_STEPS).toEqual(['parties', 'description', 'proposal', 'documents', 'review']);
    expect(stepPath('c 1', 'proposal')).toBe('/cases/c%201/proposal');
    expect(isWizardStep('review')).toBe(true);
    expect(isWizardStep('draft')).toBe(false);
    expect(isWizardStep(undefined)).toBe(false);
    expect(nextStep('documents')).toBe('review');
    expect(nextStep('review')).toBeNull();
  });

  it('mark a step "terminée" from the API: completeness, or documents once saved', () => {
    const d = draft({
      complete: { parties: true, description: false, proposal: true },
      savedSteps: ['parties', 'problem_description', 'documents'],
    });
    expect(WIZARD_STEPS.map((step) => stepDone(d, step))).toEqual([true, false, true, true, false]);
  });
});
