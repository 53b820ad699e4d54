import { useQuery } from '@tanstack/react-query';
import { accountApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';
import { SessionsList } from './SessionsList';
import { TotpSection } from './TotpSection';

export default function ProfilePage() {
  const t = useT();
  const profile = useQuery({ queryKey: queryKeys.profile, queryFn: accountApi.profile });
  return (
    <Page title={t('profile.title')} width="wide">
      {profile.isPending && <Loading label={t('app.loading')} />}
      {profile.isError && <Notice tone="error">{apiErrorMessage(profile.error, t)}</Notice>}
      {profile.data && (
        <>
          <ProfileForm me={profile.data} />
          <ChangePasswordForm />
          <SessionsList />
          <TotpSection me={profile.data} />
        </>
      )}
    </Page>
  );
}
