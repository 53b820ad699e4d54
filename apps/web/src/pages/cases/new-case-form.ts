import { z } from 'zod';
import type { Translate } from '../../i18n/translate';

/** The API's patterns (apps/api/src/modules/intake/access-code.ts). */
const REFERENCE_PATTERN = /^[1-9]\d{6}$/;
const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Za-hjkmnp-z2-9]{8}$/;

/** QC-2 "Créer un dossier": the body without the versions, which come from the texts shown. */
export const newCaseSchema = z.object({
  referenceNumber: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .regex(REFERENCE_PATTERN, { error: 'invalid' }),
  accessCode: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .regex(ACCESS_CODE_PATTERN, { error: 'invalid' }),
  acceptTerms: z.literal(true, { error: 'mustAccept' }),
  acceptConfidentiality: z.literal(true, { error: 'mustAccept' }),
});

export interface NewCaseValues {
  referenceNumber: string;
  accessCode: string;
  acceptTerms: boolean;
  acceptConfidentiality: boolean;
}

export const newCaseDefaults: NewCaseValues = {
  referenceNumber: '',
  accessCode: '',
  acceptTerms: false,
  acceptConfidentiality: false,
};

export function newCaseLabels(t: Translate): Record<string, string> {
  return {
    referenceNumber: t('newCase.reference'),
    accessCode: t('newCase.accessCode'),
    acceptTerms: t('footer.terms'),
    acceptConfidentiality: t('footer.confidentiality'),
  };
}

/** Wrong, used and expired codes: the API's sentence goes under the access code field. */
export const accessCodeErrors = {
  access_code_invalid: 'accessCode',
  access_code_used: 'accessCode',
  access_code_expired: 'accessCode',
} as const;
