import { registerBody, type PostalAddress, type RegisterBody } from '@entente/contracts';
import type { Language } from '@entente/contracts';
import type { Translate } from '../../i18n/translate';
import { addressLabels } from '../../components/AddressFieldset';
import { blankToUndefined, cleanAddress } from '../../lib/clean-profile';

/** What the form holds: the body without the versions, which come from the texts displayed. */
export const registerFormSchema = registerBody.omit({
  termsVersion: true,
  confidentialityVersion: true,
});

export interface RegisterFormValues {
  givenName: string;
  familyName: string;
  email: string;
  password: string;
  phone?: string | undefined;
  address?: PostalAddress | undefined;
  preferredLanguage: Language;
  acceptTerms: boolean;
  acceptConfidentiality: boolean;
}

export function registerDefaults(language: Language): RegisterFormValues {
  return {
    givenName: '',
    familyName: '',
    email: '',
    password: '',
    phone: '',
    address: { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' },
    preferredLanguage: language,
    acceptTerms: false,
    acceptConfidentiality: false,
  };
}

/** Field labels in form order (error summary, server error mapping). */
export function registerLabels(t: Translate): Record<string, string> {
  return {
    givenName: t('field.givenName'),
    familyName: t('field.familyName'),
    email: t('field.email'),
    password: t('field.password'),
    phone: t('field.phone'),
    preferredLanguage: t('field.preferredLanguage'),
    ...addressLabels(t),
    acceptTerms: t('footer.terms'),
    acceptConfidentiality: t('footer.confidentiality'),
  };
}

export function toRegisterBody(
  values: RegisterFormValues,
  versions: { termsVersion: number; confidentialityVersion: number },
): RegisterBody {
  return {
    email: values.email,
    password: values.password,
    givenName: values.givenName,
    familyName: values.familyName,
    phone: blankToUndefined(values.phone),
    address: cleanAddress(values.address),
    preferredLanguage: values.preferredLanguage,
    acceptTerms: true,
    acceptConfidentiality: true,
    ...versions,
  };
}
