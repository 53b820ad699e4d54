import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { casesApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { controlAria, FieldFrame, fieldId, SelectField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { useT } from '../../i18n/hooks';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

/** QC-14's reasons (packages/domain WITHDRAWAL_REASONS), in the order offered. */
export const CLOSE_REASONS = [
  'settled_outside_platform',
  'no_longer_wish_to_continue',
  'other_party_unresponsive',
  'going_to_court',
  'other',
] as const;
type CloseReason = (typeof CLOSE_REASONS)[number];

const closeSchema = z.object({
  reason: z.enum(CLOSE_REASONS, { error: 'invalidChoice' }),
  justification: z.string().trim().min(1, { error: 'required' }).max(2000, { error: 'tooLong' }),
});

interface CloseValues {
  reason: CloseReason | '';
  justification: string;
}

interface Props {
  caseId: string;
  /** After submission (QC-14) the justification is shown to the other party. */
  submitted?: boolean;
  onCancel: () => void;
  onClosed: () => void;
}

/**
 * QC-8, QC-14 "Fermer le dossier": a reason from the list and a justification, which the other
 * party reads once the case is closed, then the case closes.
 */
export function CloseCaseForm({ caseId, submitted = false, onCancel, onClosed }: Props) {
  const t = useT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<CloseValues>(closeSchema, { reason: '', justification: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { reason: t('close.reason'), justification: t('close.justification') };
  const textId = fieldId('justification');
  const textField = {
    label: labels.justification,
    error: errors.justification?.message,
    hint: t(submitted ? 'close.justificationHintSubmitted' : 'close.justificationHint'),
    required: true,
  };

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    if (!values.reason) return;
    await casesApi.command(caseId, {
      type: 'close_case',
      reason: values.reason,
      justification: values.justification.trim(),
    });
    await client.invalidateQueries({ queryKey: queryKeys.cases });
    announce(t('close.done'));
    onClosed();
  });

  return (
    <section className="section confirm" aria-labelledby="close-case-title">
      <h2 id="close-case-title" tabIndex={-1}>
        {t('close.title')}
      </h2>
      <p>{t(submitted ? 'close.introSubmitted' : 'close.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('close.submit')}
        busy={isSubmitting}
        actions={
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('close.cancel')}
          </button>
        }
      >
        <SelectField
          label={labels.reason}
          registration={form.register('reason')}
          error={errors.reason?.message}
          required
          options={[
            { value: '', label: t('close.choose') },
            ...CLOSE_REASONS.map((value) => ({
              value,
              label: t(`close.reason.${value}` as const),
            })),
          ]}
        />
        <FieldFrame id={textId} {...textField}>
          <textarea
            id={textId}
            className="input textarea"
            rows={4}
            {...controlAria(textId, textField)}
            {...form.register('justification')}
          />
        </FieldFrame>
      </FormShell>
    </section>
  );
}
