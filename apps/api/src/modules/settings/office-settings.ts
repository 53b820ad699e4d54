import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { officeSettings } from '../../db/schema/index.js';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const officeSettingsSchema = z.object({
  officeName: z.string().min(1).max(200),
  platformName: z.string().min(1).max(100),
  logoUrl: z.string().max(100_000).nullable(),
  colours: z.object({ primary: hex, primaryContrast: hex, accent: hex }),
  supportEmail: z.email(),
  supportPhone: z.string().max(40),
  programmes: z.array(z.enum(['qc', 'fr'])).min(1),
  defaultLocale: z.enum(['fr-CA', 'fr-FR']),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

/** What a fresh deployment shows until an administrator sets its own name and colours. */
export const defaultOfficeSettings: OfficeSettings = {
  officeName: 'Bureau de règlement des différends de consommation',
  platformName: 'Entente',
  logoUrl: null,
  colours: { primary: '#1d4f91', primaryContrast: '#ffffff', accent: '#b8461b' },
  supportEmail: 'soutien@entente.localhost',
  supportPhone: '1 800 555-0199',
  programmes: ['qc', 'fr'],
  defaultLocale: 'fr-CA',
};

export async function readOfficeSettings(db: Executor): Promise<OfficeSettings> {
  const [row] = await db.select().from(officeSettings).where(eq(officeSettings.id, 1));
  return officeSettingsFrom(row?.data);
}

/** The settings an `office_settings.data` value holds; missing or invalid data gives the defaults. */
export function officeSettingsFrom(data: unknown): OfficeSettings {
  const parsed = officeSettingsSchema.safeParse(data);
  return parsed.success ? parsed.data : defaultOfficeSettings;
}

export async function writeOfficeSettings(
  db: Executor,
  settings: OfficeSettings,
  now: Date,
): Promise<void> {
  const data = officeSettingsSchema.parse(settings);
  await db
    .insert(officeSettings)
    .values({ id: 1, data, updatedAt: now })
    .onConflictDoUpdate({ target: officeSettings.id, set: { data, updatedAt: now } });
}
