import type { AgreementTextView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { documentsApi } from '../../../api/endpoints';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { FormShell } from '../../../components/FormShell';
import { Notice } from '../../../components/Notice';
import { useDraftT } from '../../../i18n/draft';
import { useLanguage } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import { renameApiFields } from '../../draft/api-fields';
import {
  formFieldFor,
  proposalFormSchema,
  solutionsOf,
  toDraft,
  toValues,
  type ProposalValues,
} from '../../draft/proposal-form';
import { proposalLabels, SolutionsFields } from '../../draft/SolutionsFields';
import { casePageApi, type ProposalContent } from '../case-api';
import { useCaseT } from '../case-i18n';
import { AgreementDocument } from './AgreementDocument';

interface Props {
  caseId: string;
  /** `counter`: a new proposal (QC-12); `modify`: a new version of the reader's own. */
  mode: { kind: 'counter' } | { kind: 'modify'; proposalId: string; baseVersion: number };
  initial: ProposalContent | null;
  /** QC-17: the mediator's "Faire une proposition initiale" / "Modifier ma proposition". */
  variant?: 'party' | 'mediator';
  onDone: () => void;
  onCancel: () => void;
}

const TEXT = {
  party: {
    counterTitle: 'cp.prop.counterTitle',
    modifyTitle: 'cp.prop.modifyTitle',
    intro: 'cp.prop.editorIntro',
    previewHint: 'cp.prop.previewHint',
    submitCounter: 'cp.prop.submitCounter',
    submitModify: 'cp.prop.submitModify',
    counterSent: 'cp.prop.counterSent',
    modified: 'cp.prop.modified',
  },
  mediator: {
    counterTitle: 'cp.med.prop.make',
    modifyTitle: 'cp.med.prop.modify',
    intro: 'cp.med.prop.editorIntro',
    previewHint: 'cp.med.prop.previewHint',
    submitCounter: 'cp.prop.submitCounter',
    submitModify: 'cp.prop.submitCounter',
    counterSent: 'cp.med.prop.made',
    modified: 'cp.med.prop.modified',
  },
} as const;

/**
 * QC-12's counter-proposal and "Modifier": the wizard's structured form, "Prévisualiser
 * l'entente" (the API's agreement text for exactly these values), then "Soumettre".
 */
export function ProposalEditor(props: Props) {
  const { caseId, mode, initial, variant = 'party', onDone, onCancel } = props;
  const t = useCaseT();
  const text = TEXT[variant];
  const td = useDraftT();
  const { locale } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [preview, setPreview] = useState<{ text: AgreementTextView; content: ProposalContent }>();
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(caseId),
    queryFn: () => documentsApi.list(caseId),
  });
  const form = useLocalizedForm<ProposalValues>(
    proposalFormSchema,
    toValues(initial ?? { solutions: [], terms: '' }, locale),
  );
  const { errors, isSubmitting } = form.formState;
  const labels = proposalLabels(td);

  // A change after the preview makes it stale: preview again before submitting.
  useEffect(() => {
    const subscription = form.watch(() => setPreview(undefined));
    return () => subscription.unsubscribe();
  }, [form]);
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const showPreview = useFormSubmit(form, feedback, { labels }, async (values) => {
    setSendError(null);
    const content = toDraft(values) as ProposalContent;
    try {
      setPreview({ text: await casePageApi.preview(caseId, content), content });
    } catch (error) {
      throw renameApiFields(error, formFieldFor(solutionsOf(values)));
    }
  });

  async function send() {
    if (!preview) return;
    setSending(true);
    setSendError(null);
    try {
      await casePageApi.command(
        caseId,
        mode.kind === 'counter'
          ? { type: 'make_proposal', content: preview.content }
          : {
              type: 'modify_proposal',
              proposalId: mode.proposalId,
              baseVersion: mode.baseVersion,
              content: preview.content,
            },
      );
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t(mode.kind === 'counter' ? text.counterSent : text.modified));
      onDone();
    } catch (error) {
      setSendError(apiErrorMessage(error, t));
      void client.invalidateQueries({ queryKey: queryKeys.cases });
    } finally {
      setSending(false);
    }
  }

  const title = mode.kind === 'counter' ? text.counterTitle : text.modifyTitle;
  return (
    <section className="section confirm" aria-labelledby="proposal-editor-title">
      <h3 id="proposal-editor-title" tabIndex={-1}>
        {t(title)}
      </h3>
      <p>{t(text.intro)}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={showPreview}
        submitLabel={t('cp.prop.preview')}
        busy={isSubmitting}
        actions={
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('close.cancel')}
          </button>
        }
      >
        <SolutionsFields
          form={form}
          labels={labels}
          documents={(documents.data?.documents ?? []).filter((doc) => !doc.system)}
          hint={t('cp.prop.solutionsHint')}
          noDocumentHint={t('cp.prop.noDocument')}
        />
      </FormShell>
      {preview && (
        <section className="agreement" aria-labelledby="counter-preview">
          <h4 id="counter-preview" ref={previewHeading} tabIndex={-1}>
            {t('cp.prop.previewTitle')}
          </h4>
          <p className="field__hint">{t(text.previewHint)}</p>
          <AgreementDocument text={preview.text} />
          {sendError && <Notice tone="error">{sendError}</Notice>}
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={sending}
              onClick={() => void send()}
            >
              {t(mode.kind === 'counter' ? text.submitCounter : text.submitModify)}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
