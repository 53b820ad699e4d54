import type { MediatorSelfView, MediatorView } from '@entente/contracts';
import { useFormat } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { availabilityText, formatDay, listText, loadText, programmesText } from './mediator-text';

/** MDR-1: what the registry holds on a mediator, as staff and the mediator read it. */
export function MediatorFacts({
  mediator,
  staffView = false,
}: {
  mediator: MediatorView | MediatorSelfView;
  staffView?: boolean;
}) {
  const t = useMediatorsT();
  const format = useFormat();
  const { profile } = mediator;
  const activationExpiresAt =
    'activationExpiresAt' in mediator ? mediator.activationExpiresAt : null;
  return (
    <dl className="facts facts--inline">
      <dt>{t('mediator.email')}</dt>
      <dd>{mediator.email}</dd>
      <dt>{t('mediator.account')}</dt>
      <dd>
        {t(`mediator.account.${mediator.accountStatus}`)}
        {staffView && mediator.accountStatus === 'invited' && (
          <>
            {' – '}
            {activationExpiresAt
              ? t('mediator.activationUntil', { date: format.dateTime(activationExpiresAt) })
              : t('mediator.activationExpired')}
          </>
        )}
      </dd>
      <dt>{t('mediator.totp')}</dt>
      <dd>{t(mediator.totpEnrolled ? 'mediator.totp.yes' : 'mediator.totp.no')}</dd>
      <dt>{t('mediator.programmes')}</dt>
      <dd>{programmesText(t, mediator.programmes)}</dd>
      <dt>{t('mediator.sectors')}</dt>
      <dd>{listText(t, mediator.sectors)}</dd>
      <dt>{t('mediator.regions')}</dt>
      <dd>{listText(t, mediator.regions)}</dd>
      <dt>{t('mediator.load')}</dt>
      <dd>{loadText(t, mediator)}</dd>
      <dt>{t('mediator.availability')}</dt>
      <dd>{availabilityText(t, format, mediator)}</dd>
      {mediator.programmes.includes('fr') && (
        <>
          <dt>{t('mediator.independence')}</dt>
          <dd>
            {mediator.independenceDeclaredOn
              ? formatDay(format, mediator.independenceDeclaredOn)
              : t('mediator.independence.none')}
          </dd>
        </>
      )}
      {profile.jobTitle && (
        <>
          <dt>{t('mediator.jobTitle')}</dt>
          <dd>{profile.jobTitle}</dd>
        </>
      )}
      {profile.organisation && (
        <>
          <dt>{t('mediator.organisation')}</dt>
          <dd>{profile.organisation}</dd>
        </>
      )}
      {profile.workPhone && (
        <>
          <dt>{t('mediator.workPhone')}</dt>
          <dd>{profile.workPhone}</dd>
        </>
      )}
    </dl>
  );
}
