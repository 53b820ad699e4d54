import { merchantEn } from './merchant-en';
import { merchantFr, type MerchantMessageKey } from './merchant-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { MerchantMessageKey };
export type MerchantTranslate = DictionaryTranslate<MerchantMessageKey>;

const dictionaries = { fr: merchantFr, en: merchantEn } as const;

/** Translates this feature's keys and every key of the main dictionaries. */
export function useMerchantT(): MerchantTranslate {
  return useDictionaryT<MerchantMessageKey>(dictionaries);
}
