import { lazy, Suspense } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { intakesApi } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { controlAria, FieldFrame, fieldId, TextField } from '../../components/fields';
import { EmailField, LanguageField } from '../../components/person-fields';
import { FormShell } from '../../components/FormShell';
import { Loading } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/hooks';
import { isStaff } from '../../lib/roles';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import NotFoundPage from '../NotFoundPage';
import {
  attachmentsProblem,
  intakeDefaults,
  intakeFormSchema,
  intakeLabels,
  toIntakeBody,
  type IntakeFormValues,
} from './intake-form';

/** The registry picker (react-aria's combobox) loads apart, to keep this page's first load small. */
const BusinessPicker = lazy(async () => ({
  default: (await import('./BusinessPicker')).BusinessPicker,
}));

/** QC-1: staff record an intake after a call; the platform e-mails the reference and code. */
export default function NewIntakePage() {
  const me = useMe();
  return isStaff(me) ? <NewIntakeForm /> : <NotFoundPage />;
}

function NewIntakeForm() {
  const { t, language } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<IntakeFormValues>(intakeFormSchema, intakeDefaults(language));
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = intakeLabels(t);
  const attachmentsId = fieldId('attachments');

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const files = Array.from(values.attachments ?? []);
    const problem = attachmentsProblem(files);
    if (problem) {
      form.setError('attachments', { type: 'client', message: t(problem) });
      return feedback.fail(null);
    }
    const intake = await intakesApi.create(await toIntakeBody(values, files));
    await client.invalidateQueries({ queryKey: queryKeys.intakes });
    client.setQueryData(queryKeys.intake(intake.id), intake);
    announce(t('intake.created', { email: intake.consumerEmail }));
    await navigate(`/staff/intakes/${intake.id}`, { state: { created: true } });
  });

  const attachmentsError = errors.attachments?.message;
  const attachmentsField = {
    label: labels.attachments!,
    hint: t('intakeForm.attachmentsHint'),
    error: typeof attachmentsError === 'string' ? attachmentsError : undefined,
  };
  return (
    <Page title={t('intakeForm.title')} width="wide">
      <p className="lead">{t('intakeForm.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('intakeForm.submit')}
        busy={isSubmitting}
        actions={
          <Link to="/staff/intakes" className="button button--secondary">
            {t('intake.cancel')}
          </Link>
        }
      >
        <TextField
          label={labels.consumerName!}
          registration={register('consumerName')}
          error={errors.consumerName?.message}
          autoComplete="off"
          required
        />
        <EmailField
          label={labels.consumerEmail!}
          registration={register('consumerEmail')}
          error={errors.consumerEmail?.message}
        />
        <LanguageField
          label={labels.consumerLanguage!}
          registration={register('consumerLanguage')}
          error={errors.consumerLanguage?.message}
        />
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <BusinessPicker
            value={form.watch('businessId')}
            onChange={(id) =>
              form.setValue('businessId', id, { shouldValidate: feedback.attempted })
            }
            error={errors.businessId?.message}
          />
        </Suspense>
        <TextField
          label={labels.category!}
          registration={register('category')}
          error={errors.category?.message}
          autoComplete="off"
        />
        <FieldFrame id={attachmentsId} {...attachmentsField}>
          <input
            id={attachmentsId}
            type="file"
            multiple
            className="input input--file"
            {...controlAria(attachmentsId, attachmentsField)}
            {...register('attachments')}
          />
        </FieldFrame>
      </FormShell>
    </Page>
  );
}
