/** A tel: URL from a displayed number ("1 844 646-8150" → "tel:+18446468150" stays digits only). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits}`;
}
