import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, NETWORK_ERROR } from '../api/client';
import type { Translate } from '../i18n/translate';

interface Options<T extends FieldValues> {
  setError: UseFormSetError<T>;
  /** Names of the form's fields ("address.city"); other field errors go to the summary text. */
  fields: readonly string[];
  /** Error codes that concern one field even without `fields` (e.g. password_common → password). */
  codeFields?: Readonly<Record<string, Path<T>>>;
  t: Translate;
}

/**
 * Puts an API error where it belongs: field messages on the fields (the typed values stay), the
 * rest as one sentence for the top of the form. Returns that sentence, or null if none is needed.
 */
export function applyApiError<T extends FieldValues>(
  error: unknown,
  options: Options<T>,
): string | null {
  const { setError, fields, codeFields = {}, t } = options;
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.code === NETWORK_ERROR) return t('error.network');

  const unmapped: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    if (fields.includes(path)) setError(path as Path<T>, { type: 'server', message });
    else unmapped.push(message);
  }
  const fieldCount = Object.keys(error.fields).length;
  const codeField = codeFields[error.code];
  if (fieldCount === 0 && codeField && error.message) {
    setError(codeField, { type: error.code, message: error.message });
    return null;
  }
  if (fieldCount > 0 && unmapped.length === 0) return null;
  const general = error.message || t('error.unexpected');
  return unmapped.length > 0 ? [general, ...unmapped].join(' ') : general;
}

/** A sentence for errors outside forms (buttons, lists). */
export function apiErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.message) return error.message;
  }
  return t('error.unexpected');
}
