import type { PostalAddress } from '@entente/contracts';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/translate';
import { TextField } from './fields';

export const addressKeys = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
export type AddressKey = (typeof addressKeys)[number];

const autoComplete: Record<AddressKey, string> = {
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
};

/** Address field labels keyed by form path ("address.city"), for the error summary. */
export function addressLabels(t: (key: MessageKey) => string): Record<string, string> {
  return Object.fromEntries(
    addressKeys.map((key) => [`address.${key}`, t(`field.address.${key}`)]),
  );
}

interface Props {
  /** Registers `address.<key>` of the enclosing form. */
  register: (key: AddressKey) => UseFormRegisterReturn;
  errors: FieldErrors<{ address?: PostalAddress | undefined }>['address'];
}

export function AddressFieldset({ register, errors }: Props) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{t('field.address')}</legend>
      {addressKeys.map((key) => (
        <TextField
          key={key}
          label={t(`field.address.${key}`)}
          registration={register(key)}
          error={errors?.[key]?.message}
          autoComplete={autoComplete[key]}
          className={key === 'postalCode' ? 'field--short' : undefined}
        />
      ))}
    </fieldset>
  );
}
