import type { MediatorView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { mediatorKey, mediatorsApi } from '../../../api/mediator-endpoints';
import { useMe } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { isStaff } from '../../../lib/roles';
import NotFoundPage from '../../NotFoundPage';
import { MediatorFacts } from './MediatorFacts';
import './mediators.css';

// The two forms below the mediator's details are their own chunk: the page's first load stays
// within the 170 kB budget and shows the details while they arrive.
const MediatorEditForm = lazy(() =>
  import('./MediatorEditForm').then((m) => ({ default: m.MediatorEditForm })),
);
const AbsencesSection = lazy(() =>
  import('./AbsencesSection').then((m) => ({ default: m.AbsencesSection })),
);

/** MDR-1: one mediator of the registry (staff; the API answers 404 to anyone else). */
export default function MediatorPage() {
  return isStaff(useMe()) ? <MediatorLoader /> : <NotFoundPage />;
}

function MediatorLoader() {
  const t = useMediatorsT();
  const id = useParams().id ?? '';
  const mediator = useQuery({ queryKey: mediatorKey(id), queryFn: () => mediatorsApi.get(id) });
  if (mediator.isPending) return <Loading label={t('app.loading')} />;
  if (mediator.isError) {
    return (
      <Page title={t('mediators.title')}>
        <Notice tone="error">{apiErrorMessage(mediator.error, t)}</Notice>
        <p>
          <Link to="/staff/mediators">{t('mediator.back')}</Link>
        </p>
      </Page>
    );
  }
  return <MediatorDetails mediator={mediator.data} />;
}

function MediatorDetails({ mediator }: { mediator: MediatorView }) {
  const t = useMediatorsT();
  const client = useQueryClient();
  const id = mediator.userId;
  const name = `${mediator.givenName} ${mediator.familyName}`;
  /** Every change answers with the mediator as it now reads: the page shows that. */
  const store = async (next: Promise<MediatorView>) => {
    const view = await next;
    client.setQueryData(mediatorKey(id), view);
    await client.invalidateQueries({ queryKey: ['staff', 'mediators', 'list'] });
    return view;
  };
  return (
    <Page title={name} width="wide">
      <p>
        <Link to="/staff/mediators">{t('mediator.back')}</Link>
      </p>
      <section className="section" aria-labelledby="mediator-details">
        <h2 id="mediator-details">{t('mediator.details')}</h2>
        <MediatorFacts mediator={mediator} staffView />
      </section>
      <Participation mediator={mediator} store={store} />
      <Suspense fallback={<Loading label={t('app.loading')} />}>
        <MediatorEditForm
          mediator={mediator}
          save={(body) => store(mediatorsApi.update(id, body))}
        />
        <AbsencesSection
          periods={mediator.unavailability}
          add={async (body) => void (await store(mediatorsApi.addAbsence(id, body)))}
          remove={async (periodId) => void (await store(mediatorsApi.removeAbsence(id, periodId)))}
        />
      </Suspense>
    </Page>
  );
}

/** Withdraw or reinstate (reversible: no confirmation step), and resend the activation link. */
function Participation({
  mediator,
  store,
}: {
  mediator: MediatorView;
  store: (next: Promise<MediatorView>) => Promise<MediatorView>;
}) {
  const t = useMediatorsT();
  const format = useFormat();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = `${mediator.givenName} ${mediator.familyName}`;
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      announce(await action());
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const withdrawn = mediator.withdrawnAt !== null;
  const toggle = () =>
    run(async () => {
      await store(mediatorsApi.update(mediator.userId, { withdrawn: !withdrawn }));
      return t(withdrawn ? 'mediator.reinstated' : 'mediator.withdrawnDone', { name });
    });
  const resend = () =>
    run(async () => {
      await mediatorsApi.resendActivation(mediator.userId);
      await store(mediatorsApi.get(mediator.userId));
      return t('mediator.resent', { email: mediator.email });
    });
  return (
    <section className="section" aria-labelledby="mediator-participation">
      <h2 id="mediator-participation">{t('mediator.participation')}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {withdrawn && (
        <p className="mediator-flag">
          {t('mediator.withdrawn', { date: format.date(mediator.withdrawnAt!) })}
        </p>
      )}
      <p className="field__hint" id="mediator-withdraw-hint">
        {t('mediator.withdrawHint')}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby="mediator-withdraw-hint"
          disabled={busy}
          onClick={() => void toggle()}
        >
          {t(withdrawn ? 'mediator.reinstate' : 'mediator.withdraw')}
        </button>
        {mediator.accountStatus === 'invited' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void resend()}
          >
            {t('mediator.resend')}
          </button>
        )}
      </div>
    </section>
  );
}
