import { memberBody, type BusinessView, type MemberBody } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { businessKey, businessesApi } from '../../../api/business-endpoints';
import { useAnnounce } from '../../../components/Announcer';
import { FormShell } from '../../../components/FormShell';
import { SelectField } from '../../../components/fields';
import { EmailField, LanguageField, NameFields } from '../../../components/person-fields';
import { useBusinessT } from '../../../i18n/business';
import { useLanguage } from '../../../i18n/hooks';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';

/** ORG-1, ACC-3: add the respondent or a representative by e-mail and name. */
export function AddMemberForm({ business }: { business: BusinessView }) {
  const t = useBusinessT();
  const { language } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const hasRespondent = business.members.some((m) => m.role === 'respondent');
  const defaults: MemberBody = {
    role: hasRespondent ? 'representative' : 'respondent',
    email: '',
    givenName: '',
    familyName: '',
    preferredLanguage: language,
  };
  const form = useLocalizedForm<MemberBody>(memberBody, defaults);
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    role: t('member.role'),
    email: t('member.email'),
    givenName: t('member.givenName'),
    familyName: t('member.familyName'),
    preferredLanguage: t('member.language'),
  };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const added = await businessesApi.addMember(business.id, values);
    announce(t('member.added', { name: `${added.givenName} ${added.familyName}` }));
    form.reset({ ...defaults, role: 'representative' });
    await client.invalidateQueries({ queryKey: businessKey(business.id) });
  });
  return (
    <section className="section" aria-labelledby="add-member">
      <h2 id="add-member">{t('member.title')}</h2>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('member.submit')}
        busy={isSubmitting}
      >
        <SelectField
          label={labels.role}
          registration={register('role')}
          error={errors.role?.message}
          required
          options={[
            { value: 'respondent', label: t('business.role.respondent') },
            { value: 'representative', label: t('business.role.representative') },
          ]}
        />
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
      </FormShell>
    </section>
  );
}
