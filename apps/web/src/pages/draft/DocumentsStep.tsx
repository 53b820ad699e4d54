import type { DraftView } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { Notice } from '../../components/Notice';
import { useDraftT } from '../../i18n/draft';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { DocumentList } from '../case/documents/DocumentList';
import { DocumentUpload } from '../case/documents/DocumentUpload';
import { NextStepLink } from './NextStepLink';

/**
 * QC-3 "Documents": add files to the case (one per upload, the same form as the case's
 * Documents tab), see who added what and when, then save the step.
 */
export function DocumentsStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [stepError, setStepError] = useState<string | null>(null);
  const [stepSaved, setStepSaved] = useState(false);
  const [savingStep, setSavingStep] = useState(false);

  async function saveStep() {
    setStepError(null);
    setStepSaved(false);
    setSavingStep(true);
    try {
      await draftApi.saveDocuments(draft.caseId);
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setStepSaved(true);
      announce(t('docs.stepSaved'));
    } catch (error) {
      setStepError(apiErrorMessage(error, t));
    } finally {
      setSavingStep(false);
    }
  }

  return (
    <>
      <p>{t('docs.intro')}</p>
      <DocumentUpload caseId={draft.caseId} />
      <DocumentList caseId={draft.caseId} level={4} manage />

      {stepError && <Notice tone="error">{stepError}</Notice>}
      {stepSaved && (
        <Notice tone="success" live={false}>
          <p>{t('docs.stepSaved')}</p>
          <NextStepLink caseId={draft.caseId} step="review" />
        </Notice>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={savingStep}
          onClick={() => void saveStep()}
        >
          {t('docs.saveStep')}
        </button>
      </div>
    </>
  );
}
