/**
 * ORG-1: where the programme does not let the respondent manage representatives (qc), the
 * respondent asks the office to add or remove one; staff grant it on the business's page.
 * Messages are keys (`validation-messages.ts`).
 */
import { z } from 'zod';
import { businessView } from './businesses.js';
import { emailField, nameField, uuidParam } from './fields.js';

const note = z
  .string()
  .trim()
  .max(1000)
  .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
    error: 'invalid',
  })
  .optional();

export const memberRequestBody = z.discriminatedUnion(
  'action',
  [
    z.strictObject({
      action: z.literal('add'),
      givenName: nameField,
      familyName: nameField,
      email: emailField,
      note,
    }),
    z.strictObject({ action: z.literal('remove'), userId: uuidParam, note }),
  ],
  { error: 'invalidChoice' },
);
export type MemberRequestBody = z.infer<typeof memberRequestBody>;

/** The businesses the signed-in person is an active member of ("Mon entreprise"). */
export const myBusinessesView = z.strictObject({ items: z.array(businessView) });
export type MyBusinesses = z.infer<typeof myBusinessesView>;
