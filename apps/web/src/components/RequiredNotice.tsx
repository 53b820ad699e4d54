import { useT } from '../i18n/hooks';

/** The seed sentence shown above every form with required fields. */
export function RequiredNotice() {
  const t = useT();
  return <p className="required-notice">{t('form.requiredNotice')}</p>;
}
