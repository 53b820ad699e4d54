import { changePasswordBody, type ChangePasswordBody } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { forgetCsrfToken } from '../../api/client';
import { accountApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { FormShell } from '../../components/FormShell';
import { Notice } from '../../components/Notice';
import { PasswordField } from '../../components/PasswordField';
import { useT } from '../../i18n/hooks';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

/** ACC-4 / SEC-11: the other sessions end when the password changes. */
export function ChangePasswordForm() {
  const t = useT();
  const client = useQueryClient();
  const feedback = useFormFeedback();
  const [done, setDone] = useState(false);
  const form = useLocalizedForm<ChangePasswordBody>(changePasswordBody, {
    currentPassword: '',
    newPassword: '',
  });
  const { errors, isSubmitting } = form.formState;
  const labels = {
    currentPassword: t('field.currentPassword'),
    newPassword: t('field.newPassword'),
  };
  const codeFields = {
    password_common: 'newPassword',
    current_password_wrong: 'currentPassword',
  } as const;

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields },
    async ({ currentPassword, newPassword }) => {
      setDone(false);
      await accountApi.changePassword(currentPassword, newPassword);
      // The server may rotate this session (SEC-9): new CSRF token, fresh session list.
      forgetCsrfToken();
      form.reset();
      setDone(true);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
      void client.invalidateQueries({ queryKey: queryKeys.session });
    },
  );

  return (
    <section className="section" aria-labelledby="change-password">
      <h2 id="change-password">{t('password.change.title')}</h2>
      <p>{t('password.change.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('password.change.submit')}
        busy={isSubmitting}
        status={done && <Notice tone="success">{t('password.change.done')}</Notice>}
      >
        <PasswordField
          label={labels.currentPassword}
          registration={form.register('currentPassword')}
          error={errors.currentPassword?.message}
          autoComplete="current-password"
          required
        />
        <PasswordField
          label={labels.newPassword}
          registration={form.register('newPassword')}
          error={errors.newPassword?.message}
          hint={t('password.rule')}
          autoComplete="new-password"
          required
        />
      </FormShell>
    </section>
  );
}
