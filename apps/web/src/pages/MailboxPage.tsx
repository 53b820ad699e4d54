import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { mailboxApi } from '../api/endpoints';
import { queryKeys, useSettingsQuery } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import NotFoundPage from './NotFoundPage';

/** Local mailbox (embedded mode only): every e-mail the platform produced, newest first. */
export default function MailboxPage() {
  const enabled = useSettingsQuery().data?.mailboxEnabled === true;
  return enabled ? <MailboxList /> : <NotFoundPage />;
}

function MailboxList() {
  const t = useT();
  const format = useFormat();
  const mailbox = useQuery({
    queryKey: queryKeys.mailbox,
    queryFn: mailboxApi.list,
    refetchInterval: 5000,
  });
  return (
    <Page title={t('mailbox.title')} width="wide">
      <p>{t('mailbox.intro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void mailbox.refetch()}
        >
          {t('mailbox.refresh')}
        </button>
      </div>
      {mailbox.isPending && <Loading label={t('app.loading')} />}
      {mailbox.isError && <Notice tone="error">{apiErrorMessage(mailbox.error, t)}</Notice>}
      {mailbox.data && mailbox.data.messages.length === 0 && <p>{t('mailbox.empty')}</p>}
      {mailbox.data && mailbox.data.messages.length > 0 && (
        <>
          <p className="muted">{t('mailbox.count', { count: mailbox.data.messages.length })}</p>
          <ul className="card-list">
            {mailbox.data.messages.map((message) => (
              <li key={message.id} className="card">
                <Link to={`/mailbox/${message.id}`} className="card__title">
                  {message.subject}
                </Link>
                <p className="muted">
                  {t('mailbox.toLine', { to: message.to })} · {format.dateTime(message.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
