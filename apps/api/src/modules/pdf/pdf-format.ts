/**
 * Formats shared by the PDFs: instants in the case's time zone with the zone's name (an
 * acceptance at 23:30 in Montréal is not the next day's), and page labels in each language.
 */
export type PdfLanguage = 'fr' | 'en';

/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with it (a tenth of a
 * summary's rendering time when made per date), so one is kept per locale and zone. Both come
 * from the programmes' settings: a handful of keys for the life of the process.
 */
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function instantFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}`;
  let format = instantFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    instantFormats.set(key, format);
  }
  return format;
}

/** "10 mars 2026 à 10 h 00 HAE" (fr-CA), "10 March 2026 at 15:00 CET" (en-GB). */
export function formatInstant(iso: string | Date, locale: string, timeZone: string): string {
  return instantFormat(locale, timeZone).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export const pageLabel = {
  fr: (page: number, count: number) => `Page ${page} de ${count}`,
  en: (page: number, count: number) => `Page ${page} of ${count}`,
} as const;

/** Given and family names as one display name; null when neither is known. */
export function fullName(given: string | null | undefined, family: string | null | undefined) {
  const name = [given, family].filter((part) => part !== null && part !== undefined && part !== '');
  return name.length === 0 ? null : name.join(' ');
}
