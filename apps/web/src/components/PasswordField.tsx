import { useState, type InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/hooks';
import { controlAria, FieldFrame, fieldId } from './fields';

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
  const field = { label, error, hint, required };
  return (
    <FieldFrame id={id} {...field}>
      <div className="password">
        <input
          id={id}
          className="input password__input"
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          {...controlAria(id, field)}
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
    </FieldFrame>
  );
}
