import { followupResolveBody, type FollowupView } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { mediationApi, mediationKeys } from '../../../api/mediation-endpoints';
import { useAnnounce } from '../../../components/Announcer';
import { controlAria, FieldFrame, fieldId } from '../../../components/fields';
import { FormShell } from '../../../components/FormShell';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';

interface Values {
  resolution: string;
}

/**
 * QC-20: staff say what they did ("Marquer comme traitée"); the mediator reads it on the case
 * and is notified. What was typed stays in the field if the request fails.
 */
export function FollowupResolveForm(props: { followup: FollowupView; onResolved: () => void }) {
  const { followup, onResolved } = props;
  const t = useStaffDashboardT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(followupResolveBody, { resolution: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { resolution: t('dash.followups.resolution') };
  const id = fieldId('resolution');
  const field = {
    label: labels.resolution,
    error: errors.resolution?.message,
    hint: t('dash.followups.resolutionHint'),
    required: true,
  };
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    await mediationApi.resolve(followup.id, values.resolution);
    announce(t('dash.followups.resolved', { caseNumber: followup.caseNumber }));
    await client.invalidateQueries({ queryKey: mediationKeys.dashboard });
    onResolved();
  });
  return (
    <FormShell
      feedback={feedback}
      errors={errors}
      labels={labels}
      onSubmit={submit}
      submitLabel={t('dash.followups.resolve')}
      busy={isSubmitting}
    >
      <FieldFrame id={id} {...field}>
        <textarea
          id={id}
          className="input textarea"
          rows={4}
          {...controlAria(id, field)}
          {...form.register('resolution')}
        />
      </FieldFrame>
    </FormShell>
  );
}
