import type { Challenge, VerifyResult } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/endpoints';
import {
  queryKeys,
  useSession,
  useSessionStore,
  useSignOutReason,
  type SignOutReason,
} from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { CodeStep } from '../components/CodeStep';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';
import { safeNextPath } from '../lib/next-path';
import { CredentialsStep } from './sign-in/CredentialsStep';
import { SendCodeStep } from './sign-in/SendCodeStep';

type Notice = SignOutReason | 'passwordReset';

type Step =
  | { kind: 'credentials' }
  | { kind: 'send'; challenge: Challenge }
  | { kind: 'code'; challenge: Challenge }
  | { kind: 'totp'; challenge: Challenge };

/** ACC-2: e-mail + password → "Envoyer un code de vérification" → code → (TOTP) → signed in. */
export default function SignInPage() {
  const t = useT();
  const session = useSession();
  const sessionStore = useSessionStore();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  const [email, setEmail] = useState('');
  const reason = useSignOutReason();
  const client = useQueryClient();
  // Shown once: from the navigation state (password reset) or why the last session ended.
  const [notice] = useState<Notice | null>(
    () => (location.state as { notice?: Notice } | null)?.notice ?? reason,
  );
  useEffect(() => {
    if (reason) client.setQueryData(queryKeys.signOutReason, null);
  }, [client, reason]);

  if (session.data?.user && step.kind === 'credentials') return <Navigate to={next} replace />;

  async function finish(result: VerifyResult, challenge: Challenge) {
    if (result.status === 'totp_required') {
      setStep({ kind: 'totp', challenge });
      return;
    }
    sessionStore.signedIn(result.session);
    announce(t('signIn.success'));
    await navigate(result.session.totpRequired ? '/security/totp' : next, { replace: true });
  }

  const cancel = () => setStep({ kind: 'credentials' });
  return (
    <Page title={t('signIn.title')}>
      {notice && step.kind === 'credentials' && (
        <Notice tone={notice === 'expired' ? 'info' : 'success'}>
          {t(`signIn.notice.${notice}`)}
        </Notice>
      )}
      {step.kind === 'credentials' && (
        <CredentialsStep
          defaultEmail={email}
          onChallenge={(challenge, typedEmail) => {
            setEmail(typedEmail);
            setStep({ kind: challenge.codeSent ? 'code' : 'send', challenge });
          }}
        />
      )}
      {step.kind === 'send' && (
        <SendCodeStep
          challenge={step.challenge}
          onSent={(challenge) => setStep({ kind: 'code', challenge })}
          onCancel={cancel}
        />
      )}
      {step.kind === 'code' && (
        <CodeStep
          kind="email"
          maskedEmail={step.challenge.maskedEmail}
          onVerify={async (code) =>
            finish(await authApi.verifyCode(step.challenge.challengeId, code), step.challenge)
          }
          onResend={async () => {
            await authApi.sendCode(step.challenge.challengeId);
          }}
          onCancel={cancel}
        />
      )}
      {step.kind === 'totp' && (
        <CodeStep
          kind="totp"
          onVerify={async (code) =>
            finish(await authApi.verifyTotp(step.challenge.challengeId, code), step.challenge)
          }
          onCancel={cancel}
        />
      )}
    </Page>
  );
}
