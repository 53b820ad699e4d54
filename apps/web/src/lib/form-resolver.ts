import { toNestErrors } from '@hookform/resolvers';
import { formatIssue, type Language } from '@entente/contracts';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * react-hook-form resolver for the shared zod schemas. Their messages are keys ('required',
 * 'passwordTooShort', …); this turns every issue into a sentence in the UI language.
 * `Values` is the form's shape (checkboxes are booleans even where the schema wants `true`).
 */
export function localizedResolver<Values extends FieldValues>(
  schema: z.ZodType,
  language: Language,
): Resolver<Values> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data as Values, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.') || 'root';
      flat[path] ??= { type: issue.code, message: formatIssue(issue, language) };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
