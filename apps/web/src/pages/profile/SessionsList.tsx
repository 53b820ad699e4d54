import type { SessionSummary } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { Loading, Notice } from '../../components/Notice';
import { useFormat, useT } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { describeUserAgent } from '../../lib/user-agent';

/** SEC-11: the person sees where they are signed in and can end any other session. */
export function SessionsList() {
  const t = useT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const sessions = useQuery({ queryKey: queryKeys.sessions, queryFn: accountApi.sessions });

  async function end(session: SessionSummary) {
    setError(null);
    try {
      await accountApi.endSession(session.id);
      await client.invalidateQueries({ queryKey: queryKeys.sessions });
      announce(t('sessions.ended'));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    }
  }

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {sessions.isPending && <Loading label={t('app.loading')} />}
      {sessions.isError && <Notice tone="error">{apiErrorMessage(sessions.error, t)}</Notice>}
      {sessions.data && (
        <ul className="card-list">
          {sessions.data.sessions.map((session) => (
            <SessionItem key={session.id} session={session} onEnd={() => void end(session)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionItem({ session, onEnd }: { session: SessionSummary; onEnd: () => void }) {
  const t = useT();
  const format = useFormat();
  const device = describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice');
  return (
    <li className="card">
      <h3 className="card__title">{device}</h3>
      {session.current && <p className="badge">{t('sessions.current')}</p>}
      <dl className="facts facts--inline">
        <dt>{t('sessions.createdAt')}</dt>
        <dd>{format.dateTime(session.createdAt)}</dd>
        <dt>{t('sessions.lastSeenAt')}</dt>
        <dd>{format.dateTime(session.lastSeenAt)}</dd>
      </dl>
      {!session.current && (
        <button type="button" className="button button--secondary" onClick={onEnd}>
          {t('sessions.end')}
          <span className="visually-hidden">
            {' '}
            ({device}, {format.dateTime(session.lastSeenAt)})
          </span>
        </button>
      )}
    </li>
  );
}
