import {
  memberBody,
  memberRequestBody,
  type BusinessView,
  type MemberBody,
  type MemberRequestBody,
} from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { businessesApi } from '../../api/business-endpoints';
import { myBusinessApi, myBusinessesKey } from '../../api/my-business-endpoints';
import { useAnnounce } from '../../components/Announcer';
import { FormShell } from '../../components/FormShell';
import { FieldFrame, controlAria, fieldId } from '../../components/fields';
import { EmailField, LanguageField, NameFields } from '../../components/person-fields';
import { useLanguage } from '../../i18n/hooks';
import { useMyBusinessT } from '../../i18n/my-business';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

/** ORG-1 where the programme allows it (fr): the respondent adds a representative directly. */
export function AddRepresentativeForm({ business }: { business: BusinessView }) {
  const t = useMyBusinessT();
  const { language } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const titleId = useId();
  const defaults: MemberBody = {
    role: 'representative',
    email: '',
    givenName: '',
    familyName: '',
    preferredLanguage: language,
  };
  const form = useLocalizedForm<MemberBody>(memberBody, defaults);
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    givenName: t('myBusiness.givenName'),
    familyName: t('myBusiness.familyName'),
    email: t('myBusiness.email'),
    preferredLanguage: t('myBusiness.language'),
  };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const added = await businessesApi.addMember(business.id, values);
    announce(t('myBusiness.add.done', { name: `${added.givenName} ${added.familyName}` }));
    form.reset(defaults);
    await client.invalidateQueries({ queryKey: myBusinessesKey });
  });
  return (
    <section className="section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('myBusiness.add.title')}</h3>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('myBusiness.add.submit')}
        busy={isSubmitting}
      >
        <NameFields register={register} errors={errors} labels={labels} />
        <EmailField
          label={labels.email}
          registration={register('email')}
          error={errors.email?.message}
        />
        <LanguageField
          label={labels.preferredLanguage}
          registration={register('preferredLanguage')}
          error={errors.preferredLanguage?.message}
        />
      </FormShell>
    </section>
  );
}

type AddRequest = Extract<MemberRequestBody, { action: 'add' }>;

/** ORG-1 where the office manages representatives (qc): the respondent asks it to add one. */
export function RequestRepresentativeForm({ business }: { business: BusinessView }) {
  const t = useMyBusinessT();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const titleId = useId();
  const defaults: AddRequest = {
    action: 'add',
    givenName: '',
    familyName: '',
    email: '',
    note: '',
  };
  const form = useLocalizedForm<AddRequest>(memberRequestBody, defaults);
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    givenName: t('myBusiness.givenName'),
    familyName: t('myBusiness.familyName'),
    email: t('myBusiness.email'),
    note: t('myBusiness.note'),
  };
  const noteId = fieldId('note');
  const noteField = { label: labels.note, error: errors.note?.message };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    await myBusinessApi.request(business.id, values);
    announce(t('myBusiness.request.sent'));
    form.reset(defaults);
  });
  return (
    <section className="section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('myBusiness.request.title')}</h3>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('myBusiness.request.submit')}
        busy={isSubmitting}
      >
        <NameFields register={register} errors={errors} labels={labels} />
        <EmailField
          label={labels.email}
          registration={register('email')}
          error={errors.email?.message}
        />
        <FieldFrame id={noteId} {...noteField}>
          <textarea
            id={noteId}
            className="input textarea"
            rows={3}
            {...controlAria(noteId, noteField)}
            {...register('note')}
          />
        </FieldFrame>
      </FormShell>
    </section>
  );
}
