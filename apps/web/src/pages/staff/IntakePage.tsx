import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { Intake } from '../../api/case-types';
import { intakesApi } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormat, useT } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { isStaff } from '../../lib/roles';
import NotFoundPage from '../NotFoundPage';

/** QC-1: one intake, its code's status, and re-send / re-issue with a confirmation. */
export default function IntakePage() {
  const me = useMe();
  return isStaff(me) ? <IntakeDetail /> : <NotFoundPage />;
}

type Mode = 'resend' | 'reissue';

function IntakeDetail() {
  const t = useT();
  const { id = '' } = useParams();
  const intake = useQuery({
    queryKey: queryKeys.intake(id),
    queryFn: () => intakesApi.get(id),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (intake.data) return <IntakeView intake={intake.data} />;
  const notFound = intake.error instanceof ApiError && intake.error.status === 404;
  return (
    <Page title={t('intakes.title')}>
      {intake.isPending && <Loading label={t('app.loading')} />}
      {intake.isError && (
        <Notice tone="error">
          {notFound ? t('intake.notFound') : apiErrorMessage(intake.error, t)}
        </Notice>
      )}
      <p>
        <Link to="/staff/intakes" className="back-link">
          {t('intake.back')}
        </Link>
      </p>
    </Page>
  );
}

function IntakeView({ intake }: { intake: Intake }) {
  const t = useT();
  const format = useFormat();
  const client = useQueryClient();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [confirming, setConfirming] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const title = t('intake.reference') + ' ' + intake.referenceNumber;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function ask(mode: Mode, button: HTMLButtonElement) {
    triggerRef.current = button;
    setDone(null);
    setError(null);
    setConfirming(mode);
  }

  function cancel() {
    setConfirming(null);
    triggerRef.current?.focus();
  }

  async function run(mode: Mode) {
    setBusy(true);
    setError(null);
    try {
      const updated = await (mode === 'resend'
        ? intakesApi.resend(intake.id)
        : intakesApi.reissue(intake.id));
      client.setQueryData(queryKeys.intake(intake.id), updated);
      await client.invalidateQueries({ queryKey: [...queryKeys.intakes, 'list'] });
      setDone(
        t(mode === 'resend' ? 'intake.resent' : 'intake.reissued', {
          email: updated.consumerEmail,
        }),
      );
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
      setConfirming(null);
      triggerRef.current?.focus();
    }
  }

  const canResend = intake.status === 'sent';
  const canReissue = intake.status !== 'used';
  return (
    <Page title={title} heading={intake.caseNumber} width="wide">
      {justCreated && !done && (
        <Notice tone="success" live={false}>
          {t('intake.created', { email: intake.consumerEmail })}
        </Notice>
      )}
      {done && <Notice tone="success">{done}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <dl className="facts facts--inline">
        <dt>{t('intake.reference')}</dt>
        <dd>{intake.referenceNumber}</dd>
        <dt>{t('intake.status')}</dt>
        <dd>
          <strong>{t(`intakeStatus.${intake.status}` as const)}</strong>
        </dd>
        <dt>{t('intake.consumer')}</dt>
        <dd>{intake.consumerName}</dd>
        <dt>{t('intake.email')}</dt>
        <dd>{intake.consumerEmail}</dd>
        <dt>{t('intake.language')}</dt>
        <dd>{t(`lang.${intake.consumerLanguage}` as const)}</dd>
        <dt>{t('intake.business')}</dt>
        <dd>{intake.businessName}</dd>
        <dt>{t('intake.category')}</dt>
        <dd>{intake.category ?? t('intake.none')}</dd>
        <dt>{t('intake.attachments')}</dt>
        <dd>
          {intake.attachments.length === 0
            ? t('intake.none')
            : intake.attachments.map((file) => file.name).join(', ')}
        </dd>
        <dt>{t('intake.createdAt')}</dt>
        <dd>{format.dateTime(intake.createdAt)}</dd>
        <dt>{t('intake.issuedAt')}</dt>
        <dd>{format.dateTime(intake.issuedAt)}</dd>
        <dt>{t('intake.lastValidDay')}</dt>
        <dd>{format.date(`${intake.lastValidDay}T12:00:00`)}</dd>
        <dt>{t('intake.codesIssued')}</dt>
        <dd>{intake.codesIssued}</dd>
        {intake.usedAt && (
          <>
            <dt>{t('intake.usedAt')}</dt>
            <dd>{format.dateTime(intake.usedAt)}</dd>
          </>
        )}
      </dl>

      {(canResend || canReissue) && (
        <div className="actions">
          {canResend && (
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={confirming === 'resend'}
              onClick={(event) => ask('resend', event.currentTarget)}
            >
              {t('intake.resend')}
            </button>
          )}
          {canReissue && (
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={confirming === 'reissue'}
              onClick={(event) => ask('reissue', event.currentTarget)}
            >
              {t('intake.reissue')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div
          ref={confirmRef}
          className="confirm"
          role="group"
          aria-labelledby="intake-confirm"
          tabIndex={-1}
        >
          <p id="intake-confirm" className="confirm__question">
            {t(confirming === 'resend' ? 'intake.confirmResend' : 'intake.confirmReissue', {
              email: intake.consumerEmail,
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void run(confirming)}
            >
              {t('intake.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('intake.cancel')}
            </button>
          </div>
        </div>
      )}
      <p>
        <Link to="/staff/intakes" className="back-link">
          {t('intake.back')}
        </Link>
      </p>
    </Page>
  );
}
