import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { mailboxApi } from '../api/endpoints';
import { queryKeys, useSettingsQuery } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import NotFoundPage from './NotFoundPage';

export default function MailboxMessagePage() {
  const enabled = useSettingsQuery().data?.mailboxEnabled === true;
  return enabled ? <MailboxMessage /> : <NotFoundPage />;
}

/** One e-mail: the text part visible in a <pre>, the HTML part in a sandboxed frame. */
function MailboxMessage() {
  const t = useT();
  const format = useFormat();
  const id = useParams().id ?? '';
  const message = useQuery({
    queryKey: queryKeys.mailboxMessage(id),
    queryFn: () => mailboxApi.message(id),
  });
  const data = message.data;
  return (
    <Page
      title={data ? `${data.subject} – ${t('mailbox.title')}` : t('mailbox.title')}
      heading={data?.subject}
      width="wide"
    >
      <p>
        <Link to="/mailbox">{t('mailbox.back')}</Link>
      </p>
      {message.isPending && <Loading label={t('app.loading')} />}
      {message.isError && <Notice tone="error">{apiErrorMessage(message.error, t)}</Notice>}
      {data && (
        <>
          <dl className="facts facts--inline">
            <dt>{t('mailbox.from')}</dt>
            <dd>{data.from}</dd>
            <dt>{t('mailbox.to')}</dt>
            <dd>{data.to}</dd>
            <dt>{t('mailbox.date')}</dt>
            <dd>{format.dateTime(data.createdAt)}</dd>
          </dl>
          <h2>{t('mailbox.text')}</h2>
          <pre className="mail-text">{data.text}</pre>
          {data.html && (
            <>
              <h2>{t('mailbox.html')}</h2>
              <iframe
                className="mail-html"
                sandbox=""
                src={`/api/mailbox/${encodeURIComponent(id)}/html`}
                title={t('mailbox.htmlFrame')}
              />
            </>
          )}
          {data.attachments.length > 0 && (
            <>
              <h2>{t('mailbox.attachments')}</h2>
              <ul>
                {data.attachments.map((file, index) => (
                  <li key={`${file.filename}-${index}`}>
                    {file.filename} ({file.contentType}, {t('mailbox.bytes', { size: file.size })})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Page>
  );
}
