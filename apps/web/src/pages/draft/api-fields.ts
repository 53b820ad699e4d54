import { ApiError } from '../../api/client';

/**
 * The same API error with its field keys renamed to the form's (`invoiceAmountMinor` →
 * `invoiceAmount`, `proposal.solutions.0.amountMinor` → `refundAmount`); `rename` returns the
 * key unchanged for fields the form names like the API.
 */
export function renameApiFields(error: unknown, rename: (key: string) => string): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(error.fields)) fields[rename(key)] ??= message;
  return new ApiError(error.status, error.code, error.message, fields, error.retryAfterSeconds);
}
