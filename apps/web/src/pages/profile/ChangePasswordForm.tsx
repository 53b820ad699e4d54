import { changePasswordBody, type ChangePasswordBody } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { forgetCsrfToken } from '../../api/client';
import { accountApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { PasswordField } from '../../components/PasswordField';
import { RequiredNotice } from '../../components/RequiredNotice';
import { useLanguage } from '../../i18n/hooks';
import { applyApiError } from '../../lib/api-form-errors';
import { localizedResolver } from '../../lib/form-resolver';
import { useFormFeedback } from '../../lib/use-form-feedback';

/** ACC-4 / SEC-11: the other sessions end when the password changes. */
export function ChangePasswordForm() {
  const { t, language } = useLanguage();
  const client = useQueryClient();
  const feedback = useFormFeedback();
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordBody>({
    resolver: localizedResolver<ChangePasswordBody>(changePasswordBody, language),
    defaultValues: { currentPassword: '', newPassword: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels = {
    currentPassword: t('field.currentPassword'),
    newPassword: t('field.newPassword'),
  };

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    feedback.start();
    setDone(false);
    try {
      await accountApi.changePassword(currentPassword, newPassword);
      // The server may rotate this session (SEC-9): new CSRF token, fresh session list.
      forgetCsrfToken();
      form.reset();
      setDone(true);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
      void client.invalidateQueries({ queryKey: queryKeys.session });
    } catch (error) {
      feedback.fail(
        applyApiError(error, {
          setError: form.setError,
          fields: Object.keys(labels),
          codeFields: { password_common: 'newPassword', current_password_wrong: 'currentPassword' },
          t,
        }),
      );
    }
  }, feedback.onInvalid);

  return (
    <section className="section" aria-labelledby="change-password">
      <h2 id="change-password">{t('password.change.title')}</h2>
      <p>{t('password.change.intro')}</p>
      <ErrorSummary
        ref={feedback.summaryRef}
        errors={errors}
        labels={labels}
        formError={feedback.formError}
        visible={feedback.attempted}
      />
      {done && <Notice tone="success">{t('password.change.done')}</Notice>}
      <form noValidate onSubmit={submit} className="form">
        <RequiredNotice />
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
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('password.change.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
