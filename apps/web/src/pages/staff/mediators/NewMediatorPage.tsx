import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { mediatorKey, mediatorsApi } from '../../../api/mediator-endpoints';
import { useMe } from '../../../api/queries';
import { useQueryClient } from '@tanstack/react-query';
import { useAnnounce } from '../../../components/Announcer';
import { FormShell } from '../../../components/FormShell';
import { Page } from '../../../components/Page';
import { TextField } from '../../../components/fields';
import { EmailField, LanguageField, NameFields } from '../../../components/person-fields';
import { useLanguage } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { isStaff } from '../../../lib/roles';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import NotFoundPage from '../../NotFoundPage';
import {
  createResolver,
  toCreateBody,
  toFormError,
  type MediatorFormValues,
} from './mediator-form';
import { CoverageFields } from './CoverageFields';
import './mediators.css';

/** MDR-1, ACC-3: staff enrol a mediator; the person gets a one-time activation link by e-mail. */
export default function NewMediatorPage() {
  return isStaff(useMe()) ? <NewMediatorForm /> : <NotFoundPage />;
}

function NewMediatorForm() {
  const t = useMediatorsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const client = useQueryClient();
  const feedback = useFormFeedback();
  const form = useForm<MediatorFormValues>({
    resolver: createResolver(language),
    shouldFocusError: false,
    defaultValues: {
      email: '',
      givenName: '',
      familyName: '',
      preferredLanguage: 'fr',
      programmes: [],
      sectors: '',
      regions: '',
      maxActiveCases: '',
      jobTitle: '',
      organisation: '',
      workPhone: '',
    },
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    email: t('mediator.email'),
    givenName: t('mediator.givenName'),
    familyName: t('mediator.familyName'),
    preferredLanguage: t('mediator.language'),
    programmes: t('mediator.programmes'),
    sectors: t('mediator.sectors'),
    regions: t('mediator.regions'),
    maxActiveCases: t('mediator.maxActiveCases'),
    jobTitle: t('mediator.jobTitle'),
    organisation: t('mediator.organisation'),
    workPhone: t('mediator.workPhone'),
  };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const mediator = await mediatorsApi.create(toCreateBody(values)).catch((error: unknown) => {
      throw toFormError(error);
    });
    client.setQueryData(mediatorKey(mediator.userId), mediator);
    announce(t('mediator.created', { name: `${mediator.givenName} ${mediator.familyName}` }));
    await navigate(`/staff/mediators/${mediator.userId}`);
  });
  return (
    <Page title={t('mediators.new')} width="wide">
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('mediator.create')}
        busy={isSubmitting}
        actions={
          <Link to="/staff/mediators" className="button button--secondary">
            {t('mediator.cancel')}
          </Link>
        }
      >
        <EmailField
          label={labels.email}
          registration={register('email')}
          error={errors.email?.message}
        />
        <NameFields register={register} errors={errors} labels={labels} />
        <LanguageField
          label={labels.preferredLanguage}
          registration={register('preferredLanguage')}
          error={errors.preferredLanguage?.message}
        />
        <CoverageFields register={register} errors={errors} labels={labels} />
        <fieldset className="fieldset" aria-describedby="mediator-profile-hint">
          <legend>{t('mediator.profile')}</legend>
          <p id="mediator-profile-hint" className="field__hint">
            {t('mediator.profileHint')}
          </p>
          <TextField
            label={labels.jobTitle}
            registration={register('jobTitle')}
            error={errors.jobTitle?.message}
            autoComplete="off"
          />
          <TextField
            label={labels.organisation}
            registration={register('organisation')}
            error={errors.organisation?.message}
            autoComplete="off"
          />
          <TextField
            label={labels.workPhone}
            registration={register('workPhone')}
            error={errors.workPhone?.message}
            type="tel"
            autoComplete="off"
          />
        </fieldset>
      </FormShell>
    </Page>
  );
}
