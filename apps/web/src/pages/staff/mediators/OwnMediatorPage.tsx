import type { MediatorSelfView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ownMediatorApi, ownMediatorKey } from '../../../api/mediator-endpoints';
import { useMe } from '../../../api/queries';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useMediatorsT } from '../../../i18n/mediators';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import NotFoundPage from '../../NotFoundPage';
import { AbsencesSection } from './AbsencesSection';
import { MediatorFacts } from './MediatorFacts';
import './mediators.css';

/**
 * MDR-1 (seed 001 §1.5): the mediator reads what the office recorded about them and announces
 * their own absences. Route it at `/mediator/profile` (mediators only; the API answers 404 else).
 */
export default function OwnMediatorPage() {
  const me = useMe();
  return me?.roles.includes('mediator') ? <OwnProfile /> : <NotFoundPage />;
}

function OwnProfile() {
  const t = useMediatorsT();
  const client = useQueryClient();
  const profile = useQuery({ queryKey: ownMediatorKey, queryFn: ownMediatorApi.get });
  const store = async (next: Promise<MediatorSelfView>) => {
    client.setQueryData(ownMediatorKey, await next);
  };
  if (profile.isPending) return <Loading label={t('app.loading')} />;
  return (
    <Page title={t('myProfile.title')} width="wide">
      {profile.isError ? (
        <Notice tone="error">{apiErrorMessage(profile.error, t)}</Notice>
      ) : (
        <>
          <p>{t('myProfile.intro')}</p>
          <MediatorFacts mediator={profile.data} />
          <AbsencesSection
            periods={profile.data.unavailability}
            add={(body) => store(ownMediatorApi.addAbsence(body))}
            remove={(periodId) => store(ownMediatorApi.removeAbsence(periodId))}
          />
        </>
      )}
    </Page>
  );
}
