import { profileSchema, type Language, type Me, type PostalAddress } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi } from '../../api/endpoints';
import { queryKeys, useSessionStore } from '../../api/queries';
import { AddressFieldset, addressLabels } from '../../components/AddressFieldset';
import { SelectField, TextField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { Notice } from '../../components/Notice';
import { useLanguage } from '../../i18n/hooks';
import { addressDefaults, blankToUndefined, cleanAddress } from '../../lib/clean-profile';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

interface Values {
  givenName: string;
  familyName: string;
  phone?: string | undefined;
  address?: PostalAddress | undefined;
  preferredLanguage: Language;
}

export function ProfileForm({ me }: { me: Me }) {
  const { t, language, setLanguage } = useLanguage();
  const client = useQueryClient();
  const sessionStore = useSessionStore();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState(false);
  const form = useLocalizedForm<Values>(profileSchema, {
    givenName: me.givenName,
    familyName: me.familyName,
    phone: me.phone ?? '',
    address: addressDefaults(me.address),
    preferredLanguage: me.preferredLanguage,
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    givenName: t('field.givenName'),
    familyName: t('field.familyName'),
    phone: t('field.phone'),
    ...addressLabels(t),
    preferredLanguage: t('field.preferredLanguage'),
  };

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    setSaved(false);
    const updated = await accountApi.updateProfile({
      givenName: values.givenName,
      familyName: values.familyName,
      phone: blankToUndefined(values.phone),
      address: cleanAddress(values.address),
      preferredLanguage: values.preferredLanguage,
    });
    client.setQueryData(queryKeys.profile, updated);
    sessionStore.updateMe(updated);
    if (updated.preferredLanguage !== language) await setLanguage(updated.preferredLanguage);
    setSaved(true);
  });

  return (
    <section className="section" aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.details')}</h2>
      <dl className="facts">
        <dt>{t('profile.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('profile.save')}
        busy={isSubmitting}
        status={saved && <Notice tone="success">{t('profile.saved')}</Notice>}
      >
        <TextField
          label={labels.givenName!}
          registration={form.register('givenName')}
          error={errors.givenName?.message}
          autoComplete="given-name"
          required
        />
        <TextField
          label={labels.familyName!}
          registration={form.register('familyName')}
          error={errors.familyName?.message}
          autoComplete="family-name"
          required
        />
        <TextField
          label={labels.phone!}
          registration={form.register('phone')}
          error={errors.phone?.message}
          type="tel"
          autoComplete="tel"
        />
        <AddressFieldset
          register={(key) => form.register(`address.${key}`)}
          errors={errors.address}
        />
        <SelectField
          label={labels.preferredLanguage!}
          registration={form.register('preferredLanguage')}
          error={errors.preferredLanguage?.message}
          required
          options={[
            { value: 'fr', label: t('lang.fr') },
            { value: 'en', label: t('lang.en') },
          ]}
        />
      </FormShell>
    </section>
  );
}
