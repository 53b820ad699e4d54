import { followupBody, type FollowupParty } from '@entente/contracts';
import { z } from 'zod';
import { ApiError } from '../../../api/client';

/** The API's fields under names of their own: other forms of the case page use `message`. */
export const followupFormSchema = z.object({
  followupParty: followupBody.shape.party,
  followupMessage: followupBody.shape.message,
});

export interface FollowupFormValues {
  followupParty: FollowupParty | '';
  followupMessage: string;
}

const FORM_FIELDS: Readonly<Record<string, keyof FollowupFormValues>> = {
  party: 'followupParty',
  message: 'followupMessage',
};

/** An API refusal with its field names translated to this form's. */
export function renamed(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([name, message]) => [FORM_FIELDS[name] ?? name, message]),
  );
  return new ApiError(error.status, error.code, error.message, fields, error.retryAfterSeconds);
}
