import { useFormat } from '../../../i18n/hooks';

/** A date in a staff table cell, with its machine-readable value. */
export function TableDate({ iso }: { readonly iso: string }) {
  const format = useFormat();
  return <time dateTime={iso}>{format.date(iso)}</time>;
}
