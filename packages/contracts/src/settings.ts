import { z } from 'zod';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** What any visitor may know about the office running this deployment (branding, contact). */
export const publicSettingsSchema = z.object({
  officeName: z.string(),
  platformName: z.string(),
  logoUrl: z.string().nullable(),
  colours: z.object({ primary: hexColour, primaryContrast: hexColour, accent: hexColour }),
  supportEmail: z.string(),
  supportPhone: z.string(),
  programmes: z.array(z.enum(['qc', 'fr'])),
  defaultLocale: z.enum(['fr-CA', 'fr-FR']),
  mailboxEnabled: z.boolean(),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;
