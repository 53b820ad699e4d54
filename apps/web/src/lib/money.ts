/**
 * Amounts typed in the draft forms: "1 234,56" (French), "1,234.56" (English) or "1234.5" become
 * integer minor units (123456); anything else is `null`. Empty text is `undefined` (no amount).
 */
export function parseMoney(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f$€]/g, '');
  if (compact === '') return undefined;
  const normalized = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(compact)
    ? compact.replace(/,/g, '')
    : compact.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  const [units = '0', cents = ''] = normalized.split('.');
  const minor = Number(units) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units shown for editing in the form's language ("1 234,56" / "1,234.56"). */
export function formatMoneyInput(minor: number | undefined, locale: string): string {
  if (minor === undefined) return '';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
}
