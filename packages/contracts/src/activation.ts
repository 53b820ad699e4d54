/**
 * ACC-3: activating an account that staff created (merchant respondents and representatives,
 * later mediators and staff). Kept apart from the registry's schemas so the activation page
 * does not download them.
 */
import { z } from 'zod';
import { newPasswordField, phoneField, tokenField } from './fields.js';
import { requiredText as text } from './text-field.js';

/** ACC-3: the professional profile (job title, organisation, work phone). */
export const professionalProfileSchema = z.strictObject({
  jobTitle: text(100),
  organisation: text(200),
  workPhone: phoneField.refine((value) => value !== undefined && value.trim() !== '', {
    error: 'required',
  }),
});
export type ProfessionalProfileBody = z.infer<typeof professionalProfileSchema>;

export const activationLookupBody = z.strictObject({ token: tokenField });

export const activationInfoView = z.strictObject({
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** A suggestion for the profile: the business the person was added to, if any. */
  organisation: z.string().nullable(),
  expiresAt: z.string(),
});
export type ActivationInfo = z.infer<typeof activationInfoView>;

const mustAccept = z.literal(true, { error: 'mustAccept' });

/** ACC-3 + ACC-5: password (SEC-1, SEC-2), professional profile, terms and confidentiality. */
export const activationBody = z.strictObject({
  token: tokenField,
  password: newPasswordField,
  profile: professionalProfileSchema,
  acceptTerms: mustAccept,
  acceptConfidentiality: mustAccept,
  termsVersion: z.number().int().positive(),
  confidentialityVersion: z.number().int().positive(),
});
export type ActivationBody = z.infer<typeof activationBody>;
