import { useState, type InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/hooks';
import { cx } from '../lib/cx';
import { describedBy, FieldError, FieldHint, FieldLabel, fieldId } from './fields';

interface PasswordFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'required' | 'type'
> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  autoComplete: 'current-password' | 'new-password';
}

/** Password input with a show/hide button (its name is its visible text, not a label). */
export function PasswordField({
  label,
  registration,
  error,
  hint,
  required,
  ...input
}: PasswordFieldProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const id = fieldId(registration.name);
  return (
    <div className={cx('field', error && 'field--invalid')}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <div className="password">
        <input
          id={id}
          className="input password__input"
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
          {...registration}
        />
        <button
          type="button"
          className="button button--secondary password__toggle"
          aria-controls={id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('password.hide') : t('password.show')}
        </button>
      </div>
    </div>
  );
}
