import type { MediatorSuggestion } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { mediationApi, mediationKeys } from '../../../api/mediation-endpoints';
import { Loading, Notice } from '../../../components/Notice';
import { useLanguage } from '../../../i18n/hooks';
import { useMediationT, type MediationTranslate } from '../../../i18n/mediation';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { loadText, reasonLines } from './suggestion-text';

interface Props {
  caseId: string;
  caseNumber: string;
  onAssigned: (name: string) => void;
}

/**
 * Issue 6 item 3, MDR-1: the mediators staff may give this case, best first, each with the
 * reasons of its rank (docs/adr/0011-mediator-suggestions.md), and apart those away today with
 * their return date. "Assigner" runs the case's `assign_mediator` command; a refusal (the
 * registry changed meanwhile) is shown above the table and takes the focus.
 */
export function SuggestionsPanel({ caseId, caseNumber, onAssigned }: Props) {
  const t = useMediationT();
  const day = useLocalDay();
  const errorRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const suggestions = useQuery({
    queryKey: mediationKeys.suggestions(caseId),
    queryFn: () => mediationApi.suggestions(caseId),
  });
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const assign = async (mediator: MediatorSuggestion) => {
    setBusy(mediator.userId);
    setError(null);
    try {
      await mediationApi.assign(caseId, mediator.userId);
      onAssigned(mediator.name);
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.fields.mediatorUserId : undefined;
      setError(field ?? apiErrorMessage(caught, t));
      void suggestions.refetch();
    } finally {
      setBusy(null);
    }
  };

  const data = suggestions.data;
  return (
    <section className="section" aria-labelledby={`${caseId}-suggestions`}>
      <h3 id={`${caseId}-suggestions`}>{t('suggest.title', { caseNumber })}</h3>
      {suggestions.isPending && <Loading label={t('app.loading')} />}
      {suggestions.isError && <Notice tone="error">{apiErrorMessage(suggestions.error, t)}</Notice>}
      <div ref={errorRef} tabIndex={-1}>
        {error && <Notice tone="error">{error}</Notice>}
      </div>
      {data && (
        <>
          <p>{t('suggest.intro', { sector: data.businessSector ?? t('suggest.noSector') })}</p>
          {data.suggestions.length === 0 ? (
            <p>{t('suggest.none')}</p>
          ) : (
            <div className="staff-table-scroll">
              <table className="staff-table staff-table--wide">
                <caption>{t('suggest.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="number nowrap">
                      {t('suggest.rank')}
                    </th>
                    <th scope="col">{t('suggest.name')}</th>
                    <th scope="col">{t('suggest.reasons')}</th>
                    <th scope="col">{t('suggest.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.suggestions.map((mediator, index) => (
                    <tr key={mediator.userId}>
                      <td className="number">{index + 1}</td>
                      <th scope="row">
                        {mediator.name}
                        <br />
                        <span className="muted">{mediator.email}</span>
                      </th>
                      <td>
                        <Reasons mediator={mediator} t={t} day={day} />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--secondary nowrap"
                          disabled={busy !== null}
                          onClick={() => void assign(mediator)}
                        >
                          {busy === mediator.userId ? t('suggest.assigning') : t('suggest.assign')}
                          <span className="visually-hidden">
                            {' '}
                            {t('suggest.assignWho', { caseNumber, name: mediator.name })}
                          </span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.unavailable.length > 0 && (
            <>
              <h4>{t('suggest.unavailableTitle')}</h4>
              <div className="staff-table-scroll">
                <table className="staff-table">
                  <caption>{t('suggest.unavailableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('suggest.name')}</th>
                      <th scope="col">{t('suggest.load')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.unavailable.map((mediator) => (
                      <tr key={mediator.userId}>
                        <th scope="row">
                          {mediator.name}
                          <br />
                          <span className="muted">
                            {t('suggest.until', { date: day(mediator.until) })}
                          </span>
                        </th>
                        <td>{loadText(mediator, t)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The reasons of the rank, in the ranking's order (absence, load, sector). */
function Reasons(props: {
  mediator: MediatorSuggestion;
  t: MediationTranslate;
  day: (date: string) => string;
}) {
  return (
    <ul className="reason-list">
      {reasonLines(props.mediator, props.t, props.day).map((line) => (
        <li key={line.text} className={line.warning ? 'is-warning' : undefined}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/** A calendar date `YYYY-MM-DD` in the UI locale, without any time-zone shift. */
function useLocalDay(): (date: string) => string {
  const { locale } = useLanguage();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (date) => format.format(new Date(`${date}T12:00:00Z`));
}
