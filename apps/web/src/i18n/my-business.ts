import { myBusinessEn } from './my-business-en';
import { myBusinessFr, type MyBusinessMessageKey } from './my-business-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { MyBusinessMessageKey };
export type MyBusinessTranslate = DictionaryTranslate<MyBusinessMessageKey>;

const dictionaries = { fr: myBusinessFr, en: myBusinessEn } as const;

/** Translates "Mon entreprise" keys and every key of the main dictionaries. */
export function useMyBusinessT(): MyBusinessTranslate {
  return useDictionaryT<MyBusinessMessageKey>(dictionaries);
}
