import type { DraftView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { documentsApi, draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { FormShell } from '../../components/FormShell';
import { useDraftT } from '../../i18n/draft';
import { useLanguage } from '../../i18n/hooks';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import { renameApiFields } from './api-fields';
import { SavedNotice } from './NextStepLink';
import {
  formFieldFor,
  proposalFormSchema,
  solutionsOf,
  toDraft,
  toValues,
  type ProposalValues,
} from './proposal-form';
import { proposalLabels, SolutionsFields } from './SolutionsFields';

/** QC-6 "Proposition": the solutions asked of the merchant and the agreement's terms. */
export function ProposalStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState(false);
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(draft.caseId),
    queryFn: () => documentsApi.list(draft.caseId),
  });
  const form = useLocalizedForm<ProposalValues>(
    proposalFormSchema,
    toValues(draft.proposal, locale),
  );
  const { errors, isSubmitting } = form.formState;
  const labels = proposalLabels(t);

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, onError: () => setSaved(false) },
    async (values) => {
      setSaved(false);
      try {
        await draftApi.saveProposal(draft.caseId, toDraft(values));
      } catch (error) {
        throw renameApiFields(error, formFieldFor(solutionsOf(values)));
      }
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setSaved(true);
      announce(t('draft.saved'));
    },
  );

  return (
    <>
      <p>{t('prop.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('draft.save')}
        busy={isSubmitting}
        status={saved && <SavedNotice caseId={draft.caseId} next="documents" />}
      >
        <SolutionsFields
          form={form}
          labels={labels}
          documents={(documents.data?.documents ?? []).filter((doc) => !doc.system)}
          hint={t('prop.solutions.hint')}
          noDocumentHint={t('prop.damagesDocument.none')}
        />
      </FormShell>
    </>
  );
}
