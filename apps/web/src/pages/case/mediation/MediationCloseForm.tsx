import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { controlAria, FieldFrame, fieldId } from '../../../components/fields';
import { FormShell } from '../../../components/FormShell';
import { Notice } from '../../../components/Notice';
import { FOCUS_MANAGED } from '../../../components/Page';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import { casePageApi } from '../case-api';
import { useCaseT } from '../case-i18n';
import { tabPath } from '../tabs';
import { MEDIATION_DISCUSSION_ID } from './mediation-view';

/** The API's bounds (command-schemas.ts `close_without_agreement`). */
const MAX_JUSTIFICATION = 2000;
const MAX_SUMMARY = 4000;

const text = (max: number) =>
  z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
/** QC-19 requires the summary (it is printed on the attestation); fr leaves it optional. */
const closeSchemas = {
  qc: z.object({ justification: text(MAX_JUSTIFICATION), problemSummary: text(MAX_SUMMARY) }),
  fr: z.object({
    justification: text(MAX_JUSTIFICATION),
    problemSummary: z.string().trim().max(MAX_SUMMARY, { error: 'tooLong' }),
  }),
};

interface CloseValues {
  justification: string;
  problemSummary: string;
}

interface Props {
  caseId: string;
  programme: 'qc' | 'fr';
  onCancel: () => void;
  onClosed: () => void;
}

/**
 * QC-19, the mediator's "Fermer le dossier": first the reminder to tell the parties in the
 * mediation discussion space (a link to it), then the justification every party reads and the
 * summary of the problem's nature printed on the attestation of no agreement in mediation. Both
 * are required in qc; errors are per field and what was typed stays (the form lives above the tabs,
 * so following the link keeps it).
 */
export function MediationCloseForm({ caseId, programme, onCancel, onClosed }: Props) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<CloseValues>(closeSchemas[programme], {
    justification: '',
    problemSummary: '',
  });
  const { errors, isSubmitting } = form.formState;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form arrives in its own chunk, after the page's effect that focuses open forms.
  useEffect(() => heading.current?.focus(), []);
  const labels = {
    justification: t('cp.med.close.justification'),
    problemSummary: t('cp.med.close.summary'),
  };

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    await casePageApi.command(caseId, {
      type: 'close_without_agreement',
      justification: values.justification.trim(),
      problemSummary: values.problemSummary.trim(),
    });
    await client.invalidateQueries({ queryKey: queryKeys.cases });
    announce(t('cp.med.close.done'));
    onClosed();
  });

  function area(name: keyof CloseValues, hint: string, required: boolean) {
    const id = fieldId(name);
    const field = { label: labels[name], hint, error: errors[name]?.message, required };
    return (
      <FieldFrame id={id} {...field}>
        <textarea
          id={id}
          className="input textarea"
          rows={5}
          {...controlAria(id, field)}
          {...form.register(name)}
        />
      </FieldFrame>
    );
  }

  return (
    <section className="section confirm" aria-labelledby="mediation-close-title">
      <h2 id="mediation-close-title" ref={heading} tabIndex={-1}>
        {t('cp.med.close.title')}
      </h2>
      <Notice tone="info" live={false}>
        <p>
          <strong>{t('cp.med.close.reminder')}</strong>
        </p>
        <p>
          <Link
            to={`${tabPath(caseId, 'propositions')}#${MEDIATION_DISCUSSION_ID}`}
            state={FOCUS_MANAGED}
          >
            {t('cp.med.close.toDiscussion')}
          </Link>
        </p>
      </Notice>
      <p>{t('cp.med.close.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('cp.med.close.submit')}
        busy={isSubmitting}
        actions={
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('close.cancel')}
          </button>
        }
      >
        {area('justification', t('cp.med.close.justificationHint'), true)}
        {area('problemSummary', t('cp.med.close.summaryHint'), programme === 'qc')}
      </FormShell>
    </section>
  );
}
