import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { MouseEvent, Ref } from 'react';
import { useT } from '../i18n/hooks';
import { fieldId } from './fields';

export interface FlatError {
  name: string;
  message: string;
}

/** RHF's nested errors ({ address: { city: {message} } }) as "address.city" entries. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'root' || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === 'string' && value.message) {
      out.push({ name, message: value.message });
    } else if (typeof value === 'object') {
      out.push(...flattenErrors(value as FieldErrors, name));
    }
  }
  return out;
}

interface ErrorSummaryProps<T extends FieldValues> {
  ref?: Ref<HTMLDivElement>;
  errors: FieldErrors<T>;
  /** Field labels in form order; fields missing here are listed last. */
  labels: Readonly<Record<string, string>>;
  formError?: string | null;
  visible: boolean;
}

/** Listed at the top of a form after a failed submit; each entry links to its field. */
export function ErrorSummary<T extends FieldValues>(props: ErrorSummaryProps<T>) {
  const t = useT();
  const order = Object.keys(props.labels);
  const entries = flattenErrors(props.errors as FieldErrors).sort(
    (a, b) => rank(order, a.name) - rank(order, b.name),
  );
  if (!props.visible || (entries.length === 0 && !props.formError)) return null;
  return (
    <div
      ref={props.ref}
      className="error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummary')}
      </h2>
      {props.formError && <p className="error-summary__message">{props.formError}</p>}
      {entries.length > 0 && (
        <ul className="error-summary__list">
          {entries.map((entry) => (
            <li key={entry.name}>
              <a
                href={`#${fieldId(entry.name)}`}
                onClick={(event) => focusField(event, entry.name)}
              >
                {props.labels[entry.name] ? `${props.labels[entry.name]} : ` : ''}
                {entry.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

function focusField(event: MouseEvent, name: string): void {
  const target = document.getElementById(fieldId(name));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
