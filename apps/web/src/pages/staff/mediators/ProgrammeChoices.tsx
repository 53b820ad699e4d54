import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, fieldId } from '../../../components/fields';
import { useMediatorsT } from '../../../i18n/mediators';
import { cx } from '../../../lib/cx';

/**
 * MDR-1: the programmes a mediator covers, as a group of checkboxes (at least one). The first
 * box carries the field's id, so the error summary's link lands on it.
 */
export function ProgrammeChoices({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}) {
  const t = useMediatorsT();
  const id = fieldId(registration.name);
  return (
    <fieldset
      className={cx('choice-group', error && 'field--invalid')}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">
        <span className="required-mark" aria-hidden="true">
          *
        </span>{' '}
        {t('mediator.programmes')}
      </legend>
      <FieldError id={id} message={error} />
      <div className="filter__options">
        {(['qc', 'fr'] as const).map((programme, index) => (
          <label key={programme} className="filter__option">
            <input
              id={index === 0 ? id : `${id}-${programme}`}
              type="checkbox"
              value={programme}
              aria-invalid={error ? true : undefined}
              {...registration}
            />
            {t(`mediator.programme.${programme}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
