import { mediatorsEn } from './mediators-en';
import { mediatorsFr, type MediatorsMessageKey } from './mediators-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { MediatorsMessageKey };
export type MediatorsTranslate = DictionaryTranslate<MediatorsMessageKey>;

const dictionaries = { fr: mediatorsFr, en: mediatorsEn } as const;

/** Translates the mediator registry's keys (MDR-1) and every key of the main dictionaries. */
export function useMediatorsT(): MediatorsTranslate {
  return useDictionaryT<MediatorsMessageKey>(dictionaries);
}
