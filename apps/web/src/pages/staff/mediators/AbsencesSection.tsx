import {
  unavailabilityBody,
  type UnavailabilityBody,
  type UnavailabilityView,
} from '@entente/contracts';
import { useRef, useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { FormShell } from '../../../components/FormShell';
import { Notice } from '../../../components/Notice';
import { TextField } from '../../../components/fields';
import { useFormat } from '../../../i18n/hooks';
import { useMediatorsT } from '../../../i18n/mediators';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import { formatDay } from './mediator-text';

type Values = { startsOn: string; endsOn: string; note: string };

/**
 * MDR-1: a mediator's current and upcoming absences, with a form to add one and a button per
 * period to delete it. Used by staff on the registry page and by the mediator on their own file.
 */
export function AbsencesSection({
  periods,
  add,
  remove,
}: {
  periods: readonly UnavailabilityView[];
  add: (body: UnavailabilityBody) => Promise<void>;
  remove: (periodId: string) => Promise<void>;
}) {
  const t = useMediatorsT();
  const format = useFormat();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const feedback = useFormFeedback();
  const defaults: Values = { startsOn: '', endsOn: '', note: '' };
  const form = useLocalizedForm<Values>(unavailabilityBody, defaults);
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    startsOn: t('absences.startsOn'),
    endsOn: t('absences.endsOn'),
    note: t('absences.noteLabel'),
  };
  const day = (value: string) => formatDay(format, value);
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const note = values.note.trim();
    await add({ startsOn: values.startsOn, endsOn: values.endsOn, ...(note ? { note } : {}) });
    form.reset(defaults);
    announce(t('absences.added', { from: day(values.startsOn), to: day(values.endsOn) }));
  });
  const removePeriod = async (period: UnavailabilityView) => {
    setRemoveError(null);
    try {
      await remove(period.id);
      announce(t('absences.removed', { from: day(period.startsOn), to: day(period.endsOn) }));
      // The button pressed is gone with its row: the section's heading takes the focus.
      headingRef.current?.focus();
    } catch (error) {
      setRemoveError(apiErrorMessage(error, t));
    }
  };
  return (
    <section className="section" aria-labelledby="mediator-absences">
      <h2 id="mediator-absences" ref={headingRef} tabIndex={-1}>
        {t('absences.title')}
      </h2>
      <p>{t('absences.intro')}</p>
      {removeError && <Notice tone="error">{removeError}</Notice>}
      {periods.length === 0 ? (
        <p>{t('absences.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('absences.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('absences.from')}</th>
                <th scope="col">{t('absences.to')}</th>
                <th scope="col">{t('absences.note')}</th>
                <th scope="col">{t('absences.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.id}>
                  <td>{day(period.startsOn)}</td>
                  <td>{day(period.endsOn)}</td>
                  <td>{period.note ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void removePeriod(period)}
                    >
                      {t('absences.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {t('absences.removeWhich', {
                          from: day(period.startsOn),
                          to: day(period.endsOn),
                        })}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('absences.add')}</h3>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('absences.submit')}
        busy={isSubmitting}
      >
        <TextField
          label={labels.startsOn}
          registration={register('startsOn')}
          error={errors.startsOn?.message}
          hint={t('absences.dateHint')}
          type="date"
          className="field--short"
          required
        />
        <TextField
          label={labels.endsOn}
          registration={register('endsOn')}
          error={errors.endsOn?.message}
          hint={t('absences.dateHint')}
          type="date"
          className="field--short"
          required
        />
        <TextField
          label={labels.note}
          registration={register('note')}
          error={errors.note?.message}
          autoComplete="off"
          maxLength={500}
        />
      </FormShell>
    </section>
  );
}
