import { z } from 'zod';
import { missingIsRequired } from './text-field.js';

/** Reusable field schemas; messages are keys translated by `validationMessage`. */

export const emailField = z
  .string({ error: missingIsRequired })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(254, { error: 'email' })
  .pipe(z.email({ error: 'email' }));

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Length in Unicode code points: an emoji counts as one character (SEC-1). */
export const passwordLength = (value: string): number => [...value].length;

/** SEC-1: 12–128 characters, any Unicode, no composition rules, never truncated or folded. */
export const newPasswordField = z
  .string({ error: missingIsRequired })
  .max(4 * PASSWORD_MAX, { error: 'passwordTooLong' })
  .refine((p) => passwordLength(p) >= PASSWORD_MIN, { error: 'passwordTooShort', abort: true })
  .refine((p) => passwordLength(p) <= PASSWORD_MAX, { error: 'passwordTooLong' });

/** Sign-in accepts whatever was set before; the policy applies when a password is chosen. */
export const currentPasswordField = z
  .string({ error: missingIsRequired })
  .min(1, { error: 'required' })
  .max(4 * PASSWORD_MAX, { error: 'passwordTooLong' });

export const otpCodeField = z
  .string({ error: missingIsRequired })
  .trim()
  .regex(/^\d{6}$/, { error: 'code6' });

export const nameField = z
  .string({ error: missingIsRequired })
  .trim()
  .min(1, { error: 'required' })
  .max(100);

export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const phoneField = z
  .string()
  .trim()
  .max(30)
  .regex(/^[+()\d\s.-]*$/, { error: 'phone' })
  .optional();

/** Opaque identifiers and tokens: URL-safe base64 or UUIDs, bounded. */
export const tokenField = z
  .string({ error: missingIsRequired })
  .min(16, { error: 'invalid' })
  .max(128, { error: 'invalid' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'invalid' });

export const uuidParam = z.uuid({ error: 'invalid' });
