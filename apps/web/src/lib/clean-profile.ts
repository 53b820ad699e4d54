import type { PostalAddress } from '@entente/contracts';

/** Empty optional inputs are sent as absent, not as empty strings. */
export function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function cleanAddress(address: PostalAddress | undefined): PostalAddress | undefined {
  if (!address) return undefined;
  const entries = Object.entries(address)
    .map(([key, value]) => [key, blankToUndefined(value)] as const)
    .filter(([, value]) => value !== undefined);
  return entries.length ? (Object.fromEntries(entries) as PostalAddress) : undefined;
}

/** Form default values for an address that may be null in the API. */
export function addressDefaults(
  address: PostalAddress | null | undefined,
): Required<PostalAddress> {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? '',
  };
}
