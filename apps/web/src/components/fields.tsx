import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/hooks';
import { cx } from '../lib/cx';

/** Stable DOM id of a form field, used by labels, the error summary links and descriptions. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

/** The asterisk precedes the label (seed: "Les champs précédés d'un astérisque"). */
export function FieldLabel(props: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <div className="field__label">
      {props.required && (
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      )}
      <label htmlFor={props.htmlFor}>{props.label}</label>
    </div>
  );
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-hint`} className="field__hint">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  const t = useT();
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

interface BaseProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

type TextFieldProps = BaseProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required' | 'children'>;

export function TextField({
  label,
  registration,
  error,
  hint,
  required,
  className,
  ...input
}: TextFieldProps) {
  const id = fieldId(registration.name);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <input
        id={id}
        className="input"
        type="text"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
        {...registration}
      />
    </div>
  );
}

type CheckboxFieldProps = BaseProps & { label: ReactNode | string };

export function CheckboxField({ label, registration, error, required }: CheckboxFieldProps) {
  const id = fieldId(registration.name);
  return (
    <div className={cx('field', 'checkbox', error && 'field--invalid')}>
      <FieldError id={id} message={error} />
      <div className="checkbox__row">
        {required && (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        )}
        <input
          id={id}
          type="checkbox"
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, undefined, error)}
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

type SelectFieldProps = BaseProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'required'> & {
    options: ReadonlyArray<{ value: string; label: string; lang?: string }>;
  };

export function SelectField({
  label,
  registration,
  error,
  hint,
  required,
  options,
  ...select
}: SelectFieldProps) {
  const id = fieldId(registration.name);
  return (
    <div className={cx('field', error && 'field--invalid')}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <select
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
