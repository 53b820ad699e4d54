import type { Me } from '@entente/contracts';
import { Link } from 'react-router';
import { useT } from '../../i18n/hooks';

export function TotpSection({ me }: { me: Me }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="totp-section">
      <h2 id="totp-section">{t('totpSection.title')}</h2>
      {me.totpEnrolled ? (
        <p>{t('totpSection.enabled')}</p>
      ) : (
        <>
          <p>{t('totpSection.disabled')}</p>
          <p>
            <Link to="/security/totp" className="button button--secondary">
              {t('totpSection.setUp')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
