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

/** The state a field's control announces: invalid, required, described by its hint and error. */
export function controlAria(id: string, { hint, error, required }: Omit<FrameProps, 'label'>) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
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

interface FrameProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

interface BaseProps extends FrameProps {
  registration: UseFormRegisterReturn;
}

/** A field's label, hint and error message above its control (`children`, given the same id). */
export function FieldFrame({
  id,
  className,
  children,
  ...field
}: FrameProps & { id: string; className?: string | undefined; children: ReactNode }) {
  return (
    <div className={cx('field', field.error && 'field--invalid', className)}>
      <FieldLabel htmlFor={id} label={field.label} required={field.required} />
      <FieldHint id={id}>{field.hint}</FieldHint>
      <FieldError id={id} message={field.error} />
      {children}
    </div>
  );
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
  const field = { label, error, hint, required };
  return (
    <FieldFrame id={id} className={className} {...field}>
      <input
        id={id}
        className="input"
        type="text"
        {...controlAria(id, field)}
        {...input}
        {...registration}
      />
    </FieldFrame>
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
          {...controlAria(id, { error, required })}
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
  const field = { label, error, hint, required };
  return (
    <FieldFrame id={id} {...field}>
      <select
        id={id}
        className="input select"
        {...controlAria(id, field)}
        {...select}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
