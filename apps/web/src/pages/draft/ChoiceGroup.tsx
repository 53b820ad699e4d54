import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldError, fieldId } from '../../components/fields';
import { cx } from '../../lib/cx';

interface Props {
  legend: ReactNode;
  /** Radios (one answer) or check boxes (any number), all registered under one name. */
  type: 'radio' | 'checkbox';
  registration: UseFormRegisterReturn;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

/**
 * A fieldset of radios or check boxes: the legend names the question, the first control carries
 * the field's id (the error summary's link target).
 */
export function ChoiceGroup({ legend, type, registration, options, error, hint, required }: Props) {
  const id = fieldId(registration.name);
  return (
    <fieldset
      className={cx('field', 'choice-group', error && 'field--invalid')}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">
        {required && (
          <span className="required-mark" aria-hidden="true">
            *{' '}
          </span>
        )}
        {legend}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} message={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="checkbox__row choice-group__option">
            <input
              id={optionId}
              type={type}
              value={option.value}
              className="checkbox__input"
              aria-invalid={error ? true : undefined}
              {...registration}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
