import { ROLES, type Role as DomainRole } from '@entente/domain';
import { z } from 'zod';
import { languageSchema } from './language.js';
import {
  currentPasswordField,
  nameField,
  newPasswordField,
  optionalText,
  phoneField,
} from './fields.js';

/** The platform's roles are the engine's (SPEC §2): one list for rules, API and screens. */
export const roles = ROLES;
export const roleSchema = z.enum(roles);
export type Role = DomainRole;

/** ACC-7: roles that must add a non-e-mail second factor (TOTP) before seeing any case. */
export const rolesRequiringTotp: readonly Role[] = ['mediator', 'staff', 'administrator'];

export const postalAddressSchema = z
  .object({
    line1: optionalText(200),
    line2: optionalText(200),
    city: optionalText(100),
    region: optionalText(100),
    postalCode: optionalText(20),
    country: optionalText(100),
  })
  .strict();
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export const profileSchema = z
  .object({
    givenName: nameField,
    familyName: nameField,
    phone: phoneField,
    address: postalAddressSchema.optional(),
    preferredLanguage: languageSchema,
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  phone: z.string().nullable(),
  address: postalAddressSchema.nullable(),
  preferredLanguage: languageSchema,
  roles: z.array(roleSchema),
  totpEnrolled: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordBody = z
  .object({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const sessionListSchema = z.object({ sessions: z.array(sessionSummarySchema) });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
