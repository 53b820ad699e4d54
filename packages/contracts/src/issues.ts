import type { z } from 'zod';
import type { Language } from './language.js';
import { isValidationMessageKey, validationMessage } from './validation-messages.js';

type Issue = z.core.$ZodIssue;

/** One readable message for a zod issue, in the requested language. */
export function formatIssue(issue: Issue, language: Language): string {
  if (isValidationMessageKey(issue.message)) return validationMessage(issue.message, language);
  switch (issue.code) {
    case 'invalid_type':
      return validationMessage(issue.input === undefined ? 'required' : 'invalid', language);
    case 'too_small':
      return issue.origin === 'string'
        ? validationMessage(Number(issue.minimum) <= 1 ? 'required' : 'tooShort', language, {
            min: Number(issue.minimum),
          })
        : validationMessage('tooSmall', language, { min: Number(issue.minimum) });
    case 'too_big':
      return validationMessage(issue.origin === 'string' ? 'tooLong' : 'tooBig', language, {
        max: Number(issue.maximum),
      });
    case 'invalid_format':
      return validationMessage(issue.format === 'email' ? 'email' : 'invalid', language);
    case 'invalid_value':
      return validationMessage('invalidChoice', language);
    case 'unrecognized_keys':
      return validationMessage('unknownField', language);
    default:
      return validationMessage('invalid', language);
  }
}

/**
 * Flattens zod issues into one message per field path ("address.city"), first issue wins.
 * Unknown keys are reported on the unknown field itself so a client sees exactly what to drop.
 */
export function issuesToFieldErrors(
  issues: readonly Issue[],
  language: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const base = issue.path.map(String);
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...base, key].join('.'))
        : [base.join('.') || '_root'];
    for (const path of paths) fields[path] ??= formatIssue(issue, language);
  }
  return fields;
}
