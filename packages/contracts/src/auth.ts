import { z } from 'zod';
import { languageSchema } from './language.js';
import { meSchema, postalAddressSchema } from './account.js';
import {
  currentPasswordField,
  emailField,
  nameField,
  newPasswordField,
  otpCodeField,
  phoneField,
  tokenField,
} from './fields.js';

const mustAccept = z.literal(true, { error: 'mustAccept' });

/** ACC-1 self-registration; ACC-5 the accepted versions of the terms are recorded. */
export const registerBody = z
  .object({
    email: emailField,
    password: newPasswordField,
    givenName: nameField,
    familyName: nameField,
    phone: phoneField,
    address: postalAddressSchema.optional(),
    preferredLanguage: languageSchema,
    acceptTerms: mustAccept,
    acceptConfidentiality: mustAccept,
    termsVersion: z.number().int().positive(),
    confidentialityVersion: z.number().int().positive(),
  })
  .strict();
export type RegisterBody = z.infer<typeof registerBody>;

/** A pending proof of e-mail ownership (registration) or sign-in attempt. */
export const challengeSchema = z.object({
  challengeId: z.string(),
  maskedEmail: z.string(),
  codeSent: z.boolean(),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const challengeParams = z.object({ challengeId: tokenField }).strict();

export const loginBody = z.object({ email: emailField, password: currentPasswordField }).strict();
export type LoginBody = z.infer<typeof loginBody>;

export const codeBody = z.object({ code: otpCodeField }).strict();
export type CodeBody = z.infer<typeof codeBody>;

export const sessionStateSchema = z.object({
  user: meSchema.nullable(),
  /** ACC-7: true while a privileged account still has to enrol or present its TOTP factor. */
  totpRequired: z.boolean(),
  idleExpiresAt: z.iso.datetime().nullable(),
  absoluteExpiresAt: z.iso.datetime().nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const verifyResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), session: sessionStateSchema }),
  z.object({ status: z.literal('totp_required') }),
]);
export type VerifyResult = z.infer<typeof verifyResultSchema>;

export const forgotPasswordBody = z.object({ email: emailField }).strict();
export const resetPasswordBody = z
  .object({ token: tokenField, password: newPasswordField })
  .strict();
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const totpSetupSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});
export type TotpSetup = z.infer<typeof totpSetupSchema>;

export const termsDocumentSchema = z.object({
  kind: z.enum(['terms', 'confidentiality']),
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime(),
});
export const currentTermsSchema = z.object({
  terms: termsDocumentSchema,
  confidentiality: termsDocumentSchema,
});
export type TermsDocument = z.infer<typeof termsDocumentSchema>;
export type CurrentTerms = z.infer<typeof currentTermsSchema>;
