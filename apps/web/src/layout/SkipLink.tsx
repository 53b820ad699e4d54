import { useT } from '../i18n/hooks';

export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        // A hash change would be a router navigation; move focus directly instead.
        event.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}
