import type { Challenge } from '@entente/contracts';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/endpoints';
import { useSession, useSessionStore } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { CodeStep } from '../components/CodeStep';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/hooks';
import { safeNextPath, signInPathFor } from '../lib/next-path';
import { useLocalizedForm } from '../lib/use-localized-form';
import { RegisterForm } from './register/RegisterForm';
import {
  registerDefaults,
  registerFormSchema,
  type RegisterFormValues,
} from './register/register-form';

/**
 * ACC-1: profile + terms → e-mailed code → signed in → Mes dossiers, or back to the page that sent
 * the person here (`?next=`, the sign-in page's same-site rule): an invited representative
 * returns to "Activer une représentation" (REP-2).
 */
export default function RegisterPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const sessionStore = useSessionStore();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  // The form lives here so that going back from the code step keeps everything typed.
  const form = useLocalizedForm<RegisterFormValues>(registerFormSchema, registerDefaults(language));

  if (session.data?.user && !challenge) return <Navigate to={next} replace />;

  return (
    <Page title={t('register.title')} width="wide">
      {challenge ? (
        <CodeStep
          kind="email"
          maskedEmail={challenge.maskedEmail}
          onVerify={async (code) => {
            sessionStore.signedIn(await authApi.verifyRegistration(challenge.challengeId, code));
            announce(t('register.success'));
            await navigate(next, { replace: true });
          }}
          onResend={async () => {
            await authApi.sendCode(challenge.challengeId);
          }}
          onCancel={() => setChallenge(null)}
        />
      ) : (
        <>
          <p className="lead">{t('register.intro')}</p>
          <RegisterForm form={form} onChallenge={setChallenge} />
          <p className="aside">
            {t('register.haveAccount')} <Link to={signInPathFor(next)}>{t('register.signIn')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
