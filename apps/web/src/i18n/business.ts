import { businessEn } from './business-en';
import { businessFr, type BusinessMessageKey } from './business-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { BusinessMessageKey };
export type BusinessTranslate = DictionaryTranslate<BusinessMessageKey>;

const dictionaries = { fr: businessFr, en: businessEn } as const;

/** Translates this feature's keys and every key of the main dictionaries. */
export function useBusinessT(): BusinessTranslate {
  return useDictionaryT<BusinessMessageKey>(dictionaries);
}
