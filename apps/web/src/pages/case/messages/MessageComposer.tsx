import {
  MESSAGE_MAX_LENGTH,
  messageLength,
  validationMessage,
  type ThreadKindName,
} from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { ApiError } from '../../../api/client';
import { useLanguage } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { cx } from '../../../lib/cx';
import { liveKeys } from '../../../layout/live-updates';
import { messagesApi } from './messages-api';
import { plural, useMessagesT } from './messages-i18n';

/** How long typing must pause before the remaining count is read out. */
const ANNOUNCE_AFTER_MS = 1200;

/**
 * MSG-2: a plain-text message of at most 2000 characters ("2000 caractères autorisés") with a
 * counter of what is left. The counter is announced politely once typing pauses, not at every
 * key. What was typed stays in the field when sending fails.
 */
export function MessageComposer(props: { caseId: string; kind: ThreadKindName }) {
  const { caseId, kind } = props;
  const t = useMessagesT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const { language } = useLanguage();
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [spoken, setSpoken] = useState('');
  const used = messageLength(body);
  const left = MESSAGE_MAX_LENGTH - used;
  const counter =
    left >= 0
      ? t(`msg.remaining.${plural(left)}`, { count: left })
      : t('msg.over', { count: MESSAGE_MAX_LENGTH });

  useEffect(() => {
    if (body === '') return;
    const timer = window.setTimeout(() => setSpoken(counter), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [body, counter]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = body.trim();
    if (text === '') return setError(validationMessage('required', language));
    if (messageLength(text) > MESSAGE_MAX_LENGTH) {
      return setError(t('msg.over', { count: MESSAGE_MAX_LENGTH }));
    }
    setSending(true);
    setError(null);
    try {
      await messagesApi.post(caseId, kind, text);
      setBody('');
      setSpoken('');
      announce(t('msg.sent'));
      await Promise.all([
        client.invalidateQueries({ queryKey: liveKeys.messages(caseId, kind) }),
        client.invalidateQueries({ queryKey: liveKeys.threads(caseId) }),
      ]);
    } catch (caught) {
      // The text stays in the field: nothing typed is lost.
      const field = caught instanceof ApiError ? caught.fields.body : undefined;
      setError(field ?? apiErrorMessage(caught, t));
    } finally {
      setSending(false);
    }
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <form className="composer" onSubmit={submit} noValidate>
      <div className={cx('field', error && 'field--invalid')}>
        <label className="field__label" htmlFor={`${id}-body`}>
          {t('msg.compose')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('msg.allowed')}
        </p>
        {error && (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <textarea
          id={`${id}-body`}
          className="input composer__input"
          rows={5}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={cx(hintId, `${id}-counter`, error && errorId)}
          onChange={(event) => setBody(event.target.value)}
        />
        <p className={cx('composer__counter', left < 0 && 'is-over')} id={`${id}-counter`}>
          {counter}
        </p>
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {spoken}
        </div>
      </div>
      <button type="submit" className="button button--primary" disabled={sending}>
        {sending ? t('msg.sending') : t('msg.send')}
      </button>
    </form>
  );
}
