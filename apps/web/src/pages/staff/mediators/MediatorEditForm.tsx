import type { MediatorView } from '@entente/contracts';
import { useForm } from 'react-hook-form';
import { useAnnounce } from '../../../components/Announcer';
import { FormShell } from '../../../components/FormShell';
import { TextField } from '../../../components/fields';
import { useLanguage } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import {
  editResolver,
  editValuesOf,
  toFormError,
  toUpdateBody,
  type MediatorEditValues,
} from './mediator-form';
import { CoverageFields } from './CoverageFields';

/**
 * MDR-1: programmes, sectors, territories, planned load and (France) the independence
 * declaration. `save` sends the PATCH and returns the mediator as the API now reads it.
 */
export function MediatorEditForm({
  mediator,
  save,
}: {
  mediator: MediatorView;
  save: (body: ReturnType<typeof toUpdateBody>) => Promise<MediatorView>;
}) {
  const t = useMediatorsT();
  const { language } = useLanguage();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useForm<MediatorEditValues>({
    resolver: editResolver(language),
    shouldFocusError: false,
    defaultValues: editValuesOf(mediator),
  });
  const { register, formState, watch } = form;
  const { errors, isSubmitting } = formState;
  const programmes = watch('programmes');
  const coversFrance = Array.isArray(programmes) && programmes.includes('fr');
  const labels = {
    programmes: t('mediator.programmes'),
    sectors: t('mediator.sectors'),
    regions: t('mediator.regions'),
    maxActiveCases: t('mediator.maxActiveCases'),
    independenceDeclaredOn: t('mediator.independence'),
  };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const saved = await save(toUpdateBody(values)).catch((error: unknown) => {
      throw toFormError(error);
    });
    form.reset(editValuesOf(saved));
    announce(t('mediator.saved'));
  });
  return (
    <section className="section" aria-labelledby="mediator-edit">
      <h2 id="mediator-edit">{t('mediator.edit')}</h2>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('mediator.save')}
        busy={isSubmitting}
      >
        <CoverageFields register={register} errors={errors} labels={labels} />
        {coversFrance && (
          <TextField
            label={labels.independenceDeclaredOn}
            registration={register('independenceDeclaredOn')}
            error={errors.independenceDeclaredOn?.message}
            hint={t('mediator.independenceHint')}
            type="date"
            className="field--short"
          />
        )}
      </FormShell>
    </section>
  );
}
